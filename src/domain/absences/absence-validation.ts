// Checking what a team leader typed into the absence form: each problem as a code on the field it belongs to,
// so the screen can say what to fix (in Dutch and English) next to that field and keep what was typed.
import type { Substitute } from '../availability';
import type { Instant, TimeZone } from '../time';
import { AMSTERDAM, instantAtWallClock, parseLocalDate, parseWallClockTime } from '../time';
import { overlappingAbsence } from './absence-period';
import type { Absence, AbsenceKind, AbsenceRegistration } from './absence-types';
import { absenceLimits } from './absence-types';

/** Who takes the callbacks: the calls substitute, another colleague, the team's general mailbox, or nobody. */
export type CallbacksChoice =
  | { kind: 'sameAsCalls' }
  | { kind: 'person'; personId: string | null }
  | { kind: 'teamMailbox'; mailbox: string }
  | { kind: 'none' };

/** The form as typed: dates 'yyyy-mm-dd' and times 'HH:mm' in Europe/Amsterdam, as the date and time inputs give them. */
export type AbsenceDraft = {
  personId: string | null;
  kind: AbsenceKind | null;
  fromDate: string;
  fromTime: string;
  until: 'date' | 'unknown';
  untilDate: string;
  untilTime: string;
  callsSubstituteId: string | null;
  callbacks: CallbacksChoice;
  note: string;
};

export type AbsenceField =
  'person' | 'kind' | 'from' | 'until' | 'callsSubstitute' | 'callbacksSubstitute' | 'note';

export type AbsenceErrorCode =
  | 'required'
  | 'invalidDate'
  | 'invalidTime'
  | 'notAfterFrom'
  | 'overlaps'
  | 'isAbsentPerson'
  | 'mailboxInvalid'
  | 'tooLong'
  /** A name was typed in a substitute picker but no one was picked from its matches. */
  | 'unresolved';

export type AbsenceFieldErrors = Partial<Record<AbsenceField, AbsenceErrorCode>>;

export type AbsenceValidation<A extends Absence = Absence> =
  | { kind: 'valid'; registration: AbsenceRegistration }
  | {
      kind: 'invalid';
      errors: AbsenceFieldErrors;
      /** The existing absence the period overlaps, so the screen can offer to extend it instead. */
      overlapping: A | null;
    };

export type ValidationContext<A extends Absence = Absence> = {
  /** The person's (or team's) registered absences, to refuse overlaps. */
  existing: readonly A[];
  /** The absence being edited (it may overlap itself); null for a new one. */
  editingId: string | null;
  timeZone?: TimeZone;
  /** Substitute fields where a name was typed but no one picked (the picker keeps the text). */
  unresolved?: readonly ('callsSubstitute' | 'callbacksSubstitute')[];
};

const mailboxPattern = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

type Parsed = { instant: Instant } | { error: 'invalidDate' | 'invalidTime' };

function parseMoment(date: string, time: string, timeZone: TimeZone): Parsed {
  const localDate = parseLocalDate(date.trim());
  if (localDate === null) return { error: 'invalidDate' };
  const minute = /^\d{1,2}:\d{2}$/.test(time.trim()) ? parseWallClockTime(time.trim()) : null;
  if (minute === null || minute >= 24 * 60) return { error: 'invalidTime' };
  return { instant: instantAtWallClock(localDate, minute, timeZone) };
}

/**
 * The period a draft describes, as instants: `from` from its date and time fields, `until` from its end fields or
 * 'unknown'; null where the fields are not a real date and time. The one place the form's fields become instants.
 * @example draftPeriod({ ...draft, fromDate: '2026-03-30', fromTime: '09:15', until: 'unknown' }).from
 * // the instant of 30 March 2026 09:15 in Amsterdam
 */
export function draftPeriod(
  draft: Pick<AbsenceDraft, 'fromDate' | 'fromTime' | 'until' | 'untilDate' | 'untilTime'>,
  timeZone: TimeZone = AMSTERDAM,
): { from: Instant | null; until: Instant | 'unknown' | null } {
  const from = parseMoment(draft.fromDate, draft.fromTime, timeZone);
  const until =
    draft.until === 'unknown' ? 'unknown' : parseMoment(draft.untilDate, draft.untilTime, timeZone);
  return {
    from: 'instant' in from ? from.instant : null,
    until: until === 'unknown' ? 'unknown' : 'instant' in until ? until.instant : null,
  };
}

