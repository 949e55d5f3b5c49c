import { QueryFailedError } from 'typeorm';

/** Driver codes meaning "the database cannot be reached or dropped this connection", not "this query is wrong". */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01', // admin_shutdown: the connection was terminated
  '57P02',
  '57P03',
  '08006',
  '08001',
  '08003',
]);

/** node-postgres says so in words when the server closes a connection under a running query. */
const UNAVAILABLE_MESSAGES = /Connection terminated|connection timeout|Client has encountered a connection error/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  const cause = error instanceof QueryFailedError ? error.driverError : error;
  const code = (cause as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
  const message = (cause as { message?: unknown } | null)?.message;
  return typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message);
}

/** How long a retry waits: a dropped connection is replaced by the pool within this. */
export const RETRY_DELAY_MS = 50;

/**
 * Runs `work` again once when the database dropped the connection under it. Only for work that is
 * safe to repeat (reads, token checks): a lost connection is often one killed connection in the
 * pool, and the second try gets a fresh one instead of the caller getting a 503.
 */
export async function retryIfUnavailable<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
    return work();
  }
}
