/**
 * The classes of signed-in writes, each with its own budget per user. A budget is `points` writes
 * in a window of `seconds`; the defaults and the reason for each are in docs/SECURITY.md.
 */
export const WRITE_CLASSES = [
  'announcements',
  'profile',
  'submissions',
  'reviews',
  'invitations',
  'messages',
  'writes',
] as const;
export type WriteClass = (typeof WRITE_CLASSES)[number];

export interface Budget {
  points: number;
  seconds: number;
}

export const DEFAULT_BUDGETS: Record<WriteClass, string> = {
  announcements: '20/10m',
  profile: '30/10m',
  submissions: '60/5m',
  reviews: '90/5m',
  invitations: '60/10m',
  messages: '10/10m',
  writes: '90/5m',
};

/** The variable that sets a class's budget: `WRITE_BUDGET_REVIEWS` and so on. */
export const budgetVariable = (name: WriteClass) => `WRITE_BUDGET_${name.toUpperCase()}` as const;

const UNIT_SECONDS = { s: 1, m: 60, h: 3600 } as const;
export const BUDGET_FORMAT = /^(\d{1,7})\/(\d{1,5})([smh])$/;

/** `90/5m` → 90 writes per 300 seconds. */
export function parseBudget(text: string): Budget | undefined {
  const match = BUDGET_FORMAT.exec(text.trim());
  if (!match) return undefined;
  const points = Number(match[1]);
  const seconds = Number(match[2]) * UNIT_SECONDS[match[3] as keyof typeof UNIT_SECONDS];
  if (points < 1 || seconds < 1 || seconds > 86_400) return undefined;
  return { points, seconds };
}
