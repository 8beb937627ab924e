// Writing callback requests to the SharePoint list: an idempotent save, and changes guarded by eTags
// (If-Match; 412 → reload). Scopes: Sites.ReadWrite.All (or Sites.Selected with write on the site).
import type { Client } from '@microsoft/microsoft-graph-client';
import type { ListItem } from '@microsoft/microsoft-graph-types';
import { callbacksList } from '../../../schema/lists';
import type { CallbackAttempt, CallbackClosing, CallbackRequest } from '../../domain/callbacks';
import { claimRequest, closeRequest, logAttempt, reassignRequest } from '../../domain/callbacks';
import type { Instant } from '../../domain/time';
import { toGraphRequestError } from '../client';
import { fieldsForListItem } from '../lists';
import type { SiteLocator } from '../lists';
import { changedFields, fieldsForCallback } from './callback-mapping';
import type { StoredCallback } from './callback-mapping';
import {
  findCallbackByRequestId,
  getCallback,
  itemsPath,
  storedFromItem,
} from './callback-queries';

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
