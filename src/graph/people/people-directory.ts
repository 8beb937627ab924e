// The people directory: loaded once in pages of 999 ($select of exactly what search and the card need; see
// directory-first-load.ts), then refreshed incrementally from the stored deltaLink of /users/delta, which tracks the
// manager relationship too: Graph does not support `$expand` on delta (it is ignored), selecting `manager` makes it
// come back as `manager@delta` when it changes (https://learn.microsoft.com/en-us/graph/api/user-delta,
// https://learn.microsoft.com/en-us/graph/delta-query-overview). Teams from the team settings list.
// Scopes: User.Read.All (accountEnabled and the manager need it), Sites.Read.All.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { User } from '@microsoft/microsoft-graph-types';
import { teamSettingsList } from '../../../schema/lists';
import type { PersonSummary, PhoneNumber } from '../../domain/people';
import { toGraphRequestError } from '../client';
import { graphPathOf } from '../graph-path';
import { listRecords } from '../lists';
import type { ListRecord, SiteLocator } from '../lists';
import {
  applyDirectReports,
  directReportsOf,
  latestDeltaLink,
  listAllUsers,
} from './directory-first-load';
import type { DirectoryEntry, DirectorySnapshot, TeamSummary } from './directory-types';

export type { DirectoryEntry, DirectorySnapshot, TeamSummary } from './directory-types';
export type { DirectoryCache } from './directory-cache';
export {
  createIndexedDbDirectoryCache,
  createMemoryDirectoryCache,
  directoryCacheFor,
} from './directory-cache';
import type { DirectoryCache } from './directory-cache';
import { keepUnchangedParts } from './unchanged-parts';
import { whenIdle } from './when-idle';
export type { SiteLocator } from '../lists';

/** Exactly the user properties the directory needs. */
export const directoryUserFields = [
  'id',
  'userPrincipalName',
  'displayName',
  'givenName',
  'surname',
  'jobTitle',
  'department',
  'mail',
  'businessPhones',
  'mobilePhone',
  'accountEnabled',
] as const;

type DeltaUser = User & {
  '@removed'?: { reason?: string };
  manager?: { id?: string } | null;
  'manager@delta'?: Array<{ id?: string; '@removed'?: unknown }>;
};

