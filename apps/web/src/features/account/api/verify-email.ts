import type { MeDto, VerifyEmailInput } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { applySignedIn } from '../../../lib/session';

export const verifyEmail = (input: VerifyEmailInput) =>
  apiRequest<MeDto>('/auth/verify-email', { method: 'POST', json: input });

/** Confirms the address from a mailed link, which also signs in. */
export function useVerifyEmail() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: verifyEmail, onSuccess: (me) => applySignedIn(queryClient, me) });
}
