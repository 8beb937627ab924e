// After a write: the team's absences and live states are read again (registering or ending changes who is away).
import type { QueryClient } from '@tanstack/react-query';
import { teamAbsencesRoot } from './get-team-absences';
import { teamAvailabilityRoot } from './get-team-availability';

export async function invalidateTeamReads(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: teamAbsencesRoot }),
    queryClient.invalidateQueries({ queryKey: teamAvailabilityRoot }),
  ]);
}
