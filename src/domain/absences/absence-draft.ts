// The form's starting values and what its fields mean: sensible defaults for a quick sickness report, an existing
// absence to edit or extend, and the start a date and a time field stand for. The clock is always a parameter.
import type { Instant } from '../time';
import type { TimeZone } from '../time';
import {
  AMSTERDAM,
  instantAtWallClock,
  localDateAt,
  localDatePlusDays,
  wallClockAt,
} from '../time';
import type { Absence } from './absence-types';
import type { AbsenceDraft } from './absence-validation';
import { draftPeriod } from './absence-validation';

const pad2 = (value: number) => String(value).padStart(2, '0');

/**
 * 'HH:mm' on the wall clock, as a time input shows it.
 * @example draftTimeText(instantFromIso('2026-03-30T07:12:40Z')) // '09:12'
 */
export function draftTimeText(instant: Instant, timeZone: TimeZone = AMSTERDAM): string {
  const clock = wallClockAt(instant, timeZone);
  return `${pad2(clock.hour)}:${pad2(clock.minute)}`;
}

/**
 * The start an absence form's date and time fields stand for; null while either is not a real date or time (the
 * form then says what to fix, and nothing is looked up for that moment).
 * @example absenceStart('2026-03-30', '09:15') // the instant of 30 March 2026 09:15 in Amsterdam
 * @example absenceStart('2026-03-30', '9') // null
 */
export function absenceStart(
  fromDate: string,
  fromTime: string,
  timeZone: TimeZone = AMSTERDAM,
): Instant | null {
  return draftPeriod(
    { fromDate, fromTime, until: 'unknown', untilDate: '', untilTime: '' },
    timeZone,
  ).from;
}

/**
 * Tomorrow 17:00 on the wall clock: the end offered when a date is chosen or an overdue absence is extended.
 * @example tomorrowAtFive(instantFromIso('2026-03-30T08:00:00Z')) // 31 March 2026 17:00 in Amsterdam
 */
export function tomorrowAtFive(now: Instant, timeZone: TimeZone = AMSTERDAM): Instant {
  const tomorrow = localDatePlusDays(localDateAt(now, timeZone), 1);
  return instantAtWallClock(tomorrow, 17 * 60, timeZone);
}

/**
 * A new draft: sick, from now, until unknown (tomorrow 17:00 prefilled for when a date is chosen), callbacks to the
 * calls substitute.
 * @example newAbsenceDraft('p1', instantFromIso('2026-03-30T07:12:40Z')).fromTime // '09:12'
 */
export function newAbsenceDraft(
  personId: string | null,
  now: Instant,
  timeZone: TimeZone = AMSTERDAM,
): AbsenceDraft {
  const today = localDateAt(now, timeZone);
  return {
    personId,
    kind: 'sick',
    fromDate: today,
    fromTime: draftTimeText(now, timeZone),
    until: 'unknown',
    untilDate: localDatePlusDays(today, 1),
    untilTime: '17:00',
    callsSubstituteId: null,
    callbacks: { kind: 'sameAsCalls' },
    note: '',
  };
}

/**
 * The draft that shows an existing absence (for editing or extending); an unknown end prefills `fallbackUntil` for
 * when a date is chosen.
 * @example draftFromAbsence(absence, tomorrowAtFive(now)).until // 'unknown' for an absence without an end
 */
export function draftFromAbsence(
  absence: Absence,
  fallbackUntil: Instant,
  timeZone: TimeZone = AMSTERDAM,
): AbsenceDraft {
  const calls = absence.substituteForCalls;
  const callbacks = absence.substituteForCallbacks;
  const callsId = calls?.kind === 'person' ? calls.personId : null;
  const until = absence.expectedUntil === 'unknown' ? fallbackUntil : absence.expectedUntil;
  return {
    personId: absence.personId,
    kind: absence.kind === 'notVisible' || absence.kind === 'missing' ? null : absence.kind,
    fromDate: localDateAt(absence.from, timeZone),
    fromTime: draftTimeText(absence.from, timeZone),
    until: absence.expectedUntil === 'unknown' ? 'unknown' : 'date',
    untilDate: localDateAt(until, timeZone),
    untilTime: draftTimeText(until, timeZone),
    callsSubstituteId: callsId,
    callbacks:
      callbacks === null
        ? { kind: 'none' }
        : callbacks.kind === 'teamMailbox'
          ? { kind: 'teamMailbox', mailbox: callbacks.mailbox }
          : callbacks.personId === callsId
            ? { kind: 'sameAsCalls' }
            : { kind: 'person', personId: callbacks.personId },
    note: absence.noteForFrontOffice ?? '',
  };
}

/**
 * An existing absence as a draft with a new expected end: a given end (to cover an overlapping new period), or
 * 'tomorrow' (extend an absence past its expected end by a day, to be adjusted).
 * @example extensionDraft(overdue, 'tomorrow', now).untilTime // '17:00'
 */
export function extensionDraft(
  absence: Absence,
  until: Instant | 'unknown' | 'tomorrow',
  now: Instant,
  timeZone: TimeZone = AMSTERDAM,
): AbsenceDraft {
  const fallback = tomorrowAtFive(now, timeZone);
  if (until === 'unknown')
    return { ...draftFromAbsence(absence, fallback, timeZone), until: 'unknown' };
  const end = until === 'tomorrow' ? fallback : until;
  return draftFromAbsence({ ...absence, expectedUntil: end }, fallback, timeZone);
}
