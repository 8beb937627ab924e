// Wall-clock time in a named time zone (default Europe/Amsterdam), daylight-saving correct, using only Intl.
// Working days, holidays and deadlines build on these helpers; keep them general.
import type { Instant } from './instant';
import { DAY_MS, MINUTE_MS, instantFromEpochMs } from './instant';

/** An IANA time zone name such as 'Europe/Amsterdam'. */
export type TimeZone = string;

export const AMSTERDAM: TimeZone = 'Europe/Amsterdam';

/** A calendar date without a time or zone, 'yyyy-mm-dd'. */
export type LocalDate = string & { readonly __brand: 'LocalDate' };

/** Minutes since local midnight, 0..1440 (1440 = the end of the day, '24:00'). */
export type MinuteOfDay = number;

export type Weekday =
  'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

/** Weekdays in ISO order, Monday first. */
export const WEEKDAYS: readonly Weekday[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

/** What a wall clock in a zone shows at an instant. */
export type WallClock = {
  date: LocalDate;
  weekday: Weekday;
  hour: number;
  minute: number;
  second: number;
  minuteOfDay: MinuteOfDay;
};

/**
 * How to pick an instant for a wall-clock time that does not exist (spring-forward gap) or exists
 * twice (autumn overlap). Same meaning as Temporal's `disambiguation`:
 * - 'compatible': gap → the time shifted forward by the gap length (02:30 → 03:30 CEST); overlap → the earlier.
 * - 'earlier': gap → shifted backward (02:30 → 01:30 CET); overlap → the earlier (CEST).
 * - 'later': gap → shifted forward; overlap → the later (CET).
 */
export type WallClockDisambiguation = 'compatible' | 'earlier' | 'later';

const formatterCache = new Map<TimeZone, Intl.DateTimeFormat>();

const formatterFor = (timeZone: TimeZone): Intl.DateTimeFormat => {
  const cached = formatterCache.get(timeZone);
  if (cached) return cached;
  const formatter = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  formatterCache.set(timeZone, formatter);
  return formatter;
};

/**
 * A usable IANA time zone for a raw name; the fallback (Europe/Amsterdam) when the name is empty or not an IANA
 * zone. Never throws. Windows names (as Exchange returns them) are mapped to IANA by the graph layer, with
 * Microsoft's table in schema/windows-time-zones.ts; one that reaches the domain unmapped gets the fallback.
 * @example resolveTimeZone('Europe/London') // 'Europe/London'
 * @example resolveTimeZone('Mars/Olympus') // 'Europe/Amsterdam'
 */
export const resolveTimeZone = (
  raw: string | null | undefined,
  fallback: TimeZone = AMSTERDAM,
): TimeZone => {
  const name = (raw ?? '').trim();
  if (name === '') return fallback;
  try {
    formatterFor(name);
    return name;
  } catch {
    return fallback;
  }
};

const pad2 = (n: number): string => String(n).padStart(2, '0');

const localDateFromParts = (year: number, month: number, day: number): LocalDate =>
  `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}` as LocalDate;

/**
 * A local date from 'yyyy-mm-dd', or null when the text is not a real date.
 * @example parseLocalDate('2026-03-29') // '2026-03-29'
 * @example parseLocalDate('2026-02-30') // null
 */
export const parseLocalDate = (text: string): LocalDate | null => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day
  )
    return null;
  return localDateFromParts(year, month, day);
};

const localDateParts = (date: LocalDate): [number, number, number] => {
  const [year, month, day] = date.split('-').map(Number);
  return [year ?? 1970, month ?? 1, day ?? 1];
};

/** The local date's midnight read as if it were UTC, in epoch ms; handy for date arithmetic. */
const utcMidnightOf = (date: LocalDate): number => {
  const [year, month, day] = localDateParts(date);
  return Date.UTC(year, month - 1, day);
};

const localDateFromUtcMidnight = (epochMs: number): LocalDate => {
  const d = new Date(epochMs);
  return localDateFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
};

/**
 * The date a number of calendar days later (or earlier, when negative).
 * @example localDatePlusDays(parseLocalDate('2026-03-31')!, 1) // '2026-04-01'
 */
export const localDatePlusDays = (date: LocalDate, days: number): LocalDate =>
  localDateFromUtcMidnight(utcMidnightOf(date) + days * DAY_MS);

/**
 * The weekday of a calendar date (the same everywhere).
 * @example weekdayOfLocalDate(parseLocalDate('2026-03-29')!) // 'sunday'
 */
export const weekdayOfLocalDate = (date: LocalDate): Weekday => {
  const sundayFirst = new Date(utcMidnightOf(date)).getUTCDay();
  return WEEKDAYS[(sundayFirst + 6) % 7] ?? 'monday';
};

