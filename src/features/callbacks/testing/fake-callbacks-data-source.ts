// An in-memory callbacks data source for component tests: the domain's change functions on stored
// copies with versions as eTags, so conflicts, claims and counts behave as against the list.
import type { AvailabilitySignals, Substitute } from '../../../domain/availability';
import type { CallbackRequest } from '../../../domain/callbacks';
import {
  addRepeatCall,
  claimRequest,
  closeRequest,
  earlierRequestsOf,
  logAttempt,
  reassignRequest,
  repeatWindowStart,
} from '../../../domain/callbacks';
import type { Contact } from '../../../domain/contacts';
import type { PersonSummary } from '../../../domain/people';
import { instantFromEpochMs } from '../../../domain/time';
import { STATUTORY_CALENDAR } from '../../../domain/working-days';
import type { StoredCallback, UpdateOutcome } from '../../../graph/callbacks';
import { GraphRequestError } from '../../../graph/client';
import type { DirectorySnapshot, TeamSummary } from '../../../graph/people/people-directory';
import type { CallbacksDataSource, NotifyOutcome } from '../api/callbacks-data-source';

export type FakeCallbacks = {
  source: CallbacksDataSource;
  /** What is stored, by item id. */
  items: Map<string, StoredCallback>;
  saved: CallbackRequest[];
  /** Contacts stored, each once (a second save of the same id is not added). */
  contacts: Contact[];
  notified: CallbackRequest[];
  /** Requests whose assignee was told the citizen called again, in order. */
  repeatNotified: CallbackRequest[];
  /** The keys each lookup of earlier requests asked for. */
  lookups: Array<{ phone: string | null; email: string | null }>;
  /** Reassigned requests whose new assignee was notified, in order. */
  reassignNotified: CallbackRequest[];
  /** Makes the next `n` reassignment notifications fail (the reassignment itself is stored). */
  failNextReassignNotifications: (n: number) => void;
  /** Makes the next `n` saves fail with this HTTP status. */
  failNextSaves: (n: number, status: number) => void;
  /** How many times `listMine` was asked. */
  listMineCalls: () => number;
  /** Makes the next `n` `listMine` calls fail with this HTTP status (one query behind it refused). */
  failNextListMine: (n: number, status: number) => void;
  /** Holds the directory back (a slow network) until the returned function is called. */
  holdDirectory: () => () => void;
  /** Changes a stored request behind the screen's back (another user, `by`, now), bumping its eTag. */
  changeBehindTheScenes: (
    itemId: string,
    change: (request: CallbackRequest) => CallbackRequest,
    by?: { id: string; name: string },
  ) => void;
};

export const person = (id: string, displayName: string, team: string | null): PersonSummary => ({
  id,
  displayName,
  givenName: displayName.split(' ')[0] ?? null,
  surname: displayName.split(' ').slice(1).join(' ') || null,
  jobTitle: null,
  department: null,
  team,
  mail: `${id}@lindeburg.example`,
  phones: [],
  topics: [],
});

export const team = (name: string, memberIds: string[], leaderId: string | null): TeamSummary => ({
  name,
  department: null,
  leaderId,
  generalMailbox: `${name.toLowerCase()}@lindeburg.example`,
  topics: [],
  memberIds,
});

