// What the card shows beside the verdict: the current and next calendar item, and the next free slot today.
import type { Instant } from '../time';
import { earlierInstant, laterInstant } from '../time';
import type { TimeZone } from '../time';
import { endOfLocalDay } from '../time';
import type { CalendarItemView, TimeSlot } from './availability-types';
import type { Decision } from './decide';
import { OPEN_END, intervalContains, mergeIntervals } from './intervals';
import type { NormalizedItem, ReadSignals } from './read-signals';
import { BLOCKING_STATUSES, absencePeriod, isInstant } from './read-signals';
import type { ScheduleStatus } from './signal-normalizers';
import { DEFAULT_WORKING_HOURS, resolveWorkingHours, workingWindowsBetween } from './working-hours';

/** Which covering item is "the current item" when several overlap. */
const STATUS_WEIGHT: Readonly<Record<ScheduleStatus, number>> = {
  oof: 5,
  busy: 4,
  tentative: 3,
  workingElsewhere: 2,
  unknown: 1,
  free: 0,
};

const itemView = (item: NormalizedItem): CalendarItemView => ({ ...item });

export const currentItemOf = (
  items: readonly NormalizedItem[],
  at: Instant,
): CalendarItemView | null => {
  const covering = items.filter((item) => intervalContains(item, at));
  const best = covering.reduce<NormalizedItem | null>(
    (chosen, item) =>
      chosen === null || STATUS_WEIGHT[item.status] > STATUS_WEIGHT[chosen.status] ? item : chosen,
    null,
  );
  return best ? itemView(best) : null;
};

/** The next item that matters: not free, and while absent, the first one after the return. */
export const nextItemOf = (
  items: readonly NormalizedItem[],
  at: Instant,
  decision: Decision,
): CalendarItemView | null => {
  if (decision.state === 'absent' && decision.until === 'unknown') return null;
  const from = decision.state === 'absent' && isInstant(decision.until) ? decision.until : null;
  const next = items.find(
    (item) => item.start > at && item.status !== 'free' && (from === null || item.start >= from),
  );
  return next ? itemView(next) : null;
};

export const nextFreeSlotOf = (
  read: ReadSignals,
  at: Instant,
  decision: Decision,
  minimumSlotMs: number,
  todayTimeZone: TimeZone,
): TimeSlot | null => {
  if (decision.state === 'absent' && decision.until === 'unknown') return null;
  const searchFrom =
    decision.state !== 'reachable' && isInstant(decision.until)
      ? laterInstant(at, decision.until)
      : at;
  const dayEnd = endOfLocalDay(at, todayTimeZone);
  if (searchFrom >= dayEnd) return null;

  const hours = read.workingHours ?? resolveWorkingHours(DEFAULT_WORKING_HOURS);
  if (!hours) return null;
  const blocks = mergeIntervals([
    ...read.items.filter((item) => BLOCKING_STATUSES.has(item.status)),
    ...read.absences.map(absencePeriod),
    ...read.automaticRepliesIntervals,
  ]);

  for (const window of workingWindowsBetween(hours, searchFrom, dayEnd)) {
    let gapStart = laterInstant(window.start, searchFrom);
    const windowEnd = earlierInstant(window.end, dayEnd);
    for (const block of [...blocks, { start: OPEN_END, end: OPEN_END }]) {
      if (block.end <= gapStart) continue;
      const gapEnd = earlierInstant(block.start, windowEnd);
      if (gapEnd - gapStart >= minimumSlotMs) return { start: gapStart, end: gapEnd };
      if (block.start >= windowEnd) break;
      gapStart = laterInstant(gapStart, block.end);
      if (gapStart >= windowEnd) break;
    }
  }
  return null;
};
