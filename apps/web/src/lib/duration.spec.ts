import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { formatTimeLeft, splitDuration } from './duration';

describe('time left', () => {
  it('splits the time left into days, hours and minutes, rounding up', () => {
    expect(splitDuration(((26 * 60 + 3) * 60 + 1) * 1000)).toEqual({ days: 1, hours: 2, minutes: 4 });
    expect(splitDuration(30_000)).toEqual({ days: 0, hours: 0, minutes: 1 });
    expect(splitDuration(-5)).toEqual({ days: 0, hours: 0, minutes: 0 });
  });

  it('says it in at most two units', () => {
    const t = i18next.getFixedT('en');
    expect(formatTimeLeft(((26 * 60 + 3) * 60 + 1) * 1000, t)).toBe('1 day and 2 hours');
    expect(formatTimeLeft((2 * 60 + 5) * 60_000, t)).toBe('2 hours and 5 minutes');
    expect(formatTimeLeft(3 * 3_600_000, t)).toBe('3 hours');
    expect(formatTimeLeft(10_000, t)).toBe('1 minute');
    expect(formatTimeLeft(2 * 86_400_000, i18next.getFixedT('sv'))).toBe('2 dagar');
  });
});
