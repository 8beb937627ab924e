import type { LocalDate } from '../time/zoned-time';
import { localDatePlusDays } from '../time/zoned-time';
import type { WorkingDayCalendar } from './working-day-calendar';
import {
  STATUTORY_CALENDAR,
  addWorkingDays,
  isWorkingDay,
  nextWorkingDay,
  workingDaysBetween,
} from './working-day-calendar';
import { HOLIDAYS_2024_2030, day } from './working-days-test-helpers';

const law = STATUTORY_CALENDAR;
const handHolidays = new Set(Object.values(HOLIDAYS_2024_2030).flatMap((h) => Object.values(h)));
const isWeekend = (date: string): boolean =>
  [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

describe('isWorkingDay', () => {
  it('matches the hand-written holiday table for every day of 2024–2030 (so every holiday and the days around it)', () => {
    const mismatches: string[] = [];
    for (let date = day('2024-01-01'); date <= '2030-12-31'; date = localDatePlusDays(date, 1)) {
      const expected = !isWeekend(date) && !handHolidays.has(date);
      if (isWorkingDay(date, law) !== expected) mismatches.push(date);
    }
    expect(mismatches).toEqual([]);
  });

  it.each([
    // each holiday of 2026 with the days before and after
    ['2025-12-31', true, 'Wednesday before New Year'],
    ['2026-01-01', false, "New Year's Day (Thursday)"],
    ['2026-01-02', true, 'Friday after New Year'],
    ['2026-04-02', true, 'Maundy Thursday'],
    ['2026-04-03', false, 'Good Friday'],
    ['2026-04-06', false, 'Easter Monday'],
    ['2026-04-07', true, 'Tuesday after Easter'],
    ['2026-04-24', true, "Friday before King's Day"],
    ['2026-04-27', false, "King's Day (Monday)"],
    ['2026-04-28', true, "Tuesday after King's Day"],
    ['2026-05-04', true, 'Remembrance Day (4 May) is a working day'],
    ['2026-05-05', false, 'Liberation Day (Tuesday)'],
    ['2026-05-06', true, 'Wednesday after Liberation Day'],
    ['2026-05-13', true, 'Wednesday before Ascension'],
    ['2026-05-14', false, 'Ascension Day'],
    ['2026-05-15', true, 'Friday after Ascension (unless configured closed)'],
    ['2026-05-22', true, 'Friday before Whitsun'],
    ['2026-05-25', false, 'Whit Monday'],
    ['2026-05-26', true, 'Tuesday after Whitsun'],
    ['2026-12-24', true, 'Christmas Eve (Thursday)'],
    ['2026-12-25', false, 'Christmas Day (Friday)'],
    ['2026-12-26', false, 'Boxing Day (Saturday)'],
    ['2026-12-28', true, 'Monday after Christmas'],
    // King's Day Sunday rule and weekends
    ['2025-04-26', false, "King's Day 2025 on Saturday 26 April"],
    ['2025-04-25', true, "Friday before King's Day 2025"],
    ['2025-04-28', true, 'Monday 28 April 2025'],
    ['2024-04-26', true, "Friday 26 April 2024 (King's Day is Saturday the 27th)"],
    ['2025-05-05', false, 'Liberation Day 2025 on Monday'],
    ['2029-05-05', false, 'Liberation Day 2029 on Saturday'],
    ['2029-05-04', true, 'Friday before Liberation Day 2029'],
    ['2029-05-07', true, 'Monday after Liberation Day 2029 (no substitute day)'],
    ['2026-01-10', false, 'a Saturday'],
    ['2026-01-11', false, 'a Sunday'],
    ['2026-01-12', true, 'a Monday'],
  ])('%s → %s (%s)', (date, expected) => {
    expect(isWorkingDay(day(date), law)).toBe(expected);
  });

  const configured: WorkingDayCalendar = {
    extraClosingDays: [day('2026-05-15'), day('2026-12-24')],
    openOnStatutoryDays: [day('2026-05-05'), day('2026-12-26')],
  };

  it.each([
    ['2026-05-15', false, 'Friday after Ascension, configured closed'],
    ['2026-12-24', false, 'Christmas Eve, configured closed'],
    ['2026-05-05', true, 'Liberation Day, configured open'],
    ['2026-12-26', false, 'Boxing Day on Saturday, configured open: still a weekend day'],
    ['2026-05-14', false, 'Ascension Day, not configured'],
    ['2026-05-13', true, 'an ordinary Wednesday'],
  ])('with configuration: %s → %s (%s)', (date, expected) => {
    expect(isWorkingDay(day(date), configured)).toBe(expected);
  });

  it('closing wins when a date is in both lists', () => {
    const both = {
      extraClosingDays: [day('2026-05-05')],
      openOnStatutoryDays: [day('2026-05-05')],
    };
    expect(isWorkingDay(day('2026-05-05'), both)).toBe(false);
  });
});

describe('addWorkingDays / nextWorkingDay', () => {
  it.each([
    ['2026-01-12', 2, '2026-01-14', 'Mon + 2'],
    ['2026-01-17', 2, '2026-01-20', 'Sat + 2'],
    ['2026-01-16', 1, '2026-01-19', 'Fri + 1'],
    ['2026-04-02', 2, '2026-04-08', 'Thu before Good Friday + 2'],
    ['2026-04-03', 1, '2026-04-07', 'Good Friday + 1'],
    ['2026-12-23', 2, '2026-12-28', 'Wed before Christmas + 2'],
    ['2026-12-31', 1, '2027-01-04', "New Year's Eve + 1"],
    ['2026-01-12', 0, '2026-01-12', '+ 0 is the date itself'],
    ['2026-01-10', 0, '2026-01-10', '+ 0 on a Saturday is still the date itself'],
    ['2026-01-14', -2, '2026-01-12', 'Wed − 2'],
    ['2026-04-07', -1, '2026-04-02', 'Tue after Easter − 1'],
    ['2026-01-05', 10, '2026-01-19', 'two weeks'],
  ])('%s %+i → %s (%s)', (date, n, expected) => {
    expect(addWorkingDays(day(date), n, law)).toBe(expected);
  });

  it('rejects a fractional count', () => {
    expect(() => addWorkingDays(day('2026-01-12'), 1.5, law)).toThrow(RangeError);
  });

  it.each([
    ['2026-12-24', '2026-12-28'],
    ['2026-05-13', '2026-05-15'],
    ['2026-05-08', '2026-05-11'],
    ['2025-04-25', '2025-04-28'],
    ['2026-01-12', '2026-01-13'],
  ])('nextWorkingDay(%s) = %s', (date, expected) => {
    expect(nextWorkingDay(day(date), law)).toBe(expected);
  });

  it('nextWorkingDay skips configured closing days', () => {
    const calendar = { extraClosingDays: [day('2026-05-15')], openOnStatutoryDays: [] };
    expect(nextWorkingDay(day('2026-05-13'), calendar)).toBe('2026-05-18');
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['2026-01-12', '2026-01-14', 2],
    ['2026-01-14', '2026-01-12', -2],
    ['2026-01-12', '2026-01-12', 0],
    ['2026-04-02', '2026-04-08', 2],
    ['2026-01-09', '2026-01-12', 1], // Fri → Mon
    ['2026-01-12', '2026-01-09', -1], // Mon → Fri
    ['2026-01-12', '2026-01-10', 0], // Mon → Sat: only the weekend lies in between
    ['2026-01-12', '2026-01-08', -2], // Mon → Thu
    ['2026-01-10', '2026-01-11', 0], // Sat → Sun
    ['2026-01-01', '2026-12-31', 253], // 261 weekdays, 8 holidays on weekdays (Boxing Day is a Saturday)
  ])('(%s, %s) = %i', (from, to, expected) => {
    expect(workingDaysBetween(day(from), day(to), law)).toBe(expected);
  });

  it('is the inverse of addWorkingDays around every holiday of 2026', () => {
    const dates: LocalDate[] = [];
    for (let date = day('2025-12-20'); date <= '2027-01-10'; date = localDatePlusDays(date, 3))
      dates.push(date);
    for (const date of dates)
      for (const n of [-5, -2, -1, 0, 1, 2, 5])
        expect(workingDaysBetween(date, addWorkingDays(date, n, law), law)).toBe(n);
  });
});
