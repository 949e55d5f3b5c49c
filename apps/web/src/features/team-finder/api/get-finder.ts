import type {
  FinderSettingsDto,
  JoinRequestListDto,
  ProfileDto,
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

export const useTeamListings = (slug: string, skill: string, enabled = true) =>
  useQuery({
    queryKey: [...finderKey(slug), 'teams', skill],
    queryFn: () =>
      apiRequest<TeamListingPageDto>(
        path(slug, `/teams?limit=100${skill ? `&skill=${encodeURIComponent(skill)}` : ''}`),
      ),
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
