// The one place the team screen loads who is who: the directory and the leader's direct reports, together.
import { useMemo } from 'react';
import type { PeopleIndex } from '../../../domain/people';
import { createPeopleIndex } from '../../../domain/people';
import type { DirectorySnapshot } from '../../../graph/people';
import { useDirectReports } from './get-direct-reports';
import { useAbsencesDirectory } from './get-directory';

export type TeamDirectory = {
  snapshot: DirectorySnapshot;
  index: PeopleIndex;
  directReports: string[];
};

export type TeamDirectoryState =
  | { kind: 'loading' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'loaded'; directory: TeamDirectory };

export function useTeamDirectory(): TeamDirectoryState {
  const directory = useAbsencesDirectory();
  const reports = useDirectReports();
  const snapshot = directory.data;
  const index = useMemo(
    () => (snapshot === undefined ? null : createPeopleIndex(snapshot.people)),
    [snapshot],
  );
  const directReports = reports.data;
  return useMemo((): TeamDirectoryState => {
    if (directory.isError && snapshot === undefined)
      return { kind: 'failed', error: directory.error };
    if (snapshot === undefined || index === null || directReports === undefined)
      return { kind: 'loading' };
    return { kind: 'loaded', directory: { snapshot, index, directReports } };
  }, [directory.isError, directory.error, snapshot, index, directReports]);
}
