// The form's starting values: sensible defaults for a quick sickness report, or an existing absence to edit.
import type { Absence, AbsenceDraft } from '../../domain/absences';
import type { Instant } from '../../domain/time';
import {
  instantAtWallClock,
  instantFromEpochMs,
  localDateAt,
  localDatePlusDays,
  wallClockAt,
} from '../../domain/time';

const pad2 = (value: number) => String(value).padStart(2, '0');

/** 'HH:mm' in Amsterdam, as a time input shows it. */
export function timeText(instant: Instant): string {
  const clock = wallClockAt(instant);
  return `${pad2(clock.hour)}:${pad2(clock.minute)}`;
}

/**
 * A new draft: sick, from now, until unknown (tomorrow 17:00 prefilled for when a date is chosen), callbacks to the
 * calls substitute.
 * @example newDraft('p1', new Date('2026-03-30T07:12:40Z')).fromTime // '09:12'
 */
export function newDraft(personId: string | null, now: Date): AbsenceDraft {
  const at = instantFromEpochMs(now.getTime());
  const today = localDateAt(at);
  return {
    personId,
    kind: 'sick',
    fromDate: today,
    fromTime: timeText(at),
    until: 'unknown',
    untilDate: localDatePlusDays(today, 1),
    untilTime: '17:00',
    callsSubstituteId: null,
    callbacks: { kind: 'sameAsCalls' },
    note: '',
  };
}

/** The draft that shows an existing absence (for editing or extending). */
export function draftFromAbsence(absence: Absence, fallbackUntil: Date): AbsenceDraft {
  const calls = absence.substituteForCalls;
  const callbacks = absence.substituteForCallbacks;
  const callsId = calls?.kind === 'person' ? calls.personId : null;
  const until =
    absence.expectedUntil === 'unknown'
      ? instantFromEpochMs(fallbackUntil.getTime())
      : absence.expectedUntil;
  return {
    personId: absence.personId,
    kind: absence.kind === 'notVisible' || absence.kind === 'missing' ? null : absence.kind,
    fromDate: localDateAt(absence.from),
    fromTime: timeText(absence.from),
    until: absence.expectedUntil === 'unknown' ? 'unknown' : 'date',
    untilDate: localDateAt(until),
    untilTime: timeText(until),
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

/** Tomorrow 17:00 in Amsterdam: the end offered when a date is chosen or an overdue absence is extended. */
export function tomorrowAtFive(now: Date): Date {
  const tomorrow = localDatePlusDays(localDateAt(instantFromEpochMs(now.getTime())), 1);
  return new Date(instantAtWallClock(tomorrow, 17 * 60));
}

/**
 * An existing absence as a draft with a new expected end: a given end (to cover an overlapping new period), or
 * 'tomorrow' (extend an absence past its expected end by a day, to be adjusted).
 */
export function extensionDraft(
  absence: Absence,
  until: Instant | 'unknown' | 'tomorrow',
  now: Date,
): AbsenceDraft {
  const fallback = tomorrowAtFive(now);
  if (until === 'unknown') return { ...draftFromAbsence(absence, fallback), until: 'unknown' };
  const end = until === 'tomorrow' ? instantFromEpochMs(fallback.getTime()) : until;
  return draftFromAbsence({ ...absence, expectedUntil: end }, fallback);
}
