import type { SsoRedirectDto } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { applySignedOut } from '../../../lib/session';

/**
 * Ends the platform session. A session that came from a provider with its own sign-out page
 * (RP-initiated logout) is asked for that page first, and the browser goes there afterwards.
 */
export async function signOut(): Promise<string | null> {
  const endSession = await apiRequest<SsoRedirectDto>('/sso/end-session').catch(() => ({ redirectTo: null }));
  await apiRequest<void>('/auth/logout', { method: 'POST' });
  return endSession.redirectTo;
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSuccess: (redirectTo) => {
      if (redirectTo) window.location.assign(redirectTo);
    },
    onSettled: () => applySignedOut(queryClient),
  });
}
