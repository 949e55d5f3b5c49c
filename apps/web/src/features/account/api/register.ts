import type { MeDto, RegisterInput } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { applySignedIn } from '../../../lib/session';

export const register = (input: RegisterInput) => apiRequest<MeDto>('/auth/register', { method: 'POST', json: input });

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: register, onSuccess: (me) => applySignedIn(queryClient, me) });
}
