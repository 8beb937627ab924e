// What the team screen shows, from the query cache: the team choices, the chosen team's members, their absences
// and live states. No loading flags or race guards of its own: each read is keyed by what it was read for.
import { useMemo } from 'react';
import type { TeamChoice } from '../../domain/absences';
import { classifyAbsences, teamChoices } from '../../domain/absences';
import type { PersonSummary } from '../../domain/people';
import { instantFromEpochMs } from '../../domain/time';
import type { StoredAbsence } from '../../graph/absences';
import { reasonsAccessOf } from '../../graph/absences';
import { useAbsencesDataSource } from './api/absences-data-source';
import { useDeleteExpiredReasons } from './api/delete-expired-reasons';
import { useTeamAbsences } from './api/get-team-absences';
import { useTeamAvailability } from './api/get-team-availability';
import type { TeamDirectory } from './api/use-team-directory';
import type { MemberLiveState } from './components/member-state';

const noPeople: readonly PersonSummary[] = [];

export function useTeamAbsencesView(
  directory: TeamDirectory | null,
  account: { userId: string },
  teamScope: 'ownTeams' | 'allTeams',
  teamKey: string | null,
) {
  const source = useAbsencesDataSource();
  const peopleById = useMemo(
    () => new Map((directory?.snapshot.people ?? noPeople).map((person) => [person.id, person])),
    [directory],
  );
  const choices = useMemo(
    () =>
      directory
        ? teamChoices(directory.snapshot.teams, account.userId, directory.directReports, teamScope)
        : [],
    [directory, account.userId, teamScope],
  );
  const team: TeamChoice | null =
    choices.find((choice) => choice.key === teamKey) ?? choices[0] ?? null;
  const members = useMemo(
    () =>
      (team?.memberIds ?? [])
        .map((id) => peopleById.get(id))
        .filter((person): person is PersonSummary => person !== undefined)
        .sort((a, b) => a.displayName.localeCompare(b.displayName, 'nl')),
    [team, peopleById],
  );
  const memberIds = useMemo(() => members.map((member) => member.id), [members]);
  // The teams this user leads: only their reasons lists are asked (SharePoint refuses the others anyway).
  const reasons = useMemo(
    () => reasonsAccessOf(directory?.snapshot.teams ?? [], account.userId),
    [directory, account.userId],
  );

  const absencesRead = useTeamAbsences(memberIds, reasons);
  const absences: StoredAbsence[] | null = directory === null ? null : (absencesRead.data ?? null);
  useDeleteExpiredReasons(reasons, absences);
  const live = useTeamAvailability(directory === null ? noPeople : members);
  const liveStateOf = (personId: string): MemberLiveState => {
    // A failed refresh says so, rather than showing the previous answer as if it were current.
    if (live.isError) return { kind: 'failed' };
    if (live.data === undefined) return { kind: 'loading' };
    const availability = live.data.get(personId);
    return availability === undefined ? { kind: 'failed' } : { kind: 'known', availability };
  };

  const now = source.now();
  const classified = classifyAbsences(absences ?? [], instantFromEpochMs(now.getTime()));
  const nameOf = (personId: string) => peopleById.get(personId)?.displayName ?? personId;

  return {
    peopleById,
    reasons,
    choices,
    team,
    members,
    absences,
    absencesError: absencesRead.isError ? { error: absencesRead.error } : null,
    liveStateOf,
    now,
    classified,
    nameOf,
  };
}
