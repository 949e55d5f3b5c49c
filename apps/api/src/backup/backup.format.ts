import { z } from 'zod';

export const BACKUP_FORMAT = 'hackboard-event-backup';
/** Raised when the document's shape changes; a restore refuses a backup newer than it understands. */
export const BACKUP_VERSION = 1;

const Value = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const Rows = z.array(z.record(z.string(), Value));

/**
 * One event, complete: every row of every table the event owns (`tables`) and the rows of shared
 * tables they point to (`shared`: the accounts and organizations involved), plus the migrations the
 * database had, so a restore knows whether its schema can hold the rows.
 */
export const EventBackup = z.object({
  format: z.literal(BACKUP_FORMAT, { message: `must be "${BACKUP_FORMAT}"` }),
  version: z.number().int().min(1),
  takenAt: z.string(),
  platformVersion: z.string().optional(),
  source: z.object({ driver: z.enum(['sqlite', 'postgres']) }),
  migrations: z.array(z.string()),
  event: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  tables: z.record(z.string(), Rows),
  shared: z.record(z.string(), Rows),
});
export type EventBackup = z.infer<typeof EventBackup>;

export interface RestoreSummary {
  event: { id: string; slug: string };
  /** Rows inserted per table. */
  inserted: Record<string, number>;
  /** Shared rows (accounts, organizations) that already existed and were reused instead of inserted. */
  matched: Record<string, number>;
  /** Migrations the target has that the backup was not taken at (their columns get their defaults). */
  newerMigrations: string[];
}
