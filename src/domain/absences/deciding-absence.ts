// Which registered absence decided a member's live state, so the leader sees its kind ("reden: Ziek").
import type { Availability } from '../availability';
import type { Absence } from './absence-types';

type Decision = Pick<Availability, 'state' | 'reason' | 'absence'>;

/**
 * The absence that made the member absent now: the one the live state names, else the member's current absence;
 * undefined when another signal decided (out of office, outside working hours) or the member is not absent. The
 * kind is the leader's to see; the reason of any other signal is not an absence's.
 * @example decidingAbsence({ state: 'absent', reason: 'registeredAbsence', absence: { absenceId: '7', … } }, absences, current) // absences['7']
 */
export function decidingAbsence<A extends Pick<Absence, 'id'>>(
  live: Decision | null,
  absences: readonly A[],
  current: A | undefined,
): A | undefined {
  if (live === null || live.state !== 'absent' || live.reason !== 'registeredAbsence')
    return undefined;
  return absences.find((candidate) => candidate.id === live.absence?.absenceId) ?? current;
}
