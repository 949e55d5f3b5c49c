import type { SsoRequirementsDto, UpdateSsoRequirementsInput } from '@hackboard/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const ssoRequirementsQuery = (slug: string) =>
  queryOptions({
    queryKey: ['events', slug, 'sso-requirements'],
    queryFn: () => apiRequest<SsoRequirementsDto>(`/events/${encodeURIComponent(slug)}/sso-requirements`),
  });

/** Asked only when providers are configured: without them there is nothing to require. */
export const useSsoRequirements = (slug: string, enabled: boolean) =>
  useQuery({ ...ssoRequirementsQuery(slug), enabled });

export function useUpdateSsoRequirements(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateSsoRequirementsInput) =>
      apiRequest<SsoRequirementsDto>(`/events/${encodeURIComponent(slug)}/sso-requirements`, {
        method: 'PUT',
        json: input,
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(ssoRequirementsQuery(slug).queryKey, saved);
      void queryClient.invalidateQueries({ queryKey: ['events', slug, 'audit'] });
    },
  });
}
