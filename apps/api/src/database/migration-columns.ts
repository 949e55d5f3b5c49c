import type { QueryRunner, TableColumnOptions } from 'typeorm';

/** Column definitions that mean the same thing on SQLite and PostgreSQL. */
export class PortableColumns {
  private readonly postgres: boolean;

  constructor(queryRunner: QueryRunner) {
    this.postgres = queryRunner.connection.driver.options.type === 'postgres';
  }

  id(name = 'id'): TableColumnOptions {
    return this.postgres
      ? { name, type: 'uuid', isPrimary: true, default: 'gen_random_uuid()' }
      : { name, type: 'varchar', length: '36', isPrimary: true };
  }

  uuid(name: string, nullable = false): TableColumnOptions {
    return this.postgres
      ? { name, type: 'uuid', isNullable: nullable }
      : { name, type: 'varchar', length: '36', isNullable: nullable };
  }

  timestamp(name: string, nullable = false): TableColumnOptions {
    return { name, type: this.postgres ? 'timestamptz' : 'datetime', isNullable: nullable };
  }

  createdAt(name = 'created_at'): TableColumnOptions {
    return { ...this.timestamp(name), default: 'CURRENT_TIMESTAMP' };
  }

  string(name: string, length: number, options: Partial<TableColumnOptions> = {}): TableColumnOptions {
    return { name, type: 'varchar', length: String(length), ...options };
  }

  text(name: string, options: Partial<TableColumnOptions> = {}): TableColumnOptions {
    return { name, type: 'text', ...options };
  }

  integer(name: string, options: Partial<TableColumnOptions> = {}): TableColumnOptions {
    return { name, type: 'integer', ...options };
  }

  boolean(name: string, defaultValue: boolean): TableColumnOptions {
    return { name, type: 'boolean', default: this.postgres ? String(defaultValue) : defaultValue ? 1 : 0 };
  }
}