export function createFakeCallbacks(options: {
  me: { id: string; displayName: string };
  now: Date;
  people: PersonSummary[];
  teams: TeamSummary[];
  /** A registered absence from now on, without end, with this callback substitute. */
  substitutes?: Record<string, Substitute>;
  /** A colleague's full availability signals (wins over `substitutes`). */
  signals?: Record<string, AvailabilitySignals>;
  stored?: CallbackRequest[];
  storage?: Storage;
  /** Who is absent now (ids). */
  absent?: string[];
  /** How notifications go out; 'emailedInstead' plays a Teams activity refused for the assignee. */
  notifyOutcome?: NotifyOutcome;
}): FakeCallbacks {
  const items = new Map<string, StoredCallback>();
  let nextId = 1;
  let version = 1;
  const put = (request: CallbackRequest): StoredCallback => {
    const existing = [...items.values()].find((item) => item.request.id === request.id);
    const itemId = existing?.itemId ?? String(nextId++);
    const stored: StoredCallback = { request, itemId, eTag: `"v${version++}"`, redactedAt: null };
    items.set(itemId, stored);
    return stored;
  };
  for (const request of options.stored ?? []) put(request);
  const saved: CallbackRequest[] = [];
  const contacts: Contact[] = [];
  const notified: CallbackRequest[] = [];
  const repeatNotified: CallbackRequest[] = [];
  const lookups: FakeCallbacks['lookups'] = [];
  const byRequestId = (id: string) => [...items.values()].find((item) => item.request.id === id);
  const reassignNotified: CallbackRequest[] = [];
  let notificationFailures = 0;
  let failures = { left: 0, status: 503 };
  let listMineFailures = { left: 0, status: 503 };
  let listMineCalls = 0;
  let directoryHeld: Promise<void> | null = null;
  const snapshot: DirectorySnapshot = {
    people: options.people,
    teams: options.teams,
    deltaLink: null,
    syncedAt: options.now.toISOString(),
  };
  const update = (
    callback: StoredCallback,
    change: (request: CallbackRequest) => CallbackRequest,
  ): Promise<UpdateOutcome> => {
    const current = items.get(callback.itemId) ?? null;
    if (current === null || current.eTag !== callback.eTag)
      return Promise.resolve({ outcome: 'conflict', current });
    return Promise.resolve({ outcome: 'saved', callback: put(change(current.request)) });
  };
  const now = () => options.now;
  const source: CallbacksDataSource = {
    me: options.me,
    now,
    calendar: STATUTORY_CALENDAR,
    storage: options.storage ?? window.localStorage,
    myCallbacksUrl: null,
    loadDirectory: () => (directoryHeld ?? Promise.resolve()).then(() => snapshot),
    loadCachedDirectory: () => Promise.resolve(null),
    syncDirectory: () => (directoryHeld ?? Promise.resolve()).then(() => snapshot),
    availabilitySignalsOf: (who) => {
      const known = options.signals?.[who.id];
      if (known !== undefined) return Promise.resolve(known);
      const substitute = options.substitutes?.[who.id];
      if (substitute === undefined) return Promise.resolve(null);
      return Promise.resolve({
        personId: who.id,
        calendar: null,
        workingHours: null,
        presence: null,
        automaticReplies: null,
        registeredAbsences: [
          {
            id: `absence-${who.id}`,
            personId: who.id,
            from: instantFromEpochMs(options.now.getTime()),
            expectedUntil: 'unknown',
            substituteForCallbacks: substitute,
          },
        ],
      });
    },
    absentNow: (who) =>
      Promise.resolve(
        new Set(who.map((one) => one.id).filter((id) => options.absent?.includes(id) ?? false)),
      ),
    saveContact: (contact) => {
      if (failures.left > 0) {
        failures.left--;
        return Promise.reject(
          new GraphRequestError(failures.status, 'injected', 'Injected failure', null, 0),
        );
      }
      if (!contacts.some((known) => known.id === contact.id)) contacts.push(contact);
      return Promise.resolve();
    },
    save: (request) => {
      if (failures.left > 0) {
        failures.left--;
        return Promise.reject(
          new GraphRequestError(failures.status, 'injected', 'Injected failure', null, 0),
        );
      }
      if (![...items.values()].some((item) => item.request.id === request.id)) put(request);
      saved.push(request);
      return Promise.resolve();
    },
    notify: (request) => {
      notified.push(request);
      return Promise.resolve(options.notifyOutcome ?? 'sent');
    },
    listMine: (myTeam) => {
      listMineCalls++;
      if (listMineFailures.left > 0) {
        listMineFailures.left--;
        return Promise.reject(
          new GraphRequestError(listMineFailures.status, 'injected', 'Injected failure', null, 0),
        );
      }
      return Promise.resolve(
        [...items.values()].filter(
          ({ request }) =>
            request.status === 'open' &&
            (request.assignedToPersonId === options.me.id ||
              (request.assignedToPersonId === null &&
                request.assignedToTeam === myTeam &&
                (request.claimedById === null || request.claimedById === options.me.id))),
        ),
      );
    },
    listTeam: (name) =>
      Promise.resolve([...items.values()].filter(({ request }) => request.assignedToTeam === name)),
    claim: async (callback) => {
      const result = await update(callback, (request) => claimRequest(request, options.me.id));
      return result.outcome === 'saved'
        ? { outcome: 'claimed', callback: result.callback }
        : { outcome: 'taken', current: result.current };
    },
    logAttempt: (callback, attempt) => update(callback, (request) => logAttempt(request, attempt)),
    close: (callback, closing) =>
      update(callback, (request) =>
        closeRequest(request, closing, instantFromEpochMs(now().getTime()), options.me.id),
      ),
    reassign: async (callback, to) => {
      const result = await update(callback, (request) => reassignRequest(request, to));
      if (result.outcome === 'conflict') return result;
      if (notificationFailures > 0) {
        notificationFailures--;
        return { ...result, notification: 'failed' };
      }
      reassignNotified.push(result.callback.request);
      return { ...result, notification: options.notifyOutcome ?? 'sent' };
    },
    redactExpired: () => Promise.resolve(0),
    findEarlier: (keys) => {
      lookups.push(keys);
      const start = repeatWindowStart(instantFromEpochMs(now().getTime()), STATUTORY_CALENDAR);
      const all = [...items.values()];
      const shown = earlierRequestsOf(
        all.map((item) => item.request),
        keys,
        start,
      );
      return Promise.resolve(
        shown.flatMap((request) => all.filter((item) => item.request === request)),
      );
    },
    addRepeatCall: (requestId, call) => {
      const target = byRequestId(requestId);
      if (target !== undefined) put(addRepeatCall(target.request, call));
      return Promise.resolve();
    },
    notifyRepeatCall: (requestId) => {
      const target = byRequestId(requestId);
      if (target === undefined)
        return Promise.reject(new GraphRequestError(404, 'itemNotFound', 'Gone', null, null));
      repeatNotified.push(target.request);
      return Promise.resolve(options.notifyOutcome ?? 'sent');
    },
  };
  return {
    source,
    items,
    saved,
    contacts,
    notified,
    repeatNotified,
    lookups,
    reassignNotified,
    failNextReassignNotifications: (n) => {
      notificationFailures = n;
    },
    listMineCalls: () => listMineCalls,
    failNextListMine: (n, status) => {
      listMineFailures = { left: n, status };
    },
    holdDirectory: () => {
      let release = () => undefined as void;
      directoryHeld = new Promise<void>((resolve) => {
        release = () => {
          directoryHeld = null;
          resolve();
        };
      });
      return release;
    },
    failNextSaves: (n, status) => {
      failures = { left: n, status };
    },
    changeBehindTheScenes: (itemId, change, by) => {
      const current = items.get(itemId);
      if (!current) return;
      const changed = put(change(current.request));
      if (by !== undefined)
        changed.lastChange = {
          byId: by.id,
          byName: by.name,
          at: instantFromEpochMs(options.now.getTime()),
        };
    },
  };
}
