import type { MailSentDto } from '@hackboard/contracts';
import { useMutation } from '@tanstack/react-query';
import { ApiError, apiRequest } from './api-client';

/** Mails the signed-in user a new link to confirm their address. */
export const resendVerification = () => apiRequest<MailSentDto>('/auth/verify-email/resend', { method: 'POST' });

export const useResendVerification = () => useMutation({ mutationFn: resendVerification });

/** The API refused because the event lets in only people whose address has been confirmed by mail. */
export function isEmailNotVerified(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'EMAIL_NOT_VERIFIED';
}
