import type { CreateOrganizationInput, OrganizationDto } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { organizationsQuery } from './get-organizations';

export const createOrganization = (input: CreateOrganizationInput) =>
  apiRequest<OrganizationDto>('/organizations', { method: 'POST', json: input });

/** Admins and organizers register an organization (a municipality, an agency, a company). */
export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganization,
    onSuccess: (organization) => {
      queryClient.setQueryData(organizationsQuery().queryKey, (list) =>
        [...(list ?? []), organization].sort((a, b) => a.name.localeCompare(b.name, 'sv')),
      );
      void queryClient.invalidateQueries({ queryKey: organizationsQuery().queryKey });
    },
  });
}
