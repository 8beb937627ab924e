// The people directory for the callback screens (picker, names, teams): the one directory query every
// feature shares (the device's copy first, then the session's delta sync).
import { useMemo } from 'react';
import type { PeopleIndex, PersonSummary } from '../../../domain/people';
import type { TeamSummary } from '../../../graph/people';
import { directoryIndexOf, useDirectoryQuery } from '../../../graph/people';
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
  const { status, snapshot } = useDirectoryQuery(source);
  const meId = source.me.id;
  return useMemo(() => {
    const people = snapshot?.people ?? [];
    const teams = [...(snapshot?.teams ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    const peopleById = new Map(people.map((person) => [person.id, person]));
    const myTeam =
      peopleById.get(meId)?.team ??
      teams.find((team) => team.memberIds.includes(meId))?.name ??
      null;
    return {
      status,
      // The index the agent screen builds too (one per snapshot), not a second one.
      index: snapshot === null ? null : directoryIndexOf(snapshot),
      peopleById,
      teams,
      teamsByName: new Map(teams.map((team) => [team.name, team])),
      myTeam,
    };
  }, [snapshot, status, meId]);
}
