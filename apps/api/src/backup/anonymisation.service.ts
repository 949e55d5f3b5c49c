import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock.js';
import { BackupError } from './backup.errors.js';
import { type DatabaseSchema, type EventGraph, ROOT_TABLE, type TableInfo, referencesTo } from './event-graph.js';
import { EventRecordsRepository, type Row } from './event-records.repository.js';

const USERS = 'users';
const PSEUDONYM_NAME = 'Anonymised participant';
const REMOVED = '[removed]';
/** Roles whose holders act for the organizer, an agency or the jury: part of the official record. */
const OFFICIAL_ROLES = new Set(['organizer', 'agency', 'jury']);
/** Values replaced whoever they belong to. */
const ALWAYS_REPLACED: Record<string, Row> = {
  invitations: { email: 'anonymised@anonymised.invalid' },
  announcements: { author_id: null },
  // What people wrote about themselves to find a team is no part of the event's record.
  participant_profiles: { bio: '', wants_to_work_on: '', tags: '[]', languages: '[]' },
  join_requests: { message: '' },
};

export interface AnonymisationSummary {
  event: { id: string; slug: string };
  /** People whose link to the event's records was replaced by a pseudonym. */
  participants: number;
  /** Rows changed per table. */
  changed: Record<string, number>;
}

/**
 * Removes participants' personal data from a finished event's records while keeping what an
 * official record needs (team names, submissions, scores, results).
 *
 * Every participant referenced by the event's rows gets a pseudonym: a new account without email,
 * password or name, marked erased, that takes the participant's place in this event only (team
 * membership, votes, revisions, audit entries), so counts and uniqueness rules still hold. Their
 * own accounts, and their part in other events, stay as they are. Organizers, agency members,
 * jurors and platform admins act in an official capacity and are kept. Invitation emails and
 * announcement authors are removed for everyone; emails of participants are removed from any text
 * of the event, and their names from structured audit details.
 */
