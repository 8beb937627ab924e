// Write: the reasons' retention, run when a leader opens "Mijn team" and their team's absences are in: reasons of
// absences that ended longer ago than the retention period are deleted. Once per team and screen visit; a failure
// only delays it to the next visit (it is not the leader's task to notice).
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { ReasonsAccess, StoredAbsence } from '../../../graph/absences';
import { useAbsencesDataSource } from './absences-data-source';
import { invalidateTeamReads } from './invalidate-team-reads';

export function useDeleteExpiredReasons(
  reasons: ReasonsAccess,
  absences: readonly StoredAbsence[] | null,
): void {
  const source = useAbsencesDataSource();
  const queryClient = useQueryClient();
  const done = useRef(new Set<string>());
  const key = reasons.map((team) => team.teamId).join(',');
  useEffect(() => {
    if (reasons.length === 0 || absences === null || done.current.has(key)) return;
    done.current.add(key);
    source.deleteExpiredReasons(reasons, absences).then(
      (deleted) => {
        if (deleted > 0) void invalidateTeamReads(queryClient);
      },
      () => done.current.delete(key),
    );
  }, [source, queryClient, reasons, absences, key]);
}