function callbacksSubstituteOf(
  choice: CallbacksChoice,
  calls: Substitute | null,
): Substitute | null {
  switch (choice.kind) {
    case 'sameAsCalls':
      return calls;
    case 'person':
      return choice.personId === null ? null : { kind: 'person', personId: choice.personId };
    case 'teamMailbox':
      return { kind: 'teamMailbox', mailbox: choice.mailbox.trim() };
    case 'none':
      return null;
  }
}

/**
 * Checks a draft. Rules: a person and a kind are chosen; from is a real date and time; the expected end is a real
 * date and time after from (or 'unknown'); neither substitute is the absent person; a callbacks mailbox looks like
 * an address; the note is at most 500 characters; the period does not overlap another absence of the same person
 * (that one is returned, so it can be extended instead).
 * @example validateAbsence({ ...draft, untilDate: '2026-03-29', fromDate: '2026-03-30' }, { existing: [], editingId: null })
 * // { kind: 'invalid', errors: { until: 'notAfterFrom' }, overlapping: null }
 */
export function validateAbsence<A extends Absence>(
  draft: AbsenceDraft,
  context: ValidationContext<A>,
): AbsenceValidation<A> {
  const timeZone = context.timeZone ?? AMSTERDAM;
  const errors: AbsenceFieldErrors = {};
  if (draft.personId === null || draft.personId.trim() === '') errors.person = 'required';
  if (draft.kind === null) errors.kind = 'required';

  const from = parseMoment(draft.fromDate, draft.fromTime, timeZone);
  if ('error' in from) errors.from = from.error;
  let expectedUntil: Instant | 'unknown' = 'unknown';
  if (draft.until === 'date') {
    const until = parseMoment(draft.untilDate, draft.untilTime, timeZone);
    if ('error' in until) errors.until = until.error;
    else {
      expectedUntil = until.instant;
      if ('instant' in from && until.instant <= from.instant) errors.until = 'notAfterFrom';
    }
  }

  const callsSubstitute: Substitute | null =
    draft.callsSubstituteId === null ? null : { kind: 'person', personId: draft.callsSubstituteId };
  if (draft.callsSubstituteId !== null && draft.callsSubstituteId === draft.personId)
    errors.callsSubstitute = 'isAbsentPerson';

  const callbacksSubstitute = callbacksSubstituteOf(draft.callbacks, callsSubstitute);
  if (draft.callbacks.kind === 'person' && draft.callbacks.personId === null)
    errors.callbacksSubstitute = 'required';
  else if (draft.callbacks.kind === 'teamMailbox') {
    const mailbox = draft.callbacks.mailbox.trim();
    if (mailbox === '') errors.callbacksSubstitute = 'required';
    else if (mailbox.length > absenceLimits.mailbox) errors.callbacksSubstitute = 'tooLong';
    else if (!mailboxPattern.test(mailbox)) errors.callbacksSubstitute = 'mailboxInvalid';
  } else if (
    draft.callbacks.kind === 'person' &&
    draft.callbacks.personId !== null &&
    draft.callbacks.personId === draft.personId
  )
    errors.callbacksSubstitute = 'isAbsentPerson';

  for (const field of context.unresolved ?? []) errors[field] = 'unresolved';

  const note = draft.note.trim();
  if (note.length > absenceLimits.note) errors.note = 'tooLong';

  let overlapping: A | null = null;
  if (draft.personId !== null && 'instant' in from && errors.until === undefined) {
    overlapping = overlappingAbsence(
      context.existing,
      { personId: draft.personId, from: from.instant, expectedUntil },
      context.editingId,
    );
    if (overlapping !== null) errors.from = 'overlaps';
  }

  if (
    Object.keys(errors).length > 0 ||
    draft.personId === null ||
    draft.kind === null ||
    !('instant' in from)
  )
    return { kind: 'invalid', errors, overlapping };
  return {
    kind: 'valid',
    registration: {
      personId: draft.personId,
      kind: draft.kind,
      from: from.instant,
      expectedUntil,
      substituteForCalls: callsSubstitute,
      substituteForCallbacks: callbacksSubstitute,
      noteForFrontOffice: note === '' ? null : note,
    },
  };
}
