// The people directory for the callback screens (picker, names, teams), loaded once per data source.
import { useEffect, useMemo, useState } from 'react';
import type { PeopleIndex, PersonSummary } from '../../../domain/people';
import { createPeopleIndex } from '../../../domain/people';
import type { DirectorySnapshot, TeamSummary } from '../../../graph/people';
import { useCallbacksDataSource } from './callbacks-data-source';

export type CallbacksDirectory = {
  status: 'loading' | 'ready' | 'failed';
  index: PeopleIndex | null;
  peopleById: ReadonlyMap<string, PersonSummary>;
  teams: readonly TeamSummary[];
  teamsByName: ReadonlyMap<string, TeamSummary>;
  /** The signed-in user's team, when the directory knows it. */
  myTeam: string | null;
};

/** See {@link CallbacksDirectory}. */
export function useCallbacksDirectory(): CallbacksDirectory {
  const source = useCallbacksDataSource();
  const [snapshot, setSnapshot] = useState<DirectorySnapshot | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let current = true;
    source.loadDirectory().then(
      (loaded) => {
        if (current) setSnapshot(loaded);
      },
      () => {
        if (current) setFailed(true);
      },
    );
    return () => {
      current = false;
    };
  }, [source]);
  return useMemo(() => {
    const people = snapshot?.people ?? [];
    const teams = [...(snapshot?.teams ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    const peopleById = new Map(people.map((person) => [person.id, person]));
    const myTeam =
      peopleById.get(source.me.id)?.team ??
      teams.find((team) => team.memberIds.includes(source.me.id))?.name ??
      null;
    return {
      status: snapshot !== null ? 'ready' : failed ? 'failed' : 'loading',
      index: snapshot === null ? null : createPeopleIndex(people),
      peopleById,
      teams,
      teamsByName: new Map(teams.map((team) => [team.name, team])),
      myTeam,
    };
  }, [snapshot, failed, source]);
}
