// Reading callback requests from the SharePoint list: filters on indexed columns only, every page followed.
// Every query starts with an indexed clause that matches a bounded set (one request id, one person's or one team's
// open requests, one month of closings), never the list's whole history: SharePoint refuses a query whose first
// indexed column matches more than 5,000 items (listViewThreshold), and the list grows for years.
// Scopes: Sites.Read.All or Sites.ReadWrite.All (or Sites.Selected with read on the site).
import type { Client } from '@microsoft/microsoft-graph-client';
import type { ListItem } from '@microsoft/microsoft-graph-types';
import { callbacksList } from '../../../schema/lists';
import type { Instant } from '../../domain/time';
import { toGraphRequestError } from '../client';
import {
  dateRangeFilter,
  dateWindows,
  listRecords,
  odataString,
  recordFromListItem,
  siteSegment,
} from '../lists';
import type { SiteLocator } from '../lists';
import { storedCallbackFrom } from './callback-mapping';
import type { StoredCallback } from './callback-mapping';

export const itemsPath = (site: SiteLocator): string =>
  `${siteSegment(site)}/lists/${encodeURIComponent(callbacksList.name)}/items`;

const selectedFields = callbacksList.columns.map((column) => column.name).join(',');

export function storedFromItem(item: ListItem): StoredCallback | null {
  const record = recordFromListItem(callbacksList, item);
  return record === null ? null : storedCallbackFrom(record);
}

export async function queryCallbacks(
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
 * The employee's own list in one query: the open requests assigned to them, and — with their team — the team
 * mailbox's open requests nobody has claimed or they claimed. One query rather than one per part, so an open
 * screen asks the list once per refresh. Both branches are on indexed columns that hold a value only while the
 * request is open (a bounded set, whatever the list's history).
 * @example await listMyOpenCallbacks(client, site, pieterId, 'Burgerzaken') // assigned to Pieter, and Burgerzaken's queue
 */
export async function listMyOpenCallbacks(
  client: Client,
  site: SiteLocator,
  personId: string,
  team: string | null,
): Promise<StoredCallback[]> {
  const assigned = `fields/OpenAssigneeId eq ${odataString(personId)}`;
  if (team === null) return queryCallbacks(client, site, assigned);
  const open = await queryCallbacks(
    client,
    site,
    `${assigned} or (fields/OpenTeam eq ${odataString(team)} and fields/AssignedToId eq null)`,
  );
  // The claim column is not indexed: someone else's claims are left out here.
  return open.filter(
    ({ request }) =>
      request.assignedToPersonId === personId ||
      request.claimedById === null ||
      request.claimedById === personId,
  );
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
