// Write: registers an absence (absence item and its reason); the team's reads follow.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { NewAbsence } from '../../../graph/absences';
import { useAbsencesDataSource } from './absences-data-source';
import { invalidateTeamReads } from './invalidate-team-reads';

export function useCreateAbsence() {
  const source = useAbsencesDataSource();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewAbsence) => source.create(input),
    onSuccess: () => void invalidateTeamReads(queryClient),
  });
}
