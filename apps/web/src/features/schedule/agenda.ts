import type { MilestoneDto, ScheduleDto, ScheduleSessionDto } from '@hackboard/contracts';
import { toZonedInputValue } from '../../lib/zoned-time';

/** A line of the agenda: a session, or one of the timeline's milestones. */
export type AgendaItem =
  | { type: 'session'; id: string; startsAt: string; endsAt: string; session: ScheduleSessionDto }
  | { type: 'milestone'; id: string; startsAt: string; endsAt: string; milestone: MilestoneDto };

export interface Agenda {
  now: AgendaItem[];
  next: AgendaItem[];
  /** The agenda by day (the event's calendar date, `YYYY-MM-DD`), days and items in order. */
  days: { date: string; items: AgendaItem[] }[];
  today: string;
}

/**
 * What is on now, what comes next and the whole agenda by day, all in the event's timezone.
 * Milestones that last days (hacking, judging) show only where they start; they are never "now".
 */
export function agendaOf(schedule: ScheduleDto, now: number): Agenda {
  const items: AgendaItem[] = [
    ...schedule.sessions.map((session) => ({
      type: 'session' as const,
      id: session.id,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      session,
    })),
    ...schedule.milestones.map((milestone) => ({
      type: 'milestone' as const,
      id: milestone.key,
      startsAt: milestone.startsAt,
      endsAt: milestone.startsAt,
      milestone,
    })),
  ].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || Date.parse(a.endsAt) - Date.parse(b.endsAt));
  const dateOf = (iso: string) => toZonedInputValue(iso, schedule.timezone).slice(0, 10);
  const days = new Map<string, AgendaItem[]>();
  for (const item of items) {
    const date = dateOf(item.startsAt);
    days.set(date, [...(days.get(date) ?? []), item]);
  }
  const current = items.filter(
    (item) => item.type === 'session' && Date.parse(item.startsAt) <= now && now < Date.parse(item.endsAt),
  );
  const upcoming = items.filter((item) => Date.parse(item.startsAt) > now);
  const nextStart = upcoming[0]?.startsAt;
  return {
    now: current,
    next: nextStart ? upcoming.filter((item) => item.startsAt === nextStart) : [],
    days: [...days].map(([date, dayItems]) => ({ date, items: dayItems })),
    today: dateOf(new Date(now).toISOString()),
  };
}
