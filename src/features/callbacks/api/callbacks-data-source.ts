// What the callback screens need from outside, as one seam: Graph in production
// (graph-callbacks-data-source.ts), an in-memory fake in component tests.
import { createContext, useContext } from 'react';
import type { AvailabilitySignals } from '../../../domain/availability';
import type {
  CallbackAttempt,
  CallbackClosing,
  CallbackRepeatCall,
  CallbackRequest,
  CitizenContactKeys,
} from '../../../domain/callbacks';
import type { Contact } from '../../../domain/contacts';
import type { PersonSummary } from '../../../domain/people';
import type { WorkingDayCalendar } from '../../../domain/working-days';
import type {
  ClaimOutcome,
  ReassignTarget,
  StoredCallback,
  UpdateOutcome,
} from '../../../graph/callbacks';
import type { DirectorySnapshot, DirectorySource } from '../../../graph/people';
import type { NotificationResult } from '../../../notifications';
import type { OutboxNotification } from '../outbox';

/** How a notification went out: as configured, or by e-mail because the Teams activity was refused. */
export type NotifyOutcome = 'sent' | 'emailedInstead';

/**
 * How a sent notification went out, as the screens tell it; null when nobody could be told.
 * @example notifyOutcomeOf({ sent: 'email', to: 'anna@…', afterActivityFailed: 'yes' }) // 'emailedInstead'
 */
export function notifyOutcomeOf(result: NotificationResult): NotifyOutcome | null {
  if (result.sent === 'nobody') return null;
  return result.sent === 'email' && result.afterActivityFailed === 'yes'
    ? 'emailedInstead'
    : 'sent';
}

/**
 * A reassignment's result: saved, and whether the new assignee (or the team mailbox) was told — as configured, by
 * e-mail instead of a refused Teams activity ('emailedInstead'), not at all ('failed'), or 'unchanged' when the
 * request went to whom it already belonged; or a conflict (412) with the request as it is now.
 */
export type ReassignOutcome =
  | {
      outcome: 'saved';
      callback: StoredCallback;
      notification: NotifyOutcome | 'failed' | 'unchanged';
    }
  | { outcome: 'conflict'; current: StoredCallback | null };

/** The directory's two reads (device copy, sync) are the one directory query every feature shares. */
export type CallbacksDataSource = DirectorySource & {
  /** The signed-in user. */
  me: { id: string; displayName: string };
  now: () => Date;
  calendar: WorkingDayCalendar;
  /** Local storage for the draft and the outbox. */
  storage: Storage;
  /** Where an assignee opens their list, for notifications; null when unknown. */
  myCallbacksUrl: string | null;
  /** The directory outside a component (a notification's recipients): synced, else the device's copy. */
  loadDirectory: () => Promise<DirectorySnapshot>;
  /**
   * A colleague's availability signals (absences, calendar, automatic replies, working hours), to
   * decide who can call back before the due moment; null when they cannot be read.
   */
  availabilitySignalsOf: (person: PersonSummary) => Promise<AvailabilitySignals | null>;
  /**
   * Of these people, who is absent now (a registered absence, out of office, automatic replies;
   * not merely outside working hours): to mark them where a request can be given to them.
   */
  absentNow: (people: readonly PersonSummary[]) => Promise<ReadonlySet<string>>;
  /** Stores a call's outcome (idempotent by its id; one request). Throws on failure. */
  saveContact: (contact: Contact) => Promise<void>;
  /** Stores a request (idempotent by its id). Throws on failure. */
  save: (request: CallbackRequest) => Promise<void>;
  /**
   * Notifies the assignee or team mailbox. Throws on failure. 'emailedInstead': a Teams activity was meant but
   * could not be delivered (the app is not installed for the person), so an e-mail went out; the agent is told.
   */
  notify: (request: CallbackRequest, notification: OutboxNotification) => Promise<NotifyOutcome>;
  /**
   * Open requests assigned to me or claimed by me, and my team's unclaimed ones: all of them, or it
   * throws (a {@link MyCallbacksLoadError} naming what failed); never a part of the list.
   */
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
  /**
   * Repeat callers: the open requests, and those closed in the last 10 working days, of the citizen with exactly
   * these normalised keys (never a partial match); open first.
   */
  findEarlier: (keys: CitizenContactKeys) => Promise<StoredCallback[]>;
  /**
   * Adds "inwoner belde opnieuw" to the stored request with this RequestId (idempotent by the call's id; nothing
   * when the request is gone). Throws on failure.
   */
  addRepeatCall: (requestId: string, call: CallbackRepeatCall) => Promise<void>;
  /**
   * Tells the assignee of the request with this RequestId (or its team mailbox) that the citizen called again.
   * Throws on failure; a 404 GraphRequestError when the request is gone.
   */
  notifyRepeatCall: (requestId: string, notification: OutboxNotification) => Promise<NotifyOutcome>;
};

/** How far back (days) the team view shows closed requests; the "Afgehandeld" tab says so. */
export const CLOSED_SHOWN_DAYS = 28;

/** The queries behind "Mijn terugbelverzoeken": assigned to me (or claimed), and my team's queue. */
export type MyCallbacksPart = 'assigned' | 'teamQueue';

/** `listMine` failed: which of its queries did not answer (`cause`: the first failure). */
export class MyCallbacksLoadError extends Error {
  constructor(
    readonly parts: readonly MyCallbacksPart[],
    override readonly cause: unknown,
  ) {
    super(`Could not load: ${parts.join(', ')}`);
    this.name = 'MyCallbacksLoadError';
  }
}

const CallbacksDataSourceContext = createContext<CallbacksDataSource | null>(null);

/** Provides the data source to the callback screens. */
export const CallbacksDataSourceProvider = CallbacksDataSourceContext.Provider;

export function useCallbacksDataSource(): CallbacksDataSource {
  const source = useContext(CallbacksDataSourceContext);
  if (source === null)
    throw new Error('useCallbacksDataSource() needs a <CallbacksDataSourceProvider> above it');
  return source;
}
