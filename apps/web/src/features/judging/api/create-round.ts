import type { CreateRoundInput, RoundDetailDto } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { eventPath, refreshJudging } from './judging-keys';

export const createRound = (slug: string, input: CreateRoundInput) =>
  apiRequest<RoundDetailDto>(`${eventPath(slug)}/rounds`, { method: 'POST', json: input });

export function useCreateRound(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateRoundInput) => createRound(slug, input),
    onSuccess: () => refreshJudging(queryClient, slug),
  });
}
