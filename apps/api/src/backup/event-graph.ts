/**
 * Which tables belong to an event, worked out from the database's own foreign keys rather than
 * from a list, so tables that later migrations add are backed up and anonymised without editing
 * this code. Pure: it only reads a description of the schema.
 *
 * - A table is *owned* by the event when a chain of ON DELETE CASCADE foreign keys leads from it to
 *   `events`: exactly the rows that deleting the event would delete.
 * - A table is *shared* when owned rows point at it without owning it (users, organizations):
 *   its referenced rows travel with the backup and are matched, not duplicated, on restore.
 * - Delivery state (the mail outbox) is neither.
 */

export type ColumnKind = 'boolean' | 'timestamp' | 'other';

export interface ColumnInfo {
  name: string;
  kind: ColumnKind;
  nullable: boolean;
}

export interface ForeignKeyInfo {
  column: string;
  table: string;
  referencedColumn: string;
  onDelete: string;
}

export interface TableInfo {
  name: string;
  columns: ColumnInfo[];
  primaryKey: string[];
  /** Single-column foreign keys only: the schema uses no composite ones. */
  foreignKeys: ForeignKeyInfo[];
  /** Column sets that identify a row besides its primary key (e.g. users.email). */
  uniques: string[][];
}

export type DatabaseSchema = ReadonlyMap<string, TableInfo>;

export const ROOT_TABLE = 'events';

/**
 * Tables that cascade from events but hold delivery state rather than the event's record: the mail
 * outbox. A backup leaves them out, so a restore never sends old mails a second time.
 */
const DELIVERY_STATE = new Set(['outbox_mails']);

/** How rows of an owned table are found: those whose `column` holds an id of a selected `parent` row. */
export interface OwnedTable {
  name: string;
  selectors: { column: string; parent: string; parentColumn: string }[];
}

export interface EventGraph {
  /** Parents before children, `events` first. */
  owned: OwnedTable[];
  /** Tables referenced by owned rows, parents before children. */
  shared: string[];
}

export function eventGraph(schema: DatabaseSchema): EventGraph {
  if (!schema.has(ROOT_TABLE)) throw new Error(`the database has no "${ROOT_TABLE}" table`);
  const owned = new Set([ROOT_TABLE]);
  for (let grew = true; grew;) {
    grew = false;
    for (const table of schema.values()) {
      if (owned.has(table.name) || DELIVERY_STATE.has(table.name)) continue;
      if (table.foreignKeys.some((fk) => isCascade(fk) && owned.has(fk.table))) {
        owned.add(table.name);
        grew = true;
      }
    }
  }

  const ownedTables = topologicalOrder([...owned], schema).map((name) => ({
    name,
    selectors:
      name === ROOT_TABLE
        ? []
        : schema
            .get(name)!
            .foreignKeys.filter((fk) => isCascade(fk) && owned.has(fk.table) && fk.table !== name)
            .map((fk) => ({ column: fk.column, parent: fk.table, parentColumn: fk.referencedColumn })),
  }));

  const shared = new Set<string>();
  const pending = [...owned];
  while (pending.length > 0) {
    const table = schema.get(pending.pop()!)!;
    for (const fk of table.foreignKeys) {
      if (owned.has(fk.table) || shared.has(fk.table) || !schema.has(fk.table)) continue;
      shared.add(fk.table);
      pending.push(fk.table);
    }
  }
  return { owned: ownedTables, shared: topologicalOrder([...shared], schema) };
}

/**
 * Orders tables so every table comes after the tables its foreign keys point to (within the given
 * set). Tables caught in a cycle keep their alphabetical order at the end.
 */
export function topologicalOrder(tables: string[], schema: DatabaseSchema): string[] {
  const set = new Set(tables);
  const remaining = new Set([...tables].sort());
  const order: string[] = [];
  while (remaining.size > 0) {
    const ready = [...remaining].filter((name) =>
      schema.get(name)!.foreignKeys.every((fk) => fk.table === name || !set.has(fk.table) || !remaining.has(fk.table)),
    );
    if (ready.length === 0) {
      order.push(...remaining);
      break;
    }
    for (const name of ready) {
      order.push(name);
      remaining.delete(name);
    }
  }
  return order;
}

/** Foreign keys of `table` that point at `target` (e.g. every column of a table that names a user). */
export function referencesTo(table: TableInfo, target: string): ForeignKeyInfo[] {
  return table.foreignKeys.filter((fk) => fk.table === target);
}

function isCascade(fk: ForeignKeyInfo): boolean {
  return fk.onDelete.toUpperCase() === 'CASCADE';
}
