// The directory's first load (no cached copy, or a delta link Graph no longer accepts): fast, because a first
// visit waits for it. The delta's own first round comes in pages one after another, each waiting for the previous
// nextLink, and Graph caps its page size; instead:
// 1. `/users/delta?$deltatoken=latest` first: "an empty response with a deltaLink", so the next sync brings every
//    change from this moment on (a change made while the pages below are read comes again, which merges the same);
// 2. `/users?$select=…&$top=999`: pages of 999, the maximum for users (https://learn.microsoft.com/en-us/graph/paging,
//    https://learn.microsoft.com/en-us/graph/api/user-list). Not with `$expand=manager`: with `$expand`, directory
//    objects come at most 100 to a page (https://learn.microsoft.com/en-us/graph/query-parameters#expand-parameter);
// 3. the managers the teams need: the direct reports of every team leader in the team settings list, in `$batch`
//    requests of 20, while the pages come in (https://learn.microsoft.com/en-us/graph/api/user-list-directreports).
// The managers of people outside any leader's reports are not known after this; the snapshot says whose reports
// were read (`managersLoaded`), so a leader added to the list later gets their reports read on the next sync, and
// the delta (manager@delta) keeps every known manager current.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { User } from '@microsoft/microsoft-graph-types';
import { executeBatch } from '../batch';
import type { BatchRequest, BatchResponse } from '../batch';
import { GraphRequestError } from '../client';
import { graphPathOf } from '../graph-path';
import type { DirectoryEntry } from './directory-types';

type Page<T> = { value?: T[]; '@odata.nextLink'?: string; '@odata.deltaLink'?: string };

/** Graph's largest page of users. */
export const usersPageSize = 999;

/** The first page of the whole directory: exactly the fields the directory needs, 999 to a page. */
export const directoryUsersUrl = (fields: readonly string[]) =>
  `/users?$select=${fields.join(',')}&$top=${usersPageSize}`;

/** Where the incremental sync starts: now, with the same selection (and the manager tracked). */
export const directoryLatestDeltaUrl = (fields: readonly string[]) =>
  `/users/delta?$deltatoken=latest&$select=${[...fields, 'manager'].join(',')}`;

/** Every page of a collection, following each nextLink. */
async function allPages<T>(client: Client, firstUrl: string): Promise<T[]> {
  const items: T[] = [];
  let url: string | null = firstUrl;
  while (url !== null) {
    const page = (await client.api(graphPathOf(url)).get()) as Page<T>;
    items.push(...(page.value ?? []));
    url = typeof page['@odata.nextLink'] === 'string' ? page['@odata.nextLink'] : null;
  }
  return items;
}

/** The deltaLink that starts the incremental sync from this moment. */
export async function latestDeltaLink(client: Client, fields: readonly string[]): Promise<string> {
  const page = (await client
    .api(graphPathOf(directoryLatestDeltaUrl(fields)))
    .get()) as Page<unknown>;
  const link = page['@odata.deltaLink'];
  if (typeof link !== 'string')
    throw new Error('Graph answered $deltatoken=latest without a deltaLink');
  return link;
}

/** Every user of the directory, in pages of 999. */
export function listAllUsers(client: Client, fields: readonly string[]): Promise<User[]> {
  return allPages<User>(client, directoryUsersUrl(fields));
}

/** A failed sub-response as the error the rest of the app understands (status, Graph's code and message). */
function subRequestError(response: BatchResponse | undefined): GraphRequestError {
  const body = response?.body as { error?: { code?: unknown; message?: unknown } } | undefined;
  return new GraphRequestError(
    response?.status ?? 0,
    typeof body?.error?.code === 'string' ? body.error.code : 'serviceNotAvailable',
    typeof body?.error?.message === 'string'
      ? body.error.message
      : 'The direct reports of a team leader could not be read.',
    null,
    null,
  );
}

/**
 * The ids of each leader's direct reports, by the leader's id or user principal name as given: one `$batch`
 * sub-request per leader (20 to a batch, the batches in parallel); a leader with more than 999 reports has the
 * rest read page by page. A leader Graph does not know (404) is left out; any other failure throws.
 */
export async function directReportsOf(
  client: Client,
  leaderIds: readonly string[],
): Promise<Map<string, string[]>> {
  const requests: BatchRequest[] = leaderIds.map((id, index) => ({
    id: String(index),
    method: 'GET',
    url: `/users/${encodeURIComponent(id)}/directReports?$select=id&$top=${usersPageSize}`,
  }));
  const reports = new Map<string, string[]>();
  if (requests.length === 0) return reports;
  const { responses, batchErrors } = await executeBatch(client, requests);
  const [batchError] = batchErrors;
  if (batchError) throw batchError;
  await Promise.all(
    leaderIds.map(async (leaderId, index) => {
      const response = responses.get(String(index));
      // Not in the directory (a list naming a leader who left): no reports. Anything else fails the sync rather
      // than leave a team silently empty.
      if (response?.status === 404) return;
      if (response === undefined || response.status !== 200) throw subRequestError(response);
      const page = response.body as Page<{ id?: unknown }>;
      const rest =
        typeof page['@odata.nextLink'] === 'string'
          ? await allPages<{ id?: unknown }>(client, page['@odata.nextLink'])
          : [];
      reports.set(
        leaderId,
        [...(page.value ?? []), ...rest]
          .map((report) => report.id)
          .filter((id): id is string => typeof id === 'string'),
      );
    }),
  );
  return reports;
}

/** Sets each report's manager to the leader whose reports were read. */
export function applyDirectReports(
  entries: Map<string, DirectoryEntry>,
  reports: ReadonlyMap<string, readonly string[]>,
): void {
  for (const [leaderId, ids] of reports)
    for (const id of ids) {
      const entry = entries.get(id);
      if (entry) entries.set(id, { ...entry, managerId: leaderId });
    }
}
