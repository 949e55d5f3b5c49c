import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Columns that are secrets, not data about the person: never exported. */
const SECRET_COLUMNS = new Set(['password_hash', 'token_hash']);

/**
 * Reaches every row that points at a user, read from the database's own foreign keys, so a table
 * added later is part of the export without touching this code.
 */
@Injectable()
export class PrivacyRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Every table and column that references users.id. */
  async userReferences(): Promise<{ table: string; column: string }[]> {
    const runner = this.dataSource.createQueryRunner();
    try {
      const names = await this.tableNames();
      const tables = await runner.getTables(names);
      return tables
        .flatMap((table) =>
          table.foreignKeys
            .filter((fk) => fk.referencedTableName.replace(/^.*\./, '') === 'users')
            .map((fk) => ({ table: table.name.replace(/^.*\./, ''), column: fk.columnNames[0]! })),
        )
        .sort((a, b) => `${a.table}.${a.column}`.localeCompare(`${b.table}.${b.column}`));
    } finally {
      await runner.release();
    }
  }

  async rowsWhere(table: string, column: string, userId: string): Promise<Record<string, unknown>[]> {
    const driver = this.dataSource.driver;
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT * FROM ${driver.escape(table)} WHERE ${driver.escape(column)} = ${this.parameter(1)}`,
      [userId],
    );
    return rows.map((row) => Object.fromEntries(Object.entries(row).filter(([key]) => !SECRET_COLUMNS.has(key))));
  }

  async userRow(userId: string): Promise<Record<string, unknown> | null> {
    return (await this.rowsWhere('users', 'id', userId))[0] ?? null;
  }

  private parameter(index: number): string {
    return this.dataSource.options.type === 'postgres' ? `$${index}` : '?';
  }

  private async tableNames(): Promise<string[]> {
    const rows: { name: string }[] = await this.dataSource.query(
      this.dataSource.options.type === 'postgres'
        ? 'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()'
        : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    );
    return rows.map((row) => row.name).filter((name) => name !== 'migrations');
  }
}
