import type { OrganizerMessagePageDto } from '@hackboard/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const MESSAGES_PAGE_SIZE = 10;

export const getMessages = (slug: string, offset: number) =>
  apiRequest<OrganizerMessagePageDto>(
    `/events/${encodeURIComponent(slug)}/messages?limit=${MESSAGES_PAGE_SIZE}&offset=${offset}`,
  );

export const messagesQuery = (slug: string, offset: number) =>
  queryOptions({
    queryKey: ['events', slug, 'messages', offset],
    queryFn: () => getMessages(slug, offset),
    placeholderData: keepPreviousData,
    // Delivery counts move while the outbox works through a message.
    refetchInterval: (query) =>
      query.state.data?.items.some((message) => message.delivery.pending > 0) ? 10_000 : false,
  });

/** The messages the organizers have sent, newest first, with how far their mails have got. */
export const useMessages = (slug: string, offset: number) => useQuery(messagesQuery(slug, offset));
