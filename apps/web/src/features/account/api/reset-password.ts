import type { MeDto, ResetPasswordInput } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { applySignedIn } from '../../../lib/session';

/** Sets the new password from a mailed link and signs in here; every other session ends. */
export const resetPassword = (input: ResetPasswordInput) =>
  apiRequest<MeDto>('/auth/password-reset/confirm', { method: 'POST', json: input });

export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: resetPassword, onSuccess: (me) => applySignedIn(queryClient, me) });
}
