import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type Table } from 'typeorm';
import {
  type ColumnKind,
  type DatabaseSchema,
  type EventGraph,
  ROOT_TABLE,
  type TableInfo,
  eventGraph,
} from './event-graph.js';

/** A row as it travels in a backup: plain JSON values, booleans as booleans, instants as ISO 8601. */
export type Row = Record<string, string | number | boolean | null>;

/** Every row of one event, by table, plus the rows of shared tables those rows point to. */
export interface EventRows {
  owned: Map<string, Row[]>;
  shared: Map<string, Row[]>;
}

// Keeps every statement far below SQLite's and PostgreSQL's limits on bound parameters.
const MAX_PARAMETERS = 900;

/**
 * Raw, driver-neutral access to whole tables for backup, restore and anonymisation. It works on the
 * schema the database reports (not on entity classes), and converts the two values that SQLite and
 * PostgreSQL store differently: booleans (0/1 vs true/false) and instants (UTC text vs timestamptz).
 */
@Injectable()
export class EventRecordsRepository {
  constructor(private readonly dataSource: DataSource) {}

  get driver(): 'sqlite' | 'postgres' {
    return this.dataSource.options.type === 'postgres' ? 'postgres' : 'sqlite';
  }

  get migrationsTable(): string {
    return this.dataSource.options.migrationsTableName ?? 'migrations';
  }

  async schema(): Promise<DatabaseSchema> {
    const runner = this.dataSource.createQueryRunner();
    try {
      const tables = await runner.getTables();
      const schema = new Map<string, TableInfo>();
      for (const table of tables) {
        const name = bareName(table.name);
        if (name === this.migrationsTable || name.startsWith('typeorm_') || name.startsWith('sqlite_')) continue;
        schema.set(name, describe(table));
      }
      return schema;
    } finally {
      await runner.release();
    }
  }

  async graph(): Promise<{ schema: DatabaseSchema; graph: EventGraph }> {
    const schema = await this.schema();
    return { schema, graph: eventGraph(schema) };
  }

  /** Names of the applied migrations, oldest first. */
  async appliedMigrations(manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows: { name: string }[] = await manager.query(
      `SELECT ${q('name')} FROM ${q(this.migrationsTable)} ORDER BY ${q('timestamp')}, ${q('id')}`,
    );
    return rows.map((row) => row.name);
  }

  /** Rows of `table` whose `column` holds one of `values`. */
  async selectWhere(manager: EntityManager, table: TableInfo, column: string, values: unknown[]): Promise<Row[]> {
    const distinct = [...new Set(values.filter((value) => value !== null && value !== undefined))];
    const rows: Row[] = [];
    for (let start = 0; start < distinct.length; start += MAX_PARAMETERS) {
      const chunk = distinct.slice(start, start + MAX_PARAMETERS);
      const raw: Record<string, unknown>[] = await manager.query(
        `SELECT * FROM ${q(table.name)} WHERE ${q(column)} IN (${chunk.map((_, i) => this.parameter(i)).join(', ')})`,
        chunk,
      );
      rows.push(...raw.map((row) => this.fromDatabase(table, row)));
    }
    return rows;
  }

  /** The first row whose columns hold exactly these values, if any. */
  async findBy(manager: EntityManager, table: TableInfo, values: Row): Promise<Row | null> {
    const columns = Object.keys(values);
    const raw: Record<string, unknown>[] = await manager.query(
      `SELECT * FROM ${q(table.name)} WHERE ${columns.map((column, i) => `${q(column)} = ${this.parameter(i)}`).join(' AND ')}`,
      columns.map((column) => this.toDatabase(table, column, values[column]!)),
    );
    return raw[0] ? this.fromDatabase(table, raw[0]) : null;
  }

