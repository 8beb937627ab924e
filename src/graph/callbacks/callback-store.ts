// Callback requests in the SharePoint list: idempotent save, the lists the screens need (filters on
// indexed columns only, every page followed), and changes guarded by eTags (If-Match; 412 → reload).
// Every query starts with an indexed clause that matches a bounded set (one request id, one person's or one team's
// open requests, one month of closings, the retention backlog), never the list's whole history: SharePoint refuses a
// query whose first indexed column matches more than 5,000 items (listViewThreshold), and the list grows for years.
// Scopes: Sites.ReadWrite.All (or Sites.Selected with write on the site).
import type { Client } from '@microsoft/microsoft-graph-client';
import type { ListItem } from '@microsoft/microsoft-graph-types';
import { callbacksList } from '../../../schema/lists';
import type { CallbackAttempt, CallbackClosing, CallbackRequest } from '../../domain/callbacks';
import {
  claimRequest,
  closeRequest,
  isPastRetention,
  logAttempt,
  reassignRequest,
  redactPersonalData,
} from '../../domain/callbacks';
import { instantFromEpochMs } from '../../domain/time';
import type { Instant } from '../../domain/time';
import { toGraphRequestError } from '../client';
import {
  dateRangeFilter,
  dateWindows,
  fieldsForListItem,
  listRecords,
  odataDateTime,
  odataString,
  recordFromListItem,
  siteSegment,
} from '../lists';
import type { SiteLocator } from '../lists';
import { changedFields, fieldsForCallback, storedCallbackFrom } from './callback-mapping';
import { notifyReassignedCallback } from './callback-notifications';
import type { ReassignNotice } from './callback-notifications';
import type { StoredCallback } from './callback-mapping';

const itemsPath = (site: SiteLocator): string =>
  `${siteSegment(site)}/lists/${encodeURIComponent(callbacksList.name)}/items`;

const selectedFields = callbacksList.columns.map((column) => column.name).join(',');

function storedFromItem(item: ListItem): StoredCallback | null {
  const record = recordFromListItem(callbacksList, item);
  return record === null ? null : storedCallbackFrom(record);
}

async function queryCallbacks(
  client: Client,
  site: SiteLocator,
  filter: string,
): Promise<StoredCallback[]> {
  const records = await listRecords(client, site, callbacksList, { filter });
  return records.map(storedCallbackFrom);
}

/**
 * The stored request with this client-generated id, or null.
 * @example await findCallbackByRequestId(client, site, '0b7c…') // { request, itemId: '12', eTag: '"…,1"', redactedAt: null }
 */
export async function findCallbackByRequestId(
  client: Client,
  site: SiteLocator,
  requestId: string,
): Promise<StoredCallback | null> {
  const found = await queryCallbacks(client, site, `fields/RequestId eq ${odataString(requestId)}`);
  return found[0] ?? null;
}

/** One stored request by its item id, fresh from the list (after a 412), or null when it is gone. */
export async function getCallback(
  client: Client,
  site: SiteLocator,
  itemId: string,
): Promise<StoredCallback | null> {
  try {
    const item = (await client
      .api(
        `${itemsPath(site)}/${encodeURIComponent(itemId)}?$expand=fields($select=${selectedFields})`,
      )
      .get()) as ListItem;
    return storedFromItem(item);
  } catch (error) {
    if (toGraphRequestError(error).status === 404) return null;
    throw error;
  }
}

export type SaveOutcome = { outcome: 'created' | 'existing'; callback: StoredCallback };

/**
 * Saves a new request idempotently: looks its client-generated id up first and creates it only when
 * it is not there, so a retry after a lost answer (timeout, 503 after the write) never duplicates it.
 * Two saves of the same draft at the very same moment cannot both create: RequestId is unique in the list
 * (enforceUniqueValues), so the second gets 409 and finds the first.
 * @example (await saveCallbackRequest(client, site, request)).outcome // 'created', then 'existing' on a retry
 */
