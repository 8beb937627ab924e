// Reading a period of callback requests for the figures: only the columns the figures need ($select; no citizen
// data), filtered on the indexed DueAt (and AssignedTeam) columns, every page followed. Not one request per item.
// Scopes: Sites.Read.All or Sites.ReadWrite.All. Who may read which items is decided by the list's permissions in
// Microsoft 365; the team filter here is a convenience for the team leader's screen, not security.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { ListItem } from '@microsoft/microsoft-graph-types';
import { callbacksList } from '../../../schema/lists';
import type { CallbackRequest, CallbackStatus } from '../../domain/callbacks';
import type { Instant } from '../../domain/time';
import { DAY_MS, instantFromEpochMs, instantFromIso, isoFromInstant } from '../../domain/time';
import { attemptsFromJson, repeatCallsFromJson } from '../callbacks';
import { graphPathOf } from '../graph-path';
import { nextLinkOf, odataString, siteSegment } from '../lists';
import type { SiteLocator } from '../lists';

/** The columns the figures need. Citizen name, phone, e-mail and the question are never read. */
export const figureColumns = [
  'RequestId',
  'MadeAt',
  'DueAt',
  'Status',
  'AssignedToId',
  'AssignedTeam',
  'ClaimedById',
  'ClosedAt',
  'Attempts',
  'RepeatOfId',
  'RepeatCalls',
] as const;

/**
 * How long after it was made a request can at most be due. The due moment is the end of the second working day
 * after the day it was made; Christmas with a weekend and extra closing days stretch that to about a week. MadeAt is
 * not indexed, so the range is asked on DueAt with this margin and the figures drop what was made outside the period.
 */
export const dueMarginDays = 21;

/**
 * The longest DueAt window per query. SharePoint refuses a filtered query whose indexed filter matches more than
 * 5,000 items (the list view threshold), whatever `$top` says; a month of a mid-size municipality (~1,700 requests)
 * stays well below it.
 */
export const windowDays = 31;

/** Items per page: the most a page of list items gives through Graph. */
export const pageSize = 999;

export type PeriodQuery = {
  from: Instant;
  to: Instant;
  /** Only this team's requests (the team leader's screen); null for every team (the coordinator). */
  team: string | null;
};

export type PeriodRead = {
  requests: CallbackRequest[];
  /** HTTP requests made: one per page. */
  httpRequests: number;
  /** Items skipped because a required column was missing or unreadable. */
  skipped: number;
};

const listDateTime = (instant: Instant): string => isoFromInstant(instant).replace(/\.\d+Z$/, 'Z');

const statuses: readonly CallbackStatus[] = ['open', 'done', 'cancelled'];

const text = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;
const instant = (value: unknown): Instant | null =>
  typeof value === 'string' ? instantFromIso(value) : null;

/**
 * A list item (figure columns only) as a callback request without citizen data; null when a needed column is
 * missing (a hand-edited row is skipped, not guessed). Attempt notes are dropped.
 * @example requestForFigures({ id: '1', fields: { RequestId: 'r1', MadeAt: '2026-04-02T14:00:00Z', DueAt: '2026-04-08T21:59:59Z', Status: 'open' } })?.status // 'open'
 */
export function requestForFigures(item: ListItem): CallbackRequest | null {
  const fields = (item.fields ?? {}) as Record<string, unknown>;
  const id = text(fields.RequestId);
  const madeAt = instant(fields.MadeAt);
  const dueAt = instant(fields.DueAt);
  const status = statuses.find((candidate) => candidate === fields.Status);
  if (id === null || madeAt === null || dueAt === null || status === undefined) return null;
  const repeatCalls = repeatCallsFromJson(text(fields.RepeatCalls));
  return {
    id,
    citizen: { name: '', phone: null, email: null },
    question: '',
    channel: 'phone',
    preferredTime: null,
    madeAt,
    madeById: '',
    assignedToPersonId: text(fields.AssignedToId),
    assignedToTeam: text(fields.AssignedTeam),
    teamMailbox: null,
    dueAt,
    status,
    attempts: attemptsFromJson(text(fields.Attempts)).map((attempt) => ({ ...attempt, note: '' })),
    closedAt: instant(fields.ClosedAt),
    closedById: null,
    outcomeNote: null,
    claimedById: text(fields.ClaimedById),
    // Herhaalverkeer: the agent's own record of a repeat, never the citizen's number (left out when empty).
    ...(text(fields.RepeatOfId) === null ? {} : { repeatOfId: text(fields.RepeatOfId) }),
    ...(repeatCalls.length === 0 ? {} : { repeatCalls }),
  };
}

