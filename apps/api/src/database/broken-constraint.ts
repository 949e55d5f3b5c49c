import { QueryFailedError } from 'typeorm';

/**
 * The constraint a failed write broke: the name and detail on PostgreSQL, the message naming the
 * columns or the check on SQLite. Null when the error is not a constraint violation.
 */
export function brokenConstraint(error: unknown): string | null {
  if (!(error instanceof QueryFailedError)) return null;
  const cause = error.driverError as { code?: string; constraint?: string; detail?: string; message?: string };
  if (cause.code === '23505' || cause.code === '23514') return `${cause.constraint ?? ''} ${cause.detail ?? ''}`;
  if (cause.code?.startsWith('SQLITE_CONSTRAINT')) return cause.message ?? '';
  return null;
}
