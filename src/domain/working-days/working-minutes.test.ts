import { STATUTORY_CALENDAR } from './working-day-calendar';
import { workingMinutesBetween } from './working-minutes';
import { at, day } from './working-days-test-helpers';

const law = STATUTORY_CALENDAR;

describe('workingMinutesBetween', () => {
  it.each([
    ['2026-01-12T09:00:00+01:00', '2026-01-12T10:30:00+01:00', 90, 'inside one morning'],
    ['2026-01-12T07:00:00+01:00', '2026-01-12T18:00:00+01:00', 510, 'a whole day 08:30–17:00'],
    ['2026-01-12T17:30:00+01:00', '2026-01-13T08:00:00+01:00', 0, 'evening and night'],
    ['2026-01-12T16:30:00+01:00', '2026-01-13T09:00:00+01:00', 60, 'overnight: 30 + 30'],
    ['2026-01-16T16:00:00+01:00', '2026-01-19T09:00:00+01:00', 90, 'over a weekend'],
    ['2026-01-17T10:00:00+01:00', '2026-01-17T12:00:00+01:00', 0, 'on a Saturday'],
    ['2026-04-03T10:00:00+02:00', '2026-04-03T12:00:00+02:00', 0, 'on Good Friday'],
    ['2026-04-02T16:00:00+02:00', '2026-04-07T09:00:00+02:00', 90, 'over Easter'],
    ['2026-03-27T16:00:00+01:00', '2026-03-30T09:00:00+02:00', 90, 'over spring-forward'],
    ['2026-10-23T16:00:00+02:00', '2026-10-26T09:00:00+01:00', 90, 'over fall-back'],
    ['2026-01-05T08:30:00+01:00', '2026-01-10T00:00:00+01:00', 2550, 'a full week: 5 × 510'],
    ['2026-01-12T09:00:00+01:00', '2026-01-12T09:00:30+01:00', 0.5, 'half a minute'],
    ['2026-01-12T10:00:00+01:00', '2026-01-12T10:00:00+01:00', 0, 'no time'],
    ['2026-01-12T11:00:00+01:00', '2026-01-12T10:00:00+01:00', 0, 'backwards'],
  ])('%s → %s = %s (%s)', (from, to, expected) => {
    expect(workingMinutesBetween(at(from), at(to), law)).toBe(expected);
  });

  it('leaves out extra closing days', () => {
    const calendar = { extraClosingDays: [day('2026-05-15')], openOnStatutoryDays: [] };
    expect(
      workingMinutesBetween(
        at('2026-05-13T16:00:00+02:00'),
        at('2026-05-18T09:00:00+02:00'),
        calendar,
      ),
    ).toBe(90);
  });

  it('counts an open statutory day', () => {
    const calendar = { extraClosingDays: [], openOnStatutoryDays: [day('2026-05-05')] };
    expect(
      workingMinutesBetween(
        at('2026-05-05T09:00:00+02:00'),
        at('2026-05-05T10:00:00+02:00'),
        calendar,
      ),
    ).toBe(60);
  });

  it('takes other office hours', () => {
    expect(
      workingMinutesBetween(at('2026-01-12T08:00:00+01:00'), at('2026-01-13T23:00:00+01:00'), law, {
        start: '09:00',
        end: '12:00',
      }),
    ).toBe(360);
  });

  it.each([
    { start: '17:00', end: '08:30' },
    { start: '09:00', end: '09:00' },
    { start: 'nine', end: '17:00' },
  ])('rejects unusable office hours %o', (hours) => {
    expect(() =>
      workingMinutesBetween(at('2026-01-12T09:00:00Z'), at('2026-01-12T10:00:00Z'), law, hours),
    ).toThrow(RangeError);
  });
});
