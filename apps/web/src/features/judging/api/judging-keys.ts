import type { QueryClient } from '@tanstack/react-query';

/** Which rubric: the event's, a challenge's own or a round's own. */
export type RubricRef = { scope: 'event' } | { scope: 'challenge'; id: string } | { scope: 'round'; id: string };

export const roundsKey = (slug: string) => ['events', slug, 'rounds'] as const;
export const criteriaKey = (slug: string) => ['events', slug, 'criteria'] as const;

/**
 * A judging change can move a round's rubric, entries, panel or assignments, and it is audited:
 * everything judging shows for the event is fetched again.
 */
export function refreshJudging(queryClient: QueryClient, slug: string): void {
  void queryClient.invalidateQueries({ queryKey: roundsKey(slug) });
  void queryClient.invalidateQueries({ queryKey: criteriaKey(slug) });
  void queryClient.invalidateQueries({ queryKey: ['events', slug, 'conflicts'] });
  void queryClient.invalidateQueries({ queryKey: ['events', slug, 'audit'] });
}

export const eventPath = (slug: string) => `/events/${encodeURIComponent(slug)}`;
export const roundPath = (slug: string, roundId: string) => `${eventPath(slug)}/rounds/${encodeURIComponent(roundId)}`;
