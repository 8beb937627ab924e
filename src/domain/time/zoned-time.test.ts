import { instantFromEpochMs, instantFromIso, isoFromInstant } from './instant';
import type { Instant } from './instant';
import type { LocalDate, WallClockDisambiguation } from './zoned-time';
import {
  endOfLocalDay,
  instantAtWallClock,
  localDateAt,
  localDatePlusDays,
  normalizeWeekday,
  parseLocalDate,
  parseWallClockTime,
  resolveTimeZone,
  startOfLocalDay,
  utcOffsetMinutesAt,
  wallClockAt,
  weekdayAt,
  weekdayOfLocalDate,
} from './zoned-time';

const at = (iso: string): Instant => {
  const instant = instantFromIso(iso);
  if (instant === null) throw new Error(`bad iso ${iso}`);
  return instant;
};
const date = (text: string): LocalDate => {
  const parsed = parseLocalDate(text);
  if (parsed === null) throw new Error(`bad date ${text}`);
  return parsed;
};
const hm = (h: number, m = 0): number => h * 60 + m;

describe('wallClockAt / localDateAt / weekdayAt (Europe/Amsterdam)', () => {
  it.each([
    // ordinary winter and summer days
    ['2026-01-15T07:00:00Z', '2026-01-15', 'thursday', 8, 0],
    ['2026-07-01T06:30:00Z', '2026-07-01', 'wednesday', 8, 30],
    // local midnight crosses the UTC date
    ['2026-10-24T22:30:00Z', '2026-10-25', 'sunday', 0, 30],
    ['2026-12-31T23:00:00Z', '2027-01-01', 'friday', 0, 0],
    // spring forward, 2026-03-29: 01:59 CET → 03:00 CEST
    ['2026-03-29T00:59:00Z', '2026-03-29', 'sunday', 1, 59],
    ['2026-03-29T01:00:00Z', '2026-03-29', 'sunday', 3, 0],
    // autumn back, 2026-10-25: 02:59 CEST → 02:00 CET; 02:30 happens twice
    ['2026-10-25T00:30:00Z', '2026-10-25', 'sunday', 2, 30],
    ['2026-10-25T01:30:00Z', '2026-10-25', 'sunday', 2, 30],
    ['2026-10-25T02:00:00Z', '2026-10-25', 'sunday', 3, 0],
  ])('%s is %s %s %i:%i', (iso, expectedDate, expectedWeekday, hour, minute) => {
    const clock = wallClockAt(at(iso));
    expect(clock).toMatchObject({
      date: expectedDate,
      weekday: expectedWeekday,
      hour,
      minute,
      minuteOfDay: hm(hour, minute),
    });
    expect(localDateAt(at(iso))).toBe(expectedDate);
    expect(weekdayAt(at(iso))).toBe(expectedWeekday);
  });

  it('works in other zones', () => {
    expect(wallClockAt(at('2026-07-01T12:00:00Z'), 'UTC')).toMatchObject({
      hour: 12,
      date: '2026-07-01',
    });
    expect(wallClockAt(at('2026-07-01T12:00:00Z'), 'America/New_York')).toMatchObject({ hour: 8 });
  });
});

describe('utcOffsetMinutesAt', () => {
  it.each([
    ['2026-01-15T12:00:00Z', 60],
    ['2026-07-01T12:00:00Z', 120],
    ['2026-03-29T00:59:59Z', 60],
    ['2026-03-29T01:00:00Z', 120],
    ['2026-10-25T00:59:59Z', 120],
    ['2026-10-25T01:00:00Z', 60],
  ])('%s → %i', (iso, offset) => {
    expect(utcOffsetMinutesAt(at(iso))).toBe(offset);
  });
});

describe('instantAtWallClock', () => {
  it.each<[string, number, WallClockDisambiguation, string]>([
    // ordinary days
    ['2026-01-15', hm(8), 'compatible', '2026-01-15T07:00:00.000Z'],
    ['2026-07-01', hm(17), 'compatible', '2026-07-01T15:00:00.000Z'],
    ['2026-07-01', 0, 'compatible', '2026-06-30T22:00:00.000Z'],
    ['2026-07-01', 1440, 'compatible', '2026-07-01T22:00:00.000Z'],
    // spring forward: 02:30 does not exist on 2026-03-29
    ['2026-03-29', hm(1, 30), 'compatible', '2026-03-29T00:30:00.000Z'],
    ['2026-03-29', hm(2, 30), 'compatible', '2026-03-29T01:30:00.000Z'],
    ['2026-03-29', hm(2, 30), 'later', '2026-03-29T01:30:00.000Z'],
    ['2026-03-29', hm(2, 30), 'earlier', '2026-03-29T00:30:00.000Z'],
    ['2026-03-29', hm(2, 0), 'compatible', '2026-03-29T01:00:00.000Z'],
    ['2026-03-29', hm(3), 'compatible', '2026-03-29T01:00:00.000Z'],
    ['2026-03-29', hm(8), 'compatible', '2026-03-29T06:00:00.000Z'],
    ['2026-03-29', 0, 'compatible', '2026-03-28T23:00:00.000Z'],
    ['2026-03-29', 1440, 'compatible', '2026-03-29T22:00:00.000Z'],
    // autumn back: 02:30 happens twice on 2026-10-25
    ['2026-10-25', hm(2, 30), 'compatible', '2026-10-25T00:30:00.000Z'],
    ['2026-10-25', hm(2, 30), 'earlier', '2026-10-25T00:30:00.000Z'],
    ['2026-10-25', hm(2, 30), 'later', '2026-10-25T01:30:00.000Z'],
    ['2026-10-25', hm(1, 30), 'later', '2026-10-24T23:30:00.000Z'],
    ['2026-10-25', hm(8), 'compatible', '2026-10-25T07:00:00.000Z'],
    ['2026-10-25', 0, 'compatible', '2026-10-24T22:00:00.000Z'],
  ])('%s minute %i (%s) → %s', (day, minute, disambiguation, expected) => {
    expect(
      isoFromInstant(instantAtWallClock(date(day), minute, 'Europe/Amsterdam', disambiguation)),
    ).toBe(expected);
  });

  it('round-trips every quarter hour of ordinary and DST days', () => {
    for (const day of ['2026-01-15', '2026-03-29', '2026-10-25']) {
      for (let minute = 0; minute < 1440; minute += 15) {
        const instant = instantAtWallClock(date(day), minute);
        const clock = wallClockAt(instant);
        const inGap = day === '2026-03-29' && minute >= hm(2) && minute < hm(3);
        expect(clock.date).toBe(day);
        expect(clock.minuteOfDay).toBe(inGap ? minute + 60 : minute);
      }
    }
  });
});

