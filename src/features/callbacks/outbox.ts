// The local outbox: requests the agent saved that are not yet stored (or whose assignee is not yet
// notified), kept in local storage so they survive closing the form and reloading, and retried with
// backoff. Pure functions; the runner (outbox-runner.ts) does the timing and the I/O.
import type { CallbackRequest } from '../../domain/callbacks';
import { attemptsFromJson, attemptsToJson } from '../../graph/callbacks';

/** Who to notify once stored: decided when the agent saved, so the runner needs no directory. */
export type OutboxNotification = {
  assignee: { id: string; mail: string | null } | null;
  madeByName: string;
  linkUrl: string | null;
};

export type OutboxEntry = {
  request: CallbackRequest;
  notification: OutboxNotification;
  /** 'save': not yet stored; 'notify': stored, the notification still has to go out. */
  phase: 'save' | 'notify';
  /** Failed tries in the current phase. */
  tries: number;
  /** When to try next (epoch ms); null: as soon as possible. */
  nextTryAt: number | null;
  /** What went wrong last, for the visible state (put into words there, in the user's language). */
  lastError: OutboxFailure | null;
  /**
   * Set when the agent chose "Toevoegen aan het open verzoek": instead of storing `request`, "inwoner belde opnieuw"
   * is added to the stored request with this RequestId, and its assignee notified. `request` is then the earlier
   * request as the agent saw it, under the id of this call (so a retry adds the call once, see repeat-call.ts).
   */
  repeatCallTo?: { requestId: string };
};

/** A failed try: the HTTP status (0: no response) and Graph's Retry-After. */
export type OutboxFailure = { status: number; retryAfterSeconds: number | null };

export const OUTBOX_FIRST_DELAY_MS = 2_000;
export const OUTBOX_MAX_DELAY_MS = 5 * 60_000;

/**
 * How long to wait after the `tries`-th failure: doubling from 2 s up to 5 minutes, never shorter
 * than the server's Retry-After.
 * @example retryDelayMs(1, null) // 2000
 * @example retryDelayMs(3, null) // 8000
 * @example retryDelayMs(1, 30) // 30000
 */
export function retryDelayMs(tries: number, retryAfterSeconds: number | null): number {
  const backoff = Math.min(
    OUTBOX_MAX_DELAY_MS,
    OUTBOX_FIRST_DELAY_MS * 2 ** Math.max(0, tries - 1),
  );
  return Math.max(backoff, (retryAfterSeconds ?? 0) * 1000);
}

/** A new entry for a request the agent just saved. */
export function outboxEntryFor(
  request: CallbackRequest,
  notification: OutboxNotification,
  repeatCallTo?: { requestId: string },
): OutboxEntry {
  const entry: OutboxEntry = {
    request,
    notification,
    phase: 'save',
    tries: 0,
    nextTryAt: null,
    lastError: null,
  };
  return repeatCallTo === undefined ? entry : { ...entry, repeatCallTo };
}

/** The entry after a failed try at `now`. */
export function afterFailure(entry: OutboxEntry, failure: OutboxFailure, now: number): OutboxEntry {
  const tries = entry.tries + 1;
  return {
    ...entry,
    tries,
    nextTryAt: now + retryDelayMs(tries, failure.retryAfterSeconds),
    lastError: { status: failure.status, retryAfterSeconds: failure.retryAfterSeconds },
  };
}

/** The entry once stored: on to notifying, fresh tries. */
export function afterStored(entry: OutboxEntry): OutboxEntry {
  return { ...entry, phase: 'notify', tries: 0, nextTryAt: null, lastError: null };
}

/** Entries whose turn has come at `now`, in the order they were saved. */
export function dueEntries(entries: readonly OutboxEntry[], now: number): OutboxEntry[] {
  return entries.filter((entry) => entry.nextTryAt === null || entry.nextTryAt <= now);
}

/** When the runner should look again: the earliest future try, or null. */
export function nextWakeUp(entries: readonly OutboxEntry[], now: number): number | null {
  const future = entries
    .map((entry) => entry.nextTryAt)
    .filter((at): at is number => at !== null && at > now);
  return future.length === 0 ? null : Math.min(...future);
}

/** Adds an entry; one with the same request id replaces the old (saving twice queues once). */
export function withEntry(entries: readonly OutboxEntry[], entry: OutboxEntry): OutboxEntry[] {
  return [...entries.filter((known) => known.request.id !== entry.request.id), entry];
}

