// Where a screen's directory comes from: the device's cache and the sync with /users/delta. One shape for every
// feature, so they all read the one directory query (directory-query.ts) instead of caching it each their own way.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { SiteLocator } from '../lists';
import type { DirectoryCache } from './directory-cache';
import type { DirectorySnapshot } from './directory-types';
import { sharedDirectorySync } from './people-directory';

export type DirectorySource = {
  /** The directory as last cached on this device, or null the first time. Must not touch the network. */
  loadCachedDirectory: () => Promise<DirectorySnapshot | null>;
  /** Brings the directory up to date (incrementally from `previous`) and caches the result. */
  syncDirectory: (previous: DirectorySnapshot | null) => Promise<DirectorySnapshot>;
};

/**
 * The directory on Microsoft Graph: the device cache (IndexedDB) and this app load's one delta sync, which the
 * screens that read the directory outside a query (notifications) share too.
 * @example useDirectoryQuery(createGraphDirectorySource(client, site, directoryCacheFor(config)))
 */
export function createGraphDirectorySource(
  client: Client,
  site: SiteLocator,
  cache: DirectoryCache,
): DirectorySource {
  return {
    loadCachedDirectory: () => cache.load(),
    syncDirectory: (previous) => sharedDirectorySync(client, site, cache, previous),
  };
}
