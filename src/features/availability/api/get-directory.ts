// Read: the people directory for search, from the one directory query every feature shares (the device's copy
// first, so search works before any network call returns; then the session's delta sync).
import { useMemo } from 'react';
import type { PeopleIndex, PersonSummary } from '../../../domain/people';
import type { DirectoryQueryState, TeamSummary } from '../../../graph/people';
import { directoryIndexOf, useDirectoryQuery } from '../../../graph/people';
import { useAvailabilityDataSource } from './availability-data-source';

export type DirectoryState = DirectoryQueryState & {
  index: PeopleIndex | null;
  peopleById: ReadonlyMap<string, PersonSummary>;
  teamsByName: ReadonlyMap<string, TeamSummary>;
};

/** The directory and its search index; see {@link DirectoryState}. */
export function useDirectory(): DirectoryState {
  const directory = useDirectoryQuery(useAvailabilityDataSource());
  const { snapshot } = directory;
  const derived = useMemo(() => {
    if (snapshot === null) return { index: null, peopleById: new Map(), teamsByName: new Map() };
    return {
      // Shared with the navigation badges' directory: one index per snapshot.
      index: directoryIndexOf(snapshot),
      peopleById: new Map(snapshot.people.map((person) => [person.id, person])),
      teamsByName: new Map(snapshot.teams.map((team) => [team.name, team])),
    };
  }, [snapshot]);
  return { ...directory, ...derived };
}
