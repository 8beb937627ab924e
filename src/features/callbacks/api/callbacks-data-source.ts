// What the callback screens need from outside, as one seam: Graph in production
// (graph-callbacks-data-source.ts), an in-memory fake in component tests.
import { createContext, useContext } from 'react';
import type { Substitute } from '../../../domain/availability';
import type { CallbackAttempt, CallbackClosing, CallbackRequest } from '../../../domain/callbacks';
import type { PersonSummary } from '../../../domain/people';
import type { WorkingDayCalendar } from '../../../domain/working-days';
import type {
  ClaimOutcome,
  ReassignTarget,
  StoredCallback,
  UpdateOutcome,
} from '../../../graph/callbacks';
import type { DirectorySnapshot } from '../../../graph/people/people-directory';
import type { OutboxNotification } from '../outbox';

/**
 * A reassignment's result: saved, and whether the new assignee (or the team mailbox) was told —
 * 'unchanged' when the request went to whom it already belonged; or a conflict (412) with the
 * request as it is now.
 */
export type ReassignOutcome =
  | {
      outcome: 'saved';
      callback: StoredCallback;
      notification: 'sent' | 'failed' | 'unchanged';
    }
  | { outcome: 'conflict'; current: StoredCallback | null };

/** How a notification went out: as configured, or by e-mail because the Teams activity was refused. */
export type NotifyOutcome = 'sent' | 'emailedInstead';

export type CallbacksDataSource = {
  /** The signed-in user. */
  me: { id: string; displayName: string };
  now: () => Date;
  calendar: WorkingDayCalendar;
  /** Local storage for the draft and the outbox. */
  storage: Storage;
  /** Where an assignee opens their list, for notifications; null when unknown. */
  myCallbacksUrl: string | null;
  /** The directory (device cache first, then synced). */
  loadDirectory: () => Promise<DirectorySnapshot>;
  /** The callback substitute of a person who is absent now by a registered absence, or null. */
  callbackSubstituteOf: (person: PersonSummary) => Promise<Substitute | null>;
  /** Stores a request (idempotent by its id). Throws on failure. */
  save: (request: CallbackRequest) => Promise<void>;
  /**
   * Notifies the assignee or team mailbox. Throws on failure. 'emailedInstead': a Teams activity was meant but
   * could not be delivered (the app is not installed for the person), so an e-mail went out; the agent is told.
   */
  notify: (request: CallbackRequest, notification: OutboxNotification) => Promise<NotifyOutcome>;
  /** Open requests assigned to me or claimed by me, and my team's unclaimed ones. */
  listMine: (team: string | null) => Promise<StoredCallback[]>;
  /** All requests of a team (open, and closed in the last weeks). */
  listTeam: (team: string) => Promise<StoredCallback[]>;
  claim: (callback: StoredCallback) => Promise<ClaimOutcome>;
  logAttempt: (callback: StoredCallback, attempt: CallbackAttempt) => Promise<UpdateOutcome>;
  close: (callback: StoredCallback, closing: CallbackClosing) => Promise<UpdateOutcome>;
  /** Gives a request to someone else (eTag-guarded) and notifies the new assignee like a new request. */
  reassign: (callback: StoredCallback, to: ReassignTarget) => Promise<ReassignOutcome>;
  /** Retention: removes personal data of requests closed longer ago than configured. */
  redactExpired: () => Promise<number>;
};

const CallbacksDataSourceContext = createContext<CallbacksDataSource | null>(null);

/** Provides the data source to the callback screens. */
export const CallbacksDataSourceProvider = CallbacksDataSourceContext.Provider;

export function useCallbacksDataSource(): CallbacksDataSource {
  const source = useContext(CallbacksDataSourceContext);
  if (source === null)
    throw new Error('useCallbacksDataSource() needs a <CallbacksDataSourceProvider> above it');
  return source;
}
