import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { Clock } from '../common/clock.js';
import { AppConfig } from '../config/app-config.js';
import { BackupError } from './backup.errors.js';
import { BACKUP_FORMAT, BACKUP_VERSION, EventBackup, type RestoreSummary } from './backup.format.js';
import { type DatabaseSchema, type EventGraph, ROOT_TABLE, type TableInfo, topologicalOrder } from './event-graph.js';
import { EventRecordsRepository, type Row } from './event-records.repository.js';

/**
 * Exports one event with everything that belongs to it as a versioned JSON document, and imports
 * such a document into a database that does not have the event yet, on either driver.
 */
@Injectable()
export class BackupService {
  constructor(
    private readonly records: EventRecordsRepository,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async backup(slug: string): Promise<EventBackup> {
    const { schema, graph } = await this.records.graph();
    // One consistent snapshot: a PostgreSQL transaction sees the database as it was when it began.
    const read = (manager: EntityManager) => this.read(manager, schema, graph, slug);
    const { rows, event, migrations } =
      this.records.driver === 'postgres'
        ? await this.dataSource.transaction('REPEATABLE READ', read)
        : await this.dataSource.transaction(read);
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      takenAt: this.clock.now().toISOString(),
      platformVersion: this.config.version,
      source: { driver: this.records.driver },
      migrations,
      event: { id: String(event['id']), slug: String(event['slug']), name: String(event['name']) },
      tables: Object.fromEntries(rows.owned),
      shared: Object.fromEntries(rows.shared),
    };
  }

  async restore(document: unknown): Promise<RestoreSummary> {
    const backup = parseBackup(document);
    const applied = await this.records.appliedMigrations();
    const missing = backup.migrations.filter((name) => !applied.includes(name));
    if (missing.length > 0) {
      throw new BackupError(
        'SCHEMA_TOO_OLD',
        `This database lacks migrations the backup was taken at (${missing.join(', ')}). ` +
          'Upgrade Hackboard to a version that has them and run "migrate" first.',
      );
    }
    const schema = await this.records.schema();
    const unknown = [...Object.keys(backup.tables), ...Object.keys(backup.shared)].filter((name) => !schema.has(name));
    if (unknown.length > 0) {
      throw new BackupError('BACKUP_INVALID', `The backup has tables this database does not: ${unknown.join(', ')}.`);
    }
    const eventRows = backup.tables[ROOT_TABLE] ?? [];
    if (
      eventRows.length !== 1 ||
      eventRows[0]!['id'] !== backup.event.id ||
      eventRows[0]!['slug'] !== backup.event.slug
    ) {
      throw new BackupError('BACKUP_INVALID', 'The backup must hold exactly the one event it names.');
    }

    return this.dataSource.transaction(async (manager) => {
      const events = schema.get(ROOT_TABLE)!;
      if (await this.records.findBy(manager, events, { slug: backup.event.slug })) {
        throw new BackupError(
          'EVENT_EXISTS',
          `An event with the slug "${backup.event.slug}" already exists in this database; restore never overwrites one. ` +
            'Delete or rename that event first, or restore into another database.',
        );
      }
      if (await this.records.findBy(manager, events, { id: backup.event.id })) {
        throw new BackupError(
          'EVENT_EXISTS',
          `This database already holds the event of this backup (id ${backup.event.id}) under another slug.`,
        );
      }
      // Rows of one statement batch can point at each other; SQLite checks them at commit instead.
      if (this.records.driver === 'sqlite') await manager.query('PRAGMA defer_foreign_keys = ON');

      const summary: RestoreSummary = {
        event: backup.event,
        inserted: {},
        matched: {},
        newerMigrations: applied.filter((name) => !backup.migrations.includes(name)),
      };
      const idMaps = new Map<string, Map<unknown, unknown>>();
      for (const name of topologicalOrder(Object.keys(backup.shared), schema)) {
        await this.restoreShared(manager, schema.get(name)!, backup.shared[name]!, idMaps, summary);
      }
      for (const name of topologicalOrder(Object.keys(backup.tables), schema)) {
        const table = schema.get(name)!;
        const rows = backup.tables[name]!.map((row) => remap(table, row, idMaps));
        await this.insert(manager, table, rows);
        summary.inserted[name] = (summary.inserted[name] ?? 0) + rows.length;
      }
      return summary;
    });
  }

