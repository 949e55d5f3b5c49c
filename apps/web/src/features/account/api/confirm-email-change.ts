import type { ConfirmEmailChangeInput, MeDto } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { applySignedIn } from '../../../lib/session';

export const confirmEmailChange = (input: ConfirmEmailChangeInput) =>
  apiRequest<MeDto>('/auth/email-change/confirm', { method: 'POST', json: input });

/** Moves the account to the new address from the link mailed to it, and signs in. */
export function useConfirmEmailChange() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: confirmEmailChange, onSuccess: (me) => applySignedIn(queryClient, me) });
}
