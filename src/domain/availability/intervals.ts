// Half-open time intervals [start, end) on the instant line; an open end is +Infinity internally.
import type { Instant } from '../time';
import { instantFromEpochMs } from '../time';

export type TimeInterval = { start: Instant; end: Instant };

/** The end of an interval that has no known end. Never leaves this folder: results say 'unknown'. */
export const OPEN_END: Instant = instantFromEpochMs(Number.POSITIVE_INFINITY);
/** The start of an interval that began at an unknown moment in the past. */
export const OPEN_START: Instant = instantFromEpochMs(Number.NEGATIVE_INFINITY);

/**
 * Whether an interval contains an instant (start inclusive, end exclusive).
 * @example intervalContains({ start: 10, end: 20 }, 20) // false
 */
export const intervalContains = (interval: TimeInterval, instant: Instant): boolean =>
  interval.start <= instant && instant < interval.end;

/**
 * Whether two intervals share any moment (touching is not overlapping).
 * @example intervalsOverlap({ start: 0, end: 10 }, { start: 10, end: 20 }) // false
 */
export const intervalsOverlap = (a: TimeInterval, b: TimeInterval): boolean =>
  a.start < b.end && b.start < a.end;

/**
 * Overlapping and back-to-back intervals merged into disjoint ones, sorted by start; empty ones dropped.
 * @example mergeIntervals([{ start: 0, end: 10 }, { start: 10, end: 20 }, { start: 30, end: 40 }])
 * // [{ start: 0, end: 20 }, { start: 30, end: 40 }]
 */
export const mergeIntervals = (intervals: readonly TimeInterval[]): TimeInterval[] => {
  const sorted = intervals
    .filter((interval) => interval.end > interval.start)
    .sort((a, b) => a.start - b.start);
  const merged: TimeInterval[] = [];
  for (const interval of sorted) {
    const last = merged[merged.length - 1];
    if (last && interval.start <= last.end) {
      if (interval.end > last.end) last.end = interval.end;
    } else {
      merged.push({ start: interval.start, end: interval.end });
    }
  }
  return merged;
};

/**
 * The merged (overlapping or back-to-back) interval that contains an instant, or null.
 * @example mergedIntervalContaining([{ start: 0, end: 10 }, { start: 10, end: 20 }], 5) // { start: 0, end: 20 }
 */
export const mergedIntervalContaining = (
  intervals: readonly TimeInterval[],
  instant: Instant,
): TimeInterval | null =>
  mergeIntervals(intervals).find((interval) => intervalContains(interval, instant)) ?? null;
