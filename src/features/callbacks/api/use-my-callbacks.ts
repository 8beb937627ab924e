// "My" callback requests, shared by the navigation's count and the page: one load and one refresh
// timer per data source however many screens show them, refreshed every minute and after each change
// the page makes. A list is either complete and fresh ('ready'), or the last complete one marked
// 'stale' with what failed; never a partial list that looks complete, and never a count before the
// team is known (loading is loading).
import { useEffect, useSyncExternalStore } from 'react';
import type { StoredCallback } from '../../../graph/callbacks';
import { toGraphRequestError } from '../../../graph/client';
import type { CallbacksDataSource, MyCallbacksPart } from './callbacks-data-source';
import { MyCallbacksLoadError } from './callbacks-data-source';

/** What went wrong with the last load: which part of the list (null: unknown) and the HTTP status. */
export type MyCallbacksFailure = { parts: readonly MyCallbacksPart[] | null; status: number };

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

type Store = {
  snapshot: MyCallbacksSnapshot;
  listeners: Set<() => void>;
  load: (team: string | null) => Promise<void>;
  /** Puts a changed request in place (or removes it when it no longer belongs here). */
  replace: (callback: StoredCallback, keep: 'keep' | 'remove') => void;
  /** A screen that shows the list; the first starts the refresh timer, the last stops it. */
  want: (team: string | null, refreshMs: number) => () => void;
};

const loading: MyCallbacksSnapshot = {
  status: 'loading',
  callbacks: [],
  team: null,
  failure: null,
  loadedAt: null,
};
const stores = new WeakMap<CallbacksDataSource, Store>();

function failureOf(error: unknown): MyCallbacksFailure {
  if (error instanceof MyCallbacksLoadError)
    return { parts: error.parts, status: toGraphRequestError(error.cause).status };
  return { parts: null, status: toGraphRequestError(error).status };
}

function storeFor(source: CallbacksDataSource): Store {
  const known = stores.get(source);
  if (known !== undefined) return known;
  // One load at a time per team: a second screen asking joins the load under way.
  let inFlight: { team: string | null; promise: Promise<void> } | null = null;
  const wanted = new Map<symbol, string | null>();
  let timer: ReturnType<typeof setInterval> | null = null;
  const set = (snapshot: MyCallbacksSnapshot) => {
    store.snapshot = snapshot;
    for (const listener of store.listeners) listener();
  };
  const store: Store = {
    snapshot: loading,
    listeners: new Set(),
    load: (team) => {
      if (inFlight !== null && inFlight.team === team) return inFlight.promise;
      const run = async () => {
        try {
          const callbacks = await source.listMine(team);
          set({
            status: 'ready',
            callbacks,
            team,
            failure: null,
            loadedAt: source.now().getTime(),
          });
        } catch (error) {
          const previous = store.snapshot;
          const hadList =
            previous.team === team && (previous.status === 'ready' || previous.status === 'stale');
          set(
            hadList
              ? { ...previous, status: 'stale', failure: failureOf(error) }
              : { ...loading, status: 'failed', team, failure: failureOf(error) },
          );
        }
      };
      const promise = run().finally(() => {
        if (inFlight?.promise === promise) inFlight = null;
      });
      inFlight = { team, promise };
      return promise;
    },
    replace: (callback, keep) => {
      const others = store.snapshot.callbacks.filter((known) => known.itemId !== callback.itemId);
      set({ ...store.snapshot, callbacks: keep === 'keep' ? [...others, callback] : others });
    },
    want: (team, refreshMs) => {
      const token = Symbol('screen');
      wanted.set(token, team);
      const current = store.snapshot;
      if (current.team !== team || current.status === 'loading' || current.status === 'failed')
        void store.load(team);
      timer ??= setInterval(() => {
        const teams = new Set(wanted.values());
        for (const each of teams) void store.load(each);
      }, refreshMs);
      return () => {
        wanted.delete(token);
        if (wanted.size === 0 && timer !== null) {
          clearInterval(timer);
          timer = null;
        }
      };
    },
  };
  stores.set(source, store);
  return store;
}

/** My requests, for my team (see {@link MyTeam}); see the module comment. */
export function useMyCallbacks(
  source: CallbacksDataSource,
  team: MyTeam,
  refreshMs = 60_000,
): MyCallbacksSnapshot & { reload: () => void; replace: Store['replace'] } {
  const store = storeFor(source);
  const snapshot = useSyncExternalStore(
    (listener) => {
      store.listeners.add(listener);
      return () => store.listeners.delete(listener);
    },
    () => store.snapshot,
  );
  const known = team === 'unknown' ? 'unknown' : team.known;
  useEffect(() => {
    if (known === 'unknown') return;
    return store.want(known, refreshMs);
  }, [store, known, refreshMs]);
  // A list for another team (or before the team is known) is not this list yet.
  const shown = known === 'unknown' || snapshot.team !== known ? loading : snapshot;
  return {
    ...shown,
    reload: () => {
      if (known !== 'unknown') void store.load(known);
    },
    replace: store.replace,
  };
}
