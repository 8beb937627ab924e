// "My" callback requests (`listMine`): the page and the navigation's count read the same query from the
// one cache, so a screen left open asks once a minute however many components show the list. A list is
// either complete and fresh ('ready'), or the last complete one marked 'stale' with what failed; never a
// partial list that looks complete, and never a count before the team is known (loading is loading).
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { StoredCallback } from '../../../graph/callbacks';
import { toGraphRequestError } from '../../../graph/client';
import type { CallbacksDataSource, MyCallbacksPart } from './callbacks-data-source';
import { MyCallbacksLoadError, useCallbacksDataSource } from './callbacks-data-source';
import { callbackQueryKeys } from './callback-query-keys';

/** How often an open list is read again in the background. */
export const MY_CALLBACKS_REFRESH_MS = 60_000;

/** What went wrong with the last load: which part of the list (null: unknown) and the HTTP status. */
export type MyCallbacksFailure = { parts: readonly MyCallbacksPart[] | null; status: number };

/** The list as loaded, with when (by the data source's clock, as the stale message tells it). */
export type MyCallbacksData = { callbacks: readonly StoredCallback[]; loadedAt: number };

export type MyCallbacksSnapshot = {
  /** 'stale': the list shown is the last complete one; the refresh after it failed (`failure`). */
  status: 'loading' | 'ready' | 'stale' | 'failed';
  callbacks: readonly StoredCallback[];
  team: string | null;
  failure: MyCallbacksFailure | null;
  /** When the list shown was loaded (epoch ms); null before the first complete load. */
  loadedAt: number | null;
};

/** The team to load for: my team (`known`, null when I have none), or 'unknown' while the directory loads. */
export type MyTeam = { known: string | null } | 'unknown';

/** The fetcher: all of my list, or a failure naming what is missing. */
export async function fetchMyCallbacks(
  source: CallbacksDataSource,
  team: string | null,
): Promise<MyCallbacksData> {
  const callbacks = await source.listMine(team);
  return { callbacks, loadedAt: source.now().getTime() };
}

/** The query of my list for my team. */
export const myCallbacksQueryOptions = (
  source: CallbacksDataSource,
  team: string | null,
  refreshMs = MY_CALLBACKS_REFRESH_MS,
) =>
  queryOptions({
    queryKey: callbackQueryKeys.mine(source.me.id, team),
    queryFn: () => fetchMyCallbacks(source, team),
    // Fresh for one refresh period: a page opened next to the count reads what the count already has.
    staleTime: refreshMs,
    refetchInterval: refreshMs,
    // As before: the count in the navigation stays current while the tab is in the background too.
    refetchIntervalInBackground: true,
  });

export function failureOf(error: unknown): MyCallbacksFailure {
  if (error instanceof MyCallbacksLoadError)
    return { parts: error.parts, status: toGraphRequestError(error.cause).status };
  return { parts: null, status: toGraphRequestError(error).status };
}

/** My requests, for my team (see {@link MyTeam}); see the module comment. */
export function useMyCallbacks(
  team: MyTeam,
  refreshMs = MY_CALLBACKS_REFRESH_MS,
): MyCallbacksSnapshot & {
  reload: () => void;
  /** Puts a changed request in place (or removes it when it no longer belongs here). */
  replace: (callback: StoredCallback, keep: 'keep' | 'remove') => void;
} {
  const source = useCallbacksDataSource();
  const queryClient = useQueryClient();
  const known = team === 'unknown' ? null : team.known;
  const options = myCallbacksQueryOptions(source, known, refreshMs);
  const query = useQuery({ ...options, enabled: team !== 'unknown' });
  const data = query.data;
  // The library's 'error' keeps the last data: with a list that is 'stale', without one 'failed'.
  const status: MyCallbacksSnapshot['status'] =
    team === 'unknown' || query.status === 'pending'
      ? 'loading'
      : query.status === 'success'
        ? 'ready'
        : data === undefined
          ? 'failed'
          : 'stale';
  return {
    status,
    callbacks: status === 'loading' || status === 'failed' ? [] : (data?.callbacks ?? []),
    team: known,
    failure: query.isError ? failureOf(query.error) : null,
    loadedAt: data?.loadedAt ?? null,
    reload: () => {
      if (team !== 'unknown') void query.refetch();
    },
    replace: (callback, keep) => {
      queryClient.setQueryData(options.queryKey, (previous) => {
        if (previous === undefined) return previous;
        const others = previous.callbacks.filter((each) => each.itemId !== callback.itemId);
        return { ...previous, callbacks: keep === 'keep' ? [...others, callback] : others };
      });
      // Putting data in clears the library's error: a list that was stale is asked again, so that its mark
      // comes back if the refresh still fails (and goes, honestly, when it answers).
      if (query.isError) void query.refetch();
    },
  };
}
