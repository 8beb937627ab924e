import type { CallbackRequest } from './callback-request';
import {
  calledBackOnTime,
  callbackCounts,
  failedAttemptCount,
  firstAttempt,
  isDueSoon,
  isDueToday,
  isOverdue,
  shouldSuggestClosingAsNotReached,
  sortByDue,
} from './callback-status';
import { STATUTORY_CALENDAR } from '../working-days/working-day-calendar';
import { aRequest, anAttempt, at } from './callback-test-fixtures';

// aRequest(): due end of Wednesday 14 January 2026 (23:59:59.999 CET).
describe('isOverdue / isDueToday', () => {
  it.each<[string, Partial<CallbackRequest>, string, boolean, boolean]>([
    ['Monday, just made', {}, '2026-01-12T10:00:00+01:00', false, false],
    ['Tuesday evening', {}, '2026-01-13T23:59:59+01:00', false, false],
    ['Wednesday 00:00 local', {}, '2026-01-14T00:00:00+01:00', false, true],
    [
      'Wednesday 23:59:59.999 local (the due moment)',
      {},
      '2026-01-14T23:59:59.999+01:00',
      false,
      true,
    ],
    ['Thursday 00:00 local', {}, '2026-01-15T00:00:00+01:00', true, false],
    ['Wednesday 23:30 UTC = Thursday local', {}, '2026-01-14T23:30:00Z', true, false],
    ['Wednesday 23:30 local = 22:30 UTC', {}, '2026-01-14T22:30:00Z', false, true],
    ['a week later', {}, '2026-01-21T10:00:00+01:00', true, false],
    [
      'tried but not resolved: still overdue',
      { attempts: [anAttempt('2026-01-13T10:00:00+01:00', 'noAnswer')] },
      '2026-01-15T10:00:00+01:00',
      true,
      false,
    ],
    ['done', { status: 'done' }, '2026-01-15T10:00:00+01:00', false, false],
    ['done, on the due day', { status: 'done' }, '2026-01-14T10:00:00+01:00', false, false],
    ['cancelled', { status: 'cancelled' }, '2026-01-15T10:00:00+01:00', false, false],
  ])('%s', (_name, overrides, now, overdue, dueToday) => {
    expect(isOverdue(aRequest(overrides), at(now))).toBe(overdue);
    expect(isDueToday(aRequest(overrides), at(now))).toBe(dueToday);
  });

  it('uses the Amsterdam date in summer time', () => {
    const request = aRequest({ dueAt: at('2026-07-08T23:59:59.999+02:00') });
    expect(isDueToday(request, at('2026-07-07T22:30:00Z'))).toBe(true); // Wed 00:30 CEST
    expect(isDueToday(request, at('2026-07-07T21:30:00Z'))).toBe(false); // Tue 23:30 CEST
    expect(isOverdue(request, at('2026-07-08T22:00:00Z'))).toBe(true); // Thu 00:00 CEST
  });
});

describe('firstAttempt / calledBackOnTime', () => {
  it.each<[string, CallbackRequest['attempts'], boolean]>([
    ['no attempt', [], false],
    ['first attempt Tuesday', [anAttempt('2026-01-13T10:00:00+01:00', 'noAnswer')], true],
    [
      'first attempt at the due moment',
      [anAttempt('2026-01-14T23:59:59.999+01:00', 'reached')],
      true,
    ],
    [
      'first attempt a millisecond late',
      [anAttempt('2026-01-15T00:00:00+01:00', 'reached')],
      false,
    ],
    [
      'late success after an early failure still counts as on time',
      [
        anAttempt('2026-01-13T10:00:00+01:00', 'voicemail'),
        anAttempt('2026-01-16T10:00:00+01:00', 'reached'),
      ],
      true,
    ],
    [
      'attempts out of order: the earliest counts',
      [
        anAttempt('2026-01-16T10:00:00+01:00', 'reached'),
        anAttempt('2026-01-14T16:00:00+01:00', 'emailed'),
      ],
      true,
    ],
  ])('%s', (_name, attempts, onTime) => {
    expect(calledBackOnTime(aRequest({ attempts }))).toBe(onTime);
  });

  it('finds the earliest attempt', () => {
    const early = anAttempt('2026-01-13T09:00:00+01:00', 'noAnswer');
    const late = anAttempt('2026-01-13T15:00:00+01:00', 'reached');
    expect(firstAttempt(aRequest({ attempts: [late, early] }))).toBe(early);
    expect(firstAttempt(aRequest())).toBeNull();
  });
});

