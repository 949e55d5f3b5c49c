import type { MessageAudienceInput, MessagePreviewDto } from '@hackboard/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const previewMessage = (slug: string, input: MessageAudienceInput) =>
  apiRequest<MessagePreviewDto>(`/events/${encodeURIComponent(slug)}/messages/preview`, {
    method: 'POST',
    json: input,
  });

/** How many people a message to this audience would reach now (nothing is sent). */
export const usePreviewMessage = (slug: string) =>
  useMutation({ mutationFn: (input: MessageAudienceInput) => previewMessage(slug, input) });
