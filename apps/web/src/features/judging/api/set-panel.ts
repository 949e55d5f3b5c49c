import type { PanelDto } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { refreshJudging, roundPath } from './judging-keys';

export const setPanel = (slug: string, roundId: string, jurorIds: string[]) =>
  apiRequest<PanelDto>(`${roundPath(slug, roundId)}/panel`, { method: 'PUT', json: { jurorIds } });

/** Taking a juror off the panel also takes away their assignments there (refused once they scored). */
export function useSetPanel(slug: string, roundId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (jurorIds: string[]) => setPanel(slug, roundId, jurorIds),
    onSuccess: () => refreshJudging(queryClient, slug),
  });
}
