// A team's callback requests (`listTeam`): open ones and those closed in the last weeks, for the leader's and
// the coordinator's view. Read when the page opens (or another team is chosen); changes made on the page are
// put in place in the cache.
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { StoredCallback } from '../../../graph/callbacks';
import type { CallbacksDataSource } from './callbacks-data-source';
import { useCallbacksDataSource } from './callbacks-data-source';
import { callbackQueryKeys } from './callback-query-keys';

/** The fetcher: every request of the team the view shows. */
export function fetchTeamCallbacks(
  source: CallbacksDataSource,
  team: string,
): Promise<StoredCallback[]> {
  return source.listTeam(team);
}

/** The query of a team's requests. */
export const teamCallbacksQueryOptions = (source: CallbacksDataSource, team: string) =>
  queryOptions({
    queryKey: callbackQueryKeys.team(source.me.id, team),
    queryFn: () => fetchTeamCallbacks(source, team),
  });

export type TeamCallbacks = {
  /** 'failed': the team's requests could not be read (nothing is shown rather than an old list). */
  status: 'loading' | 'ready' | 'failed';
  callbacks: readonly StoredCallback[] | null;
  /** Puts a changed request in place. */
  replace: (changed: StoredCallback) => void;
};

/** The requests of a team (null: no team to show). */
export function useTeamCallbacks(team: string | null): TeamCallbacks {
  const source = useCallbacksDataSource();
  const queryClient = useQueryClient();
  const query = useQuery({
    ...teamCallbacksQueryOptions(source, team ?? ''),
    enabled: team !== null,
  });
  const status = team === null || query.isPending ? 'loading' : query.isError ? 'failed' : 'ready';
  return {
    status,
    callbacks: status === 'ready' ? (query.data ?? null) : null,
    replace: (changed) => {
      if (team === null) return;
      queryClient.setQueryData(
        teamCallbacksQueryOptions(source, team).queryKey,
        (previous) =>
          previous?.map((known) => (known.itemId === changed.itemId ? changed : known)) ?? previous,
      );
    },
  };
}