  private async read(manager: EntityManager, schema: DatabaseSchema, graph: EventGraph, slug: string) {
    const events = schema.get(ROOT_TABLE)!;
    const event = await this.records.findBy(manager, events, { slug });
    if (!event) throw new BackupError('EVENT_NOT_FOUND', `There is no event with the slug "${slug}".`);
    const rows = await this.records.readEvent(manager, schema, graph, String(event['id']));
    return { rows, event, migrations: await this.records.appliedMigrations(manager) };
  }

  /**
   * A shared row (an account, an organization) is reused when the database already has it, by id or
   * by one of its unique columns (the same email, the same organization name); otherwise inserted.
   * Rows pointing to a reused one are rewritten to its id.
   */
  private async restoreShared(
    manager: EntityManager,
    table: TableInfo,
    rows: Row[],
    idMaps: Map<string, Map<unknown, unknown>>,
    summary: RestoreSummary,
  ): Promise<void> {
    const [key] = table.primaryKey;
    const ids = new Map<unknown, unknown>();
    idMaps.set(table.name, ids);
    const fresh: Row[] = [];
    for (const original of rows) {
      const row = remap(table, original, idMaps);
      const candidates = [table.primaryKey, ...table.uniques].filter(
        (columns) => columns.length > 0 && columns.every((column) => row[column] !== null && row[column] !== undefined),
      );
      let existing: Row | null = null;
      for (const columns of candidates) {
        existing = await this.records.findBy(manager, table, Object.fromEntries(columns.map((c) => [c, row[c]!])));
        if (existing) break;
      }
      if (key && existing) {
        ids.set(original[key], existing[key]);
        summary.matched[table.name] = (summary.matched[table.name] ?? 0) + 1;
      } else {
        fresh.push(row);
      }
    }
    await this.insert(manager, table, fresh);
    if (fresh.length > 0) summary.inserted[table.name] = (summary.inserted[table.name] ?? 0) + fresh.length;
  }

  private async insert(manager: EntityManager, table: TableInfo, rows: Row[]): Promise<void> {
    try {
      await this.records.insert(manager, table, rows);
    } catch (error) {
      if (!(error instanceof QueryFailedError)) throw error;
      const detail = (error.driverError as { detail?: string; message?: string }).detail ?? error.message;
      throw new BackupError('RESTORE_FAILED', `Restoring table "${table.name}" failed, nothing was changed: ${detail}`);
    }
  }
}

/** Points foreign keys at the ids that shared rows got (or kept) in this database. */
function remap(table: TableInfo, row: Row, idMaps: Map<string, Map<unknown, unknown>>): Row {
  let copy: Row | null = null;
  for (const fk of table.foreignKeys) {
    const ids = idMaps.get(fk.table);
    const value = row[fk.column];
    if (!ids || value === null || value === undefined || !ids.has(value)) continue;
    copy ??= { ...row };
    copy[fk.column] = ids.get(value) as Row[string];
  }
  return copy ?? row;
}

function parseBackup(document: unknown): EventBackup {
  const head = (typeof document === 'object' && document !== null ? document : {}) as Record<string, unknown>;
  if (head['format'] !== BACKUP_FORMAT) {
    throw new BackupError(
      'BACKUP_INVALID',
      `This is not a Hackboard event backup (format must be "${BACKUP_FORMAT}").`,
    );
  }
  if (typeof head['version'] === 'number' && head['version'] > BACKUP_VERSION) {
    throw new BackupError(
      'BACKUP_TOO_NEW',
      `The backup has format version ${head['version']}; this Hackboard reads up to version ${BACKUP_VERSION}. ` +
        'Restore it with a newer Hackboard.',
    );
  }
  const parsed = EventBackup.safeParse(document);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || 'document'} ${issue.message}`);
    throw new BackupError('BACKUP_INVALID', `The backup is damaged: ${problems.join('; ')}.`);
  }
  return parsed.data;
}
