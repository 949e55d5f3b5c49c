import { formatOffset, isKnownTimeZone, offsetMinutesAt } from '../../../lib/zoned-time';

export const DEFAULT_TIME_ZONE = 'Europe/Stockholm';

/** Zones Swedish and Nordic events are held in first, then other common ones. */
export const COMMON_TIME_ZONES = [
  'Europe/Stockholm',
  'Europe/Helsinki',
  'Europe/Oslo',
  'Europe/Copenhagen',
  'Atlantic/Reykjavik',
  'Europe/Tallinn',
  'Europe/Riga',
  'Europe/Vilnius',
  'Europe/Berlin',
  'Europe/Amsterdam',
  'Europe/Brussels',
  'Europe/Paris',
  'Europe/Madrid',
  'Europe/Rome',
  'Europe/Warsaw',
  'Europe/Vienna',
  'Europe/Zurich',
  'Europe/Athens',
  'Europe/London',
  'Europe/Dublin',
  'Europe/Lisbon',
  'UTC',
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'Africa/Nairobi',
  'Asia/Dubai',
  'Asia/Kolkata',
  'Asia/Singapore',
  'Asia/Tokyo',
  'Australia/Sydney',
  'Pacific/Auckland',
] as const;

/** The choices for an event's timezone: the common ones, plus the event's own if it is another. */
export function timeZoneChoices(current: string, now: number): { value: string; label: string }[] {
  const zones: string[] = [...COMMON_TIME_ZONES];
  if (current && !zones.includes(current) && isKnownTimeZone(current)) zones.unshift(current);
  return zones.map((zone) => ({
    value: zone,
    label: `${zone.replace(/_/g, ' ')} (UTC${formatOffset(offsetMinutesAt(now, zone))})`,
  }));
}
