// "My" callback requests, shared by the navigation's count and the page: one load per data source,
// refreshed every minute and after each change the page makes.
import { useEffect, useSyncExternalStore } from 'react';
import type { StoredCallback } from '../../../graph/callbacks';
import type { CallbacksDataSource } from './callbacks-data-source';

export type MyCallbacksSnapshot = {
  status: 'loading' | 'ready' | 'failed';
  callbacks: readonly StoredCallback[];
  team: string | null;
};

type Store = {
  snapshot: MyCallbacksSnapshot;
  listeners: Set<() => void>;
  load: (team: string | null) => Promise<void>;
  /** Puts a changed request in place (or removes it when it no longer belongs here). */
  replace: (callback: StoredCallback, keep: 'keep' | 'remove') => void;
};

const stores = new WeakMap<CallbacksDataSource, Store>();

function storeFor(source: CallbacksDataSource): Store {
  const known = stores.get(source);
  if (known !== undefined) return known;
  const store: Store = {
    snapshot: { status: 'loading', callbacks: [], team: null },
    listeners: new Set(),
    load: async (team) => {
      try {
        const callbacks = await source.listMine(team);
        set({ status: 'ready', callbacks, team });
      } catch {
        set({
          ...store.snapshot,
          status: store.snapshot.callbacks.length > 0 ? 'ready' : 'failed',
          team,
        });
      }
    },
    replace: (callback, keep) => {
      const others = store.snapshot.callbacks.filter((known) => known.itemId !== callback.itemId);
      set({ ...store.snapshot, callbacks: keep === 'keep' ? [...others, callback] : others });
    },
  };
  const set = (snapshot: MyCallbacksSnapshot) => {
    store.snapshot = snapshot;
    for (const listener of store.listeners) listener();
  };
  stores.set(source, store);
  return store;
}

/** My requests; `team` is my team (null until the directory knows it, or when I have none). */
export function useMyCallbacks(
  source: CallbacksDataSource,
  team: string | null,
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
  useEffect(() => {
    void store.load(team);
    const timer = setInterval(() => void store.load(team), refreshMs);
    return () => clearInterval(timer);
  }, [store, team, refreshMs]);
  return { ...snapshot, reload: () => void store.load(team), replace: store.replace };
}
