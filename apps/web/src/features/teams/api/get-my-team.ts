import type { TeamDto } from '@hackboard/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, apiRequest } from '../../../lib/api-client';

export const myTeamQuery = (slug: string) =>
  queryOptions({
    queryKey: ['events', slug, 'teams', 'mine'],
    /** The user's team in the event, or null when they are in none. */
    queryFn: async (): Promise<TeamDto | null> => {
      try {
        return await apiRequest<TeamDto>(`/events/${encodeURIComponent(slug)}/teams/mine`);
      } catch (error) {
        if (error instanceof ApiError && error.code === 'NOT_IN_TEAM') return null;
        throw error;
      }
    },
  });

export const useMyTeam = (slug: string, enabled = true) => useQuery({ ...myTeamQuery(slug), enabled });
