// Wall-clock <-> UTC conversion for IANA zones (DST-correct, via Intl) and Graph's dateTimeTimeZone format.
import { ianaZoneOfWindowsZone } from '../schema/windows-time-zones';
import { GraphHttpError } from './http';

export const amsterdamZone = 'Europe/Amsterdam';

/** A local calendar date and time in some zone, without offset. Months 1..12. */
export type WallClock = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/**
 * The IANA zone for a Windows or IANA zone name, or null when unknown.
 * Example: `ianaZoneFor('W. Europe Standard Time')` → `'Europe/Amsterdam'`; `ianaZoneFor('Europe/Amsterdam')` → same.
 */
export function ianaZoneFor(name: string): string | null {
  const trimmed = name.trim();
  const windows = ianaZoneOfWindowsZone(trimmed);
  if (windows) return windows;
  try {
    formatterFor(trimmed);
    return trimmed;
  } catch {
    return null;
  }
}

/** The local wall clock of `instant` in `zone`. Example: 2026-07-01T10:00Z in Europe/Amsterdam → 12:00. */
export function wallClockAt(instant: Date, zone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** Offset of `zone` from UTC at `instant`, in minutes (Amsterdam: 60 in winter, 120 in summer). */
export function zoneOffsetMinutes(instant: Date, zone: string): number {
  const wall = wallClockAt(instant, zone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant at which the wall clock in `zone` shows `wall`. A time skipped by the spring-forward gap resolves
 * to the instant one offset later (02:30 on the last Sunday of March → 03:30 CEST); an ambiguous autumn time
 * takes the first (summer-time) occurrence, as Exchange does.
 */
export function instantFromWallClock(wall: WallClock, zone: string): Date {
  const naive = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const firstGuess = naive - zoneOffsetMinutes(new Date(naive), zone) * 60_000;
  const earlierOffset = zoneOffsetMinutes(new Date(firstGuess - 3 * 3_600_000), zone);
  const candidates = [naive - earlierOffset * 60_000, firstGuess];
  for (const candidate of candidates.sort((a, b) => a - b)) {
    const back = wallClockAt(new Date(candidate), zone);
    if (
      Date.UTC(back.year, back.month - 1, back.day, back.hour, back.minute, back.second) === naive
    )
      return new Date(candidate);
  }
  // In the spring gap: no instant shows this wall clock; move forward by the gap.
  return new Date(naive - earlierOffset * 60_000);
}

/** `'2026-11-30'` → the instant of local midnight that day in `zone`. */
export function startOfLocalDay(ymd: string, zone: string): Date {
  const [year, month, day] = ymd.split('-').map(Number) as [number, number, number];
  return instantFromWallClock({ year, month, day, hour: 0, minute: 0, second: 0 }, zone);
}

/** The local date (yyyy-mm-dd) of `instant` in `zone`. */
export function localDate(instant: Date, zone: string): string {
  const wall = wallClockAt(instant, zone);
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}`;
}

/** `addDaysToDate('2026-03-28', 2)` → `'2026-03-30'` (calendar arithmetic, zone-free). */
export function addDaysToDate(ymd: string, days: number): string {
  const [year, month, day] = ymd.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return date.toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday for a yyyy-mm-dd date. */
export function weekdayOfDate(ymd: string): number {
  const [year, month, day] = ymd.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

export const weekdayNames = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;

/** Monday (yyyy-mm-dd, Europe/Amsterdam) of the week containing `instant`. Sunday belongs to the week before. */
export function amsterdamWeekStart(instant: Date): string {
  const today = localDate(instant, amsterdamZone);
  return addDaysToDate(today, -((weekdayOfDate(today) + 6) % 7));
}

/** Parses `"08:30:00.0000000"` / `"08:30"` into minutes after midnight. */
export function minutesOfTimeOfDay(time: string): number {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?/.exec(time);
  if (!match) return Number.NaN;
  return Number(match[1]) * 60 + Number(match[2]) + Number(match[3] ?? 0) / 60;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** Graph's dateTimeTimeZone rendering: `"2026-11-30T09:00:00.0000000"` local to `zone`. */
export function formatGraphDateTime(instant: Date, zone: string): string {
  const wall = wallClockAt(instant, zone);
  const fraction = pad(instant.getUTCMilliseconds(), 3) + '0000';
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}.${fraction}`;
}

export type DateTimeTimeZone = { dateTime: string; timeZone: string };

/**
 * The instant a Graph `dateTimeTimeZone` denotes. A dateTime with its own offset or `Z` wins over timeZone.
 * Throws 400 `ErrorInvalidParameter`-style errors (code given) for an unknown zone or a malformed dateTime.
 */
export function instantFromDateTimeTimeZone(
  value: unknown,
  errorCode = 'ErrorInvalidParameter',
  property = 'dateTime',
): Date {
  if (typeof value !== 'object' || value === null) {
    throw new GraphHttpError(
      400,
      errorCode,
      `The ${property} parameter is missing or not a dateTimeTimeZone.`,
    );
  }
  const { dateTime, timeZone } = value as Partial<Record<'dateTime' | 'timeZone', unknown>>;
  if (typeof dateTime !== 'string')
    throw new GraphHttpError(400, errorCode, `${property}.dateTime is required.`);
  const match =
    /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?(Z|[+-]\d{2}:\d{2})?$/.exec(
      dateTime.trim(),
    );
  if (!match)
    throw new GraphHttpError(
      400,
      errorCode,
      `${property}.dateTime '${dateTime}' is not a valid date and time.`,
    );
  const [, y, mo, d, h, mi, s, fraction, offset] = match;
  const millis = fraction ? Number(fraction.padEnd(3, '0').slice(0, 3)) : 0;
  const wall: WallClock = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h ?? 0),
    minute: Number(mi ?? 0),
    second: Number(s ?? 0),
  };
  if (
    wall.month < 1 ||
    wall.month > 12 ||
    wall.day < 1 ||
    wall.day > 31 ||
    wall.hour > 23 ||
    wall.minute > 59 ||
    wall.second > 59
  ) {
    throw new GraphHttpError(
      400,
      errorCode,
      `${property}.dateTime '${dateTime}' is not a valid date and time.`,
    );
  }
  if (offset) {
    const offsetMinutes =
      offset === 'Z'
        ? 0
        : (offset.startsWith('-') ? -1 : 1) *
          (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
    return new Date(
      Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, millis) -
        offsetMinutes * 60_000,
    );
  }
  const zoneName = typeof timeZone === 'string' && timeZone.trim() !== '' ? timeZone : 'UTC';
  const zone = ianaZoneFor(zoneName);
  if (!zone)
    throw new GraphHttpError(
      400,
      errorCode,
      `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${zoneName}'.`,
    );
  return new Date(instantFromWallClock(wall, zone).getTime() + millis);
}

/**
 * The zone asked for by `Prefer: outlook.timezone="…"` (Windows or IANA name), as `{ name, zone }` where name is what
 * goes back in responses; UTC when absent. Unknown zone names fall back to UTC, as Graph does.
 */
export function preferredTimeZone(preferHeader: string | undefined): {
  name: string;
  zone: string;
} {
  const match = /outlook\.timezone\s*=\s*"([^"]*)"/i.exec(preferHeader ?? '');
  const requested = match?.[1]?.trim();
  if (!requested) return { name: 'UTC', zone: 'UTC' };
  const zone = ianaZoneFor(requested);
  return zone ? { name: requested, zone } : { name: 'UTC', zone: 'UTC' };
}
