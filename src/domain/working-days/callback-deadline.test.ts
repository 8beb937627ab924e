import { isoFromInstant } from '../time/instant';
import { localDateAt, utcOffsetMinutesAt } from '../time/zoned-time';
import { callbackDueAt, callbackDueDate, lastInstantOfLocalDate } from './callback-deadline';
import type { WorkingDayCalendar } from './working-day-calendar';
import { STATUTORY_CALENDAR } from './working-day-calendar';
import { at, day } from './working-days-test-helpers';

const law = STATUTORY_CALENDAR;

describe('callbackDueAt', () => {
  it.each([
    // madeAt (local, with offset), due (UTC), why
    ['2026-01-12T10:00:00+01:00', '2026-01-14T22:59:59.999Z', 'Monday → end of Wednesday'],
    ['2026-01-13T10:00:00+01:00', '2026-01-15T22:59:59.999Z', 'Tuesday → end of Thursday'],
    ['2026-01-14T10:00:00+01:00', '2026-01-16T22:59:59.999Z', 'Wednesday → end of Friday'],
    ['2026-01-15T10:00:00+01:00', '2026-01-19T22:59:59.999Z', 'Thursday → end of Monday'],
    ['2026-01-16T10:00:00+01:00', '2026-01-20T22:59:59.999Z', 'Friday → end of Tuesday'],
    ['2026-01-17T10:00:00+01:00', '2026-01-20T22:59:59.999Z', 'Saturday → end of Tuesday'],
    ['2026-01-18T10:00:00+01:00', '2026-01-20T22:59:59.999Z', 'Sunday → end of Tuesday'],
    // Easter 2026
    [
      '2026-04-01T10:00:00+02:00',
      '2026-04-07T21:59:59.999Z',
      'Wed before Easter → Thu, (Fri–Mon closed), Tue',
    ],
    [
      '2026-04-02T10:00:00+02:00',
      '2026-04-08T21:59:59.999Z',
      'Thursday before Good Friday → end of Wednesday',
    ],
    ['2026-04-03T10:00:00+02:00', '2026-04-08T21:59:59.999Z', 'on Good Friday → end of Wednesday'],
    [
      '2026-04-06T10:00:00+02:00',
      '2026-04-08T21:59:59.999Z',
      'on Easter Monday → end of Wednesday',
    ],
    // King's Day and Liberation Day 2026 (Monday, Tuesday)
    [
      '2026-04-24T10:00:00+02:00',
      '2026-04-29T21:59:59.999Z',
      "Friday before King's Day → end of Wednesday",
    ],
    [
      '2026-05-04T10:00:00+02:00',
      '2026-05-07T21:59:59.999Z',
      'Monday before 5 May → end of Thursday',
    ],
    [
      '2025-04-25T10:00:00+02:00',
      '2025-04-29T21:59:59.999Z',
      "Friday before King's Day 2025 (Saturday) → end of Tuesday",
    ],
    [
      '2025-05-02T10:00:00+02:00',
      '2025-05-07T21:59:59.999Z',
      'Friday before 5 May 2025 (Monday) → end of Wednesday',
    ],
    // Ascension and Whitsun 2026
    [
      '2026-05-12T10:00:00+02:00',
      '2026-05-15T21:59:59.999Z',
      'Tuesday before Ascension → end of Friday',
    ],
    [
      '2026-05-13T10:00:00+02:00',
      '2026-05-18T21:59:59.999Z',
      'Wednesday before Ascension → end of Monday',
    ],
    [
      '2026-05-22T10:00:00+02:00',
      '2026-05-27T21:59:59.999Z',
      'Friday before Whit Monday → end of Wednesday',
    ],
    // Christmas and New Year
    ['2026-12-23T10:00:00+01:00', '2026-12-28T22:59:59.999Z', 'Wed 23 Dec 2026 → Thu 24, Mon 28'],
    [
      '2026-12-24T10:00:00+01:00',
      '2026-12-29T22:59:59.999Z',
      'Christmas Eve 2026 → end of Tuesday 29',
    ],
    [
      '2026-12-30T10:00:00+01:00',
      '2027-01-04T22:59:59.999Z',
      'Wed 30 Dec 2026 → Thu 31, Mon 4 Jan',
    ],
    [
      '2026-12-31T10:00:00+01:00',
      '2027-01-05T22:59:59.999Z',
      "New Year's Eve 2026 → end of Tuesday 5 Jan",
    ],
    ['2024-12-23T10:00:00+01:00', '2024-12-27T22:59:59.999Z', 'Mon 23 Dec 2024 → Tue 24, Fri 27'],
    [
      '2024-12-24T10:00:00+01:00',
      '2024-12-30T22:59:59.999Z',
      'Christmas Eve 2024 → Fri 27, Mon 30',
    ],
    // the edges of the local day
    [
      '2026-01-12T23:59:00+01:00',
      '2026-01-14T22:59:59.999Z',
      'Monday 23:59 local still counts as Monday',
    ],
    [
      '2026-01-13T00:00:00+01:00',
      '2026-01-15T22:59:59.999Z',
      'Tuesday 00:00 local counts as Tuesday',
    ],
    [
      '2026-01-12T23:30:00Z',
      '2026-01-15T22:59:59.999Z',
      'Monday 23:30 UTC is Tuesday 00:30 in Amsterdam',
    ],
    [
      '2026-07-06T22:30:00Z',
      '2026-07-09T21:59:59.999Z',
      'Monday 22:30 UTC in summer is Tuesday 00:30 CEST',
    ],
    [
      '2026-07-06T21:59:59.999Z',
      '2026-07-08T21:59:59.999Z',
      'the last millisecond of Monday in summer',
    ],
    // daylight saving: last Sunday of March / October
    [
      '2026-03-27T10:00:00+01:00',
      '2026-03-31T21:59:59.999Z',
      'Friday before spring-forward 2026 (CET) → Tuesday CEST',
    ],
    [
      '2026-03-29T02:30:00Z',
      '2026-03-31T21:59:59.999Z',
      'during spring-forward Sunday → end of Tuesday',
    ],
    [
      '2026-10-23T10:00:00+02:00',
      '2026-10-27T22:59:59.999Z',
      'Friday before fall-back 2026 (CEST) → Tuesday CET',
    ],
    [
      '2026-10-25T00:30:00Z',
      '2026-10-27T22:59:59.999Z',
      '02:30 CEST, the first of the doubled hour → Tuesday',
    ],
    [
      '2026-10-25T01:30:00Z',
      '2026-10-27T22:59:59.999Z',
      '02:30 CET, the second of the doubled hour → Tuesday',
    ],
    [
      '2025-03-28T10:00:00+01:00',
      '2025-04-01T21:59:59.999Z',
      'Friday before spring-forward 2025 → Tuesday CEST',
    ],
    [
      '2025-10-24T10:00:00+02:00',
      '2025-10-28T22:59:59.999Z',
      'Friday before fall-back 2025 → Tuesday CET',
    ],
    [
      '2027-03-25T10:00:00+01:00',
      '2027-03-31T21:59:59.999Z',
      'Thursday before Good Friday 2027 (Easter = spring-forward) → Wednesday CEST',
    ],
    ['2027-03-26T10:00:00+01:00', '2027-03-31T21:59:59.999Z', 'Good Friday 2027 → Tue 30, Wed 31'],
  ])('%s → %s (%s)', (madeAt, expected) => {
    expect(isoFromInstant(callbackDueAt(at(madeAt), law))).toBe(expected);
  });

  it.each([
    ['2026-03-27T10:00:00+01:00', 120], // due in summer time
    ['2026-10-23T10:00:00+02:00', 60], // due in winter time
    ['2025-03-28T10:00:00+01:00', 120],
    ['2025-10-24T10:00:00+02:00', 60],
  ])('made %s: due at 23:59:59.999 local with offset %i', (madeAt, offset) => {
    const dueAt = callbackDueAt(at(madeAt), law);
    expect(utcOffsetMinutesAt(dueAt)).toBe(offset);
    expect(isoFromInstant(at(new Date(dueAt + offset * 60_000).toISOString()))).toMatch(
      /T23:59:59\.999Z$/,
    );
  });

  const configured: WorkingDayCalendar = {
    extraClosingDays: [day('2026-05-15')], // the Friday after Ascension
    openOnStatutoryDays: [day('2026-04-03')], // open on Good Friday
  };

  it.each([
    [
      '2026-05-13T10:00:00+02:00',
      '2026-05-19T21:59:59.999Z',
      'Wed before Ascension, Friday closed → Mon, Tue',
    ],
    [
      '2026-05-12T10:00:00+02:00',
      '2026-05-18T21:59:59.999Z',
      'Tue before Ascension, Friday closed → Wed, Mon',
    ],
    [
      '2026-04-02T10:00:00+02:00',
      '2026-04-07T21:59:59.999Z',
      'Thu before Good Friday, open on Good Friday → Fri, Tue',
    ],
    [
      '2026-04-01T10:00:00+02:00',
      '2026-04-03T21:59:59.999Z',
      'Wed before Good Friday, open on Good Friday → Thu, Fri',
    ],
  ])('configured calendar: %s → %s (%s)', (madeAt, expected) => {
    expect(isoFromInstant(callbackDueAt(at(madeAt), configured))).toBe(expected);
  });

  it('the due moment lies on the due date', () => {
    const madeAt = at('2026-04-02T10:00:00+02:00');
    expect(localDateAt(callbackDueAt(madeAt, law))).toBe(callbackDueDate(madeAt, law));
    expect(callbackDueDate(madeAt, law)).toBe('2026-04-08');
  });
});

describe('lastInstantOfLocalDate', () => {
  it.each([
    ['2026-01-14', '2026-01-14T22:59:59.999Z'],
    ['2026-07-01', '2026-07-01T21:59:59.999Z'],
    ['2026-03-29', '2026-03-29T21:59:59.999Z'], // spring-forward day (23 hours)
    ['2026-10-25', '2026-10-25T22:59:59.999Z'], // fall-back day (25 hours)
    ['2026-03-28', '2026-03-28T22:59:59.999Z'], // the Saturday before, still CET
  ])('%s → %s', (date, expected) => {
    expect(isoFromInstant(lastInstantOfLocalDate(day(date)))).toBe(expected);
  });
});
