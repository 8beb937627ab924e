// How much of a stretch of time a person is at work and not absent, by the same signals as availabilityAt.
import type { Instant } from '../time';
import { earlierInstant, laterInstant } from '../time';
import type { AvailabilityOptions } from './availability-types';
import type { AvailabilitySignals, RegisteredAbsence } from './availability-types';
import { OPEN_END, intervalContains, mergeIntervals } from './intervals';
import { absenceBlocks, absencePeriod, decidingAbsenceAt, readSignals } from './read-signals';
import { DEFAULT_WORKING_HOURS, resolveWorkingHours, workingWindowsBetween } from './working-hours';

/** What {@link absenceWithin} tells about absence in a stretch of time. */
export type AbsenceWithin = {
  /** Working time in the stretch not covered by any absence signal (office hours when hours are unknown). */
  workingMsFree: number;
  /** The first moment in the stretch covered by an absence signal, or null when none is. */
  firstAbsentAt: Instant | null;
  /** The registered absence that decides at `firstAbsentAt` (as the card would show it), or null. */
  registeredAbsence: RegisteredAbsence | null;
};

/**
 * How much of a stretch of time a person is at work and not absent, by the same signals and rules as
 * {@link availabilityAt}: registered absences, out-of-office items, automatic replies, and Teams
 * "out of office" without a known end (then absent from `from` on). Outside working hours is not
 * absence, it is just not counted. Office hours are assumed when the person's hours are unknown.
 * @example absenceWithin(onLeaveFromTomorrow, wednesday1630, fridayEndOfDay).workingMsFree // 30 minutes
 */
export const absenceWithin = (
  signals: AvailabilitySignals,
  from: Instant,
  to: Instant,
  options: Pick<AvailabilityOptions, 'workingDayCalendar'> = {},
): AbsenceWithin => {
  const read = readSignals(signals);
  const known = absenceBlocks(read);
  const presenceOnly = read.presenceOutOfOffice && !known.some((b) => intervalContains(b, from));
  const blocks = presenceOnly ? mergeIntervals([...known, { start: from, end: OPEN_END }]) : known;
  const hours = read.workingHours ?? resolveWorkingHours(DEFAULT_WORKING_HOURS);
  let workingMsFree = 0;
  if (hours) {
    for (const window of workingWindowsBetween(hours, from, to, options.workingDayCalendar)) {
      const start = laterInstant(window.start, from);
      const end = earlierInstant(window.end, to);
      const covered = blocks.reduce(
        (sum, block) =>
          sum + Math.max(0, earlierInstant(block.end, end) - laterInstant(block.start, start)),
        0,
      );
      workingMsFree += Math.max(0, end - start - covered);
    }
  }
  const firstBlock = blocks.find((block) => block.end > from && block.start < to);
  const firstAbsentAt = firstBlock ? laterInstant(firstBlock.start, from) : null;
  const registeredAbsence =
    firstAbsentAt === null
      ? null
      : (decidingAbsenceAt(read.absences, firstAbsentAt)?.absence ??
        // An absence that starts later inside the stretch than another signal.
        read.absences
          .filter((absence) => {
            const period = absencePeriod(absence);
            return period.end > from && period.start < to;
          })
          .sort((a, b) => a.from - b.from)[0] ??
        null);
  return { workingMsFree, firstAbsentAt, registeredAbsence };
};
