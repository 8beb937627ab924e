// Runs the outbox: tries due entries one at a time, waits with backoff after a failure, tries again
// at once when the browser comes back online, and tells subscribers (the form page, the navigation).
// Every tab of the agent has a runner, but only one works the outbox at a time (Web Locks), and each
// writes only the records of the requests it changes.
import type { QueryClient } from '@tanstack/react-query';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { callbackQueryKeys } from './api/callback-query-keys';
import { toGraphRequestError } from '../../graph/client';
import type { CallbacksDataSource } from './api/callbacks-data-source';
import type { ContactOutboxEntry } from './contact-outbox';
import {
  contactAfterFailure,
  contactOutboxPrefix,
  contactSendAt,
  contactUndoable,
  dueContacts,
  createContactStore,
  readContactOutbox,
} from './contact-outbox';
import type { OutboxEntry } from './outbox';
import { repeatCallOf } from './repeat-call';
import {
  afterFailure,
  afterStored,
  dueEntries,
  nextWakeUp,
  outboxStorageKey,
  readOutbox,
  removeOutboxEntry,
  withEntry,
  withoutEntry,
  writeOutboxEntry,
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
  /** Contacts (call outcomes) waiting: their undo minute, or a retry. */
  contacts: readonly ContactOutboxEntry[];
  /** Contacts this tab stored this session. */
  storedContacts: readonly ContactOutboxEntry[];
};

export type OutboxRunner = {
  enqueue: (entry: OutboxEntry) => void;
  /** Tries every waiting entry now (the "Nu opnieuw proberen" button). */
  retryNow: () => void;
  subscribe: (listener: () => void) => () => void;
  snapshot: () => OutboxSnapshot;
  /** Queues a call's outcome; it waits its undo minute, then is sent. */
  enqueueContact: (entry: ContactOutboxEntry) => void;
  /** Takes a contact out before it was sent: 'undone', or 'tooLate' once its minute is over. */
  undoContact: (contactId: string) => 'undone' | 'tooLate';
  /** Told each time this tab stored a request in the list (before its notification goes out). */
  onStored: (listener: (requestId: string) => void) => () => void;
};

function isPermanent(status: number): boolean {
  return status >= 400 && status < 500 && status !== 408 && status !== 429;
}

/**
 * A lock shared by every tab of this browser: the Web Locks API (`navigator.locks`), so one tab at a
 * time works the outbox. Null where the browser has none (then a lease in storage stands in).
 */
export type OutboxLocks = {
  request: (name: string, work: () => Promise<void>) => Promise<void>;
};

function browserLocks(): OutboxLocks | null {
  if (typeof navigator === 'undefined' || !('locks' in navigator)) return null;
  return { request: (name, work) => navigator.locks.request(name, work).then(() => undefined) };
}

/** How long a tab's lease on the outbox lasts without the Web Locks API (renewed per request). */
const LEASE_MS = 30_000;

