import type { ChangeEmailInput, MailSentDto } from '@hackboard/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Mails a link to the new address; the address changes only when it is opened. */
export const changeEmail = (input: ChangeEmailInput) =>
  apiRequest<MailSentDto>('/auth/email-change', { method: 'POST', json: input });

export const useChangeEmail = () => useMutation({ mutationFn: changeEmail });
