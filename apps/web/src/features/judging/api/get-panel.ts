import type { PanelDto } from '@hackboard/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { roundPath, roundsKey } from './judging-keys';

export const panelQuery = (slug: string, roundId: string) =>
  queryOptions({
    queryKey: [...roundsKey(slug), roundId, 'panel'],
    queryFn: () => apiRequest<PanelDto>(`${roundPath(slug, roundId)}/panel`),
  });

/** The round's jurors with how many reviews each has been given and has completed. */
export const usePanel = (slug: string, roundId: string) => useQuery(panelQuery(slug, roundId));