export function withoutEntry(entries: readonly OutboxEntry[], requestId: string): OutboxEntry[] {
  return entries.filter((entry) => entry.request.id !== requestId);
}

/**
 * The storage key prefix of a user's outbox: one record per request (`<prefix><requestId>`), so two
 * tabs of one agent each write only the requests they change, never the other tab's.
 */
export function outboxStorageKey(userId: string): string {
  return `bereikbaar.callbacks.outbox.${userId}.`;
}

/** Where one request waits. */
export function outboxEntryKey(userId: string, requestId: string): string {
  return `${outboxStorageKey(userId)}${requestId}`;
}

/** The one key under which earlier versions kept the whole outbox (read once, then split up). */
const legacyOutboxKey = (userId: string): string => `bereikbaar.callbacks.outbox.${userId}`;

type StoredEntry = Omit<OutboxEntry, 'request'> & {
  request: Omit<CallbackRequest, 'attempts'> & { attempts: string | null };
};

function entryFrom(value: unknown): OutboxEntry | null {
  const entry = value as StoredEntry | null;
  if (
    entry === null ||
    typeof entry !== 'object' ||
    typeof entry.request?.id !== 'string' ||
    (entry.phase !== 'save' && entry.phase !== 'notify')
  )
    return null;
  if (entry.repeatCallTo !== undefined && typeof entry.repeatCallTo?.requestId !== 'string')
    return null;
  return {
    ...entry,
    request: { ...entry.request, attempts: attemptsFromJson(entry.request.attempts) },
    lastError: failureFrom(entry.lastError),
  };
}

/** A stored failure; older versions stored Graph's text, which is dropped (the next try records anew). */
function failureFrom(value: unknown): OutboxFailure | null {
  if (typeof value !== 'object' || value === null || !('status' in value)) return null;
  const { status } = value;
  const retryAfterSeconds = 'retryAfterSeconds' in value ? value.retryAfterSeconds : null;
  return typeof status === 'number'
    ? {
        status,
        retryAfterSeconds: typeof retryAfterSeconds === 'number' ? retryAfterSeconds : null,
      }
    : null;
}

function storedFrom(entry: OutboxEntry): StoredEntry {
  return {
    ...entry,
    request: { ...entry.request, attempts: attemptsToJson(entry.request.attempts) },
  };
}

function parse(raw: string | null): unknown {
  if (raw === null) return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}

/**
 * Reads the outbox, in the order the requests were made; unreadable entries are dropped, never
 * thrown. An outbox kept the old way (one key, a list) is split into records first.
 */
export function readOutbox(storage: Storage, userId: string): OutboxEntry[] {
  try {
    const legacy = parse(storage.getItem(legacyOutboxKey(userId)));
    if (Array.isArray(legacy)) {
      for (const entry of legacy.map(entryFrom))
        if (entry !== null) writeOutboxEntry(storage, userId, entry);
    }
    storage.removeItem(legacyOutboxKey(userId));
    const prefix = outboxStorageKey(userId);
    const keys: string[] = [];
    for (let index = 0; index < storage.length; index++) {
      const key = storage.key(index);
      if (key !== null && key.startsWith(prefix)) keys.push(key);
    }
    return keys
      .map((key) => entryFrom(parse(storage.getItem(key))))
      .filter((entry): entry is OutboxEntry => entry !== null)
      .sort(
        (a, b) =>
          a.request.madeAt - b.request.madeAt ||
          (a.request.id < b.request.id ? -1 : a.request.id > b.request.id ? 1 : 0),
      );
  } catch {
    return [];
  }
}

/** Writes one request's record (a new request has no attempts, but the shape is kept exact anyway). */
export function writeOutboxEntry(storage: Storage, userId: string, entry: OutboxEntry): void {
  try {
    storage.setItem(outboxEntryKey(userId, entry.request.id), JSON.stringify(storedFrom(entry)));
  } catch {
    // Storage full or blocked: the runner still holds the entry in memory for this session.
  }
}

/** Removes one request's record (stored and notified, or given up). */
export function removeOutboxEntry(storage: Storage, userId: string, requestId: string): void {
  try {
    storage.removeItem(outboxEntryKey(userId, requestId));
  } catch {
    // As in writeOutboxEntry.
  }
}
