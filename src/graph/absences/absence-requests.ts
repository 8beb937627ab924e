// The absences and reasons lists' request paths and filters, shared by the reads and the writes.
// Scopes: Sites.ReadWrite.All (lists), User.Read.All (directReports), Mail.Send (front-office notice).
import type { Client } from '@microsoft/microsoft-graph-client';
import type { ListItem } from '@microsoft/microsoft-graph-types';
import type { ListSpec } from '../../../schema/lists';
import type { Instant } from '../../domain/time';
import { isoFromInstant } from '../../domain/time';
import { odataString, siteSegment } from '../lists';
import type { SiteLocator } from '../lists';

export const itemsPath = (site: SiteLocator, spec: ListSpec) =>
  `${siteSegment(site)}/lists/${encodeURIComponent(spec.name)}/items`;
export const itemPath = (site: SiteLocator, spec: ListSpec, id: string) =>
  `${itemsPath(site, spec)}/${encodeURIComponent(id)}`;
export const selectFields = (spec: ListSpec) =>
  `$expand=fields($select=${spec.columns.map((column) => column.name).join(',')})`;

/** Filters at most this many ids per request, so the URL stays well below SharePoint's length limit. */
export const idsPerFilter = 15;

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    result.push(items.slice(start, start + size));
  return result;
}

export function anyOf(column: string, values: readonly string[]): string {
  return `(${values.map((value) => `fields/${column} eq ${odataString(value)}`).join(' or ')})`;
}

export const listDateTime = (instant: Instant) =>
  odataString(isoFromInstant(instant).replace(/\.\d+Z$/, 'Z'));

export async function createItem(
  client: Client,
  site: SiteLocator,
  spec: ListSpec,
  fields: Record<string, unknown>,
): Promise<ListItem> {
  return (await client.api(itemsPath(site, spec)).post({ fields })) as ListItem;
}
