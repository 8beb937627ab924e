// The value of an <input type="datetime-local"> ("2026-12-01T09:00") as an instant in Europe/Amsterdam, and back.
import type { Instant } from '../../domain/time';
import {
  AMSTERDAM,
  instantAtWallClock,
  parseLocalDate,
  parseWallClockTime,
  wallClockAt,
} from '../../domain/time';

/** @example instantFromLocalInput('2026-12-01T09:00') // 2026-12-01T08:00:00Z; '' → null */
export function instantFromLocalInput(value: string): Instant | null {
  const [datePart = '', timePart = ''] = value.split('T');
  const date = parseLocalDate(datePart);
  const minute = parseWallClockTime(timePart);
  if (date === null || minute === null) return null;
  return instantAtWallClock(date, minute, AMSTERDAM);
}

/** @example localInputFromInstant(2026-12-01T08:00:00Z) // '2026-12-01T09:00' */
export function localInputFromInstant(instant: Instant): string {
  const clock = wallClockAt(instant, AMSTERDAM);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${clock.date}T${pad(clock.hour)}:${pad(clock.minute)}`;
}
