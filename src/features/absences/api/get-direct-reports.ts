// Read: the signed-in leader's direct reports (/me/directReports), to add those missing from the team settings list.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AbsencesDataSource } from './absences-data-source';
import { useAbsencesDataSource } from './absences-data-source';

export const directReportsKey = ['absences', 'directReports'] as const;

/** Without direct reports (or the right to read them) the leader still has the teams they lead: never fails. */
export const directReportsOptions = (source: AbsencesDataSource) =>
  queryOptions({
    queryKey: directReportsKey,
    queryFn: () => source.directReportIds().catch((): string[] => []),
  });

export function useDirectReports() {
  return useQuery(directReportsOptions(useAbsencesDataSource()));
}
