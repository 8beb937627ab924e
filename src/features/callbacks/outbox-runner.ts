// Runs the outbox: tries due entries one at a time, waits with backoff after a failure, tries again
// at once when the browser comes back online, and tells subscribers (the form page, the navigation).
import { useSyncExternalStore } from 'react';
import { toGraphRequestError } from '../../graph/client';
import type { CallbacksDataSource } from './api/callbacks-data-source';
import type { OutboxEntry } from './outbox';
import {
  afterFailure,
  afterStored,
  dueEntries,
  nextWakeUp,
  readOutbox,
  withEntry,
  withoutEntry,
  writeOutbox,
} from './outbox';

/** A request the outbox stored this session (for "Opgeslagen"). */
export type StoredNote = {
  requestId: string;
  citizenName: string;
  /** 'emailedInstead': the Teams activity was refused; the assignee was e-mailed instead. */
  notification: 'sent' | 'failed' | 'emailedInstead';
};

export type OutboxSnapshot = {
  entries: readonly OutboxEntry[];
  /** The request being tried right now. */
  working: string | null;
  stored: readonly StoredNote[];
};

export type OutboxRunner = {
  enqueue: (entry: OutboxEntry) => void;
  /** Tries every waiting entry now (the "Nu opnieuw proberen" button). */
  retryNow: () => void;
  subscribe: (listener: () => void) => () => void;
  snapshot: () => OutboxSnapshot;
};

function isPermanent(status: number): boolean {
  return status >= 400 && status < 500 && status !== 408 && status !== 429;
}

export function createOutboxRunner(source: CallbacksDataSource): OutboxRunner {
  const userId = source.me.id;
  let state: OutboxSnapshot = {
    entries: readOutbox(source.storage, userId),
    working: null,
    stored: [],
  };
  const listeners = new Set<() => void>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running = false;

  const set = (next: Partial<OutboxSnapshot>) => {
    state = { ...state, ...next };
    if ('entries' in next) writeOutbox(source.storage, userId, state.entries);
    for (const listener of listeners) listener();
  };

  const replace = (entry: OutboxEntry) =>
    set({
      entries: state.entries.map((known) =>
        known.request.id === entry.request.id ? entry : known,
      ),
    });

  const schedule = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const wake = nextWakeUp(state.entries, source.now().getTime());
    if (wake !== null)
      timer = setTimeout(() => void run(), Math.max(0, wake - source.now().getTime()));
  };

  const tryEntry = async (entry: OutboxEntry): Promise<void> => {
    set({ working: entry.request.id });
    let current = entry;
    try {
      if (current.phase === 'save') {
        await source.save(current.request);
        current = afterStored(current);
        replace(current);
      }
      try {
        const outcome = await source.notify(current.request, current.notification);
        set({
          entries: withoutEntry(state.entries, current.request.id),
          stored: [
            ...state.stored,
            {
              requestId: current.request.id,
              citizenName: current.request.citizen.name,
              notification: outcome,
            },
          ],
        });
      } catch (error) {
        const failure = toGraphRequestError(error);
        // A refusal (no such mailbox, no right to send) will not go away by waiting: the request is
        // stored and shows in the assignee's list, so drop the notification and say so.
        if (isPermanent(failure.status)) {
          set({
            entries: withoutEntry(state.entries, current.request.id),
            stored: [
              ...state.stored,
              {
                requestId: current.request.id,
                citizenName: current.request.citizen.name,
                notification: 'failed',
              },
            ],
          });
        } else throw failure;
      }
    } catch (error) {
      const failure = toGraphRequestError(error);
      replace(
        afterFailure(
          current,
          {
            status: failure.status,
            message: failure.message,
            retryAfterSeconds: failure.retryAfterSeconds,
          },
          source.now().getTime(),
        ),
      );
    }
  };

  const run = async (): Promise<void> => {
    if (running) return;
    running = true;
    try {
      for (;;) {
        const [next] = dueEntries(state.entries, source.now().getTime());
        if (next === undefined) break;
        await tryEntry(next);
      }
    } finally {
      running = false;
      set({ working: null });
      schedule();
    }
  };

  if (typeof window !== 'undefined') window.addEventListener('online', () => runner.retryNow());

  const runner: OutboxRunner = {
    enqueue: (entry) => {
      set({ entries: withEntry(state.entries, entry) });
      void run();
    },
    retryNow: () => {
      set({ entries: state.entries.map((entry) => ({ ...entry, nextTryAt: null })) });
      void run();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot: () => state,
  };
  // Whatever a previous session left behind is tried right away.
  if (state.entries.length > 0) queueMicrotask(() => void run());
  return runner;
}

const runners = new WeakMap<CallbacksDataSource, OutboxRunner>();

/** The one runner of a data source (the form page and the navigation share it). */
export function outboxRunnerFor(source: CallbacksDataSource): OutboxRunner {
  let runner = runners.get(source);
  if (runner === undefined) {
    runner = createOutboxRunner(source);
    runners.set(source, runner);
  }
  return runner;
}

/** The outbox's state, live. */
export function useOutbox(source: CallbacksDataSource): {
  runner: OutboxRunner;
  state: OutboxSnapshot;
} {
  const runner = outboxRunnerFor(source);
  const state = useSyncExternalStore(runner.subscribe, runner.snapshot, runner.snapshot);
  return { runner, state };
}