/**
 * The DueAt windows to ask for a period: [from, to + margin) cut into consecutive windows of at most `windowDays`.
 * @example dueWindows(jan1, feb1).length // 2 (31 days + the 21-day margin)
 */
export function dueWindows(from: Instant, to: Instant): Array<{ from: Instant; to: Instant }> {
  const end = to + dueMarginDays * DAY_MS;
  const windows: Array<{ from: Instant; to: Instant }> = [];
  for (let start: number = from; start < end; start += windowDays * DAY_MS)
    windows.push({
      from: instantFromEpochMs(start),
      to: instantFromEpochMs(Math.min(end, start + windowDays * DAY_MS)),
    });
  return windows;
}

/**
 * The items URL for one DueAt window.
 * @example periodItemsUrl(site, window, 'Burgerzaken') // "/sites/…/lists/BereikbaarTerugbelverzoeken/items?$expand=fields($select=RequestId,…)&$filter=fields/DueAt ge '…' and fields/DueAt lt '…' and fields/AssignedTeam eq 'Burgerzaken'&$top=999"
 */
export function periodItemsUrl(
  site: SiteLocator,
  window: { from: Instant; to: Instant },
  team: string | null,
): string {
  const filter = [
    `fields/DueAt ge ${odataString(listDateTime(window.from))}`,
    `fields/DueAt lt ${odataString(listDateTime(window.to))}`,
    ...(team === null ? [] : [`fields/AssignedTeam eq ${odataString(team)}`]),
  ].join(' and ');
  return (
    `${siteSegment(site)}/lists/${encodeURIComponent(callbacksList.name)}/items` +
    `?$select=id&$expand=fields($select=${figureColumns.join(',')})` +
    `&$filter=${encodeURIComponent(filter)}&$top=${pageSize}`
  );
}

type Page = { value?: ListItem[] };

/**
 * Every callback request that can have been made in [from, to) (a little more: the figures drop the rest), for one
 * team or all. Windows are read at most `parallel` at a time; pages one after the other within a window.
 * @example (await readCallbacksForPeriod(client, site, { from, to, team: null })).httpRequests // 26 for a year of 20,000
 */
export async function readCallbacksForPeriod(
  client: Client,
  site: SiteLocator,
  query: PeriodQuery,
  parallel = 4,
): Promise<PeriodRead> {
  const windows = dueWindows(query.from, query.to);
  const results: PeriodRead[] = [];
  let next = 0;
  const readWindow = async (window: { from: Instant; to: Instant }): Promise<PeriodRead> => {
    const read: PeriodRead = { requests: [], httpRequests: 0, skipped: 0 };
    let link: string | null = periodItemsUrl(site, window, query.team);
    while (link !== null) {
      const page = (await client.api(graphPathOf(link)).get()) as Page;
      read.httpRequests += 1;
      for (const item of page.value ?? []) {
        const request = requestForFigures(item);
        if (request === null) read.skipped += 1;
        else read.requests.push(request);
      }
      link = nextLinkOf(page);
    }
    return read;
  };
  const worker = async (): Promise<void> => {
    while (next < windows.length) {
      const window = windows[next++] as { from: Instant; to: Instant };
      results.push(await readWindow(window));
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, windows.length) }, worker));
  return {
    requests: results.flatMap((result) => result.requests),
    httpRequests: results.reduce((sum, result) => sum + result.httpRequests, 0),
    skipped: results.reduce((sum, result) => sum + result.skipped, 0),
  };
}
