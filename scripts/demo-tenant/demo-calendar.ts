// The demo data's dates, in the app's own time rules (src/domain/time): the week of a moment in Europe/Amsterdam and
// wall-clock times in it.
import type { Instant, LocalDate } from '../../src/domain/time';
import {
  WEEKDAYS,
  instantAtWallClock,
  instantFromEpochMs,
  localDateAt,
  localDatePlusDays,
  weekdayOfLocalDate,
} from '../../src/domain/time';

/** Monday (Europe/Amsterdam) of the week of `now`; Sunday belongs to the week before. */
export function weekStartOf(now: Date): LocalDate {
  const today = localDateAt(instantFromEpochMs(now.getTime()));
  return localDatePlusDays(today, -WEEKDAYS.indexOf(weekdayOfLocalDate(today)));
}

/** The instant `date` at hh:mm:ss in Europe/Amsterdam. */
export function at(date: LocalDate, hour = 0, minute = 0, second = 0): Instant {
  return instantFromEpochMs(instantAtWallClock(date, hour * 60 + minute) + second * 1000);
}

export const plusDays = localDatePlusDays;
