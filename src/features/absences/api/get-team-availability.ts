// Read: each member's live state now, one batched request for the whole team.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PersonSummary } from '../../../domain/people';
import type { AbsencesDataSource } from './absences-data-source';
import { useAbsencesDataSource } from './absences-data-source';

/** Every team's live state (to invalidate after a write: an absence changes who is away). */
export const teamAvailabilityRoot = ['absences', 'teamAvailability'] as const;
export const teamAvailabilityKey = (personIds: readonly string[]) =>
  [...teamAvailabilityRoot, personIds.join(',')] as const;

type Member = Pick<PersonSummary, 'id' | 'mail'>;

export const teamAvailabilityOptions = (source: AbsencesDataSource, members: readonly Member[]) =>
  queryOptions({
    queryKey: teamAvailabilityKey(members.map((member) => member.id)),
    queryFn: () =>
      source.teamAvailability(
        members.map((member) => ({ id: member.id, mail: member.mail ?? '' })),
        source.now(),
      ),
    enabled: members.length > 0,
  });

/** The previous answer stays on screen while the next one loads (after saving or ending an absence). */
export function useTeamAvailability(members: readonly Member[]) {
  return useQuery(teamAvailabilityOptions(useAbsencesDataSource(), members));
}
