import type { Instant } from '../time/instant';
import { instantFromEpochMs } from '../time/instant';
import type { TimeInterval } from './intervals';
import {
  intervalContains,
  intervalsOverlap,
  mergeIntervals,
  mergedIntervalContaining,
} from './intervals';

const span = (start: number, end: number): TimeInterval => ({
  start: instantFromEpochMs(start),
  end: instantFromEpochMs(end),
});
const t = (n: number): Instant => instantFromEpochMs(n);

describe('intervals', () => {
  it.each<[string, TimeInterval[], TimeInterval[]]>([
    ['disjoint stay apart', [span(30, 40), span(0, 10)], [span(0, 10), span(30, 40)]],
    ['back-to-back merge', [span(0, 10), span(10, 20)], [span(0, 20)]],
    ['overlapping merge', [span(0, 15), span(10, 20), span(12, 14)], [span(0, 20)]],
    ['empty ones dropped', [span(5, 5), span(9, 3)], []],
    ['chain of three', [span(20, 30), span(0, 10), span(10, 20)], [span(0, 30)]],
  ])('mergeIntervals: %s', (_name, input, expected) => {
    expect(mergeIntervals(input)).toEqual(expected);
  });

  it.each<[TimeInterval, TimeInterval, boolean]>([
    [span(0, 10), span(10, 20), false],
    [span(0, 11), span(10, 20), true],
    [span(12, 13), span(10, 20), true],
    [span(30, 40), span(10, 20), false],
  ])('intervalsOverlap(%o, %o) = %s', (a, b, expected) => {
    expect(intervalsOverlap(a, b)).toBe(expected);
    expect(intervalsOverlap(b, a)).toBe(expected);
  });

  it.each<[TimeInterval, number, boolean]>([
    [span(0, 10), 0, true],
    [span(0, 10), 9, true],
    [span(0, 10), 10, false],
    [span(0, 10), -1, false],
  ])('intervalContains(%o, %i) = %s', (interval, instant, expected) => {
    expect(intervalContains(interval, t(instant))).toBe(expected);
  });

  it('mergedIntervalContaining finds the whole merged block', () => {
    expect(mergedIntervalContaining([span(0, 10), span(10, 20), span(25, 30)], t(5))).toEqual(
      span(0, 20),
    );
    expect(mergedIntervalContaining([span(0, 10), span(10, 20)], t(22))).toBeNull();
  });
});
