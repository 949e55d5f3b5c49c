import type { ScheduleDto, ScheduleSessionDto } from '@hackboard/contracts';
import { describe, expect, it } from 'vitest';
import { agendaOf } from './agenda';

const session = (id: string, startsAt: string, endsAt: string): ScheduleSessionDto => ({
  id,
  eventId: 'e',
  kind: 'talk',
  title: id,
  description: null,
  startsAt,
  endsAt,
  place: null,
  streamUrl: null,
  speaker: null,
  language: null,
  audience: 'everyone',
  updatedAt: startsAt,
});

const schedule: ScheduleDto = {
  eventId: 'e',
  timezone: 'Europe/Stockholm',
  sessions: [
    session('late-night', '2026-05-19T22:30:00.000Z', '2026-05-19T23:30:00.000Z'),
    session('opening', '2026-05-19T16:00:00.000Z', '2026-05-19T17:00:00.000Z'),
    session('dinner', '2026-05-19T17:00:00.000Z', '2026-05-19T18:00:00.000Z'),
  ],
  milestones: [{ key: 'hacking', startsAt: '2026-05-19T16:00:00.000Z', endsAt: '2026-05-21T16:00:00.000Z' }],
};

describe('agendaOf', () => {
  it('says what is on now and what comes next', () => {
    const agenda = agendaOf(schedule, Date.parse('2026-05-19T16:30:00Z'));
    expect(agenda.now.map((item) => item.id)).toEqual(['opening']);
    expect(agenda.next.map((item) => item.id)).toEqual(['dinner']);
  });

  it('puts items on the day of the event timezone, so a late session after midnight there is the next day', () => {
    const agenda = agendaOf(schedule, Date.parse('2026-05-19T10:00:00Z'));
    expect(agenda.days.map((day) => [day.date, day.items.map((item) => item.id)])).toEqual([
      ['2026-05-19', ['hacking', 'opening', 'dinner']],
      ['2026-05-20', ['late-night']],
    ]);
    expect(agenda.today).toBe('2026-05-19');
    expect(agenda.now).toEqual([]);
    expect(agenda.next.map((item) => item.id)).toEqual(['hacking', 'opening']);
  });

  it('has nothing next once everything has started', () => {
    const agenda = agendaOf(schedule, Date.parse('2026-05-20T12:00:00Z'));
    expect(agenda.next).toEqual([]);
    expect(agenda.today).toBe('2026-05-20');
  });
});
