import { instantFromIso } from '../time';
import type { Instant } from '../time';
import {
  absenceStart,
  draftFromAbsence,
  draftTimeText,
  extensionDraft,
  newAbsenceDraft,
  tomorrowAtFive,
} from './absence-draft';
import type { Absence } from './absence-types';

const at = (iso: string): Instant => {
  const instant = instantFromIso(iso);
  if (instant === null) throw new Error(iso);
  return instant;
};

describe('absence start from the date and time fields', () => {
  it.each<[string, string, string, Instant | null]>([
    ['summer time', '2026-03-30', '09:15', at('2026-03-30T09:15:00+02:00')],
    ['winter time', '2026-01-05', '08:00', at('2026-01-05T08:00:00+01:00')],
    ['the day the clocks go forward', '2026-03-29', '12:00', at('2026-03-29T12:00:00+02:00')],
    ['midnight', '2026-04-01', '00:00', at('2026-04-01T00:00:00+02:00')],
    ['an empty time', '2026-03-30', '', null],
    ['a time without minutes', '2026-03-30', '9', null],
    ['an empty date', '', '09:15', null],
    ['a date that does not exist', '2026-02-30', '09:15', null],
  ])('%s: %s %s', (_case, date, time, expected) => {
    expect(absenceStart(date, time)).toBe(expected);
  });
});

describe('the draft a new absence starts from', () => {
  it.each<[string, string, string, string, string]>([
    // now (UTC), from date, from time, prefilled until date
    ['morning in summer time', '2026-03-30T07:12:40Z', '2026-03-30', '09:12', '2026-03-31'],
    ['late evening in winter', '2026-01-05T22:30:00Z', '2026-01-05', '23:30', '2026-01-06'],
    [
      'just after midnight in Amsterdam',
      '2026-03-30T22:05:00Z',
      '2026-03-31',
      '00:05',
      '2026-04-01',
    ],
  ])('%s', (_case, now, fromDate, fromTime, untilDate) => {
    expect(newAbsenceDraft('p1', at(now))).toEqual({
      personId: 'p1',
      kind: 'sick',
      fromDate,
      fromTime,
      until: 'unknown',
      untilDate,
      untilTime: '17:00',
      callsSubstituteId: null,
      callbacks: { kind: 'sameAsCalls' },
      note: '',
    });
  });

  it.each<[string, Instant]>([
    ['morning', at('2026-03-30T09:00:00+02:00')],
    ['late evening', at('2026-03-30T23:30:00+02:00')],
    ['the evening before the clocks go back', at('2026-10-24T20:00:00+02:00')],
  ])('offers tomorrow 17:00 as the end (%s)', (_case, now) => {
    const tomorrow = tomorrowAtFive(now);
    expect(draftTimeText(tomorrow)).toBe('17:00');
    expect(tomorrow - now).toBeGreaterThan(0);
    expect(tomorrow - now).toBeLessThanOrEqual(33 * 3_600_000);
  });
});

const absence = (partial: Partial<Absence> = {}): Absence => ({
  id: '7',
  personId: 'p1',
  from: at('2026-03-27T09:00:00+01:00'),
  expectedUntil: 'unknown',
  endedAt: null,
  kind: 'sick',
  substituteForCalls: { kind: 'person', personId: 'p2' },
  substituteForCallbacks: { kind: 'person', personId: 'p2' },
  noteForFrontOffice: null,
  registeredById: 'lead',
  ...partial,
});
const fallback = at('2026-03-31T17:00:00+02:00');

describe('the draft that shows an existing absence', () => {
  it.each<[string, Partial<Absence>, Partial<ReturnType<typeof draftFromAbsence>>]>([
    [
      'an open end prefills the fallback',
      {},
      { until: 'unknown', untilDate: '2026-03-31', untilTime: '17:00', fromTime: '09:00' },
    ],
    [
      'a known end',
      { expectedUntil: at('2026-04-02T12:30:00+02:00') },
      { until: 'date', untilDate: '2026-04-02', untilTime: '12:30' },
    ],
    ['callbacks to the calls substitute', {}, { callbacks: { kind: 'sameAsCalls' } }],
    [
      'callbacks to another colleague',
      { substituteForCallbacks: { kind: 'person', personId: 'p3' } },
      { callbacks: { kind: 'person', personId: 'p3' } },
    ],
    [
      'callbacks to the team mailbox',
      { substituteForCallbacks: { kind: 'teamMailbox', mailbox: 'bz@lindeburg.example' } },
      { callbacks: { kind: 'teamMailbox', mailbox: 'bz@lindeburg.example' } },
    ],
    ['no callbacks substitute', { substituteForCallbacks: null }, { callbacks: { kind: 'none' } }],
    ['a kind the leader may not read', { kind: 'notVisible' }, { kind: null }],
    ['a missing kind', { kind: 'missing' }, { kind: null }],
    ['the note', { noteForFrontOffice: 'Tot vrijdag' }, { note: 'Tot vrijdag' }],
  ])('%s', (_case, partial, expected) => {
    expect(draftFromAbsence(absence(partial), fallback)).toMatchObject(expected);
  });
});

describe('extending an absence', () => {
  const now = at('2026-03-30T10:00:00+02:00');
  it.each<[string, Instant | 'unknown' | 'tomorrow', Partial<ReturnType<typeof draftFromAbsence>>]>(
    [
      [
        'by a day, to be adjusted',
        'tomorrow',
        { until: 'date', untilDate: '2026-03-31', untilTime: '17:00' },
      ],
      ['to an unknown end', 'unknown', { until: 'unknown' }],
      [
        'to a given end',
        at('2026-04-03T12:00:00+02:00'),
        { until: 'date', untilDate: '2026-04-03', untilTime: '12:00' },
      ],
    ],
  )('%s', (_case, until, expected) => {
    const overdue = absence({ expectedUntil: at('2026-03-29T17:00:00+02:00') });
    expect(extensionDraft(overdue, until, now)).toMatchObject({
      personId: 'p1',
      fromDate: '2026-03-27',
      ...expected,
    });
  });
});
