import type { IsoWeek } from '../../domain/figures';
import { translate } from '../../i18n';
import { chartPointLabel, chartWeekTicks, weekLabelWithYear } from './format-figures';

const weeks = (count: number): IsoWeek[] =>
  Array.from(
    { length: count },
    (_, index) => `2026-W${String(index + 1).padStart(2, '0')}` as IsoWeek,
  );

describe('chartWeekTicks', () => {
  it.each([
    [3, 8, ['2026-W01', '2026-W02', '2026-W03']],
    [13, 8, ['2026-W01', '2026-W03', '2026-W05', '2026-W07', '2026-W09', '2026-W11', '2026-W13']],
    [4, 2, ['2026-W01', '2026-W04']],
  ])('%i weeks, at most %i ticks', (count, max, expected) => {
    expect(chartWeekTicks(weeks(count), max)).toEqual(expected);
  });

  it('never puts more than the maximum on a year, and always ends on the last week', () => {
    const ticks = chartWeekTicks(weeks(52), 8);
    expect(ticks.length).toBeLessThanOrEqual(8);
    expect(ticks[0]).toBe('2026-W01');
    expect(ticks.at(-1)).toBe('2026-W52');
  });
});

describe('weekLabelWithYear', () => {
  it('writes an ISO week as people read it', () => {
    const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
      translate('nl', key, params);
    expect(weekLabelWithYear('2026-W37' as IsoWeek, t)).toBe('week 37 (2026)');
    expect(weekLabelWithYear('2027-W01' as IsoWeek, t)).toBe('week 1 (2027)');
  });
});

describe('chartPointLabel', () => {
  // Fluent's default read "07-09-2026, 02:00:00 p.m. CEST. Teruggebeld, 26.4." to a Dutch screen reader.
  it.each([
    ['nl', 'week 37 (7 sep 2026): Teruggebeld 26,4%'],
    ['en', 'week 37 (7 Sept 2026): Called back 26.4%'],
  ] as const)('%s: %s', (locale, expected) => {
    const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
      translate(locale, key, params);
    const series = t('monitoring.trend.series.calledBack');
    expect(chartPointLabel('2026-W37' as IsoWeek, series, 0.264, locale, t)).toBe(expected);
  });
});
