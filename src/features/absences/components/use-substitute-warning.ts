// The warning under a substitute picker when that colleague is away at the absence's start, with their return.
import type { PersonSummary } from '../../../domain/people';
import { absenceStart } from '../../../domain/absences';
import type { I18n } from '../../../i18n';
import { useAvailabilityOf } from '../api/get-availability-of';

/** The warning text, or undefined when the substitute is available then, unknown, or not yet checked. */
export function useSubstituteWarning(
  personId: string | null,
  fromDate: string,
  fromTime: string,
  peopleById: ReadonlyMap<string, PersonSummary>,
  i18n: I18n,
): string | undefined {
  const person = personId === null ? undefined : peopleById.get(personId);
  // A warning for an earlier choice or start is stale: the read is keyed by both, so nothing shows until it answers.
  const { data: availability } = useAvailabilityOf(person, absenceStart(fromDate, fromTime));
  if (person === undefined || availability === undefined || availability === null) return undefined;
  // Outside working hours is not "away": the substitute simply is not at work at that hour.
  if (availability.state !== 'absent' || availability.reason === 'outsideWorkingHours')
    return undefined;
  const until = availability.until;
  return until === null || until === 'unknown'
    ? i18n.t('absences.warning.substituteAwayUnknown', { name: person.displayName })
    : i18n.t('absences.warning.substituteAway', {
        name: person.displayName,
        until: i18n.formatDateTime(new Date(until)),
      });
}
