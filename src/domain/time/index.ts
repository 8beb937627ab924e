// Public API of instants and Europe/Amsterdam wall-clock time.
export type { DurationMs, Instant } from './instant';
export {
  DAY_MS,
  HOUR_MS,
  MINUTE_MS,
  earlierInstant,
  instantFromEpochMs,
  instantFromIso,
  instantPlus,
  isoFromInstant,
  laterInstant,
} from './instant';
export type {
  LocalDate,
  MinuteOfDay,
  TimeZone,
  WallClock,
  WallClockDisambiguation,
  Weekday,
} from './zoned-time';
export {
  AMSTERDAM,
  WEEKDAYS,
  endOfLocalDay,
  instantAtWallClock,
  localDateAt,
  localDatePlusDays,
  normalizeWeekday,
  parseLocalDate,
  parseWallClockTime,
  resolveTimeZone,
  startOfLocalDate,
  startOfLocalDay,
  utcOffsetMinutesAt,
  wallClockAt,
  weekdayAt,
  weekdayOfLocalDate,
} from './zoned-time';
