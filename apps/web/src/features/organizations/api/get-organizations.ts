import type { OrganizationDto } from '@hackboard/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchAllPages } from '../../../lib/pages';

export const organizationsQuery = () =>
  queryOptions({
    queryKey: ['organizations'],
    queryFn: async () => (await fetchAllPages<OrganizationDto>('/organizations')).items,
  });

/** Every organization on the platform, by name. */
export const useOrganizations = () => useQuery(organizationsQuery());
