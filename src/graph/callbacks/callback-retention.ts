// Retention of callback requests: personal data of requests closed longer ago than configured is removed.
import type { Client } from '@microsoft/microsoft-graph-client';
import { isPastRetention, redactPersonalData } from '../../domain/callbacks';
import { instantFromEpochMs } from '../../domain/time';
import type { Instant } from '../../domain/time';
import { toGraphRequestError } from '../client';
import { dateRangeFilter, dateWindows, odataDateTime } from '../lists';
import type { SiteLocator } from '../lists';
import type { StoredCallback } from './callback-mapping';
import { queryCallbacks } from './callback-queries';
import { updateCallback } from './callback-store';

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
