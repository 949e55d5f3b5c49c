import type { RoundDto } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { eventPath, refreshJudging } from './judging-keys';

export const createHeats = (slug: string) =>
  apiRequest<RoundDto[]>(`${eventPath(slug)}/rounds/heats`, { method: 'POST' });

/** One heat for each challenge that has none yet; answers the heats it created. */
export function useCreateHeats(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => createHeats(slug),
    onSuccess: () => refreshJudging(queryClient, slug),
  });
}