type DeltaPage = {
  value?: DeltaUser[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
};

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;

/** A delta change merged onto what we had (a delta may carry only the changed properties). */
export function mergeDeltaUser(
  previous: DirectoryEntry | undefined,
  user: DeltaUser,
): DirectoryEntry {
  const has = (key: string) => Object.prototype.hasOwnProperty.call(user, key);
  const base: DirectoryEntry = previous ?? {
    id: user.id ?? '',
    userPrincipalName: null,
    displayName: '',
    givenName: null,
    surname: null,
    jobTitle: null,
    department: null,
    mail: null,
    businessPhones: [],
    mobilePhone: null,
    managerId: null,
  };
  const next: DirectoryEntry = { ...base };
  if (has('userPrincipalName')) next.userPrincipalName = text(user.userPrincipalName);
  if (has('displayName')) next.displayName = text(user.displayName) ?? '';
  if (has('givenName')) next.givenName = text(user.givenName);
  if (has('surname')) next.surname = text(user.surname);
  if (has('jobTitle')) next.jobTitle = text(user.jobTitle);
  if (has('department')) next.department = text(user.department);
  if (has('mail')) next.mail = text(user.mail);
  if (has('businessPhones'))
    next.businessPhones = (user.businessPhones ?? []).filter(
      (phone): phone is string => typeof phone === 'string' && phone.trim() !== '',
    );
  if (has('mobilePhone')) next.mobilePhone = text(user.mobilePhone);
  if (has('manager')) next.managerId = text(user.manager?.id);
  if (has('manager@delta')) {
    // References in order: an added one becomes the manager; a removed one ends it only if it is the current one
    // (a replayed removal of an earlier manager must not undo a newer one).
    for (const ref of user['manager@delta'] ?? []) {
      const id = text(ref.id);
      if (ref['@removed'] === undefined) next.managerId = id ?? next.managerId;
      else if (id !== null && id === next.managerId) next.managerId = null;
    }
  } else if (!previous && !has('manager')) next.managerId = null;
  return next;
}

/** Applies delta pages to the entries by id: removals, disabled accounts and changes. */
function applyDelta(entries: Map<string, DirectoryEntry>, users: readonly DeltaUser[]): void {
  for (const user of users) {
    if (typeof user.id !== 'string') continue;
    if (user['@removed'] !== undefined || user.accountEnabled === false) {
      entries.delete(user.id);
      continue;
    }
    entries.set(user.id, mergeDeltaUser(entries.get(user.id), user));
  }
}

function splitList(value: string | null): string[] {
  return (value ?? '')
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

type TeamRecord = ListRecord<typeof teamSettingsList>;

/**
 * Teams from the team settings list and the manager relations: a team is its leader, the people whose manager is
 * that leader (unless they lead a team themselves), and its extra members.
 */
export function teamsFrom(
  records: readonly TeamRecord[],
  entries: readonly DirectoryEntry[],
): TeamSummary[] {
  const byUpn = new Map(
    entries
      .filter((entry) => entry.userPrincipalName !== null)
      .map((entry) => [(entry.userPrincipalName as string).toLowerCase(), entry.id]),
  );
  const leaderIds = new Set<string>();
  const teams = records.map((record) => {
    const fields = record.fields;
    const leaderId = fields.LeaderUpn ? (byUpn.get(fields.LeaderUpn.toLowerCase()) ?? null) : null;
    if (leaderId) leaderIds.add(leaderId);
    return { id: record.id, fields, leaderId };
  });
  return teams.map(({ id, fields, leaderId }) => {
    const members = new Set<string>();
    if (leaderId) {
      members.add(leaderId);
      for (const entry of entries)
        if (entry.managerId === leaderId && !leaderIds.has(entry.id)) members.add(entry.id);
    }
    for (const upn of splitList(fields.ExtraMemberUpns)) {
      const id = byUpn.get(upn.toLowerCase());
      if (id) members.add(id);
    }
    return {
      id,
      name: fields.Title,
      department: fields.Department,
      leaderId,
      generalMailbox: fields.GeneralMailbox,
      topics: splitList(fields.Topics),
      memberIds: [...members],
    };
  });
}

function phonesOf(entry: DirectoryEntry): PhoneNumber[] {
  return [
    ...entry.businessPhones.map((number): PhoneNumber => ({ kind: 'business', number })),
    ...(entry.mobilePhone ? [{ kind: 'mobile' as const, number: entry.mobilePhone }] : []),
  ];
}

/** People for search and the card; a person's team is the one they lead, else the first that lists them. */
export function peopleFrom(
  entries: readonly DirectoryEntry[],
  teams: readonly TeamSummary[],
): PersonSummary[] {
  const teamOf = new Map<string, TeamSummary>();
  for (const team of teams) if (team.leaderId) teamOf.set(team.leaderId, team);
  for (const team of teams)
    for (const id of team.memberIds) if (!teamOf.has(id)) teamOf.set(id, team);
  return entries.map((entry) => {
    const team = teamOf.get(entry.id);
    return {
      id: entry.id,
      displayName: entry.displayName,
      givenName: entry.givenName,
      surname: entry.surname,
      jobTitle: entry.jobTitle,
      department: entry.department,
      team: team?.name ?? null,
      mail: entry.mail,
      phones: phonesOf(entry),
      topics: team ? [...team.topics] : [],
    };
  });
}

async function readDelta(
  client: Client,
  firstUrl: string,
  entries: Map<string, DirectoryEntry>,
): Promise<string | null> {
  let url: string | null = firstUrl;
  while (url !== null) {
    const page = (await client.api(graphPathOf(url)).get()) as DeltaPage;
    applyDelta(entries, page.value ?? []);
    if (typeof page['@odata.nextLink'] === 'string') url = page['@odata.nextLink'];
    else return typeof page['@odata.deltaLink'] === 'string' ? page['@odata.deltaLink'] : null;
  }
  return null;
}

/**
 * A delta or skip token Graph no longer accepts: start again with a full sync. Graph documents "a 40X-series error
 * with error codes such as syncStateNotFound" for an expired token and 410 Gone for a synchronization reset
 * (https://learn.microsoft.com/en-us/graph/delta-query-overview), so any 4xx counts, whatever its code, except
 * those that say nothing about the token: 401/403 (sign-in, permission) and 429 (throttled), which a full sync
 * would meet just the same.
 */
export function isRejectedDeltaToken(error: unknown): boolean {
  const { status } = toGraphRequestError(error);
  return status >= 400 && status < 500 && status !== 401 && status !== 403 && status !== 429;
}

/** The team leaders' ids, as far as the directory knows them. */
function leaderIdsOf(records: readonly TeamRecord[], entries: readonly DirectoryEntry[]): string[] {
  return teamsFrom(records, entries)
    .map((team) => team.leaderId)
    .filter((id): id is string => id !== null);
}

/** The whole directory, the first time: see directory-first-load.ts. */
async function firstLoad(
  client: Client,
  teamRecords: Promise<TeamRecord[]>,
): Promise<{ entries: Map<string, DirectoryEntry>; deltaLink: string; managersLoaded: string[] }> {
  // The leaders' reports, by user principal name, as soon as the teams list is in (beside the user pages).
  const reportsByUpn = teamRecords.then((records) => {
    const upns = [
      ...new Set(
        records
          .map((record) => record.fields.LeaderUpn?.trim().toLowerCase() ?? '')
          .filter((upn) => upn !== ''),
      ),
    ];
    return directReportsOf(client, upns);
  });
  reportsByUpn.catch(() => undefined);
  const deltaLink = await latestDeltaLink(client, directoryUserFields);
  const entries = new Map<string, DirectoryEntry>();
  applyDelta(entries, await listAllUsers(client, directoryUserFields));
  const byUpn = new Map(
    [...entries.values()]
      .filter((entry) => entry.userPrincipalName !== null)
      .map((entry) => [(entry.userPrincipalName as string).toLowerCase(), entry.id]),
  );
  const reports = new Map<string, string[]>();
  for (const [upn, ids] of await reportsByUpn) {
    const leaderId = byUpn.get(upn);
    if (leaderId !== undefined) reports.set(leaderId, ids);
  }
  applyDirectReports(entries, reports);
  return { entries, deltaLink, managersLoaded: [...reports.keys()] };
}

/**
 * Brings the directory up to date: the first time (or when the delta link expired) the whole directory in pages of
 * 999 and the leaders' reports (directory-first-load.ts), later only the changes since `previous` through its
 * deltaLink, plus the reports of a leader whose reports were not read yet. Teams come from the team settings list
 * (one request, paged) every time. Disabled accounts are left out.
 * @example const snapshot = await syncPeopleDirectory(client, { sitePath: 'lindeburg.sharepoint.com:/sites/bereikbaar' }, await cache.load())
 */
export async function syncPeopleDirectory(
  client: Client,
  site: SiteLocator,
  previous: DirectorySnapshot | null,
  now: () => Date = () => new Date(),
): Promise<DirectorySnapshot> {
  const teamRecords = listRecords(client, site, teamSettingsList);
  // Keep the list request from surfacing as an unhandled rejection while the directory loads.
  teamRecords.catch(() => undefined);
  let entries = new Map<string, DirectoryEntry>();
  let deltaLink: string | null = null;
  // Whose direct reports are known; undefined: every manager is (a cache from a full delta round).
  let managersLoaded: string[] | undefined;
  if (previous?.deltaLink && previous.entries) {
    for (const entry of previous.entries) entries.set(entry.id, { ...entry });
    managersLoaded = previous.managersLoaded;
    try {
      deltaLink = await readDelta(client, previous.deltaLink, entries);
    } catch (error) {
      if (!isRejectedDeltaToken(error)) throw error;
      entries = new Map();
      deltaLink = null;
    }
  }
  if (deltaLink === null) {
    const loaded = await firstLoad(client, teamRecords);
    ({ entries, deltaLink, managersLoaded } = loaded);
  } else if (managersLoaded !== undefined) {
    // A leader added to the teams list since: read their reports now.
    const known = new Set(managersLoaded);
    const missing = leaderIdsOf(await teamRecords, [...entries.values()]).filter(
      (id) => !known.has(id),
    );
    const reports = await directReportsOf(client, missing);
    applyDirectReports(entries, reports);
    managersLoaded = [...managersLoaded, ...reports.keys()];
  }
  // By name; namesakes by id, so the order does not depend on how Graph paged them.
  const list = [...entries.values()].sort(
    (a, b) =>
      a.displayName.localeCompare(b.displayName, 'nl') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const teams = teamsFrom(await teamRecords, list);
  return keepUnchangedParts(previous, {
    people: peopleFrom(list, teams),
    teams,
    deltaLink,
    syncedAt: now().toISOString(),
    entries: list,
    ...(managersLoaded !== undefined ? { managersLoaded } : {}),
  });
}

/** The directory sync of each app load, by Graph client (one client per signed-in session). */
const appLoadSyncs = new WeakMap<Client, Promise<DirectorySnapshot>>();

/**
 * The one directory sync of this app load: the first caller starts it (from `previous`, or else from the cache)
 * and saves the result to the cache once the page is idle; every other screen and hook of the same session shares it, so an app load
 * makes one delta round, not one per screen. A failed sync is forgotten, so a later caller tries again.
 * @example const snapshot = await sharedDirectorySync(client, site, directoryCacheFor(config))
 */
export function sharedDirectorySync(
  client: Client,
  site: SiteLocator,
  cache: DirectoryCache,
  previous?: DirectorySnapshot | null,
): Promise<DirectorySnapshot> {
  const running = appLoadSyncs.get(client);
  if (running !== undefined) return running;
  const sync = (async () => {
    const start = previous !== undefined ? previous : await cache.load().catch(() => null);
    const snapshot = await syncPeopleDirectory(client, site, start);
    // The screens get the directory before the device's copy is written: IndexedDB clones the whole snapshot on the
    // main thread (a third of a second for 5,000 people on a loaded machine), which a first visit must not wait
    // for. A cache that cannot be written (private browsing) must not fail the screen.
    whenIdle(() => {
      cache.save(snapshot).catch(() => undefined);
    });
    return snapshot;
  })();
  appLoadSyncs.set(client, sync);
  sync.catch(() => {
    if (appLoadSyncs.get(client) === sync) appLoadSyncs.delete(client);
  });
  return sync;
}

/**
 * The directory for a screen that needs it whole: this app load's sync (usually one small delta request from the
 * cached snapshot, shared with the other screens); when Graph cannot be reached, the cached snapshot as it is.
 * @example const snapshot = await refreshedDirectory(client, site, directoryCacheFor(config))
 */
export async function refreshedDirectory(
  client: Client,
  site: SiteLocator,
  cache: DirectoryCache,
): Promise<DirectorySnapshot> {
  try {
    return await sharedDirectorySync(client, site, cache);
  } catch (error) {
    const cached = await cache.load().catch(() => null);
    if (cached !== null) return cached;
    throw error;
  }
}