@Injectable()
export class AnonymisationService {
  constructor(
    private readonly records: EventRecordsRepository,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async anonymise(slug: string): Promise<AnonymisationSummary> {
    const { schema, graph } = await this.records.graph();
    return this.dataSource.transaction((manager) => this.run(manager, schema, graph, slug));
  }

  private async run(
    manager: EntityManager,
    schema: DatabaseSchema,
    graph: EventGraph,
    slug: string,
  ): Promise<AnonymisationSummary> {
    const event = await this.records.findBy(manager, schema.get(ROOT_TABLE)!, { slug });
    if (!event) throw new BackupError('EVENT_NOT_FOUND', `There is no event with the slug "${slug}".`);
    const now = this.clock.now();
    const endsAt = new Date(String(event['judging_ends_at']));
    if (now < endsAt) {
      throw new BackupError(
        'EVENT_NOT_ENDED',
        `The event "${slug}" ends at ${endsAt.toISOString()}; anonymise it after judging has ended.`,
      );
    }
    const eventId = String(event['id']);
    const rows = await this.records.readEvent(manager, schema, graph, eventId);

    const officials = new Set(
      (rows.owned.get('event_roles') ?? [])
        .filter((role) => OFFICIAL_ROLES.has(String(role['role'])))
        .map((role) => role['user_id']),
    );
    const participants = (rows.shared.get(USERS) ?? []).filter(
      (user) => user['is_admin'] !== true && !officials.has(user['id']) && !isPseudonym(user),
    );
    const scrubber = new Scrubber(participants);
    const users = schema.get(USERS);
    if (users && participants.length > 0) {
      await this.records.insert(
        manager,
        users,
        participants.map((user) => ({
          id: scrubber.pseudonymOf(String(user['id'])),
          email: null,
          password_hash: null,
          display_name: PSEUDONYM_NAME,
          is_admin: false,
          created_at: now.toISOString(),
          erased_at: now.toISOString(),
        })),
      );
    }

    const changed: Record<string, number> = {};
    for (const [name, tableRows] of rows.owned) {
      const table = schema.get(name)!;
      if (table.primaryKey.length === 0) continue;
      for (const row of tableRows) {
        const changes = this.changesFor(table, row, scrubber);
        if (Object.keys(changes).length === 0) continue;
        const key = Object.fromEntries(table.primaryKey.map((column) => [column, row[column]!]));
        await this.records.update(manager, table, key, changes);
        changed[name] = (changed[name] ?? 0) + 1;
      }
    }

    // The outbox holds copies of mails as sent, names and addresses in them: delivery state, not the record.
    const outbox = schema.get('outbox_mails');
    if (outbox) await this.records.deleteWhere(manager, outbox, 'event_id', eventId);

    const audit = schema.get('audit_entries');
    if (audit) {
      await this.records.insert(manager, audit, [
        {
          id: randomUUID(),
          event_id: eventId,
          actor_id: null,
          action: 'event.anonymised',
          target_type: 'event',
          target_id: eventId,
          details: JSON.stringify({ participants: participants.length }),
          created_at: now.toISOString(),
        },
      ]);
    }
    return { event: { id: eventId, slug }, participants: participants.length, changed };
  }

  private changesFor(table: TableInfo, row: Row, scrubber: Scrubber): Row {
    const changes: Row = {};
    const userColumns = new Set(referencesTo(table, USERS).map((fk) => fk.column));
    const keyColumns = new Set([...table.primaryKey, ...table.foreignKeys.map((fk) => fk.column)]);
    for (const column of table.columns) {
      const value = row[column.name];
      if (typeof value !== 'string') continue;
      if (userColumns.has(column.name)) {
        const pseudonym = scrubber.pseudonymFor(value);
        if (pseudonym) changes[column.name] = pseudonym;
      } else if (!keyColumns.has(column.name)) {
        const scrubbed = scrubber.scrub(value);
        if (scrubbed !== value) changes[column.name] = scrubbed;
      }
    }
    for (const [column, replacement] of Object.entries(ALWAYS_REPLACED[table.name] ?? {})) {
      if (column in row && row[column] !== replacement) changes[column] = replacement;
    }
    return changes;
  }
}

/** Replaces one event's participants' ids, emails and names in the text of its records. */
class Scrubber {
  private readonly pseudonyms = new Map<string, string>();
  private readonly emails: string[];
  private readonly names: Set<string>;

  constructor(participants: Row[]) {
    for (const user of participants) this.pseudonyms.set(String(user['id']), randomUUID());
    this.emails = participants
      .map((user) => user['email'])
      .filter((email): email is string => typeof email === 'string');
    this.names = new Set(participants.map((user) => String(user['display_name'] ?? '')).filter(Boolean));
  }

  pseudonymOf(userId: string): string {
    return this.pseudonyms.get(userId)!;
  }

  pseudonymFor(value: string): string | undefined {
    return this.pseudonyms.get(value);
  }

  /** Structured text (JSON) is walked value by value; plain text only loses ids and emails. */
  scrub(text: string): string {
    const trimmed = text.trim();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
      try {
        const scrubbed = JSON.stringify(this.scrubValue(JSON.parse(trimmed)));
        return scrubbed === JSON.stringify(JSON.parse(trimmed)) ? text : scrubbed;
      } catch {
        // not JSON after all: treat as plain text
      }
    }
    return this.scrubText(text);
  }

  private scrubValue(value: unknown): unknown {
    if (typeof value === 'string') {
      if (this.names.has(value)) return REMOVED;
      return this.scrubText(value);
    }
    if (Array.isArray(value)) return value.map((item) => this.scrubValue(item));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, this.scrubValue(item)]));
    }
    return value;
  }

  private scrubText(text: string): string {
    let result = text;
    for (const [id, pseudonym] of this.pseudonyms) {
      if (result.includes(id)) result = result.split(id).join(pseudonym);
    }
    for (const email of this.emails) {
      if (result.toLowerCase().includes(email.toLowerCase())) {
        result = result.replace(new RegExp(escapeRegExp(email), 'gi'), REMOVED);
      }
    }
    return result;
  }
}

function isPseudonym(user: Row): boolean {
  return user['email'] === null && user['password_hash'] === null && user['erased_at'] !== null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
