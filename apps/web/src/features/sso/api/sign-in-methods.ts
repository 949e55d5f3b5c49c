import type { SignInMethodsDto, SsoRedirectDto } from '@hackboard/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const signInMethodsQuery = () =>
  queryOptions({
    queryKey: ['sso', 'identities'],
    queryFn: () => apiRequest<SignInMethodsDto>('/sso/identities'),
  });

export const useSignInMethods = () => useQuery(signInMethodsQuery());

export function useUnlinkIdentity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (identityId: string) =>
      apiRequest<SignInMethodsDto>(`/sso/identities/${encodeURIComponent(identityId)}`, { method: 'DELETE' }),
    onSuccess: (methods) => queryClient.setQueryData(signInMethodsQuery().queryKey, methods),
  });
}

/** Starts linking a provider: the API answers with the provider's page, where the browser goes next. */
export function useLinkProvider() {
  return useMutation({
    mutationFn: (providerId: string) =>
      apiRequest<SsoRedirectDto>(`/sso/${encodeURIComponent(providerId)}/link`, {
        method: 'POST',
        json: { returnTo: '/account' },
      }),
    onSuccess: ({ redirectTo }) => {
      if (redirectTo) window.location.assign(redirectTo);
    },
  });
}