describe('failedAttemptCount / shouldSuggestClosingAsNotReached', () => {
  const t = (hour: number): string => `2026-01-13T${String(hour).padStart(2, '0')}:00:00+01:00`;
  it.each<[string, Partial<CallbackRequest>, number, boolean]>([
    ['none', {}, 0, false],
    [
      'two failed',
      { attempts: [anAttempt(t(9), 'noAnswer'), anAttempt(t(11), 'voicemail')] },
      2,
      false,
    ],
    [
      'three failed',
      {
        attempts: [
          anAttempt(t(9), 'noAnswer'),
          anAttempt(t(11), 'voicemail'),
          anAttempt(t(13), 'wrongNumber'),
        ],
      },
      3,
      true,
    ],
    [
      'four failed',
      {
        attempts: [9, 10, 11, 12].map((hour) => anAttempt(t(hour), 'noAnswer')),
      },
      4,
      true,
    ],
    [
      'three failed, then reached',
      {
        attempts: [
          anAttempt(t(9), 'noAnswer'),
          anAttempt(t(10), 'noAnswer'),
          anAttempt(t(11), 'noAnswer'),
          anAttempt(t(12), 'reached'),
        ],
      },
      3,
      false,
    ],
    [
      'e-mailed is not a failure',
      {
        attempts: [
          anAttempt(t(9), 'noAnswer'),
          anAttempt(t(10), 'emailed'),
          anAttempt(t(11), 'noAnswer'),
        ],
      },
      2,
      false,
    ],
    [
      'three failed but already closed',
      {
        status: 'done',
        attempts: [9, 10, 11].map((hour) => anAttempt(t(hour), 'noAnswer')),
      },
      3,
      false,
    ],
  ])('%s', (_name, overrides, failed, suggest) => {
    expect(failedAttemptCount(aRequest(overrides))).toBe(failed);
    expect(shouldSuggestClosingAsNotReached(aRequest(overrides))).toBe(suggest);
  });
});

describe('sortByDue', () => {
  it('sorts by due, then made, then id, without touching the input', () => {
    const a = aRequest({ id: 'a', dueAt: at('2026-01-16T23:59:59.999+01:00') });
    const b = aRequest({ id: 'b', dueAt: at('2026-01-14T23:59:59.999+01:00') });
    const c = aRequest({
      id: 'c',
      dueAt: at('2026-01-14T23:59:59.999+01:00'),
      madeAt: at('2026-01-12T09:00:00+01:00'),
    });
    const d = aRequest({ id: 'd', dueAt: at('2026-01-14T23:59:59.999+01:00') });
    const input = [a, d, b, c];
    expect(sortByDue(input).map((r) => r.id)).toEqual(['c', 'b', 'd', 'a']);
    expect(input.map((r) => r.id)).toEqual(['a', 'd', 'b', 'c']);
    expect(sortByDue([])).toEqual([]);
  });
});

describe('callbackCounts', () => {
  it('counts open, due today and overdue', () => {
    const now = at('2026-01-14T12:00:00+01:00');
    const requests = [
      aRequest({ id: 'overdue', dueAt: at('2026-01-13T23:59:59.999+01:00') }),
      aRequest({ id: 'today' }),
      aRequest({ id: 'later', dueAt: at('2026-01-16T23:59:59.999+01:00') }),
      aRequest({ id: 'done', status: 'done', dueAt: at('2026-01-13T23:59:59.999+01:00') }),
      aRequest({ id: 'cancelled', status: 'cancelled' }),
    ];
    expect(callbackCounts(requests, now)).toEqual({ open: 3, dueToday: 1, overdue: 1 });
    expect(callbackCounts([], now)).toEqual({ open: 0, dueToday: 0, overdue: 0 });
  });
});

describe('isDueSoon', () => {
  // aRequest() is due at the end of Wednesday 14 January 2026.
  it.each<[string, Partial<CallbackRequest>, string, boolean]>([
    ['Tuesday: due on the next working day', {}, '2026-01-13T10:00:00+01:00', true],
    ['Wednesday: due today', {}, '2026-01-14T10:00:00+01:00', true],
    ['Monday: due in two working days', {}, '2026-01-12T10:00:00+01:00', false],
    ['Thursday: overdue, not soon', {}, '2026-01-15T10:00:00+01:00', false],
    ['done', { status: 'done' }, '2026-01-13T10:00:00+01:00', false],
    // Due end of Monday 19 January: on Friday the next working day is Monday.
    [
      'Friday, due Monday',
      { dueAt: at('2026-01-19T23:59:59.999+01:00') },
      '2026-01-16T10:00:00+01:00',
      true,
    ],
    [
      'Friday, due Tuesday',
      { dueAt: at('2026-01-20T23:59:59.999+01:00') },
      '2026-01-16T10:00:00+01:00',
      false,
    ],
    // Thursday 24 December 2026: Christmas, Boxing Day (Saturday) and Sunday are skipped.
    [
      'Christmas Eve, due Monday 28th',
      { dueAt: at('2026-12-28T23:59:59.999+01:00') },
      '2026-12-24T10:00:00+01:00',
      true,
    ],
  ])('%s', (_name, overrides, now, expected) => {
    expect(isDueSoon(aRequest(overrides), at(now), STATUTORY_CALENDAR)).toBe(expected);
  });
});
