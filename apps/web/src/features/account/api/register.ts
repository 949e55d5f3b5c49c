import type { MeDto, RegisterInput, RegistrationPendingDto } from '@hackboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { setLanguage } from '../../../lib/i18n';
import { applySignedIn } from '../../../lib/session';

/** Signed in at once (201), or, with mail delivery on, a link to the address first (202). */
export const register = (input: RegisterInput) =>
  apiRequest<MeDto | RegistrationPendingDto>('/auth/register', { method: 'POST', json: input });

export const isPending = (answer: MeDto | RegistrationPendingDto): answer is RegistrationPendingDto =>
  'verificationSent' in answer;

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: register,
    onSuccess: (answer) => {
      if (isPending(answer)) return;
      applySignedIn(queryClient, answer);
      // The language picked on the form is this browser's choice too.
      setLanguage(answer.language);
    },
  });
}