describe('start and end of the local day', () => {
  it.each([
    ['2026-01-15T12:00:00Z', '2026-01-14T23:00:00.000Z', '2026-01-15T23:00:00.000Z', 24],
    ['2026-03-29T12:00:00Z', '2026-03-28T23:00:00.000Z', '2026-03-29T22:00:00.000Z', 23],
    ['2026-10-25T12:00:00Z', '2026-10-24T22:00:00.000Z', '2026-10-25T23:00:00.000Z', 25],
    ['2026-10-24T22:30:00Z', '2026-10-24T22:00:00.000Z', '2026-10-25T23:00:00.000Z', 25],
  ])('%s: day %s – %s (%i hours)', (iso, start, end, hours) => {
    const startInstant = startOfLocalDay(at(iso));
    const endInstant = endOfLocalDay(at(iso));
    expect(isoFromInstant(startInstant)).toBe(start);
    expect(isoFromInstant(endInstant)).toBe(end);
    expect((endInstant - startInstant) / 3_600_000).toBe(hours);
  });
});

describe('local dates', () => {
  it.each([
    ['2026-03-29', 'sunday'],
    ['2026-10-25', 'sunday'],
    ['2026-04-27', 'monday'],
    ['2024-02-29', 'thursday'],
  ])('%s is a %s', (day, weekday) => {
    expect(weekdayOfLocalDate(date(day))).toBe(weekday);
  });

  it.each([
    ['2026-03-31', 1, '2026-04-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-29', 14, '2026-04-12'],
  ])('%s + %i days = %s', (day, days, expected) => {
    expect(localDatePlusDays(date(day), days)).toBe(expected);
  });

  it.each(['2026-02-30', '2026-13-01', '26-01-01', 'yesterday', ''])('rejects %j', (text) => {
    expect(parseLocalDate(text)).toBeNull();
  });
});

describe('parseWallClockTime', () => {
  it.each([
    ['08:30', 510],
    ['8:30', 510],
    ['00:00', 0],
    ['24:00', 1440],
    ['17:00:00.0000000', 1020],
    ['23:59:59', 1439],
    ['24:30', null],
    ['12:60', null],
    ['noon', null],
    ['', null],
  ])('%j → %j', (text, expected) => {
    expect(parseWallClockTime(text)).toBe(expected);
  });
});

describe('normalizeWeekday and resolveTimeZone', () => {
  it.each([
    ['Monday', 'monday'],
    ['SUNDAY', 'sunday'],
    ['wed', 'wednesday'],
    ['funday', null],
    ['', null],
  ])('weekday %j → %j', (raw, expected) => {
    expect(normalizeWeekday(raw)).toBe(expected);
  });

  it.each([
    ['Europe/Amsterdam', 'Europe/Amsterdam'],
    ['W. Europe Standard Time', 'Europe/Amsterdam'],
    ['UTC', 'UTC'],
    ['Mars/Olympus', 'Europe/Amsterdam'],
    ['', 'Europe/Amsterdam'],
  ])('time zone %j → %j', (raw, expected) => {
    expect(resolveTimeZone(raw)).toBe(expected);
  });
});

describe('wallClockAt against Intl, around transitions and in zones with odd offsets', () => {
  const intlClock = (instant: number, timeZone: string) => {
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    }).formatToParts(new Date(instant));
    const v = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
    return `${v('year')}-${v('month')}-${v('day')} ${v('hour')}:${v('minute')}:${v('second')}`;
  };
  const shown = (clock: ReturnType<typeof wallClockAt>) =>
    `${clock.date} ${String(clock.hour).padStart(2, '0')}:${String(clock.minute).padStart(2, '0')}:${String(clock.second).padStart(2, '0')}`;

  it.each([
    ['Europe/Amsterdam', '2026-03-29T00:00:00Z'],
    ['Europe/Amsterdam', '2026-10-25T00:00:00Z'],
    ['Europe/London', '2026-03-29T00:00:00Z'],
    ['Australia/Lord_Howe', '2026-04-04T14:00:00Z'], // a 30-minute shift
    ['Asia/Kathmandu', '2026-06-01T00:00:00Z'], // +05:45
    ['America/St_Johns', '2026-11-01T03:00:00Z'], // −03:30 / −02:30
  ])('shows in %s what Intl shows, every 7 min 13 s over 6 hours from %s', (zone, from) => {
    const start = Date.parse(from);
    for (let t = start; t < start + 6 * 3_600_000; t += 433_000) {
      expect(shown(wallClockAt(instantFromEpochMs(t), zone))).toBe(intlClock(t, zone));
    }
  });
});
