import type { SsoProviderDto } from '@hackboard/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const ssoProvidersQuery = () =>
  queryOptions({
    queryKey: ['sso', 'providers'],
    queryFn: () => apiRequest<SsoProviderDto[]>('/sso/providers'),
    staleTime: Infinity,
  });

export const useSsoProviders = () => useQuery(ssoProvidersQuery());

/** The address that starts a sign-in at a provider: a plain navigation, since the provider's page follows. */
export function signInStartUrl(providerId: string, returnTo: string, language: string): string {
  const query = new URLSearchParams({ returnTo, language });
  return `/api/sso/${encodeURIComponent(providerId)}/start?${query.toString()}`;
}