export async function saveCallbackRequest(
  client: Client,
  site: SiteLocator,
  request: CallbackRequest,
): Promise<SaveOutcome> {
  const existing = await findCallbackByRequestId(client, site, request.id);
  if (existing !== null) return { outcome: 'existing', callback: existing };
  let created: ListItem;
  try {
    created = (await client.api(itemsPath(site)).post({
      fields: fieldsForListItem(callbacksList, fieldsForCallback(request)),
    })) as ListItem;
  } catch (error) {
    // The answer may be lost after SharePoint stored it (no answer, 5xx), or another try stored it first (409:
    // RequestId is unique in the list). Look once more; if it is there, it is saved. Otherwise the error goes to
    // the outbox, which tries again later — looking it up first, never re-sending blindly.
    const failure = toGraphRequestError(error);
    if (failure.status === 0 || failure.status === 409 || failure.status >= 500) {
      const stored = await findCallbackByRequestId(client, site, request.id).catch(() => null);
      // 409: another save of this request stored it; after a lost answer it was this one.
      if (stored !== null)
        return { outcome: failure.status === 409 ? 'existing' : 'created', callback: stored };
    }
    throw error;
  }
  const callback = storedFromItem(created);
  if (callback === null) throw new Error('The list did not return the saved callback request.');
  return { outcome: 'created', callback };
}

/**
 * Open requests assigned to a person (the employee's own list). OpenAssigneeId holds the assignee only while a
 * request is open, so the query matches that person's open requests, not every request they ever had.
 */
export function listOpenCallbacksFor(
  client: Client,
  site: SiteLocator,
  personId: string,
): Promise<StoredCallback[]> {
  return queryCallbacks(client, site, `fields/OpenAssigneeId eq ${odataString(personId)}`);
}

/** The team's open requests without an assignee (the team mailbox's): OpenTeam is set only while open. */
function queryOpenTeamMailbox(
  client: Client,
  site: SiteLocator,
  team: string,
): Promise<StoredCallback[]> {
  return queryCallbacks(
    client,
    site,
    `fields/OpenTeam eq ${odataString(team)} and fields/AssignedToId eq null`,
  );
}

/**
 * Open team requests nobody has been assigned or has claimed yet (a team mailbox request). The claim
 * column is not indexed, so that last part is filtered here.
 */
export async function listUnclaimedTeamCallbacks(
  client: Client,
  site: SiteLocator,
  team: string,
): Promise<StoredCallback[]> {
  const open = await queryOpenTeamMailbox(client, site, team);
  return open.filter((callback) => callback.request.claimedById === null);
}

/** Open team requests claimed by a person (they belong in that person's own list). */
export async function listTeamCallbacksClaimedBy(
  client: Client,
  site: SiteLocator,
  team: string,
  personId: string,
): Promise<StoredCallback[]> {
  const open = await queryOpenTeamMailbox(client, site, team);
  return open.filter((callback) => callback.request.claimedById === personId);
}

/**
 * Every request of a team (team leader and coordinator): open ones, and those closed from `closedSince` until `now`
 * (so the "done" tab does not grow without end). The open ones by OpenTeam (set only while open); the closed ones a
 * month of ClosedAt at a time, the team filtered within that range. Every page.
 * @example await listTeamCallbacks(client, site, 'Burgerzaken', now - 28 * DAY_MS, now)
 */
export async function listTeamCallbacks(
  client: Client,
  site: SiteLocator,
  team: string,
  closedSince: Instant,
  now: Instant,
): Promise<StoredCallback[]> {
  // A minute past now: a request closed while this runs is not lost between two reads.
  const readClosed = async (): Promise<StoredCallback[]> => {
    const closed: StoredCallback[] = [];
    for (const window of dateWindows(closedSince, now + 60_000))
      closed.push(
        ...(await queryCallbacks(
          client,
          site,
          `${dateRangeFilter('ClosedAt', window)} and fields/AssignedTeam eq ${odataString(team)}`,
        )),
      );
    return closed;
  };
  const [open, closed] = await Promise.all([
    queryCallbacks(client, site, `fields/OpenTeam eq ${odataString(team)}`),
    readClosed(),
  ]);
  return [...open, ...closed];
}

export type UpdateOutcome =
  | { outcome: 'saved'; callback: StoredCallback }
  /** Someone changed the request first (412); `current` is the request as it is now (null: deleted). */
  | { outcome: 'conflict'; current: StoredCallback | null };

/**
 * Writes a change to a stored request, guarded by its eTag. Only the changed columns are sent. On 412
 * the request is read again and returned as the conflict's `current`; nothing is overwritten.
 */
