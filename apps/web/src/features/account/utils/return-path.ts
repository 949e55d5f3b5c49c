import { safeNextPath } from '../../../lib/session';

const KEY = 'hackboard.returnAfterMail';

/**
 * Where someone was going when they asked for a mailed link (registration, a forgotten password):
 * the link opens in a new tab, so the page they came from is kept in this browser until then.
 */
export function rememberReturnPath(next: string | null): void {
  if (next) globalThis.localStorage?.setItem(KEY, safeNextPath(next));
  else globalThis.localStorage?.removeItem(KEY);
}

/** The page to go to after a mailed link has done its work (taken once), or the fallback. */
export function takeReturnPath(fallback = '/'): string {
  const stored = globalThis.localStorage?.getItem(KEY) ?? null;
  globalThis.localStorage?.removeItem(KEY);
  return safeNextPath(stored, fallback);
}
