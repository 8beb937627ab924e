import { parseLocalDate } from '../time/zoned-time';
import type { LocalDate } from '../time/zoned-time';
import type { IsoWeek } from './iso-week';
import { isoWeekMonday, isoWeekOf, isoWeeksFromTo } from './iso-week';

const day = (text: string): LocalDate => {
  const parsed = parseLocalDate(text);
  if (parsed === null) throw new Error(text);
  return parsed;
};

describe('ISO weeks', () => {
  // Checked against a printed calendar.
  it.each([
    ['2026-01-01', '2026-W01'], // Thursday
    ['2025-12-29', '2026-W01'], // Monday of week 1 lies in December
    ['2025-12-28', '2025-W52'], // Sunday
    ['2027-01-01', '2026-W53'], // Friday: 2026 has 53 weeks
    ['2027-01-04', '2027-W01'],
    ['2024-12-30', '2025-W01'],
    ['2026-03-30', '2026-W14'],
    ['2026-04-05', '2026-W14'], // Easter Sunday
    ['2026-04-06', '2026-W15'], // Easter Monday
    ['2020-12-31', '2020-W53'],
  ])('%s lies in %s', (date, week) => {
    expect(isoWeekOf(day(date))).toBe(week);
  });

  it('gives the Monday of a week, and refuses a week that does not exist', () => {
    expect(isoWeekMonday('2026-W01' as IsoWeek)).toBe('2025-12-29');
    expect(isoWeekMonday('2026-W15' as IsoWeek)).toBe('2026-04-06');
    expect(isoWeekMonday('2026-W53' as IsoWeek)).toBe('2026-12-28');
    expect(isoWeekMonday('2025-W53' as IsoWeek)).toBeNull();
    expect(isoWeekMonday('2026-15' as IsoWeek)).toBeNull();
  });

  it('lists every week between two dates, across the year end', () => {
    expect(isoWeeksFromTo(day('2025-12-24'), day('2026-01-06'))).toEqual([
      '2025-W52',
      '2026-W01',
      '2026-W02',
    ]);
    expect(isoWeeksFromTo(day('2026-04-08'), day('2026-04-08'))).toEqual(['2026-W15']);
    expect(isoWeeksFromTo(day('2026-04-08'), day('2026-04-01'))).toEqual([]);
    expect(isoWeeksFromTo(day('2026-01-01'), day('2026-12-31'))).toHaveLength(53);
  });
});
