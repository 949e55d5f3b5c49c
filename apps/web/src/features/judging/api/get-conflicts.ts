import type { ConflictDto } from '@hackboard/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { eventPath } from './judging-keys';

export const conflictsQuery = (slug: string) =>
  queryOptions({
    queryKey: ['events', slug, 'conflicts'],
    queryFn: () => apiRequest<ConflictDto[]>(`${eventPath(slug)}/conflicts`),
  });

/** Every conflict of interest the event's jurors have declared. */
export const useConflicts = (slug: string) => useQuery(conflictsQuery(slug));
