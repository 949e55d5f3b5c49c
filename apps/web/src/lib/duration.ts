import type { TFunction } from 'i18next';

/** Whole days, hours and minutes until a moment, rounded up to the minute so "0 minutes" never shows. */
export function splitDuration(milliseconds: number): { days: number; hours: number; minutes: number } {
  const totalMinutes = Math.max(0, Math.ceil(milliseconds / 60_000));
  return {
    days: Math.floor(totalMinutes / (24 * 60)),
    hours: Math.floor((totalMinutes % (24 * 60)) / 60),
    minutes: totalMinutes % 60,
  };
}

/** Time left in words, at most two units: "2 days and 3 hours", "4 hours and 5 minutes", "1 minute". */
export function formatTimeLeft(milliseconds: number, t: TFunction): string {
  const { days, hours, minutes } = splitDuration(milliseconds);
  const parts =
    days > 0
      ? [t('countdown.days', { count: days }), hours > 0 ? t('countdown.hours', { count: hours }) : null]
      : hours > 0
        ? [t('countdown.hours', { count: hours }), minutes > 0 ? t('countdown.minutes', { count: minutes }) : null]
        : [t('countdown.minutes', { count: Math.max(1, minutes) })];
  const [first, second] = parts.filter((part): part is string => part !== null);
  return second ? t('countdown.pair', { first, second }) : first!;
}
