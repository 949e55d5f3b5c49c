import type { LoginInput, MeDto } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { applySignedIn } from '../../../lib/session';

export const signIn = (input: LoginInput) => apiRequest<MeDto>('/auth/login', { method: 'POST', json: input });

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: signIn, onSuccess: (me) => applySignedIn(queryClient, me) });
}
