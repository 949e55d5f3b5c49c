import type { ScheduleDto } from '@hackboard/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const scheduleQuery = (slug: string) =>
  queryOptions({
    queryKey: ['events', slug, 'schedule'],
    queryFn: () => apiRequest<ScheduleDto>(`/events/${encodeURIComponent(slug)}/schedule`),
  });

/** The sessions the caller may see, with the timeline's milestones. */
export const useSchedule = (slug: string) => useQuery(scheduleQuery(slug));

/** The calendar file of the whole schedule, or of one session or milestone, in the reader's language. */
export function calendarUrl(slug: string, language: string, item?: string): string {
  const query = new URLSearchParams({ lang: language === 'en' ? 'en' : 'sv' });
  if (item) query.set('item', item);
  return `/api/events/${encodeURIComponent(slug)}/calendar.ics?${query.toString()}`;
}
