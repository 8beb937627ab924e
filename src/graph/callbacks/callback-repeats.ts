// Repeat callers on the callbacks list: the earlier requests of the same citizen (by the exact normalised phone or
// e-mail, indexed), and "inwoner belde opnieuw" added to one of them (eTag-guarded, idempotent).
// Scopes: Sites.Read.All / Sites.ReadWrite.All (or Sites.Selected), as the other list calls.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { CallbackRepeatCall, CitizenContactKeys } from '../../domain/callbacks';
import { addRepeatCall, earlierRequestsOf, hasContactKey } from '../../domain/callbacks';
import type { Instant } from '../../domain/time';
import { odataDateTime, odataString } from '../lists';
import type { SiteLocator } from '../lists';
import type { StoredCallback } from './callback-mapping';
import { findCallbackByRequestId, queryCallbacks } from './callback-queries';
import { updateCallback } from './callback-store';

/**
 * The filter of the lookup: `eq` on the key columns only (never `startswith`/`contains`), the keys first so the list
 * view threshold counts only one citizen's requests (retention empties the keys, so those within the retention
 * period); then open, or closed since the window start. Null when there is nothing to look up.
 * @example repeatLookupFilter({ phone: '+31612345678', email: null }, since)
 * // "(fields/CitizenPhoneKey eq '+31612345678') and (fields/Status eq 'open' or fields/ClosedAt ge '2026-11-17T23:00:00Z')"
 */
export function repeatLookupFilter(keys: CitizenContactKeys, windowStart: Instant): string | null {
  const byKey = [
    keys.phone === null ? null : `fields/CitizenPhoneKey eq ${odataString(keys.phone)}`,
    keys.email === null ? null : `fields/CitizenEmailKey eq ${odataString(keys.email)}`,
  ].filter((clause): clause is string => clause !== null);
  if (byKey.length === 0) return null;
  return `(${byKey.join(' or ')}) and (fields/Status eq 'open' or fields/ClosedAt ge ${odataDateTime(windowStart)})`;
}

/**
 * The citizen's open requests and those closed since `windowStart`, open first, then the most recent.
 * @example await findEarlierCallbacks(client, site, { phone: '+31612345678', email: null }, since) // [Jan Jansen's open request]
 */
export async function findEarlierCallbacks(
  client: Client,
  site: SiteLocator,
  keys: CitizenContactKeys,
  windowStart: Instant,
): Promise<StoredCallback[]> {
  const filter = hasContactKey(keys) ? repeatLookupFilter(keys, windowStart) : null;
  if (filter === null) return [];
  const found = await queryCallbacks(client, site, filter);
  const shown = earlierRequestsOf(
    found.map((callback) => callback.request),
    keys,
    windowStart,
  );
  return shown.flatMap((request) => found.filter((callback) => callback.request === request));
}

export type RepeatCallOutcome =
  /** Added now, or already there from an earlier try (a retry after a lost answer): either way noted once. */
  | { outcome: 'added' | 'alreadyAdded'; callback: StoredCallback }
  /** The request is not in the list (deleted by hand): nothing to add to. */
  | { outcome: 'missing' };

/**
 * Adds "inwoner belde opnieuw" to the request with this RequestId. Idempotent by the call's id: a retry finds it
 * already there. A concurrent change (412) is met by reading the request again and trying once more, a few times.
 * @example (await addRepeatCallToCallback(client, site, 'cb-1', call)).outcome // 'added', then 'alreadyAdded'
 */
export async function addRepeatCallToCallback(
  client: Client,
  site: SiteLocator,
  requestId: string,
  call: CallbackRepeatCall,
): Promise<RepeatCallOutcome> {
  let target = await findCallbackByRequestId(client, site, requestId);
  for (let round = 0; round < 4 && target !== null; round++) {
    if (addRepeatCall(target.request, call) === target.request)
      return { outcome: 'alreadyAdded', callback: target };
    const result = await updateCallback(client, site, target, (request) =>
      addRepeatCall(request, call),
    );
    if (result.outcome === 'saved') return { outcome: 'added', callback: result.callback };
    target = result.current;
  }
  if (target === null) return { outcome: 'missing' };
  // Changed by others on every round: the outbox tries again later.
  throw new Error(`Request ${requestId} kept changing; the repeat call is tried again later.`);
}