export async function updateCallback(
  client: Client,
  site: SiteLocator,
  stored: StoredCallback,
  change: (request: CallbackRequest) => CallbackRequest,
  redactedAt: Instant | null = stored.redactedAt,
): Promise<UpdateOutcome> {
  const next = change(stored.request);
  const changes = fieldsForListItem(
    callbacksList,
    changedFields(stored.request, next, stored.redactedAt, redactedAt),
  );
  if (Object.keys(changes).length === 0) return { outcome: 'saved', callback: stored };
  try {
    const fields = (await client
      .api(`${itemsPath(site)}/${encodeURIComponent(stored.itemId)}/fields`)
      .headers(stored.eTag === null ? {} : { 'If-Match': stored.eTag })
      .patch(changes)) as Record<string, unknown>;
    const eTag = typeof fields['@odata.etag'] === 'string' ? fields['@odata.etag'] : null;
    const saved = storedFromItem({ id: stored.itemId, eTag: eTag ?? undefined, fields });
    return {
      outcome: 'saved',
      callback: saved ?? { ...stored, request: next, eTag, redactedAt },
    };
  } catch (error) {
    if (toGraphRequestError(error).status !== 412) throw error;
    return { outcome: 'conflict', current: await getCallback(client, site, stored.itemId) };
  }
}

export type ClaimOutcome =
  | { outcome: 'claimed'; callback: StoredCallback }
  /** Someone else claimed it first (their id in `current.request.claimedById`), or it was closed or reassigned. */
  | { outcome: 'taken'; current: StoredCallback | null };

/**
 * Takes a team request on. Two people claiming at once: the first PATCH wins, the second gets 412,
 * reads the request again and learns who has it. A 412 caused by another change (an attempt, say)
 * while nobody claimed it is retried once with the fresh eTag.
 */
export async function claimCallback(
  client: Client,
  site: SiteLocator,
  stored: StoredCallback,
  personId: string,
): Promise<ClaimOutcome> {
  let target = stored;
  for (let round = 0; round < 2; round++) {
    if (target.request.status !== 'open' || target.request.claimedById !== null)
      return target.request.claimedById === personId
        ? { outcome: 'claimed', callback: target }
        : { outcome: 'taken', current: target };
    const result = await updateCallback(client, site, target, (request) =>
      claimRequest(request, personId),
    );
    if (result.outcome === 'saved') return { outcome: 'claimed', callback: result.callback };
    if (result.current === null) return { outcome: 'taken', current: null };
    target = result.current;
  }
  return { outcome: 'taken', current: target };
}

/** Logs one attempt (eTag-guarded). */
export function logCallbackAttempt(
  client: Client,
  site: SiteLocator,
  stored: StoredCallback,
  attempt: CallbackAttempt,
): Promise<UpdateOutcome> {
  return updateCallback(client, site, stored, (request) => logAttempt(request, attempt));
}

/** Closes a request with an outcome (eTag-guarded); also on someone's behalf (`byId` is who closes it). */
export function closeCallback(
  client: Client,
  site: SiteLocator,
  stored: StoredCallback,
  closing: CallbackClosing,
  at: Instant,
  byId: string,
): Promise<UpdateOutcome> {
  return updateCallback(client, site, stored, (request) =>
    closeRequest(request, closing, at, byId),
  );
}

export type ReassignTarget = {
  personId: string | null;
  team: string | null;
  teamMailbox: string | null;
};

/** Gives a request to another person and/or the team mailbox (eTag-guarded). */
export function reassignCallback(
  client: Client,
  site: SiteLocator,
  stored: StoredCallback,
  to: ReassignTarget,
): Promise<UpdateOutcome> {
  return updateCallback(client, site, stored, (request) => reassignRequest(request, to));
}

export type BulkReassignResult = {
  reassigned: StoredCallback[];
  /** Requests that changed in between and were no longer the absent person's (left as they are). */
  skipped: number;
  /** Reassigned requests whose new assignee could not be notified (they are in their list all the same). */
  notNotified: StoredCallback[];
};

/**
 * Hands every open request a person holds over — assigned to them, or claimed by them from the
 * team queue of `to.team` — (the absences feature calls this when a leader registers an absence
 * with a callback substitute), and tells the new assignee of each one like a new request
 * (`notice`; null: nobody is told). A 412 re-reads the request and tries again once while the person
 * still holds it. A notification that fails does not stop the hand-over: it is counted in
 * `notNotified`.
 * @example await reassignOpenCallbacks(client, site, pieterId, { personId: annaId, team: 'Burgerzaken', teamMailbox: null }, notice)
 * // { reassigned: [...], skipped: 0, notNotified: [] }
 */
