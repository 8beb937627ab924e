// Write: ends an absence ("weer aanwezig"). Read again whatever the answer: a refusal or a conflict means the list
// on screen may be out of date.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReasonsAccess, StoredAbsence } from '../../../graph/absences';
import { useAbsencesDataSource } from './absences-data-source';
import { invalidateTeamReads } from './invalidate-team-reads';

export function useEndAbsence() {
  const source = useAbsencesDataSource();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      absence,
      at,
      reasons,
    }: {
      absence: StoredAbsence;
      at: Date;
      reasons: ReasonsAccess;
    }) => source.end(absence, at, reasons),
    onSettled: () => void invalidateTeamReads(queryClient),
  });
}
