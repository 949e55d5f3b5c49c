import type { JuryWorkDto } from '@hackboard/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Everything on the juror's pages is cached under this key, so one invalidation refreshes it all. */
export const juryKey = (slug: string) => ['events', slug, 'jury'] as const;

export const juryWorkQuery = (slug: string) =>
  queryOptions({
    queryKey: [...juryKey(slug), 'me'],
    queryFn: () => apiRequest<JuryWorkDto>(`/events/${encodeURIComponent(slug)}/jury/me`),
  });

/** The signed-in juror's rounds, assignments with progress, and declared conflicts. */
export const useJuryWork = (slug: string) => useQuery(juryWorkQuery(slug));
