import { instantFromIso } from '../time';
import type { Instant } from '../time';
import type { Absence } from './absence-types';
import type { AbsenceDraft, AbsenceFieldErrors } from './absence-validation';
import { draftPeriod, validateAbsence } from './absence-validation';

const at = (iso: string): Instant => {
  const instant = instantFromIso(iso);
  if (instant === null) throw new Error(iso);
  return instant;
};

const draft: AbsenceDraft = {
  personId: 'p-pieter',
  kind: 'sick',
  fromDate: '2026-03-30',
  fromTime: '09:00',
  until: 'date',
  untilDate: '2026-04-01',
  untilTime: '17:00',
  callsSubstituteId: 'p-anna',
  callbacks: { kind: 'sameAsCalls' },
  note: 'Verbind door met Anna.',
};

const existing = (partial: Partial<Absence>): Absence => ({
  id: 'a1',
  personId: 'p-pieter',
  from: at('2026-03-23T09:00:00+01:00'),
  expectedUntil: at('2026-03-27T17:00:00+01:00'),
  endedAt: null,
  kind: 'leave',
  substituteForCalls: null,
  substituteForCallbacks: null,
  noteForFrontOffice: null,
  registeredById: 'p-lead',
  ...partial,
});

describe('validateAbsence', () => {
  it('accepts a complete draft and reads the times in Amsterdam (summer time)', () => {
    const result = validateAbsence(draft, { existing: [], editingId: null });
    expect(result).toEqual({
      kind: 'valid',
      registration: {
        personId: 'p-pieter',
        kind: 'sick',
        from: at('2026-03-30T07:00:00Z'),
        expectedUntil: at('2026-04-01T15:00:00Z'),
        substituteForCalls: { kind: 'person', personId: 'p-anna' },
        substituteForCallbacks: { kind: 'person', personId: 'p-anna' },
        noteForFrontOffice: 'Verbind door met Anna.',
      },
    });
  });

  it.each<[string, Partial<AbsenceDraft>, AbsenceFieldErrors]>([
    ['no person', { personId: null }, { person: 'required' }],
    ['no kind', { kind: null }, { kind: 'required' }],
    ['from not a date', { fromDate: '2026-02-30' }, { from: 'invalidDate' }],
    ['from without a time', { fromTime: '' }, { from: 'invalidTime' }],
    ['from at 24:00', { fromTime: '24:00' }, { from: 'invalidTime' }],
    ['until not a date', { untilDate: 'morgen' }, { until: 'invalidDate' }],
    ['until not a time', { untilTime: '17' }, { until: 'invalidTime' }],
    ['until before from', { untilDate: '2026-03-29' }, { until: 'notAfterFrom' }],
    [
      'until equal to from',
      { untilDate: '2026-03-30', untilTime: '09:00' },
      { until: 'notAfterFrom' },
    ],
    [
      'calls substitute is the absent person',
      { callsSubstituteId: 'p-pieter' },
      {
        callsSubstitute: 'isAbsentPerson',
        callbacksSubstitute: undefined,
      },
    ],
    [
      'callbacks person is the absent person',
      { callbacks: { kind: 'person', personId: 'p-pieter' } },
      {
        callbacksSubstitute: 'isAbsentPerson',
      },
    ],
    [
      'callbacks person not chosen',
      { callbacks: { kind: 'person', personId: null } },
      {
        callbacksSubstitute: 'required',
      },
    ],
    [
      'callbacks mailbox empty',
      { callbacks: { kind: 'teamMailbox', mailbox: ' ' } },
      {
        callbacksSubstitute: 'required',
      },
    ],
    [
      'callbacks mailbox not an address',
      { callbacks: { kind: 'teamMailbox', mailbox: 'burgerzaken' } },
      {
        callbacksSubstitute: 'mailboxInvalid',
      },
    ],
    [
      'callbacks mailbox too long',
      { callbacks: { kind: 'teamMailbox', mailbox: `${'a'.repeat(251)}@x.nl` } },
      {
        callbacksSubstitute: 'tooLong',
      },
    ],
    ['note longer than 500', { note: 'x'.repeat(501) }, { note: 'tooLong' }],
  ])('%s', (_name, change, expected) => {
    const result = validateAbsence({ ...draft, ...change }, { existing: [], editingId: null });
    expect(result.kind).toBe('invalid');
    if (result.kind !== 'invalid') return;
    const wanted = Object.fromEntries(
      Object.entries(expected).filter(([, code]) => code !== undefined),
    );
    expect(result.errors).toEqual(wanted);
  });

  it('accepts a note of exactly 500 characters and an unknown end without dates', () => {
    const result = validateAbsence(
      { ...draft, note: 'x'.repeat(500), until: 'unknown', untilDate: '', untilTime: '' },
      { existing: [], editingId: null },
    );
    expect(result.kind).toBe('valid');
    if (result.kind === 'valid') expect(result.registration.expectedUntil).toBe('unknown');
  });

  it('stores the team mailbox for callbacks and no substitute when none is chosen', () => {
    const mailbox = validateAbsence(
      { ...draft, callbacks: { kind: 'teamMailbox', mailbox: ' burgerzaken@lindeburg.example ' } },
      { existing: [], editingId: null },
    );
    expect(mailbox.kind === 'valid' && mailbox.registration.substituteForCallbacks).toEqual({
      kind: 'teamMailbox',
      mailbox: 'burgerzaken@lindeburg.example',
    });
    const none = validateAbsence(
      { ...draft, callsSubstituteId: null, callbacks: { kind: 'none' }, note: '  ' },
      { existing: [], editingId: null },
    );
    expect(none.kind === 'valid' && none.registration).toMatchObject({
      substituteForCalls: null,
      substituteForCallbacks: null,
      noteForFrontOffice: null,
    });
  });

  describe('overlap with an existing absence of the same person', () => {
    it.each<[string, Partial<Absence>, 'overlaps' | 'ok']>([
      ['an open-ended one still running', { expectedUntil: 'unknown' }, 'overlaps'],
      [
        'one that ends during the new one',
        { expectedUntil: at('2026-03-31T12:00:00+02:00') },
        'overlaps',
      ],
      ['one that ended before (expected end passed)', {}, 'ok'],
      [
        'one that ends exactly when the new one starts',
        { expectedUntil: at('2026-03-30T09:00:00+02:00') },
        'ok',
      ],
      [
        'an open-ended one that was ended before',
        { expectedUntil: 'unknown', endedAt: at('2026-03-29T10:00:00+02:00') },
        'ok',
      ],
      ['one of another person', { personId: 'p-anna', expectedUntil: 'unknown' }, 'ok'],
      [
        'one starting after the new one ends',
        { from: at('2026-04-02T09:00:00+02:00'), expectedUntil: 'unknown' },
        'ok',
      ],
    ])('%s → %s', (_name, change, expected) => {
      const other = existing(change);
      const result = validateAbsence(draft, { existing: [other], editingId: null });
      if (expected === 'ok') expect(result.kind).toBe('valid');
      else
        expect(result).toEqual({
          kind: 'invalid',
          errors: { from: 'overlaps' },
          overlapping: other,
        });
    });

    it('does not refuse an absence for overlapping itself while it is edited', () => {
      const self = existing({ id: 'a1', expectedUntil: 'unknown' });
      expect(validateAbsence(draft, { existing: [self], editingId: 'a1' }).kind).toBe('valid');
    });

    it('an open-ended new absence overlaps a later planned one', () => {
      const later = existing({
        from: at('2026-05-01T09:00:00+02:00'),
        expectedUntil: at('2026-05-05T17:00:00+02:00'),
      });
      const result = validateAbsence(
        { ...draft, until: 'unknown' },
        { existing: [later], editingId: null },
      );
      expect(result.kind === 'invalid' && result.overlapping).toBe(later);
    });
  });
});

