// Reading list items: OData escaping, $filter on indexed columns, $expand=fields($select=…), paging.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { List, ListItem } from '@microsoft/microsoft-graph-types';
import type { ListSpec } from '../../../schema/lists';
import { graphPathOf } from '../graph-path';
import { recordFromListItem } from './list-records';
import type { ListRecord } from './list-records';
import { resolveSiteId, siteSegment } from './site-locator';
import type { SiteLocator } from './site-locator';

/**
 * A string as an OData literal: quoted, with `'` doubled. Use for everything a user typed.
 * @example odataString("O'Brien") // "'O''Brien'"
 */
export function odataString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/**
 * The names of a spec's indexed columns, the only ones a `$filter` may use on a large list.
 * @example indexedColumns(absencesList) // ['PersonId', 'StartsAt', 'ExpectedUntil', 'EndedAt']
 */
export function indexedColumns(spec: ListSpec): string[] {
  return spec.columns.filter((column) => column.indexed === 'indexed').map((column) => column.name);
}

/**
 * SharePoint's list view threshold: on a list with more items, a filtered query is refused when the first indexed
 * column of its filter matches more items than this, whatever `$top` says
 * (https://support.microsoft.com/office/manage-large-lists-and-libraries-b8588dae-9387-48c2-9248-c24122f07c59).
 * Every query the app makes starts with a clause that stays below it by design.
 */
export const listViewThreshold = 5000;

/**
 * The longest range of a date column one query asks for. A month of a mid-size municipality's callback requests
 * (~1,700 at 20,000 a year) stays well below the threshold; so does a month of closings.
 */
export const dateWindowDays = 31;

const dayMs = 24 * 60 * 60 * 1000;

/**
 * [from, to) cut into consecutive windows of at most `days` days.
 * @example dateWindows(jan1, mar1).length // 2 (31 + 28 days)
 */
export function dateWindows(
  from: number,
  to: number,
  days: number = dateWindowDays,
): Array<{ from: number; to: number }> {
  const windows: Array<{ from: number; to: number }> = [];
  for (let start = from; start < to; start += days * dayMs)
    windows.push({ from: start, to: Math.min(to, start + days * dayMs) });
  return windows;
}

/**
 * An instant as the literal of a SharePoint dateTime filter (UTC, no fractions).
 * @example odataDateTime(Date.parse('2026-01-13T09:00:00.123Z')) // "'2026-01-13T09:00:00Z'"
 */
export function odataDateTime(instant: number): string {
  return odataString(new Date(instant).toISOString().replace(/\.\d+Z$/, 'Z'));
}

/**
 * The filter clauses for `from <= column < to` on an indexed date column: one index range, so a window is what the
 * list view threshold counts.
 * @example dateRangeFilter('ClosedAt', window) // "fields/ClosedAt ge '…' and fields/ClosedAt lt '…'"
 */
export function dateRangeFilter(column: string, window: { from: number; to: number }): string {
  return `fields/${column} ge ${odataDateTime(window.from)} and fields/${column} lt ${odataDateTime(window.to)}`;
}

export type ListItemsQuery = {
  /** An OData filter on `fields/<Column>`; build literals with {@link odataString}. */
  filter?: string;
  /** Page size; default 999. */
  top?: number;
};

/** Throws when a filter names a column that is not indexed (SharePoint refuses those on large lists). */
function assertIndexedFilter(spec: ListSpec, filter: string): void {
  const indexed = new Set(indexedColumns(spec));
  for (const match of filter.matchAll(/fields\/(\w+)/g)) {
    const name = match[1] as string;
    if (!indexed.has(name))
      throw new Error(`Column ${name} of list ${spec.name} is not indexed; do not filter on it.`);
  }
}

/**
 * The items URL (below /v1.0) of a list of the spec: all its columns selected, optional filter and page size.
 * Usable directly as a `$batch` sub-request URL: the site path form needs no id lookup.
 * @example listItemsUrl({ sitePath: 'contoso.sharepoint.com:/sites/b' }, absencesList, { filter: "fields/PersonId eq 'p1'" })
 * // "/sites/contoso.sharepoint.com:/sites/b:/lists/BereikbaarAfwezigheden/items?$expand=fields($select=Title,…)&$filter=…&$top=999"
 */
export function listItemsUrl(
  site: SiteLocator,
  spec: ListSpec,
  query: ListItemsQuery = {},
): string {
  const select = spec.columns.map((column) => column.name).join(',');
  const parts = [`$expand=fields($select=${select})`];
  if (query.filter !== undefined) {
    assertIndexedFilter(spec, query.filter);
    parts.push(`$filter=${encodeURIComponent(query.filter)}`);
  }
  parts.push(`$top=${query.top ?? 999}`);
  return `${siteSegment(site)}/lists/${encodeURIComponent(spec.name)}/items?${parts.join('&')}`;
}

type ItemsPage = { value?: ListItem[]; '@odata.nextLink'?: string };

/** Typed records of one page of items (bad rows skipped). */
export function recordsFromPage<S extends ListSpec>(spec: S, page: unknown): ListRecord<S>[] {
  const items = (page as ItemsPage | null)?.value ?? [];
  return items
    .map((item) => recordFromListItem(spec, item))
    .filter((record): record is ListRecord<S> => record !== null);
}

/** The `@odata.nextLink` of a page, if any. */
export function nextLinkOf(page: unknown): string | null {
  const link = (page as ItemsPage | null)?.['@odata.nextLink'];
  return typeof link === 'string' ? link : null;
}

/**
 * Follows `@odata.nextLink` from a first page to the end, collecting typed records.
 * @example await remainingRecords(client, absencesList, firstPage) // records of page 1, 2, …
 */
export async function remainingRecords<S extends ListSpec>(
  client: Client,
  spec: S,
  firstPage: unknown,
): Promise<ListRecord<S>[]> {
  const records = recordsFromPage(spec, firstPage);
  let next = nextLinkOf(firstPage);
  while (next !== null) {
    const page: unknown = await client.api(graphPathOf(next)).get();
    records.push(...recordsFromPage(spec, page));
    next = nextLinkOf(page);
  }
  return records;
}

/**
 * All items of a list as typed records, every page.
 * @example await listRecords(client, site, absencesList, { filter: `fields/PersonId eq ${odataString(id)}` })
 */
export async function listRecords<S extends ListSpec>(
  client: Client,
  site: SiteLocator,
  spec: S,
  query: ListItemsQuery = {},
): Promise<ListRecord<S>[]> {
  const first: unknown = await client.api(listItemsUrl(site, spec, query)).get();
  return remainingRecords(client, spec, first);
}

const listIds = new Map<string, Promise<string>>();

/**
 * The id (GUID) of the spec's list in the site, asked once and cached. Most calls do not need it: Graph takes
 * the list's name in its place.
 */
export function resolveListId(client: Client, site: SiteLocator, spec: ListSpec): Promise<string> {
  return resolveSiteId(client, site).then((siteId) => {
    const key = `${siteId}|${spec.name}`.toLowerCase();
    let pending = listIds.get(key);
    if (!pending) {
      pending = (
        client
          .api(`${siteSegment({ siteId })}/lists/${encodeURIComponent(spec.name)}`)
          .select('id')
          .get() as Promise<List>
      ).then((list) => {
        if (typeof list.id !== 'string') throw new Error(`List ${spec.name} has no id.`);
        return list.id;
      });
      pending.catch(() => listIds.delete(key));
      listIds.set(key, pending);
    }
    return pending;
  });
}