export function createOutboxRunner(
  source: CallbacksDataSource,
  options: { locks?: OutboxLocks | null } = {},
): OutboxRunner {
  const userId = source.me.id;
  const storage = source.storage;
  const locks = options.locks === undefined ? browserLocks() : options.locks;
  const lockName = `bereikbaar.callbacks.outbox.${userId}`;
  const leaseKey = `bereikbaar.callbacks.outbox-lease.${userId}`;
  const tabId = crypto.randomUUID();
  let state: OutboxSnapshot = {
    entries: readOutbox(storage, userId),
    working: null,
    stored: [],
    contacts: readContactOutbox(storage, userId),
    storedContacts: [],
  };
  const listeners = new Set<() => void>();
  const storedListeners = new Set<(requestId: string) => void>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running = false;
  let retryAll = false;
  let again = false;

  const set = (next: Partial<OutboxSnapshot>) => {
    state = { ...state, ...next };
    for (const listener of listeners) listener();
  };
  // Storage is the truth (other tabs add and remove records); memory is what this tab last read.
  const refresh = () =>
    set({
      entries: readOutbox(storage, userId),
      contacts: contactStore.read(),
    });
  const contactStore = createContactStore(storage, userId);
  const putContact = (entry: ContactOutboxEntry) => set({ contacts: contactStore.put(entry) });
  const dropContact = (contactId: string) => set({ contacts: contactStore.drop(contactId) });
  const put = (entry: OutboxEntry) => {
    writeOutboxEntry(storage, userId, entry);
    set({ entries: withEntry(readOutbox(storage, userId), entry) });
  };
  const drop = (requestId: string, note: StoredNote) => {
    removeOutboxEntry(storage, userId, requestId);
    set({
      entries: withoutEntry(readOutbox(storage, userId), requestId),
      stored: [...state.stored, note],
    });
  };

  const schedule = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const at = source.now().getTime();
    const wakes = [
      nextWakeUp(state.entries, at),
      ...state.contacts.map(contactSendAt).filter((moment) => moment > at),
    ].filter((moment): moment is number => moment !== null);
    const wake = wakes.length === 0 ? null : Math.min(...wakes);
    if (wake !== null)
      timer = setTimeout(() => void run(), Math.max(0, wake - source.now().getTime()));
  };

  const tryEntry = async (entry: OutboxEntry): Promise<void> => {
    set({ working: entry.request.id });
    let current = entry;
    const note = (notification: StoredNote['notification']): StoredNote => ({
      requestId: current.request.id,
      citizenName: current.request.citizen.name,
      notification,
    });
    try {
      const repeatCallTo = current.repeatCallTo;
      if (current.phase === 'save') {
        if (repeatCallTo === undefined) await source.save(current.request);
        else await source.addRepeatCall(repeatCallTo.requestId, repeatCallOf(current.request));
        current = afterStored(current);
        put(current);
        for (const listener of storedListeners) listener(current.request.id);
      }
      try {
        const outcome =
          repeatCallTo === undefined
            ? await source.notify(current.request, current.notification)
            : await source.notifyRepeatCall(repeatCallTo.requestId, current.notification);
        drop(current.request.id, note(outcome));
      } catch (error) {
        const failure = toGraphRequestError(error);
        // A refusal (no such mailbox, no right to send) will not go away by waiting: the request is
        // stored and shows in the assignee's list, so drop the notification and say so.
        if (isPermanent(failure.status)) drop(current.request.id, note('failed'));
        else throw failure;
      }
    } catch (error) {
      const failure = toGraphRequestError(error);
      put(
        afterFailure(
          current,
          {
            status: failure.status,
            retryAfterSeconds: failure.retryAfterSeconds,
          },
          source.now().getTime(),
        ),
      );
    }
  };

  /** Sends one contact: one request; a failure waits its backoff (the undo minute is long over by then). */
  const tryContact = async (entry: ContactOutboxEntry): Promise<void> => {
    set({ working: entry.contact.id });
    try {
      await source.saveContact(entry.contact);
      dropContact(entry.contact.id);
      set({ storedContacts: [...state.storedContacts, entry] });
    } catch (error) {
      const failure = toGraphRequestError(error);
      putContact(
        contactAfterFailure(
          entry,
          { status: failure.status, retryAfterSeconds: failure.retryAfterSeconds },
          source.now().getTime(),
        ),
      );
    }
  };

  /** Works the due entries; only ever inside the lock, re-reading storage before each one. */
  const work = async (): Promise<void> => {
    if (retryAll) {
      retryAll = false;
      for (const entry of readOutbox(storage, userId))
        if (entry.nextTryAt !== null)
          writeOutboxEntry(storage, userId, { ...entry, nextTryAt: null });
    }
    for (;;) {
      refresh();
      const [next] = dueEntries(state.entries, source.now().getTime());
      if (next === undefined) break;
      await tryEntry(next);
    }
    for (;;) {
      refresh();
      const [next] = dueContacts(state.contacts, source.now().getTime());
      if (next === undefined) break;
      await tryContact(next);
    }
  };

  /** Without Web Locks: a lease in storage (best effort; saving is idempotent all the same). */
  const withLease = async (): Promise<void> => {
    type Lease = { tab: string; until: number };
    let lease: Lease | null;
    try {
      lease = JSON.parse(storage.getItem(leaseKey) ?? 'null') as Lease | null;
    } catch {
      lease = null;
    }
    const at = source.now().getTime();
    if (lease !== null && lease.tab !== tabId && lease.until > at) return;
    try {
      storage.setItem(leaseKey, JSON.stringify({ tab: tabId, until: at + LEASE_MS }));
      await work();
    } finally {
      try {
        storage.removeItem(leaseKey);
      } catch {
        // Blocked storage: the lease runs out by itself.
      }
    }
  };

  const run = async (): Promise<void> => {
    // Asked again while working (a new request, "Nu opnieuw proberen"): one more round afterwards.
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        if (locks === null) await withLease();
        else await locks.request(lockName, work);
      } while (again);
    } catch {
      // A lock that could not be had is tried again at the next wake-up.
    } finally {
      running = false;
      set({ working: null });
      refresh();
      schedule();
    }
  };

  if (typeof window !== 'undefined') {
    window.addEventListener('online', () => runner.retryNow());
    // Another tab added, stored or gave up a request: show it, and take it over when it is due
    // (the other tab may have closed).
    window.addEventListener('storage', (event) => {
      if (
        event.key !== null &&
        !event.key.startsWith(outboxStorageKey(userId)) &&
        !event.key.startsWith(contactOutboxPrefix(userId))
      )
        return;
      refresh();
      schedule();
    });
  }

  const runner: OutboxRunner = {
    enqueue: (entry) => {
      put(entry);
      void run();
    },
    retryNow: () => {
      retryAll = true;
      // A contact's undo minute stays: "try again now" is about failures, not about the agent's minute.
      for (const entry of state.contacts)
        if (entry.nextTryAt !== null) putContact({ ...entry, nextTryAt: null });
      set({ entries: state.entries.map((entry) => ({ ...entry, nextTryAt: null })) });
      void run();
    },
    enqueueContact: (entry) => {
      putContact(entry);
      schedule();
      if (contactSendAt(entry) <= source.now().getTime()) void run();
    },
    undoContact: (contactId) => {
      const entry = contactStore.read().find((known) => known.contact.id === contactId);
      if (
        entry === undefined ||
        state.working === contactId ||
        !contactUndoable(entry, source.now().getTime())
      )
        return 'tooLate';
      dropContact(contactId);
      schedule();
      return 'undone';
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot: () => state,
    onStored: (listener) => {
      storedListeners.add(listener);
      return () => storedListeners.delete(listener);
    },
  };
  // Whatever a previous session (or a closed tab) left behind is tried right away.
  if (state.entries.length > 0 || state.contacts.length > 0) queueMicrotask(() => void run());
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

/**
 * After a queued request is stored, the lists it may be in are read again (the assignee's own list, a team's),
 * once per runner and cache however many components show the outbox.
 */
const connected = new WeakMap<
  OutboxRunner,
  Map<QueryClient, { users: number; stop: () => void }>
>();

function connectToQueries(runner: OutboxRunner, queryClient: QueryClient): () => void {
  let perClient = connected.get(runner);
  if (perClient === undefined) {
    perClient = new Map();
    connected.set(runner, perClient);
  }
  const byClient = perClient;
  const known = byClient.get(queryClient);
  const link = known ?? {
    users: 0,
    stop: runner.onStored(() => {
      void queryClient.invalidateQueries({ queryKey: callbackQueryKeys.all });
    }),
  };
  link.users++;
  byClient.set(queryClient, link);
  return () => {
    link.users--;
    if (link.users === 0) {
      link.stop();
      byClient.delete(queryClient);
    }
  };
}

/** The outbox's state, live. */
export function useOutbox(source: CallbacksDataSource): {
  runner: OutboxRunner;
  state: OutboxSnapshot;
} {
  const runner = outboxRunnerFor(source);
  const queryClient = useQueryClient();
  useEffect(() => connectToQueries(runner, queryClient), [runner, queryClient]);
  const state = useSyncExternalStore(runner.subscribe, runner.snapshot, runner.snapshot);
  return { runner, state };
}
