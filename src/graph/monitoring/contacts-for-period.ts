// Reading a period of contacts (call outcomes) for the figures: windows of at most two weeks on the indexed
// RecordedAt column (and the indexed Team for a team leader), every page followed, at most `parallel` windows at a
// time. A year of a mid-size municipality is ~60,000 contacts: two weeks is ~2,300, under the 5,000 threshold.
// Scopes: Sites.Read.All or Sites.ReadWrite.All. Who may read the items is the list's permissions in Microsoft 365.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { ListItem } from '@microsoft/microsoft-graph-types';
import { contactsList } from '../../../schema/lists';
import type { Contact } from '../../domain/contacts';
import type { Instant } from '../../domain/time';
import { contactFromListItem } from '../callbacks';
import { graphPathOf } from '../graph-path';
import { dateRangeFilter, dateWindows, listItemsUrl, nextLinkOf, odataString } from '../lists';
import type { SiteLocator } from '../lists';

/** The longest RecordedAt window per query, in days. */
export const contactWindowDays = 14;

export type ContactsQuery = { from: Instant; to: Instant; team: string | null };

export type ContactsRead = {
  contacts: Contact[];
  /** HTTP requests made: one per page. */
  httpRequests: number;
  /** Items skipped because a required column was missing or unreadable. */
  skipped: number;
};

/**
 * The items URL of one RecordedAt window.
 * @example contactItemsUrl(site, window, 'Burgerzaken') // "/sites/…/lists/BereikbaarContacten/items?$expand=fields($select=…)&$filter=fields/RecordedAt ge '…' and fields/RecordedAt lt '…' and fields/Team eq 'Burgerzaken'&$top=999"
 */
export function contactItemsUrl(
  site: SiteLocator,
  window: { from: number; to: number },
  team: string | null,
): string {
  const filter = [
    dateRangeFilter('RecordedAt', window),
    ...(team === null ? [] : [`fields/Team eq ${odataString(team)}`]),
  ].join(' and ');
  return listItemsUrl(site, contactsList, { filter });
}

type Page = { value?: ListItem[] };

/**
 * Every contact recorded in [from, to), for one team or all.
 * @example (await readContactsForPeriod(client, site, { from, to, team: null })).httpRequests // 77 for a year of 60,000 (27 windows of ~2,300: 3 pages each)
 */
export async function readContactsForPeriod(
  client: Client,
  site: SiteLocator,
  query: ContactsQuery,
  parallel = 4,
): Promise<ContactsRead> {
  const windows = dateWindows(query.from, query.to, contactWindowDays);
  const results: ContactsRead[] = [];
  let next = 0;
  const readWindow = async (window: { from: number; to: number }): Promise<ContactsRead> => {
    const read: ContactsRead = { contacts: [], httpRequests: 0, skipped: 0 };
    let link: string | null = contactItemsUrl(site, window, query.team);
    while (link !== null) {
      const page = (await client.api(graphPathOf(link)).get()) as Page;
      read.httpRequests += 1;
      for (const item of page.value ?? []) {
        const contact = contactFromListItem(item);
        if (contact === null) read.skipped += 1;
        else read.contacts.push(contact);
      }
      link = nextLinkOf(page);
    }
    return read;
  };
  const worker = async (): Promise<void> => {
    while (next < windows.length) {
      const window = windows[next++] as { from: number; to: number };
      results.push(await readWindow(window));
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, windows.length) }, worker));
  return {
    contacts: results.flatMap((result) => result.contacts),
    httpRequests: results.reduce((sum, result) => sum + result.httpRequests, 0),
    skipped: results.reduce((sum, result) => sum + result.skipped, 0),
  };
}