describe('draftPeriod', () => {
  it.each<[string, Partial<AbsenceDraft>, Instant | null, Instant | 'unknown' | null]>([
    ['summer time', {}, at('2026-03-30T09:00:00+02:00'), at('2026-04-01T17:00:00+02:00')],
    [
      'winter time',
      { fromDate: '2026-03-27', untilDate: '2026-03-28' },
      at('2026-03-27T09:00:00+01:00'),
      at('2026-03-28T17:00:00+01:00'),
    ],
    [
      'unknown end',
      { until: 'unknown', untilDate: '' },
      at('2026-03-30T09:00:00+02:00'),
      'unknown',
    ],
    ['empty time', { fromTime: '' }, null, at('2026-04-01T17:00:00+02:00')],
    ['not a date', { fromDate: '2026-02-30', untilTime: '25:00' }, null, null],
  ])('%s', (_name, change, from, until) => {
    expect(draftPeriod({ ...draft, ...change })).toEqual({ from, until });
  });
});

describe('validateAbsence: a typed substitute not picked', () => {
  it('is an error on that field', () => {
    const result = validateAbsence(draft, {
      existing: [],
      editingId: null,
      unresolved: ['callsSubstitute'],
    });
    expect(result).toMatchObject({ kind: 'invalid', errors: { callsSubstitute: 'unresolved' } });
  });
});
