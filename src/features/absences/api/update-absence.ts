// Write: saves a leader's changes with the eTag they saw; a conflict changes nothing, so nothing is read again.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AbsenceRegistration } from '../../../domain/absences';
import type { ReasonsAccess, StoredAbsence } from '../../../graph/absences';
import { useAbsencesDataSource } from './absences-data-source';
import { invalidateTeamReads } from './invalidate-team-reads';

export function useUpdateAbsence() {
  const source = useAbsencesDataSource();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      base,
      registration,
      reasons,
    }: {
      base: StoredAbsence;
      registration: AbsenceRegistration;
      reasons: ReasonsAccess;
    }) => source.update(base, registration, reasons),
    onSuccess: (result) => {
      if (result.kind === 'saved') void invalidateTeamReads(queryClient);
    },
  });
}
