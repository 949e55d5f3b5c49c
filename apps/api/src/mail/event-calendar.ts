import type { Language } from '@hackboard/contracts';
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { StoredAttachment } from './outbox-mail.entity.js';

export interface CalendarEvent {
  id: string;
  slug: string;
  name: string;
  timezone: string;
  registrationOpensAt: Date;
  hackingStartsAt: Date;
  submissionDeadline: Date;
  judgingEndsAt: Date;
  resultsPublishedAt: Date | null;
}

const LABELS: Record<Language, Record<'hacking' | 'deadline' | 'judging' | 'results', string>> = {
  sv: {
    hacking: 'Hackandet pågår',
    deadline: 'Sista tid för bidrag',
    judging: 'Bedömningen pågår',
    results: 'Resultaten publiceras',
  },
  en: { hacking: 'Hacking', deadline: 'Submission deadline', judging: 'Judging', results: 'Results published' },
};

/** The event's timeline as an iCalendar file (RFC 5545), in the event's timezone, for any calendar app. */
export function timelineCalendar(event: CalendarEvent, language: Language, eventUrl: string): StoredAttachment {
  const labels = LABELS[language];
  const calendar = ical({
    name: event.name,
    prodId: { company: 'Hackboard', product: 'hackboard', language: language.toUpperCase() },
  });
  calendar.method(ICalCalendarMethod.PUBLISH);
  const add = (key: string, summary: string, start: Date, end: Date) =>
    calendar.createEvent({
      id: `${event.id}-${key}@hackboard`,
      // In UTC: every calendar shows it in its reader's own zone, with no zone table to ship.
      start,
      end,
      summary: `${event.name}: ${summary}`,
      url: eventUrl,
    });
  add('hacking', labels.hacking, event.hackingStartsAt, event.submissionDeadline);
  add(
    'deadline',
    labels.deadline,
    event.submissionDeadline,
    new Date(event.submissionDeadline.getTime() + 15 * 60_000),
  );
  add('judging', labels.judging, event.submissionDeadline, event.judgingEndsAt);
  if (event.resultsPublishedAt) {
    add(
      'results',
      labels.results,
      event.resultsPublishedAt,
      new Date(event.resultsPublishedAt.getTime() + 60 * 60_000),
    );
  }
  return {
    filename: `${event.slug}.ics`,
    contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
    content: calendar.toString(),
  };
}
