// Read: the directory (people and teams) the team screen picks members and substitutes from.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AbsencesDataSource } from './absences-data-source';
import { useAbsencesDataSource } from './absences-data-source';

export const absencesDirectoryKey = ['absences', 'directory'] as const;

/** @example queryClient.fetchQuery(absencesDirectoryOptions(source)) */
export const absencesDirectoryOptions = (source: AbsencesDataSource) =>
  queryOptions({ queryKey: absencesDirectoryKey, queryFn: () => source.loadDirectory() });

/** The directory, read once per visit (incremental from the device cache). */
export function useAbsencesDirectory() {
  return useQuery(absencesDirectoryOptions(useAbsencesDataSource()));
}
