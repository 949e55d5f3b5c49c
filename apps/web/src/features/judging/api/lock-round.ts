import type { RoundDetailDto } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { refreshJudging, roundPath } from './judging-keys';

export const lockRound = (slug: string, roundId: string, locked: boolean) =>
  apiRequest<RoundDetailDto>(`${roundPath(slug, roundId)}/${locked ? 'lock' : 'unlock'}`, { method: 'POST' });

/** A locked round takes no score, assignment or entry change until it is unlocked. */
export function useLockRound(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ roundId, locked }: { roundId: string; locked: boolean }) => lockRound(slug, roundId, locked),
    onSuccess: () => refreshJudging(queryClient, slug),
  });
}
