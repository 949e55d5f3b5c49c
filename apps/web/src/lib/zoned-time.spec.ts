import { describe, expect, it } from 'vitest';
import { formatOffset, fromZonedInputValue, offsetMinutesAt, toZonedInputValue } from './zoned-time';

describe('wall-clock times in the event timezone', () => {
  it('reads a summer time in Stockholm as UTC+2 and a winter time as UTC+1', () => {
    expect(fromZonedInputValue('2026-05-19T18:00', 'Europe/Stockholm')).toBe('2026-05-19T18:00:00+02:00');
    expect(fromZonedInputValue('2026-01-15T09:30', 'Europe/Stockholm')).toBe('2026-01-15T09:30:00+01:00');
    expect(Date.parse(fromZonedInputValue('2026-05-19T18:00', 'Europe/Stockholm')!)).toBe(
      Date.parse('2026-05-19T16:00:00Z'),
    );
  });

  it('shows a UTC instant as the clock in the event timezone, not the browser one', () => {
    expect(toZonedInputValue('2026-05-19T16:00:00.000Z', 'Europe/Stockholm')).toBe('2026-05-19T18:00');
    expect(toZonedInputValue('2026-05-19T16:00:00.000Z', 'America/New_York')).toBe('2026-05-19T12:00');
    expect(toZonedInputValue('2026-12-31T23:30:00.000Z', 'Europe/Stockholm')).toBe('2027-01-01T00:30');
  });

  it('handles zones with half-hour offsets and zones west of UTC', () => {
    expect(fromZonedInputValue('2026-03-01T10:00', 'Asia/Kolkata')).toBe('2026-03-01T10:00:00+05:30');
    expect(fromZonedInputValue('2026-07-04T20:00', 'America/New_York')).toBe('2026-07-04T20:00:00-04:00');
    expect(fromZonedInputValue('2026-07-04T20:00', 'UTC')).toBe('2026-07-04T20:00:00+00:00');
  });

  it('moves a time that never happens (spring forward) on by the length of the gap', () => {
    // On 29 March 2026 Stockholm's clocks jump from 02:00 to 03:00.
    expect(fromZonedInputValue('2026-03-29T02:30', 'Europe/Stockholm')).toBe('2026-03-29T03:30:00+02:00');
    expect(fromZonedInputValue('2026-03-29T01:59', 'Europe/Stockholm')).toBe('2026-03-29T01:59:00+01:00');
    expect(fromZonedInputValue('2026-03-29T03:00', 'Europe/Stockholm')).toBe('2026-03-29T03:00:00+02:00');
  });

  it('takes the first of a time that happens twice (fall back)', () => {
    // On 25 October 2026 Stockholm's clocks go from 03:00 back to 02:00.
    expect(fromZonedInputValue('2026-10-25T02:30', 'Europe/Stockholm')).toBe('2026-10-25T02:30:00+02:00');
    expect(fromZonedInputValue('2026-10-25T03:00', 'Europe/Stockholm')).toBe('2026-10-25T03:00:00+01:00');
  });

  it('gives back the same clock time it was given, every hour of a year', () => {
    for (let hour = 0; hour < 365 * 24; hour += 7) {
      const instant = Date.UTC(2026, 0, 1) + hour * 3_600_000;
      const shown = toZonedInputValue(new Date(instant).toISOString(), 'Europe/Stockholm');
      const read = fromZonedInputValue(shown, 'Europe/Stockholm')!;
      expect(toZonedInputValue(read, 'Europe/Stockholm')).toBe(shown);
    }
  });

  it('accepts seconds and refuses what is not a date and time', () => {
    expect(fromZonedInputValue('2026-05-19T18:00:30', 'Europe/Stockholm')).toBe('2026-05-19T18:00:30+02:00');
    expect(fromZonedInputValue('', 'Europe/Stockholm')).toBeNull();
    expect(fromZonedInputValue('2026-02-30T10:00', 'Europe/Stockholm')).toBeNull();
    expect(fromZonedInputValue('19/05/2026 18:00', 'Europe/Stockholm')).toBeNull();
    expect(toZonedInputValue('not a date', 'Europe/Stockholm')).toBe('');
  });

  it('writes offsets with sign, hours and minutes', () => {
    expect(formatOffset(120)).toBe('+02:00');
    expect(formatOffset(-330)).toBe('-05:30');
    expect(formatOffset(0)).toBe('+00:00');
    expect(offsetMinutesAt(Date.parse('2026-01-15T12:00:00Z'), 'Europe/Stockholm')).toBe(60);
  });
});
