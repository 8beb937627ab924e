import { instantFromIso } from '../time';
import type { Instant } from '../time';
import { frontOfficeChanges, mergeAbsenceEdit } from './absence-merge';
import type { AbsenceEditable } from './absence-merge';
import type { AbsenceRegistration } from './absence-types';

const at = (iso: string): Instant => {
  const instant = instantFromIso(iso);
  if (instant === null) throw new Error(iso);
  return instant;
};
const anna = { kind: 'person', personId: 'anna' } as const;
const karin = { kind: 'person', personId: 'karin' } as const;
const mailbox = { kind: 'teamMailbox', mailbox: 'burgerzaken@lindeburg.example' } as const;

const base: AbsenceEditable = {
  kind: 'sick',
  from: at('2026-03-27T09:00:00+01:00'),
  expectedUntil: 'unknown',
  substituteForCalls: anna,
  substituteForCallbacks: anna,
  noteForFrontOffice: null,
};
const asRegistration = (values: AbsenceEditable): AbsenceRegistration => ({
  personId: 'pieter',
  kind: values.kind === 'notVisible' || values.kind === 'missing' ? 'other' : values.kind,
  from: values.from,
  expectedUntil: values.expectedUntil,
  substituteForCalls: values.substituteForCalls,
  substituteForCallbacks: values.substituteForCallbacks,
  noteForFrontOffice: values.noteForFrontOffice,
});
const friday = at('2026-04-03T17:00:00+02:00');
const monday = at('2026-04-06T17:00:00+02:00');

describe('mergeAbsenceEdit', () => {
  it.each<
    [
      string,
      Partial<AbsenceEditable>,
      Partial<AbsenceEditable>,
      Partial<AbsenceRegistration>,
      { mine: string[]; theirs: string[]; both: string[] },
    ]
  >([
    [
      'I change the note, they extend: both kept',
      { noteForFrontOffice: 'Mijn notitie' },
      { expectedUntil: friday },
      { noteForFrontOffice: 'Mijn notitie', expectedUntil: friday },
      { mine: ['note'], theirs: ['until'], both: [] },
    ],
    [
      'they change the callback substitute, I change the calls substitute: both kept',
      { substituteForCalls: karin },
      { substituteForCallbacks: mailbox },
      { substituteForCalls: karin, substituteForCallbacks: mailbox },
      { mine: ['calls'], theirs: ['callbacks'], both: [] },
    ],
    [
      'both change the end differently: mine saved, reported as both',
      { expectedUntil: monday },
      { expectedUntil: friday, noteForFrontOffice: 'Verlengd door Ingrid' },
      { expectedUntil: monday, noteForFrontOffice: 'Verlengd door Ingrid' },
      { mine: [], theirs: ['note'], both: ['until'] },
    ],
    [
      'both make the same change: not a clash',
      { expectedUntil: friday },
      { expectedUntil: friday },
      { expectedUntil: friday },
      { mine: ['until'], theirs: [], both: [] },
    ],
    [
      'they change the kind I did not touch: theirs kept',
      {},
      { kind: 'leave' },
      { kind: 'leave' },
      { mine: [], theirs: ['kind'], both: [] },
    ],
    [
      'a kind I cannot read in the current version stays mine',
      {},
      { kind: 'notVisible' },
      { kind: 'sick' },
      { mine: [], theirs: ['kind'], both: [] },
    ],
    [
      'mailbox compared without case',
      { substituteForCallbacks: mailbox },
      {
        substituteForCallbacks: { kind: 'teamMailbox', mailbox: 'Burgerzaken@Lindeburg.example' },
      },
      { substituteForCallbacks: mailbox },
      { mine: ['callbacks'], theirs: [], both: [] },
    ],
    ['nothing changed', {}, {}, {}, { mine: [], theirs: [], both: [] }],
  ])('%s', (_name, myChange, theirChange, saved, fields) => {
    const result = mergeAbsenceEdit(base, asRegistration({ ...base, ...myChange }), {
      ...base,
      ...theirChange,
    });
    expect(result.registration).toEqual({ ...asRegistration(base), ...saved });
    expect({ mine: result.mine, theirs: result.theirs, both: result.both }).toEqual(fields);
  });
});

describe('frontOfficeChanges', () => {
  it.each<[string, Partial<AbsenceEditable>, string[]]>([
    ['extended', { expectedUntil: friday }, ['until']],
    ['kind only: nothing for the front office', { kind: 'leave' }, []],
    ['kind and substitute', { kind: 'leave', substituteForCalls: karin }, ['calls']],
    [
      'start, callbacks and note',
      {
        from: at('2026-03-26T09:00:00+01:00'),
        substituteForCallbacks: mailbox,
        noteForFrontOffice: 'Bel Karin',
      },
      ['from', 'callbacks', 'note'],
    ],
    ['nothing', {}, []],
  ])('%s', (_name, change, fields) => {
    expect(frontOfficeChanges(base, { ...base, ...change })).toEqual(fields);
  });
});
