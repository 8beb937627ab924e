import { kingsDay, statutoryHolidayOn, statutoryHolidays } from './statutory-holidays';
import { HOLIDAYS_2024_2030, day } from './working-days-test-helpers';

describe('statutoryHolidays', () => {
  it.each(Object.entries(HOLIDAYS_2024_2030))('%s: every holiday on its date', (year, expected) => {
    const holidays = statutoryHolidays(Number(year));
    expect(Object.fromEntries(holidays.map((h) => [h.key, h.date]))).toEqual(expected);
    expect(holidays).toHaveLength(9);
  });

  it('sorts by date and gives each a message key', () => {
    const holidays = statutoryHolidays(2026);
    expect(holidays.map((h) => h.date)).toEqual([...holidays.map((h) => h.date)].sort());
    expect(holidays.find((h) => h.key === 'kingsDay')).toEqual({
      key: 'kingsDay',
      date: '2026-04-27',
      nameKey: 'holiday.kingsDay',
    });
  });

  it('returns a frozen list (shared between calls)', () => {
    expect(Object.isFrozen(statutoryHolidays(2027))).toBe(true);
    expect(statutoryHolidays(2027)).toBe(statutoryHolidays(2027));
  });

  it('rejects unsupported years', () => {
    expect(() => statutoryHolidays(1500)).toThrow(RangeError);
  });
});

describe('kingsDay', () => {
  it.each([
    [2024, '2024-04-27'], // Saturday: stays on the 27th (a weekend day anyway)
    [2025, '2025-04-26'], // 27th is a Sunday → Saturday 26th
    [2026, '2026-04-27'], // Monday
    [2030, '2030-04-27'], // Saturday
    [2031, '2031-04-26'], // 27th is a Sunday again
    [2036, '2036-04-26'], // and again
  ])('%i → %s', (year, expected) => {
    expect(kingsDay(year)).toBe(expected);
  });
});

describe('statutoryHolidayOn', () => {
  it.each([
    ['2025-04-26', 'kingsDay'],
    ['2025-04-27', null],
    ['2026-05-05', 'liberationDay'],
    ['2030-05-05', 'liberationDay'], // a Sunday: still the holiday, never a working day anyway
    ['2026-04-03', 'goodFriday'],
    ['2026-04-05', null], // Easter Sunday is not listed (a Sunday)
    ['2026-05-24', null], // Whit Sunday likewise
    ['2026-12-24', null], // Christmas Eve is not a holiday
    ['2026-12-31', null], // nor New Year's Eve
  ])('%s → %s', (date, expected) => {
    expect(statutoryHolidayOn(day(date))?.key ?? null).toBe(expected);
  });

  it('finds a holiday when Ascension Day falls on 5 May (2016)', () => {
    expect(
      statutoryHolidays(2016)
        .filter((h) => h.date === '2016-05-05')
        .map((h) => h.key),
    ).toEqual(['liberationDay', 'ascensionDay']);
    expect(statutoryHolidayOn(day('2016-05-05'))?.key).toBe('liberationDay');
  });
});
