import type { Instant } from '../time/instant';
import { instantFromEpochMs, instantFromIso } from '../time/instant';
import type { LocalDate } from '../time/zoned-time';
import { localDateAt } from '../time/zoned-time';
import { STATUTORY_CALENDAR } from '../working-days/working-day-calendar';
import type { WorkingDayCalendar } from '../working-days/working-day-calendar';
import { workingMinutesBetween } from '../working-days/working-minutes';
import { createWorkingTimeMeter } from './working-time-meter';

const at = (iso: string): Instant => {
  const instant = instantFromIso(iso);
  if (instant === null) throw new Error(iso);
  return instant;
};

describe('working time meter', () => {
  const meter = createWorkingTimeMeter(STATUTORY_CALENDAR);

  it.each([
    // Thu 16:00–17:00 = 60; Good Friday, the weekend and Easter Monday closed; Tue 08:30–09:00 = 30.
    ['2026-04-02T16:00:00+02:00', '2026-04-07T09:00:00+02:00', 90],
    // Saturday to Thursday 10:00 over Easter week: Tue 510 + Wed 510 + Thu 90.
    ['2026-04-04T11:00:00+02:00', '2026-04-09T10:00:00+02:00', 1110],
    // Made before opening: counted from 08:30.
    ['2026-04-07T08:00:00+02:00', '2026-04-07T08:45:00+02:00', 15],
    // Across the spring DST change (Sunday 29 March): Fri 16:00–17:00 + Mon 08:30–09:30 = 120.
    ['2026-03-27T16:00:00+01:00', '2026-03-30T09:30:00+02:00', 120],
    // King's Day 2026 is Monday 27 April: Fri 16:30–17:00 + Tue 08:30–08:40 = 40.
    ['2026-04-24T16:30:00+02:00', '2026-04-28T08:40:00+02:00', 40],
    // Backwards: 0.
    ['2026-04-09T10:00:00+02:00', '2026-04-09T09:00:00+02:00', 0],
  ])('from %s to %s is %d working minutes', (from, to, minutes) => {
    expect(meter.minutesBetween(at(from), at(to))).toBe(minutes);
  });

  it('gives the Amsterdam date, also just after local midnight in summer and winter', () => {
    expect(meter.localDate(at('2026-10-24T22:30:00Z'))).toBe('2026-10-25');
    expect(meter.localDate(at('2026-01-12T22:59:59Z'))).toBe('2026-01-12');
    expect(meter.localDate(at('2026-01-12T23:00:00Z'))).toBe('2026-01-13');
  });

  it('agrees with workingMinutesBetween on a year of pseudo-random pairs and a custom calendar', () => {
    const calendar: WorkingDayCalendar = {
      extraClosingDays: ['2026-05-15' as LocalDate],
      openOnStatutoryDays: ['2026-05-05' as LocalDate],
    };
    const custom = createWorkingTimeMeter(calendar, { start: '09:00', end: '16:30' });
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const start = at('2026-01-01T00:00:00+01:00');
    for (let i = 0; i < 300; i++) {
      const from = instantFromEpochMs(start + Math.floor(random() * 365 * 86_400_000));
      const to = instantFromEpochMs(from + Math.floor(random() * 9 * 86_400_000));
      expect(meter.minutesBetween(from, to)).toBe(
        workingMinutesBetween(from, to, STATUTORY_CALENDAR),
      );
      expect(custom.minutesBetween(from, to)).toBe(
        workingMinutesBetween(from, to, calendar, { start: '09:00', end: '16:30' }),
      );
      expect(meter.localDate(to)).toBe(localDateAt(to));
    }
  });

  it('refuses unusable office hours', () => {
    expect(() =>
      createWorkingTimeMeter(STATUTORY_CALENDAR, { start: '17:00', end: '08:30' }),
    ).toThrow(RangeError);
  });
});
