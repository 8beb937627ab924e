import {
  amsterdamWeekStart,
  formatGraphDateTime,
  ianaZoneFor,
  instantFromDateTimeTimeZone,
  instantFromWallClock,
  localDate,
  preferredTimeZone,
  zoneOffsetMinutes,
} from './time';
import { GraphHttpError } from './http';

const wall = (iso: string) => {
  const [date = '', time = '00:00'] = iso.split('T');
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return { year, month, day, hour, minute, second: 0 };
};

describe('instantFromWallClock in Europe/Amsterdam', () => {
  it.each([
    ['winter', '2026-01-15T09:00', '2026-01-15T08:00:00.000Z'],
    ['summer', '2026-07-15T09:00', '2026-07-15T07:00:00.000Z'],
    ['day before spring forward', '2026-03-28T09:00', '2026-03-28T08:00:00.000Z'],
    ['spring-forward Sunday, after the jump', '2026-03-29T09:00', '2026-03-29T07:00:00.000Z'],
    [
      'spring-forward gap 02:30 moves to 03:30 CEST',
      '2026-03-29T02:30',
      '2026-03-29T01:30:00.000Z',
    ],
    [
      'fall-back Sunday, ambiguous 02:30 takes summer time',
      '2026-10-25T02:30',
      '2026-10-25T00:30:00.000Z',
    ],
    ['fall-back Sunday, after the change', '2026-10-25T09:00', '2026-10-25T08:00:00.000Z'],
    ['midnight before fall-back', '2026-10-25T00:00', '2026-10-24T22:00:00.000Z'],
    ['midnight after fall-back', '2026-10-26T00:00', '2026-10-25T23:00:00.000Z'],
  ])('%s: %s local → %s', (_label, local, utc) => {
    expect(instantFromWallClock(wall(local), 'Europe/Amsterdam').toISOString()).toBe(utc);
  });

  it('round-trips through formatGraphDateTime on both sides of the October change', () => {
    expect(formatGraphDateTime(new Date('2026-10-25T00:30:00Z'), 'Europe/Amsterdam')).toBe(
      '2026-10-25T02:30:00.0000000',
    );
    expect(formatGraphDateTime(new Date('2026-10-25T01:30:00Z'), 'Europe/Amsterdam')).toBe(
      '2026-10-25T02:30:00.0000000',
    );
    expect(zoneOffsetMinutes(new Date('2026-10-25T00:30:00Z'), 'Europe/Amsterdam')).toBe(120);
    expect(zoneOffsetMinutes(new Date('2026-10-25T01:30:00Z'), 'Europe/Amsterdam')).toBe(60);
  });
});

describe('zone names', () => {
  it.each([
    ['W. Europe Standard Time', 'Europe/Amsterdam'],
    ['w. europe standard time', 'Europe/Amsterdam'],
    ['UTC', 'UTC'],
    ['Europe/Amsterdam', 'Europe/Amsterdam'],
    ['Pacific Standard Time', 'America/Los_Angeles'],
    ['Mars/Olympus_Mons', null],
  ])('%s → %s', (name, zone) => {
    expect(ianaZoneFor(name)).toBe(zone);
  });

  it('reads the Prefer header with Windows and IANA names and defaults to UTC', () => {
    expect(preferredTimeZone('outlook.timezone="W. Europe Standard Time"')).toEqual({
      name: 'W. Europe Standard Time',
      zone: 'Europe/Amsterdam',
    });
    expect(preferredTimeZone('outlook.timezone="Europe/Amsterdam", odata.maxpagesize=10')).toEqual({
      name: 'Europe/Amsterdam',
      zone: 'Europe/Amsterdam',
    });
    expect(preferredTimeZone(undefined)).toEqual({ name: 'UTC', zone: 'UTC' });
  });
});

describe('instantFromDateTimeTimeZone', () => {
  it('interprets Graph dateTimes in their zone, and honours an explicit offset', () => {
    expect(
      instantFromDateTimeTimeZone({
        dateTime: '2026-11-30T09:00:00.0000000',
        timeZone: 'W. Europe Standard Time',
      }).toISOString(),
    ).toBe('2026-11-30T08:00:00.000Z');
    expect(
      instantFromDateTimeTimeZone({
        dateTime: '2026-11-30T09:00:00',
        timeZone: 'UTC',
      }).toISOString(),
    ).toBe('2026-11-30T09:00:00.000Z');
    expect(
      instantFromDateTimeTimeZone({
        dateTime: '2026-11-30T09:00:00+01:00',
        timeZone: 'UTC',
      }).toISOString(),
    ).toBe('2026-11-30T08:00:00.000Z');
  });

  it('rejects an unknown zone and a malformed dateTime with a 400', () => {
    expect(() =>
      instantFromDateTimeTimeZone({ dateTime: '2026-11-30T09:00:00', timeZone: 'Nowhere Time' }),
    ).toThrow(GraphHttpError);
    expect(() => instantFromDateTimeTimeZone({ dateTime: 'monday', timeZone: 'UTC' })).toThrow(
      GraphHttpError,
    );
  });
});

describe('weeks', () => {
  it.each([
    ['2026-11-30T10:00:00Z', '2026-11-30'],
    ['2026-12-06T22:30:00Z', '2026-11-30'], // Sunday 23:30 local still belongs to the week
    ['2026-12-06T23:30:00Z', '2026-12-07'], // Monday 00:30 local starts the next one
    ['2026-03-29T12:00:00Z', '2026-03-23'],
  ])('%s is in the week starting %s', (instant, monday) => {
    expect(amsterdamWeekStart(new Date(instant))).toBe(monday);
  });

  it('gives the local date, not the UTC date, around midnight', () => {
    expect(localDate(new Date('2026-11-30T23:30:00Z'), 'Europe/Amsterdam')).toBe('2026-12-01');
  });
});
