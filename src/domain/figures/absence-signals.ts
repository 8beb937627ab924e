// What the coordinator acts on in the registered absences: no substitute named, or past the expected end and open.
import type { Absence } from '../absences';
import { absencePhase, needsReturnConfirmation } from '../absences';
import type { Instant } from '../time';

/** Which substitute is missing: for calls, for callbacks, or both. */
export type MissingSubstitute = 'calls' | 'callbacks' | 'both';

type SignalAbsence = Pick<
  Absence,
  | 'id'
  | 'personId'
  | 'from'
  | 'expectedUntil'
  | 'endedAt'
  | 'substituteForCalls'
  | 'substituteForCallbacks'
>;

export type AbsenceSignals<A extends SignalAbsence> = {
  /** Current or upcoming absences that name no substitute for calls and/or callbacks. */
  withoutSubstitute: Array<{ absence: A; missing: MissingSubstitute }>;
  /** Absences whose expected end has passed while nobody confirmed the person is back. */
  pastExpectedEnd: A[];
};

/**
 * The absence signals at a moment. Ended and past absences raise no "no substitute" signal any more.
 * @example absenceSignals([{ ...absence, substituteForCalls: null, substituteForCallbacks: null }], now).withoutSubstitute[0]?.missing // 'both'
 */
export const absenceSignals = <A extends SignalAbsence>(
  absences: readonly A[],
  now: Instant,
): AbsenceSignals<A> => {
  const withoutSubstitute: AbsenceSignals<A>['withoutSubstitute'] = [];
  const pastExpectedEnd: A[] = [];
  for (const absence of absences) {
    if (needsReturnConfirmation(absence, now)) pastExpectedEnd.push(absence);
    else if (absencePhase(absence, now) !== 'past') {
      const calls = absence.substituteForCalls === null;
      const callbacks = absence.substituteForCallbacks === null;
      if (calls || callbacks)
        withoutSubstitute.push({
          absence,
          missing: calls && callbacks ? 'both' : calls ? 'calls' : 'callbacks',
        });
    }
  }
  const byStart = (a: SignalAbsence, b: SignalAbsence) => a.from - b.from;
  withoutSubstitute.sort((a, b) => byStart(a.absence, b.absence));
  pastExpectedEnd.sort(byStart);
  return { withoutSubstitute, pastExpectedEnd };
};
