import type { MailSentDto, RequestPasswordResetInput } from '@hackboard/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** The same answer for every address: whether an account exists is not told. */
export const requestPasswordReset = (input: RequestPasswordResetInput) =>
  apiRequest<MailSentDto>('/auth/password-reset', { method: 'POST', json: input });

export const useRequestPasswordReset = () => useMutation({ mutationFn: requestPasswordReset });
