import type { ExplanationDto } from '@hackboard/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { type BoardScope, boardsKey, scopeQuery } from './get-leaderboard';

export const explanationQuery = (slug: string, submissionId: string, scope: BoardScope) =>
  queryOptions({
    queryKey: [...boardsKey(slug), 'explanation', submissionId, scope],
    queryFn: () =>
      apiRequest<ExplanationDto>(
        `/events/${encodeURIComponent(slug)}/leaderboard/submissions/${encodeURIComponent(submissionId)}/explanation${scopeQuery(scope)}`,
      ),
    retry: false,
  });

/** Why a submission has its score on a board: per criterion and per juror (numbered outside the organizer view). */
export const useExplanation = (slug: string, submissionId: string | null, scope: BoardScope) =>
  useQuery({ ...explanationQuery(slug, submissionId ?? '', scope), enabled: !!submissionId });
