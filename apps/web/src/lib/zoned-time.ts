/**
 * Wall-clock times in an event's timezone, as `<input type="datetime-local">` shows and takes them,
 * and the instants they stand for. The browser's own timezone plays no part.
 */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const LOCAL_VALUE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClockFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClockAt(instant: number, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of wallClockFormatter(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts['year']!,
    month: parts['month']!,
    day: parts['day']!,
    hour: parts['hour']! % 24,
    minute: parts['minute']!,
    second: parts['second']!,
  };
}

/** The wall clock read as if it were UTC, in milliseconds: the arithmetic form of a local time. */
function wallClockMillis(wall: WallClock): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

/** How far the timezone's clocks are ahead of UTC at an instant, in whole minutes (Stockholm: 60 or 120). */
export function offsetMinutesAt(instant: number, timeZone: string): number {
  const withoutMillis = Math.floor(instant / 1000) * 1000;
  return Math.round((wallClockMillis(wallClockAt(withoutMillis, timeZone)) - withoutMillis) / MINUTE);
}

/** `+02:00`, `-05:00`, `+00:00`. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

/** An instant as the value of a datetime-local input in the timezone: `2026-05-19T18:00`. */
export function toZonedInputValue(iso: string, timeZone: string): string {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return '';
  const wall = wallClockAt(instant, timeZone);
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}`;
}

/**
 * The instant a datetime-local value means in the timezone, as ISO 8601 with that zone's offset
 * (`2026-05-19T18:00:00+02:00`); null when the value is not a date and time.
 *
 * Around daylight-saving changes it does what calendars do (Temporal's "compatible"): a time
 * that happens twice (autumn) means the first one; a time that never happens (spring) moves
 * forward by the length of the gap.
 */
export function fromZonedInputValue(value: string, timeZone: string): string | null {
  const match = LOCAL_VALUE.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;

  // The offsets a day before and after cover both sides of any change near this time.
  const before = offsetMinutesAt(wall - DAY, timeZone);
  const after = offsetMinutesAt(wall + DAY, timeZone);
  const candidates = [...new Set([wall - before * MINUTE, wall - after * MINUTE])]
    .filter((instant) => instant + offsetMinutesAt(instant, timeZone) * MINUTE === wall)
    .sort((a, b) => a - b);
  // In a gap no candidate matches: reading the time with the offset from before the gap moves it forward.
  const instant = candidates[0] ?? wall - before * MINUTE;
  return toIsoWithOffset(instant, timeZone);
}

/** An instant written in the timezone's own wall-clock time with its offset. */
export function toIsoWithOffset(instant: number, timeZone: string): string {
  const wall = wallClockAt(instant, timeZone);
  const date = `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
  const time = `${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}`;
  return `${date}T${time}${formatOffset(offsetMinutesAt(instant, timeZone))}`;
}

/** Whether the runtime knows the IANA timezone. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}