/** The wall clock from Intl, exact for any instant, but slow (the agent screen asks it thousands of times a render). */
const wallClockFromIntl = (instant: Instant, timeZone: TimeZone): WallClock => {
  const parts = formatterFor(timeZone).formatToParts(new Date(instant));
  const value = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((part) => part.type === type)?.value ?? '0');
  const date = localDateFromParts(value('year'), value('month'), value('day'));
  const hour = value('hour') % 24;
  const minute = value('minute');
  return {
    date,
    weekday: weekdayOfLocalDate(date),
    hour,
    minute,
    second: value('second'),
    minuteOfDay: hour * 60 + minute,
  };
};

const HOUR_MS = 60 * MINUTE_MS;

/** The zone's offset (minutes) at a whole second, from Intl. */
const intlOffsetMinutes = (epochMs: number, timeZone: TimeZone): number => {
  const clock = wallClockFromIntl(instantFromEpochMs(epochMs), timeZone);
  const localAsUtc =
    utcMidnightOf(clock.date) + ((clock.hour * 60 + clock.minute) * 60 + clock.second) * 1000;
  return Math.round((localAsUtc - epochMs) / MINUTE_MS);
};

// Per zone and UTC hour: the offset when it is the same at the hour's first and last second (then it holds for the
// whole hour), null when the offset changes inside that hour. Bounded: emptied when it grows large.
const hourOffsets = new Map<string, number | null>();

const constantOffsetOfHour = (timeZone: TimeZone, hourIndex: number): number | null => {
  const key = `${timeZone}|${hourIndex}`;
  const known = hourOffsets.get(key);
  if (known !== undefined) return known;
  const start = hourIndex * HOUR_MS;
  const first = intlOffsetMinutes(start, timeZone);
  const last = intlOffsetMinutes(start + HOUR_MS - 1000, timeZone);
  const offset = first === last ? first : null;
  if (hourOffsets.size > 20_000) hourOffsets.clear();
  hourOffsets.set(key, offset);
  return offset;
};

/**
 * What the wall clock in a zone shows at an instant. Exact: within an hour whose offset does not change it is
 * arithmetic on the offset Intl gave for that hour; in an hour with a transition, Intl itself.
 * @example wallClockAt(instantFromIso('2026-03-29T01:30:00Z')!) // { date: '2026-03-29', weekday: 'sunday', hour: 3, minute: 30, ... }
 */
export const wallClockAt = (instant: Instant, timeZone: TimeZone = AMSTERDAM): WallClock => {
  const offset = constantOffsetOfHour(timeZone, Math.floor(instant / HOUR_MS));
  if (offset === null) return wallClockFromIntl(instant, timeZone);
  const local = new Date(instant + offset * MINUTE_MS);
  const date = localDateFromParts(
    local.getUTCFullYear(),
    local.getUTCMonth() + 1,
    local.getUTCDate(),
  );
  const hour = local.getUTCHours();
  const minute = local.getUTCMinutes();
  return {
    date,
    weekday: weekdayOfLocalDate(date),
    hour,
    minute,
    second: local.getUTCSeconds(),
    minuteOfDay: hour * 60 + minute,
  };
};

/**
 * The local date in a zone at an instant.
 * @example localDateAt(instantFromIso('2026-10-24T22:30:00Z')!) // '2026-10-25' (00:30 CEST)
 */
export const localDateAt = (instant: Instant, timeZone: TimeZone = AMSTERDAM): LocalDate =>
  wallClockAt(instant, timeZone).date;

/**
 * The local weekday in a zone at an instant.
 * @example weekdayAt(instantFromIso('2026-03-29T12:00:00Z')!) // 'sunday'
 */
export const weekdayAt = (instant: Instant, timeZone: TimeZone = AMSTERDAM): Weekday =>
  wallClockAt(instant, timeZone).weekday;

/**
 * The zone's offset from UTC at an instant, in minutes (Amsterdam: 60 in winter, 120 in summer).
 * @example utcOffsetMinutesAt(instantFromIso('2026-07-01T12:00:00Z')!) // 120
 */
export const utcOffsetMinutesAt = (instant: Instant, timeZone: TimeZone = AMSTERDAM): number => {
  const wholeSecond = Math.floor(instant / 1000) * 1000;
  const clock = wallClockAt(instantFromEpochMs(wholeSecond), timeZone);
  const localAsUtc =
    utcMidnightOf(clock.date) + ((clock.hour * 60 + clock.minute) * 60 + clock.second) * 1000;
  return Math.round((localAsUtc - wholeSecond) / MINUTE_MS);
};

