// Read: a team's absences (open ones and those of the last weeks), with their reasons where the leader may read them.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ReasonsAccess, StoredAbsence } from '../../../graph/absences';
import type { AbsencesDataSource } from './absences-data-source';
import { useAbsencesDataSource } from './absences-data-source';

/** Every team's absences (to invalidate after a write). */
export const teamAbsencesRoot = ['absences', 'teamAbsences'] as const;
// Keyed by the members they are read for, so a switch of team shows "loading" instead of the other team's.
// And by the teams whose reasons are read, so a leader who gains or loses a team reads again.
export const teamAbsencesKey = (personIds: readonly string[], reasons: ReasonsAccess) =>
  [...teamAbsencesRoot, personIds.join(','), reasons.map((team) => team.teamId).join(',')] as const;

export const teamAbsencesOptions = (
  source: AbsencesDataSource,
  personIds: readonly string[],
  reasons: ReasonsAccess,
) =>
  queryOptions({
    queryKey: teamAbsencesKey(personIds, reasons),
    queryFn: (): Promise<StoredAbsence[]> =>
      personIds.length === 0 ? Promise.resolve([]) : source.listAbsences([...personIds], reasons),
  });

export function useTeamAbsences(personIds: readonly string[], reasons: ReasonsAccess) {
  return useQuery(teamAbsencesOptions(useAbsencesDataSource(), personIds, reasons));
}
