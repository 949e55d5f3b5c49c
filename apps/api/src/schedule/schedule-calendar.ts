import type { MilestoneDto, MilestoneKey, ScheduleSessionDto, SessionLanguage } from '@hackboard/contracts';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendarMethod } from 'ical-generator';
import { DateTime } from 'luxon';

export interface CalendarSource {
  event: { id: string; slug: string; name: string; timezone: string };
  sessions: ScheduleSessionDto[];
  milestones: MilestoneDto[];
  eventUrl: string;
  language: SessionLanguage;
  /** When the feed was made: every item's DTSTAMP. */
  now: Date;
}

export const MILESTONE_LABELS: Record<SessionLanguage, Record<MilestoneKey, string>> = {
  sv: {
    hacking: 'Hackandet pågår',
    deadline: 'Sista tid för bidrag',
    judging: 'Bedömningen pågår',
    results: 'Resultaten publiceras',
  },
  en: { hacking: 'Hacking', deadline: 'Submission deadline', judging: 'Judging', results: 'Results published' },
};

/**
 * The schedule as an iCalendar file (RFC 5545). Times are written as wall-clock times in the
 * event's timezone with its VTIMEZONE, so Google, Outlook and Apple calendars all place a session
 * at the same instant on both sides of a daylight-saving change. Each item's UID is stable, so a
 * subscribed calendar updates items in place when the schedule changes.
 */
export function scheduleCalendar(source: CalendarSource): string {
  const { event, language } = source;
  const zone = event.timezone;
  const calendar = ical({
    name: event.name,
    prodId: { company: 'Hackboard', product: 'hackboard', language: language.toUpperCase() },
    timezone: { name: zone, generator: getVtimezoneComponent },
    url: source.eventUrl,
  });
  calendar.method(ICalCalendarMethod.PUBLISH);
  const at = (date: string) => DateTime.fromISO(date, { zone });
  for (const session of source.sessions) {
    const location = [session.place, session.streamUrl].filter(Boolean).join(' · ');
    const description = [session.speaker, session.description, session.streamUrl].filter(Boolean).join('\n\n');
    calendar.createEvent({
      id: `${session.id}@hackboard`,
      start: at(session.startsAt),
      end: at(session.endsAt),
      timezone: zone,
      stamp: source.now,
      lastModified: new Date(session.updatedAt),
      summary: session.title,
      description: description || null,
      location: location || null,
      url: session.streamUrl ?? source.eventUrl,
      categories: [{ name: session.kind.toUpperCase() }],
    });
  }
  const labels = MILESTONE_LABELS[language];
  for (const milestone of source.milestones) {
    calendar.createEvent({
      id: `${event.id}-${milestone.key}@hackboard`,
      start: at(milestone.startsAt),
      end: at(milestone.endsAt),
      timezone: zone,
      stamp: source.now,
      summary: `${event.name}: ${labels[milestone.key]}`,
      url: source.eventUrl,
      categories: [{ name: 'MILESTONE' }],
    });
  }
  return calendar.toString();
}
