// Three-way merge of an absence edit: when another leader saved first, only what this leader changed goes on top of
// the current version, so their changes to other fields are kept.
import type { Substitute } from '../availability';
import type { Instant } from '../time';
import type { Absence, AbsenceRegistration } from './absence-types';

/** The fields a leader edits, in the order the form shows them. */
export type AbsenceEditField = 'kind' | 'from' | 'until' | 'calls' | 'callbacks' | 'note';

export const absenceEditFields: readonly AbsenceEditField[] = [
  'kind',
  'from',
  'until',
  'calls',
  'callbacks',
  'note',
];

/** What a three-way merge compares: a stored version or what the form would save. */
export type AbsenceEditable = Pick<
  Absence,
  | 'kind'
  | 'from'
  | 'expectedUntil'
  | 'substituteForCalls'
  | 'substituteForCallbacks'
  | 'noteForFrontOffice'
>;

export type AbsenceMerge = {
  /** What to save on top of the current version. */
  registration: AbsenceRegistration;
  /** Fields only this leader changed (they are saved). */
  mine: AbsenceEditField[];
  /** Fields only the other changed (kept as they are now). */
  theirs: AbsenceEditField[];
  /** Fields both changed, to different values: this leader's value is saved, and the screen says so. */
  both: AbsenceEditField[];
};

const sameSubstitute = (a: Substitute | null, b: Substitute | null): boolean =>
  a === null || b === null
    ? a === b
    : a.kind === 'person'
      ? b.kind === 'person' && a.personId === b.personId
      : b.kind === 'teamMailbox' && a.mailbox.toLowerCase() === b.mailbox.toLowerCase();

const sameUntil = (a: Instant | 'unknown', b: Instant | 'unknown'): boolean => a === b;

/**
 * Whether a field has the same value in two versions.
 * @example sameField('note', { ...a, noteForFrontOffice: null }, { ...a, noteForFrontOffice: null }) // true
 */
export function sameField(
  field: AbsenceEditField,
  a: AbsenceEditable,
  b: AbsenceEditable,
): boolean {
  switch (field) {
    case 'kind':
      return a.kind === b.kind;
    case 'from':
      return a.from === b.from;
    case 'until':
      return sameUntil(a.expectedUntil, b.expectedUntil);
    case 'calls':
      return sameSubstitute(a.substituteForCalls, b.substituteForCalls);
    case 'callbacks':
      return sameSubstitute(a.substituteForCallbacks, b.substituteForCallbacks);
    case 'note':
      return (a.noteForFrontOffice ?? null) === (b.noteForFrontOffice ?? null);
  }
}

/**
 * Merges this leader's edit (`mine`, made on `base`) into the version saved since (`current`): a field this leader
 * changed takes their value, any other field keeps the current value. A kind the leader cannot read in the current
 * version ('notVisible', 'missing') stays as the leader has it.
 * @example mergeAbsenceEdit(base, { ...base, noteForFrontOffice: 'mijn' }, { ...base, expectedUntil: later })
 * // { registration: { …, noteForFrontOffice: 'mijn', expectedUntil: later }, mine: ['note'], theirs: ['until'], both: [] }
 */
export function mergeAbsenceEdit(
  base: AbsenceEditable,
  mine: AbsenceRegistration,
  current: AbsenceEditable,
): AbsenceMerge {
  const result: AbsenceMerge = { registration: { ...mine }, mine: [], theirs: [], both: [] };
  const take = (field: AbsenceEditField): void => {
    const registration = result.registration;
    switch (field) {
      case 'kind':
        if (current.kind !== 'notVisible' && current.kind !== 'missing')
          registration.kind = current.kind;
        return;
      case 'from':
        registration.from = current.from;
        return;
      case 'until':
        registration.expectedUntil = current.expectedUntil;
        return;
      case 'calls':
        registration.substituteForCalls = current.substituteForCalls;
        return;
      case 'callbacks':
        registration.substituteForCallbacks = current.substituteForCallbacks;
        return;
      case 'note':
        registration.noteForFrontOffice = current.noteForFrontOffice;
        return;
    }
  };
  for (const field of absenceEditFields) {
    const changedByMe = !sameField(field, base, mine);
    const changedByThem = !sameField(field, base, current);
    if (!changedByMe) {
      take(field);
      if (changedByThem) result.theirs.push(field);
    } else if (!changedByThem || sameField(field, mine, current)) result.mine.push(field);
    else result.both.push(field);
  }
  return result;
}

/** What the front office is told changed: every edited field except the kind (the reason is not theirs to know). */
export type FrontOfficeField = Exclude<AbsenceEditField, 'kind'>;

/**
 * The fields the front office sees that differ between two versions, in form order; the kind never counts.
 * @example frontOfficeChanges(before, { ...before, kind: 'leave', expectedUntil: later }) // ['until']
 */
export function frontOfficeChanges(
  before: AbsenceEditable,
  after: AbsenceEditable,
): FrontOfficeField[] {
  return absenceEditFields.filter(
    (field): field is FrontOfficeField => field !== 'kind' && !sameField(field, before, after),
  );
}
