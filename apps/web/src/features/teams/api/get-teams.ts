import type { TeamDto } from '@hackboard/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchAllPages } from '../../../lib/pages';

export const teamsQuery = (slug: string) =>
  queryOptions({
    queryKey: ['events', slug, 'teams', 'all'],
    queryFn: () => fetchAllPages<TeamDto>(`/events/${encodeURIComponent(slug)}/teams`),
  });

/** Organizers: every team of the event with its members, oldest first. */
export const useTeams = (slug: string) => useQuery(teamsQuery(slug));
