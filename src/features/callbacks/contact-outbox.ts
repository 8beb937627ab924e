// Contacts (call outcomes) waiting in the outbox: kept in local storage, one record per contact, beside the callback
// requests. Each waits its undo minute first (so a wrong click costs no request at all), then is sent once and
// retried with the same backoff as a callback request. Pure functions; the runner does the timing and the I/O.
import type { Contact } from '../../domain/contacts';
import { CONTACT_UNDO_MS, contactOutcomeFrom } from '../../domain/contacts';
import type { OutboxFailure } from './outbox';
import { retryDelayMs } from './outbox';

export type ContactOutboxEntry = {
  contact: Contact;
  /** Whom the call was for, as the agent saw it (a colleague's or team's name), for the visible state only. */
  label: string;
  /** Not sent before this moment (epoch ms): until then the agent can undo it. */
  holdUntil: number;
  tries: number;
  nextTryAt: number | null;
  lastError: OutboxFailure | null;
};

/** A new entry for an outcome just recorded: held for the undo minute. */
export function contactEntryFor(contact: Contact, label: string): ContactOutboxEntry {
  return {
    contact,
    label,
    holdUntil: contact.recordedAt + CONTACT_UNDO_MS,
    tries: 0,
    nextTryAt: null,
    lastError: null,
  };
}

/** The moment an entry may be sent: after its undo minute and after its backoff. */
export const contactSendAt = (entry: ContactOutboxEntry): number =>
  Math.max(entry.holdUntil, entry.nextTryAt ?? 0);

/** Whether the agent can still undo it at `now` (it is not sent before its undo minute is over). */
export const contactUndoable = (entry: ContactOutboxEntry, now: number): boolean =>
  now < entry.holdUntil;

/** The entry after a failed try at `now`. */
export function contactAfterFailure(
  entry: ContactOutboxEntry,
  failure: OutboxFailure,
  now: number,
): ContactOutboxEntry {
  const tries = entry.tries + 1;
  return {
    ...entry,
    tries,
    nextTryAt: now + retryDelayMs(tries, failure.retryAfterSeconds),
    lastError: failure,
  };
}

/** Entries whose turn has come at `now`, oldest first. */
export const dueContacts = (entries: readonly ContactOutboxEntry[], now: number) =>
  entries.filter((entry) => contactSendAt(entry) <= now);

/** The storage key prefix of a user's waiting contacts (`<prefix><contactId>`). */
export function contactOutboxPrefix(userId: string): string {
  return `bereikbaar.contacts.outbox.${userId}.`;
}

function entryFrom(value: unknown): ContactOutboxEntry | null {
  if (typeof value !== 'object' || value === null) return null;
  const entry = value as Partial<ContactOutboxEntry>;
  const contact = entry.contact;
  if (
    typeof contact?.id !== 'string' ||
    typeof contact.recordedAt !== 'number' ||
    typeof contact.agentId !== 'string' ||
    contactOutcomeFrom(contact.outcome) === null ||
    typeof entry.holdUntil !== 'number'
  )
    return null;
  return {
    contact: { ...contact },
    label: typeof entry.label === 'string' ? entry.label : '',
    holdUntil: entry.holdUntil,
    tries: typeof entry.tries === 'number' ? entry.tries : 0,
    nextTryAt: typeof entry.nextTryAt === 'number' ? entry.nextTryAt : null,
    lastError:
      typeof entry.lastError?.status === 'number'
        ? {
            status: entry.lastError.status,
            retryAfterSeconds:
              typeof entry.lastError.retryAfterSeconds === 'number'
                ? entry.lastError.retryAfterSeconds
                : null,
          }
        : null,
  };
}

/** The waiting contacts, oldest first; unreadable records are dropped, never thrown. */
export function readContactOutbox(storage: Storage, userId: string): ContactOutboxEntry[] {
  try {
    const prefix = contactOutboxPrefix(userId);
    const entries: ContactOutboxEntry[] = [];
    for (let index = 0; index < storage.length; index++) {
      const key = storage.key(index);
      if (key === null || !key.startsWith(prefix)) continue;
      let parsed: unknown = null;
      try {
        parsed = JSON.parse(storage.getItem(key) ?? 'null');
      } catch {
        parsed = null;
      }
      const entry = entryFrom(parsed);
      if (entry !== null) entries.push(entry);
    }
    return entries.sort(
      (a, b) =>
        a.contact.recordedAt - b.contact.recordedAt ||
        (a.contact.id < b.contact.id ? -1 : a.contact.id > b.contact.id ? 1 : 0),
    );
  } catch {
    return [];
  }
}

export function writeContactEntry(storage: Storage, userId: string, entry: ContactOutboxEntry) {
  try {
    storage.setItem(`${contactOutboxPrefix(userId)}${entry.contact.id}`, JSON.stringify(entry));
  } catch {
    // Storage full or blocked: the runner still holds the entry in memory for this session.
  }
}

export function removeContactEntry(storage: Storage, userId: string, contactId: string) {
  try {
    storage.removeItem(`${contactOutboxPrefix(userId)}${contactId}`);
  } catch {
    // As in writeContactEntry.
  }
}

/**
 * The waiting contacts of a user: storage is the truth (other tabs add and remove records); a contact whose record
 * storage could not keep (full, blocked) stays in this tab's memory for the session. Each change returns the list.
 */
export function createContactStore(storage: Storage, userId: string) {
  const unstored = new Map<string, ContactOutboxEntry>();
  const withMemory = (read: ContactOutboxEntry[]): ContactOutboxEntry[] => [
    ...read,
    ...[...unstored.values()].filter(
      (entry) => !read.some((known) => known.contact.id === entry.contact.id),
    ),
  ];
  return {
    read: () => withMemory(readContactOutbox(storage, userId)),
    put: (entry: ContactOutboxEntry) => {
      writeContactEntry(storage, userId, entry);
      const read = readContactOutbox(storage, userId);
      if (read.some((known) => known.contact.id === entry.contact.id))
        unstored.delete(entry.contact.id);
      else unstored.set(entry.contact.id, entry);
      return withMemory(read);
    },
    drop: (contactId: string) => {
      removeContactEntry(storage, userId, contactId);
      unstored.delete(contactId);
      return withMemory(readContactOutbox(storage, userId));
    },
  };
}