export async function reassignOpenCallbacks(
  client: Client,
  site: SiteLocator,
  fromPersonId: string,
  to: ReassignTarget,
  notice: ReassignNotice | null,
): Promise<BulkReassignResult> {
  // Everything the person holds: assigned to them, and what they claimed from their team's queue
  // (the team is the absent person's own; claims come from that queue).
  const [assigned, claimed] = await Promise.all([
    listOpenCallbacksFor(client, site, fromPersonId),
    to.team === null
      ? Promise.resolve([])
      : listTeamCallbacksClaimedBy(client, site, to.team, fromPersonId),
  ]);
  const open = [...assigned, ...claimed];
  const holds = (request: CallbackRequest) =>
    request.status === 'open' &&
    (request.assignedToPersonId === fromPersonId ||
      (request.assignedToPersonId === null && request.claimedById === fromPersonId));
  const reassigned: StoredCallback[] = [];
  const notNotified: StoredCallback[] = [];
  let skipped = 0;
  for (const callback of open) {
    let target: StoredCallback | null = callback;
    let done = false;
    for (let round = 0; round < 2 && target !== null && !done; round++) {
      if (!holds(target.request)) break;
      const result = await reassignCallback(client, site, target, to);
      if (result.outcome === 'saved') {
        reassigned.push(result.callback);
        done = true;
        if (notice !== null) {
          try {
            await notifyReassignedCallback(client, result.callback.request, notice);
          } catch {
            notNotified.push(result.callback);
          }
        }
      } else target = result.current;
    }
    if (!done) skipped++;
  }
  return { reassigned, skipped, notNotified };
}

/**
 * How far before the retention cutoff a catch-up looks: requests closed earlier than this and still holding personal
 * data would need the daily run to have stopped for longer than this.
 */
export const retentionCatchUpDays = 10 * 366;

/**
 * The requests past retention that still hold personal data. UnredactedClosedAt is set only while a closed request
 * still holds them, so one query normally finds the day's few. When that backlog is above the list view threshold
 * (the first run on years of requests, or after the daily run stopped for months) SharePoint refuses it; then the
 * backlog is read a month at a time, back to `retentionCatchUpDays` before the cutoff.
 * @example (await findRetentionBacklog(client, site, cutoff)).length // 4 on a normal day
 */
export async function findRetentionBacklog(
  client: Client,
  site: SiteLocator,
  cutoff: Instant,
): Promise<StoredCallback[]> {
  try {
    return await queryCallbacks(
      client,
      site,
      `fields/UnredactedClosedAt le ${odataDateTime(cutoff)}`,
    );
  } catch (error) {
    const status = toGraphRequestError(error).status;
    // Not a refusal of the query: no permission, or no list. The windows would fail the same way.
    if (status === 401 || status === 403 || status === 404) throw error;
  }
  const found: StoredCallback[] = [];
  // Just past the cutoff, so that a request closed exactly at it is included as `le` would.
  for (const window of dateWindows(cutoff - retentionCatchUpDays * 24 * 60 * 60 * 1000, cutoff + 1))
    found.push(
      ...(await queryCallbacks(client, site, dateRangeFilter('UnredactedClosedAt', window))),
    );
  return found;
}

/**
 * Retention: removes the citizen's personal data from every request closed at least
 * `retentionDays` ago that still has it, and marks when. Returns how many it redacted. A request
 * that changed in between (412) is left for the next run.
 * @example await redactExpiredCallbacks(client, site, now, 90) // 3
 */
export async function redactExpiredCallbacks(
  client: Client,
  site: SiteLocator,
  now: Instant,
  retentionDays: number,
): Promise<number> {
  const cutoff = instantFromEpochMs(now - retentionDays * 24 * 60 * 60 * 1000);
  const candidates = await findRetentionBacklog(client, site, cutoff);
  let redacted = 0;
  for (const callback of candidates) {
    if (!isPastRetention(callback.request, now, retentionDays)) continue;
    const result = await updateCallback(client, site, callback, redactPersonalData, now);
    if (result.outcome === 'saved') redacted++;
  }
  return redacted;
}
