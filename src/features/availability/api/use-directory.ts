// The people directory for search: the device's cache first (search works before any network call
// returns), then a background sync.
import { useEffect, useMemo, useState } from 'react';
import type { PeopleIndex, PersonSummary } from '../../../domain/people';
import { createPeopleIndex } from '../../../domain/people';
import type { DirectorySnapshot, TeamSummary } from '../../../graph/people';
import { useAvailabilityDataSource } from './availability-data-source';

export type DirectoryState = {
  /** 'loading' only while there is nothing to search yet (no cache, sync under way). */
  status: 'loading' | 'ready' | 'failed';
  snapshot: DirectorySnapshot | null;
  index: PeopleIndex | null;
  peopleById: ReadonlyMap<string, PersonSummary>;
  teamsByName: ReadonlyMap<string, TeamSummary>;
  sync: 'syncing' | 'synced' | 'failed';
  /** What made the sync fail, when it failed (put into words by the screen, in the user's language). */
  syncError: { error: unknown } | null;
};

/** Loads the directory once per data source; see {@link DirectoryState}. */
export function useDirectory(): DirectoryState {
  const source = useAvailabilityDataSource();
  const [snapshot, setSnapshot] = useState<DirectorySnapshot | null>(null);
  const [sync, setSync] = useState<DirectoryState['sync']>('syncing');
  const [syncError, setSyncError] = useState<DirectoryState['syncError']>(null);

  useEffect(() => {
    let current = true;
    void (async () => {
      const cached = await source.loadCachedDirectory().catch(() => null);
      if (!current) return;
      if (cached !== null) setSnapshot(cached);
      try {
        const synced = await source.syncDirectory(cached);
        if (!current) return;
        setSnapshot(synced);
        setSync('synced');
        setSyncError(null);
      } catch (error) {
        if (!current) return;
        setSync('failed');
        setSyncError({ error });
      }
    })();
    return () => {
      current = false;
    };
  }, [source]);

  const derived = useMemo(() => {
    if (snapshot === null) return { index: null, peopleById: new Map(), teamsByName: new Map() };
    return {
      index: createPeopleIndex(snapshot.people),
      peopleById: new Map(snapshot.people.map((person) => [person.id, person])),
      teamsByName: new Map(snapshot.teams.map((team) => [team.name, team])),
    };
  }, [snapshot]);

  const status: DirectoryState['status'] =
    snapshot !== null ? 'ready' : sync === 'failed' ? 'failed' : 'loading';
  return { status, snapshot, sync, syncError, ...derived };
}