/**
 * The instant at which the wall clock in a zone shows a time on a local date. Minute 1440 is the
 * next day's midnight. Non-existent times (spring forward) and doubled times (autumn back) are
 * resolved by `disambiguation` (see {@link WallClockDisambiguation}), deterministically.
 * @example instantAtWallClock(parseLocalDate('2026-03-29')!, 2 * 60 + 30) // 2026-03-29T01:30:00Z (03:30 CEST)
 * @example instantAtWallClock(parseLocalDate('2026-10-25')!, 2 * 60 + 30) // 2026-10-25T00:30:00Z (02:30 CEST, the first)
 * @example instantAtWallClock(parseLocalDate('2026-10-25')!, 150, AMSTERDAM, 'later') // 2026-10-25T01:30:00Z (02:30 CET)
 */
export const instantAtWallClock = (
  date: LocalDate,
  minuteOfDay: MinuteOfDay,
  timeZone: TimeZone = AMSTERDAM,
  disambiguation: WallClockDisambiguation = 'compatible',
): Instant => {
  const localAsUtc = utcMidnightOf(date) + minuteOfDay * MINUTE_MS;
  const offsetBefore = utcOffsetMinutesAt(instantFromEpochMs(localAsUtc - DAY_MS), timeZone);
  const offsetAfter = utcOffsetMinutesAt(instantFromEpochMs(localAsUtc + DAY_MS), timeZone);
  const candidates = [...new Set([offsetBefore, offsetAfter])]
    .map((offset) => localAsUtc - offset * MINUTE_MS)
    .filter(
      (candidate) =>
        utcOffsetMinutesAt(instantFromEpochMs(candidate), timeZone) * MINUTE_MS ===
        localAsUtc - candidate,
    )
    .sort((a, b) => a - b);
  const earliest = candidates[0];
  const latest = candidates[candidates.length - 1];
  if (earliest !== undefined && latest !== undefined) {
    return instantFromEpochMs(disambiguation === 'later' ? latest : earliest);
  }
  // A gap: the wall-clock time does not exist. Shift by the gap length, as Temporal does.
  return instantFromEpochMs(
    disambiguation === 'earlier'
      ? localAsUtc - offsetAfter * MINUTE_MS
      : localAsUtc - offsetBefore * MINUTE_MS,
  );
};

/**
 * The first instant of a local date in a zone (local midnight).
 * @example startOfLocalDate(parseLocalDate('2026-03-29')!) // 2026-03-28T23:00:00Z
 */
export const startOfLocalDate = (date: LocalDate, timeZone: TimeZone = AMSTERDAM): Instant =>
  instantAtWallClock(date, 0, timeZone);

/**
 * The first instant of the local day containing an instant.
 * @example startOfLocalDay(instantFromIso('2026-10-25T12:00:00Z')!) // 2026-10-24T22:00:00Z
 */
export const startOfLocalDay = (instant: Instant, timeZone: TimeZone = AMSTERDAM): Instant =>
  startOfLocalDate(localDateAt(instant, timeZone), timeZone);

/**
 * The first instant of the next local day (the exclusive end of the day containing an instant).
 * A DST day is 23 or 25 hours long.
 * @example endOfLocalDay(instantFromIso('2026-03-29T12:00:00Z')!) // 2026-03-29T22:00:00Z
 */
export const endOfLocalDay = (instant: Instant, timeZone: TimeZone = AMSTERDAM): Instant =>
  startOfLocalDate(localDatePlusDays(localDateAt(instant, timeZone), 1), timeZone);

/**
 * Minutes since midnight for a wall-clock time 'HH:mm' (seconds and fractions, as Exchange sends
 * '08:30:00.0000000', are accepted and ignored), or null when it is not a time. '24:00' is 1440.
 * @example parseWallClockTime('08:30') // 510
 * @example parseWallClockTime('17:00:00.0000000') // 1020
 * @example parseWallClockTime('25:00') // null
 */
export const parseWallClockTime = (text: string): MinuteOfDay | null => {
  const match = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(text.trim());
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  if (minute > 59 || hour > 24 || (hour === 24 && minute !== 0)) return null;
  return hour * 60 + minute;
};

/**
 * A weekday from a raw name, case-insensitive ('Monday', 'MONDAY', 'mon'); null when unknown.
 * @example normalizeWeekday('Tuesday') // 'tuesday'
 * @example normalizeWeekday('funday') // null
 */
export const normalizeWeekday = (raw: string): Weekday | null => {
  const text = raw.trim().toLowerCase();
  if (text.length < 3) return null;
  return WEEKDAYS.find((weekday) => weekday.startsWith(text)) ?? null;
};
