import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { applySignedOut } from '../../../lib/session';

export const signOut = () => apiRequest<void>('/auth/logout', { method: 'POST' });

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: signOut, onSettled: () => applySignedOut(queryClient) });
}
