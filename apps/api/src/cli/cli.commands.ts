import 'reflect-metadata';
import { RegisterInput } from '@hackboard/contracts';
import { readFileSync, writeFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../auth/password-hasher.js';
import { AnonymisationService, type AnonymisationSummary } from '../backup/anonymisation.service.js';
import { BackupError } from '../backup/backup.errors.js';
import type { EventBackup, RestoreSummary } from '../backup/backup.format.js';
import { BackupService } from '../backup/backup.service.js';
import { EventRecordsRepository } from '../backup/event-records.repository.js';
import { Clock } from '../common/clock.js';
import { fieldMessages } from '../common/zod.js';
import type { AppConfig } from '../config/app-config.js';
import { dataSourceOptions } from '../database/data-source-options.js';
import { runMigrations } from '../database/migrate.js';
import { MIGRATIONS } from '../database/migrations/index.js';
import { UserEntity } from '../users/user.entity.js';

/**
 * The operations commands as plain functions over one database connection, so tests call them
 * directly and `main.ts` only parses arguments and prints.
 */
export interface CliContext {
  config: AppConfig;
  dataSource: DataSource;
  clock: Clock;
}

/** A problem the operator can fix (bad input, a refused restore): printed without a stack trace. */
export class CliError extends Error {
  override name = 'CliError';
}

export async function openContext(config: AppConfig, clock = new Clock()): Promise<CliContext> {
  const dataSource = await new DataSource(dataSourceOptions(config.database)).initialize();
  return { config, dataSource, clock };
}

export async function closeContext(context: CliContext): Promise<void> {
  if (context.dataSource.isInitialized) await context.dataSource.destroy();
}

export interface MigrateResult {
  /** Migrations this run applied, in order. */
  applied: string[];
  /** Every migration this version of Hackboard knows. */
  known: string[];
}

/** Applies pending migrations (taking turns with other instances on PostgreSQL). */
export async function migrate(context: CliContext): Promise<MigrateResult> {
  const applied = await runMigrations(context.dataSource);
  return { applied, known: MIGRATIONS.map((migration) => migration.name) };
}

export interface CreateAdminInput {
  email: string;
  name: string;
  /** Asked for only when a new account is made; an existing account keeps its password. */
  password: () => Promise<string> | string;
}

export interface CreateAdminResult {
  id: string;
  email: string;
  created: boolean;
}

/** Makes a platform admin: a new account, or an existing one (same email) promoted. */
export async function createAdmin(context: CliContext, input: CreateAdminInput): Promise<CreateAdminResult> {
  const users = context.dataSource.getRepository(UserEntity);
  const email = input.email.trim().toLowerCase();
  const existing = await users.findOne({ where: { email } });
  if (existing) {
    if (existing.erasedAt) throw new CliError(`The account of ${email} has been erased; it cannot be made an admin.`);
    if (!existing.isAdmin) await users.update({ id: existing.id }, { isAdmin: true });
    return { id: existing.id, email, created: false };
  }
  const parsed = RegisterInput.safeParse({ email, displayName: input.name, password: await input.password() });
  if (!parsed.success) {
    const fields = fieldMessages(parsed.error);
    throw new CliError(
      Object.entries(fields)
        .map(([field, message]) => `${field === 'displayName' ? 'name' : field} ${message}`)
        .join('; '),
    );
  }
  const passwordHash = await new PasswordHasher().hash(parsed.data.password);
  const saved = await users.save(
    users.create({
      email: parsed.data.email,
      displayName: parsed.data.displayName,
      passwordHash,
      language: 'sv',
      isAdmin: true,
      // The operator who runs the command vouches for the address.
      emailVerifiedAt: context.clock.now(),
      createdAt: context.clock.now(),
    }),
  );
  return { id: saved.id, email: saved.email!, created: true };
}

function backupService(context: CliContext): BackupService {
  return new BackupService(
    new EventRecordsRepository(context.dataSource),
    context.dataSource,
    context.clock,
    context.config,
  );
}

/** A complete backup of one event; written to `out` (readable by its owner only) when given. */
export async function backupEvent(context: CliContext, input: { event: string; out?: string }): Promise<EventBackup> {
  const backup = await backupService(context).backup(input.event);
  if (input.out) writeFileSync(input.out, `${JSON.stringify(backup, null, 2)}\n`, { mode: 0o600 });
  return backup;
}

/** Restores a backup file into this database (applying pending migrations first). */
export async function restoreEvent(
  context: CliContext,
  input: { in: string },
): Promise<RestoreSummary & { migrated: string[] }> {
  let document: unknown;
  try {
    document = JSON.parse(readFileSync(input.in, 'utf8'));
  } catch (error) {
    throw new CliError(`Cannot read ${input.in} as JSON: ${(error as Error).message}`);
  }
  const migrated = await runMigrations(context.dataSource);
  return { ...(await backupService(context).restore(document)), migrated };
}

export function anonymiseEvent(context: CliContext, input: { event: string }): Promise<AnonymisationSummary> {
  return new AnonymisationService(
    new EventRecordsRepository(context.dataSource),
    context.dataSource,
    context.clock,
  ).anonymise(input.event);
}

/** Counts the rows of a backup, per table, for a one-line report. */
export function rowCount(backup: EventBackup): number {
  return [...Object.values(backup.tables), ...Object.values(backup.shared)].reduce((sum, rows) => sum + rows.length, 0);
}

export function isOperatorError(error: unknown): error is Error {
  return error instanceof CliError || error instanceof BackupError;
}
