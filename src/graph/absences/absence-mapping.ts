// Absence list items ⇄ the domain's Absence. The kind lives only in the reasons list; this module never writes it
// into the absences list's fields.
import type { absencesList } from '../../../schema/lists';
import type { Substitute } from '../../domain/availability';
import type { Absence, AbsenceKind, AbsenceRegistration } from '../../domain/absences';
import type { ListFields, ListRecord } from '../lists';

/**
 * Where an absence's reason item is (the team whose reasons list holds it, the item), so that a change of kind can
 * be written with its own eTag.
 */
export type ReasonRef = {
  teamId: string;
  itemId: string;
  eTag: string | null;
  kind: AbsenceKind | null;
};

/** An absence as stored: the domain absence plus what an update needs (eTags, the reason item). */
export type StoredAbsence = Absence & {
  personName: string;
  /** The absences item's eTag, for `If-Match`. */
  eTag: string | null;
  /** The reason item; null when not visible to the caller or not found. */
  reason: ReasonRef | null;
};

export type AbsenceRecord = ListRecord<typeof absencesList>;

function substituteFrom(personId: string | null, mailbox: string | null): Substitute | null {
  if (personId) return { kind: 'person', personId };
  if (mailbox) return { kind: 'teamMailbox', mailbox };
  return null;
}

/**
 * A record of the absences list with its reason (if the caller may read it) as a stored absence.
 * @example storedAbsenceFrom(record, 'notVisible').kind // 'notVisible'
 */
export function storedAbsenceFrom(
  record: AbsenceRecord,
  reason: ReasonRef | 'notVisible' | null,
): StoredAbsence {
  const fields = record.fields;
  const kind: Absence['kind'] =
    reason === 'notVisible' ? 'notVisible' : (reason?.kind ?? 'missing');
  return {
    id: record.id,
    personId: fields.PersonId,
    personName: fields.Title,
    from: fields.StartsAt,
    expectedUntil: fields.ExpectedUntil ?? 'unknown',
    endedAt: fields.EndedAt,
    kind,
    substituteForCalls: substituteFrom(fields.CallsSubstituteId, null),
    substituteForCallbacks: substituteFrom(
      fields.CallbacksSubstituteId,
      fields.CallbacksSubstituteMailbox,
    ),
    noteForFrontOffice: fields.NoteForFrontOffice,
    registeredById: fields.RegisteredById,
    eTag: record.eTag,
    reason: reason === 'notVisible' ? null : reason,
  };
}

/**
 * The absences list's fields for a registration: every front-office column, never the kind.
 * @example absenceFieldsFor(registration, 'Pieter van der Berg') // { Title: 'Pieter van der Berg', PersonId, StartsAt, … }
 */
export function absenceFieldsFor(
  registration: AbsenceRegistration,
  personName: string,
): Partial<ListFields<typeof absencesList>> {
  const calls = registration.substituteForCalls;
  const callbacks = registration.substituteForCallbacks;
  return {
    Title: personName,
    PersonId: registration.personId,
    StartsAt: registration.from,
    ExpectedUntil: registration.expectedUntil === 'unknown' ? null : registration.expectedUntil,
    CallsSubstituteId: calls?.kind === 'person' ? calls.personId : null,
    CallbacksSubstituteId: callbacks?.kind === 'person' ? callbacks.personId : null,
    CallbacksSubstituteMailbox: callbacks?.kind === 'teamMailbox' ? callbacks.mailbox : null,
    NoteForFrontOffice: registration.noteForFrontOffice,
  };
}

/**
 * What the front office may know of an absence: every field but the kind (and none of the reason item's data).
 * Built field by field, so nothing added to StoredAbsence later leaks into a notice by accident.
 * @example frontOfficeViewOf(stored) // { id, personId, from, expectedUntil, endedAt, substitutes…, note, registeredById }
 */
export function frontOfficeViewOf(absence: StoredAbsence): Omit<Absence, 'kind'> {
  return {
    id: absence.id,
    personId: absence.personId,
    from: absence.from,
    expectedUntil: absence.expectedUntil,
    endedAt: absence.endedAt,
    substituteForCalls: absence.substituteForCalls,
    substituteForCallbacks: absence.substituteForCallbacks,
    noteForFrontOffice: absence.noteForFrontOffice,
    registeredById: absence.registeredById,
  };
}
