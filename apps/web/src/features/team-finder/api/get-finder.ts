import type {
  FinderSettingsDto,
  JoinRequestListDto,
  ProfileDto,
  ProfilePageDto,
  SuggestionsDto,
  TeamListingDto,
  TeamListingPageDto,
  UnteamedPageDto,
} from '@hackboard/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Everything the team finder reads sits under this key, so a change refreshes it all at once. */
export const finderKey = (slug: string) => ['events', slug, 'finder'] as const;
const path = (slug: string, suffix: string) => `/events/${encodeURIComponent(slug)}/finder${suffix}`;

export const useFinderSettings = (slug: string) =>
  useQuery({
    queryKey: [...finderKey(slug), 'settings'],
    queryFn: () => apiRequest<FinderSettingsDto>(path(slug, '/settings')),
  });

export const useProfile = (slug: string, enabled = true) =>
  useQuery({
    queryKey: [...finderKey(slug), 'profile'],
    queryFn: () => apiRequest<ProfileDto>(path(slug, '/profile')),
    enabled,
  });

export const useSuggestions = (slug: string, enabled = true) =>
  useQuery({
    queryKey: [...finderKey(slug), 'suggestions'],
    queryFn: () => apiRequest<SuggestionsDto>(path(slug, '/suggestions')),
    enabled,
  });

/** Browsing filters; empty strings are not sent. */
export interface FinderFilters {
  skill: string;
  language: string;
  challengeId: string;
}

export const NO_FILTERS: FinderFilters = { skill: '', language: '', challengeId: '' };

export const isFiltered = (filters: FinderFilters) => Object.values(filters).some((value) => value !== '');

function finderQuery(filters: FinderFilters): string {
  const query = new URLSearchParams({ limit: '100' });
  for (const [name, value] of Object.entries(filters)) if (value) query.set(name, value);
  return query.toString();
}

export const useTeamListings = (slug: string, filters: FinderFilters, enabled = true) =>
  useQuery({
    queryKey: [...finderKey(slug), 'teams', filters],
    queryFn: () => apiRequest<TeamListingPageDto>(path(slug, `/teams?${finderQuery(filters)}`)),
    enabled,
  });

/** People looking for a team who match the filters. */
export const usePeople = (slug: string, filters: FinderFilters, enabled = true) =>
  useQuery({
    queryKey: [...finderKey(slug), 'people', filters],
    queryFn: () => apiRequest<ProfilePageDto>(path(slug, `/people?${finderQuery(filters)}`)),
    enabled,
  });

export const useTeamListing = (slug: string, teamId: string | null) =>
  useQuery({
    queryKey: [...finderKey(slug), 'listing', teamId],
    queryFn: () => apiRequest<TeamListingDto>(path(slug, `/teams/${teamId}`)),
    enabled: teamId !== null,
  });

export const useJoinRequests = (slug: string, enabled = true) =>
  useQuery({
    queryKey: [...finderKey(slug), 'requests'],
    queryFn: () => apiRequest<JoinRequestListDto>(path(slug, '/requests')),
    enabled,
  });

export const useUnteamed = (slug: string, enabled = true) =>
  useQuery({
    queryKey: [...finderKey(slug), 'unteamed'],
    queryFn: () => apiRequest<UnteamedPageDto>(path(slug, '/unteamed?limit=100')),
    enabled,
  });
