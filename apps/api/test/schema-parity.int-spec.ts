import type { Table, TableColumn } from 'typeorm';
import { DataSource } from 'typeorm';
import { type TestApp, startTestApp } from './support/test-app.js';

const TYPE_ALIASES: Record<string, string> = {
  'character varying': 'varchar',
  'timestamp with time zone': 'timestamp',
  datetime: 'timestamp',
  'double precision': 'real',
};

function normalizeColumn(column: TableColumn) {
  const isUuid = column.type === 'uuid' || (column.type === 'varchar' && column.length === '36');
  const type = isUuid ? 'uuid' : (TYPE_ALIASES[column.type] ?? column.type);
  const rawDefault = column.default === undefined || column.default === null ? null : String(column.default);
  const unquoted = rawDefault?.replace(/^\(?'(.*)'\)?$/, '$1') ?? null;
  const booleanDefault =
    type === 'boolean' && unquoted !== null ? String(unquoted === '1' || unquoted === 'true') : unquoted;
  return {
    name: column.name,
    type,
    length: isUuid ? '' : column.length,
    nullable: column.isNullable,
    primary: column.isPrimary,
    // The generated id's default lives in PostgreSQL; SQLite gets its ids from the ORM.
    default: isUuid && column.isPrimary ? null : booleanDefault,
  };
}

function describeSchema(tables: Table[]) {
  return tables
    .filter((table) => table.name !== 'migrations')
    .map((table) => ({
      name: table.name,
      columns: table.columns.map(normalizeColumn).sort((a, b) => a.name.localeCompare(b.name)),
      unique: [
        ...table.uniques.map((u) => u.columnNames.join(',')),
        ...table.columns.filter((c) => c.isUnique).map((c) => c.name),
        ...table.indices.filter((i) => i.isUnique).map((i) => i.columnNames.join(',')),
      ]
        .filter((value, index, all) => all.indexOf(value) === index)
        .sort(),
      indices: table.indices.map((i) => `${i.columnNames.join(',')}${i.isUnique ? ' unique' : ''}`).sort(),
      foreignKeys: table.foreignKeys
        .map(
          (fk) =>
            `${fk.columnNames.join(',')} -> ${fk.referencedTableName}(${fk.referencedColumnNames.join(',')}) ${fk.onDelete}`,
        )
        .sort(),
      checks: table.checks.map((c) => c.name).sort(),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

async function migratedSchema(app: TestApp) {
  const dataSource = app.app.get(DataSource);
  const names: { name: string }[] = await dataSource.query(
    dataSource.options.type === 'postgres'
      ? 'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()'
      : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
  );
  const runner = dataSource.createQueryRunner();
  try {
    return describeSchema(await runner.getTables(names.map((row) => row.name)));
  } finally {
    await runner.release();
  }
}

const withPostgres = process.env['TEST_DATABASE_URL'] ? describe : describe.skip;

withPostgres('the migrations', () => {
  it('create the same tables, columns, keys and constraints on SQLite and PostgreSQL', async () => {
    const sqlite = await startTestApp('sqlite');
    const postgres = await startTestApp('postgres');
    try {
      const [onSqlite, onPostgres] = await Promise.all([migratedSchema(sqlite), migratedSchema(postgres)]);
      expect(onSqlite.length).toBeGreaterThan(0);
      expect(onPostgres).toEqual(onSqlite);
    } finally {
      await Promise.all([sqlite.close(), postgres.close()]);
    }
  });
});
