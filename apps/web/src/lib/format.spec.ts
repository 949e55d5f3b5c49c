import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './format';

describe('dates in the event timezone', () => {
  it('shows a UTC instant as Stockholm time in Swedish and English', () => {
    // 16:00 UTC in May is 18:00 summer time in Stockholm.
    expect(formatDateTime('2026-05-19T16:00:00.000Z', 'Europe/Stockholm', 'sv')).toMatch(/19 maj 2026.*18:00/);
    expect(formatDateTime('2026-05-19T16:00:00.000Z', 'Europe/Stockholm', 'en')).toMatch(/19 May 2026.*18:00/);
  });

  it('uses the event day, not the visitor day, near midnight', () => {
    expect(formatDate('2026-12-31T23:30:00.000Z', 'Europe/Stockholm', 'en')).toBe('1 January 2027');
  });
});
