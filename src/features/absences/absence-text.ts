// Words for the absence model, in the current language.
import type { Absence, AbsenceErrorCode, AbsenceField, AbsenceKind } from '../../domain/absences';
import type { Substitute } from '../../domain/availability';
import type { PersonSummary } from '../../domain/people';
import type { I18n, MessageKey } from '../../i18n';

export const kindLabelKeys: Readonly<Record<AbsenceKind, MessageKey>> = {
  sick: 'absences.kind.sick',
  leave: 'absences.kind.leave',
  specialLeave: 'absences.kind.specialLeave',
  training: 'absences.kind.training',
  other: 'absences.kind.other',
};

export function kindText(kind: Absence['kind'], t: I18n['t']): string {
  if (kind === 'notVisible') return t('absences.kind.notVisible');
  if (kind === 'missing') return t('absences.kind.missing');
  return t(kindLabelKeys[kind]);
}

export function untilText(absence: Pick<Absence, 'expectedUntil'>, i18n: I18n): string {
  return absence.expectedUntil === 'unknown'
    ? i18n.t('absences.until.unknown')
    : i18n.formatDateTime(new Date(absence.expectedUntil));
}

export function substituteText(
  substitute: Substitute | null,
  peopleById: ReadonlyMap<string, PersonSummary>,
  t: I18n['t'],
): string {
  if (substitute === null) return t('absences.substitute.none');
  if (substitute.kind === 'teamMailbox')
    return t('absences.substitute.mailbox', { mailbox: substitute.mailbox });
  return peopleById.get(substitute.personId)?.displayName ?? t('absences.substitute.unknownPerson');
}

const errorKeys: Partial<Record<`${AbsenceField}.${AbsenceErrorCode}`, MessageKey>> = {
  'person.required': 'absences.error.person.required',
  'kind.required': 'absences.error.kind.required',
  'from.invalidDate': 'absences.error.from.invalidDate',
  'from.invalidTime': 'absences.error.from.invalidTime',
  'from.overlaps': 'absences.error.from.overlaps',
  'until.invalidDate': 'absences.error.until.invalidDate',
  'until.invalidTime': 'absences.error.until.invalidTime',
  'until.notAfterFrom': 'absences.error.until.notAfterFrom',
  'callsSubstitute.isAbsentPerson': 'absences.error.substitute.isAbsentPerson',
  'callbacksSubstitute.isAbsentPerson': 'absences.error.substitute.isAbsentPerson',
  'callsSubstitute.unresolved': 'absences.error.substitute.unresolved',
  'callbacksSubstitute.unresolved': 'absences.error.substitute.unresolved',
  'callbacksSubstitute.required': 'absences.error.callbacks.required',
  'callbacksSubstitute.mailboxInvalid': 'absences.error.callbacks.mailboxInvalid',
  'callbacksSubstitute.tooLong': 'absences.error.callbacks.tooLong',
  'note.tooLong': 'absences.error.note.tooLong',
};

/** What to fix, for a field's error code. */
export function errorText(field: AbsenceField, code: AbsenceErrorCode, t: I18n['t']): string {
  const key = errorKeys[`${field}.${code}`];
  return key ? t(key) : t('absences.error.generic');
}