  /** Inserts rows (columns the table does not have are left out), several per statement. */
  async insert(manager: EntityManager, table: TableInfo, rows: Row[]): Promise<void> {
    if (rows.length === 0) return;
    const known = new Set(table.columns.map((column) => column.name));
    const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))].filter((column) => known.has(column));
    const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
    for (let start = 0; start < rows.length; start += perStatement) {
      const chunk = rows.slice(start, start + perStatement);
      const parameters: unknown[] = [];
      const tuples = chunk.map((row) => {
        const placeholders = columns.map((column) => {
          parameters.push(this.toDatabase(table, column, row[column] ?? null));
          return this.parameter(parameters.length - 1);
        });
        return `(${placeholders.join(', ')})`;
      });
      await manager.query(
        `INSERT INTO ${q(table.name)} (${columns.map(q).join(', ')}) VALUES ${tuples.join(', ')}`,
        parameters,
      );
    }
  }

  async deleteWhere(manager: EntityManager, table: TableInfo, column: string, value: unknown): Promise<void> {
    await manager.query(`DELETE FROM ${q(table.name)} WHERE ${q(column)} = ${this.parameter(0)}`, [value]);
  }

  async update(manager: EntityManager, table: TableInfo, key: Row, changes: Row): Promise<void> {
    const set = Object.keys(changes);
    const where = Object.keys(key);
    if (set.length === 0) return;
    await manager.query(
      `UPDATE ${q(table.name)} SET ${set.map((column, i) => `${q(column)} = ${this.parameter(i)}`).join(', ')} WHERE ${where
        .map((column, i) => `${q(column)} = ${this.parameter(set.length + i)}`)
        .join(' AND ')}`,
      [
        ...set.map((column) => this.toDatabase(table, column, changes[column]!)),
        ...where.map((column) => this.toDatabase(table, column, key[column]!)),
      ],
    );
  }

  /**
   * Reads every row that belongs to the event `eventId` (see event-graph.ts), then the rows of
   * shared tables they point to.
   */
  async readEvent(
    manager: EntityManager,
    schema: DatabaseSchema,
    graph: EventGraph,
    eventId: string,
  ): Promise<EventRows> {
    const owned = new Map<string, Row[]>();
    for (const { name, selectors } of graph.owned) {
      const table = schema.get(name)!;
      if (name === ROOT_TABLE) {
        owned.set(name, await this.selectWhere(manager, table, 'id', [eventId]));
        continue;
      }
      const found = new Map<string, Row>();
      for (const selector of selectors) {
        const parents = owned.get(selector.parent);
        if (!parents) continue; // a parent caught in a cycle: its other selectors still apply
        const ids = parents.map((row) => row[selector.parentColumn]);
        for (const row of await this.selectWhere(manager, table, selector.column, ids))
          found.set(keyOf(table, row), row);
      }
      owned.set(name, [...found.values()].sort(byKey(table)));
    }

    const shared = new Map<string, Row[]>();
    // Children before parents, so rows of one shared table that point to another are followed too.
    for (const name of [...graph.shared].reverse()) {
      const table = schema.get(name)!;
      const wanted = new Map<string, unknown[]>();
      for (const [sourceName, rows] of [...owned, ...shared]) {
        for (const fk of schema.get(sourceName)!.foreignKeys.filter((fk) => fk.table === name)) {
          const values = wanted.get(fk.referencedColumn) ?? [];
          values.push(...rows.map((row) => row[fk.column]));
          wanted.set(fk.referencedColumn, values);
        }
      }
      const found = new Map<string, Row>();
      for (const [column, values] of wanted) {
        for (const row of await this.selectWhere(manager, table, column, values)) found.set(keyOf(table, row), row);
      }
      shared.set(name, [...found.values()].sort(byKey(table)));
    }
    return { owned, shared };
  }

  private parameter(index: number): string {
    return this.driver === 'postgres' ? `$${index + 1}` : '?';
  }

  private fromDatabase(table: TableInfo, raw: Record<string, unknown>): Row {
    const row: Row = {};
    for (const column of table.columns) {
      if (column.name in raw) row[column.name] = fromDatabaseValue(column.kind, raw[column.name]);
    }
    return row;
  }

  private toDatabase(table: TableInfo, columnName: string, value: Row[string]): unknown {
    const kind = table.columns.find((column) => column.name === columnName)?.kind ?? 'other';
    if (value === null) return null;
    if (kind === 'boolean') {
      const truth = value === true || value === 1 || value === '1' || value === 'true';
      return this.driver === 'postgres' ? truth : truth ? 1 : 0;
    }
    if (kind === 'timestamp') {
      const iso = new Date(typeof value === 'number' ? value : String(value)).toISOString();
      // TypeORM's own SQLite format for dates: UTC, space-separated, milliseconds.
      return this.driver === 'postgres' ? iso : iso.replace('T', ' ').replace('Z', '');
    }
    return value;
  }
}

function describe(table: Table): TableInfo {
  const columns = table.columns.map((column) => ({
    name: column.name,
    kind: columnKind(column.type),
    nullable: column.isNullable,
  }));
  const primaryKey = table.columns.filter((column) => column.isPrimary).map((column) => column.name);
  const uniques = [
    ...table.uniques.map((unique) => unique.columnNames),
    ...table.indices.filter((index) => index.isUnique).map((index) => index.columnNames),
    ...table.columns.filter((column) => column.isUnique).map((column) => [column.name]),
  ].filter((set) => set.join() !== primaryKey.join());
  const distinctUniques = [...new Map(uniques.map((set) => [[...set].sort().join(), set])).values()];
  return {
    name: bareName(table.name),
    columns,
    primaryKey,
    uniques: distinctUniques,
    foreignKeys: table.foreignKeys
      .filter((fk) => fk.columnNames.length === 1)
      .map((fk) => ({
        column: fk.columnNames[0]!,
        table: bareName(fk.referencedTableName),
        referencedColumn: fk.referencedColumnNames[0]!,
        onDelete: fk.onDelete ?? 'NO ACTION',
      })),
  };
}

function columnKind(type: string): ColumnKind {
  const lower = type.toLowerCase();
  if (lower === 'boolean' || lower === 'bool') return 'boolean';
  if (lower.includes('timestamp') || lower === 'datetime' || lower === 'date') return 'timestamp';
  return 'other';
}

function fromDatabaseValue(kind: ColumnKind, value: unknown): Row[string] {
  if (value === null || value === undefined) return null;
  if (kind === 'boolean') return value === true || value === 1 || value === '1' || value === 't';
  if (kind === 'timestamp') {
    if (value instanceof Date) return value.toISOString();
    const text = String(value);
    // SQLite keeps UTC text without a zone ("2026-05-20 10:00:00.000"): read it as UTC.
    const zoned = /[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`;
    const parsed = new Date(zoned);
    return Number.isNaN(parsed.getTime()) ? text : parsed.toISOString();
  }
  if (typeof value === 'bigint') return value.toString();
  if (Buffer.isBuffer(value)) return value.toString('base64');
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

function bareName(name: string): string {
  return name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : name;
}

/** Quotes an identifier the same way on both drivers. */
export function q(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

export function keyOf(table: TableInfo, row: Row): string {
  const key = table.primaryKey.length > 0 ? table.primaryKey : table.columns.map((column) => column.name);
  return JSON.stringify(key.map((column) => row[column] ?? null));
}

function byKey(table: TableInfo) {
  return (a: Row, b: Row) => (keyOf(table, a) < keyOf(table, b) ? -1 : keyOf(table, a) > keyOf(table, b) ? 1 : 0);
}
