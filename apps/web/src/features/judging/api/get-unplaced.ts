import type { UnplacedSubmissionDto } from '@hackboard/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { eventPath, roundsKey } from './judging-keys';

// Under the rounds' key: every judging change that refreshes the rounds refreshes this too.
export const unplacedQuery = (slug: string) =>
  queryOptions({
    queryKey: [...roundsKey(slug), 'unplaced'] as const,
    queryFn: () => apiRequest<UnplacedSubmissionDto[]>(`${eventPath(slug)}/rounds/unplaced`),
  });

/** Submitted projects that are in no round: nobody judges them until they are added. */
export const useUnplaced = (slug: string) => useQuery(unplacedQuery(slug));
