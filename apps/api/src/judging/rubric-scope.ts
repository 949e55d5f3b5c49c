import type { CriterionScope } from '@hackboard/contracts';

/** The stored `scope` of a criterion: 'event', 'challenge:<id>' or 'round:<id>'. */
export type ScopeKey = string;

export const EVENT_SCOPE: ScopeKey = 'event';
export const challengeScope = (challengeId: string): ScopeKey => `challenge:${challengeId}`;
export const roundScope = (roundId: string): ScopeKey => `round:${roundId}`;

export function parseScope(scope: ScopeKey): {
  scope: CriterionScope;
  challengeId: string | null;
  roundId: string | null;
} {
  if (scope.startsWith('challenge:')) return { scope: 'challenge', challengeId: scope.slice(10), roundId: null };
  if (scope.startsWith('round:')) return { scope: 'round', challengeId: null, roundId: scope.slice(6) };
  return { scope: 'event', challengeId: null, roundId: null };
}

export interface RoundShape {
  readonly id: string;
  readonly kind: 'heat' | 'final';
  readonly challengeId: string | null;
}

/**
 * The rubrics a round may use, strongest first: its own, then (for a heat) its challenge's, then
 * the event's. A final compares projects of every challenge, so a challenge's rubric never applies.
 */
export function scopesOf(round: RoundShape): ScopeKey[] {
  return [
    roundScope(round.id),
    ...(round.kind === 'heat' && round.challengeId ? [challengeScope(round.challengeId)] : []),
    EVENT_SCOPE,
  ];
}

/** The rubric the round uses: the first of its scopes that has criteria, or null while none has. */
export function effectiveScope(round: RoundShape, filled: ReadonlySet<ScopeKey>): ScopeKey | null {
  return scopesOf(round).find((scope) => filled.has(scope)) ?? null;
}
