import type { BuiltOnDatasetDto, ChallengeBuiltOnDto, OrganizationBuiltOnDto } from '@hackboard/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const datasetBuiltOnQuery = (datasetId: string) =>
  queryOptions({
    queryKey: ['datasets', datasetId, 'built-on'],
    queryFn: () => apiRequest<BuiltOnDatasetDto>(`/datasets/${encodeURIComponent(datasetId)}/built-on`),
  });

export const organizationBuiltOnQuery = (organizationId: string) =>
  queryOptions({
    queryKey: ['organizations', organizationId, 'built-on'],
    queryFn: () => apiRequest<OrganizationBuiltOnDto>(`/organizations/${encodeURIComponent(organizationId)}/built-on`),
  });

export const challengeBuiltOnQuery = (slug: string, challengeId: string) =>
  queryOptions({
    queryKey: ['events', slug, 'challenges', challengeId, 'built-on'],
    queryFn: () =>
      apiRequest<ChallengeBuiltOnDto>(
        `/events/${encodeURIComponent(slug)}/challenges/${encodeURIComponent(challengeId)}/built-on`,
      ),
  });

/** A data set and every public project built on it, across events. */
export const useDatasetBuiltOn = (datasetId: string) => useQuery(datasetBuiltOnQuery(datasetId));

/** An organization's data sets and what was built on each. */
export const useOrganizationBuiltOn = (organizationId: string) => useQuery(organizationBuiltOnQuery(organizationId));

/** A challenge's data sets and what was built on each. */
export const useChallengeBuiltOn = (slug: string, challengeId: string) =>
  useQuery(challengeBuiltOnQuery(slug, challengeId));
