// Where Bereikbaar's lists live: a SharePoint site by path (`host:/sites/name`) or by id, as configured.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { Site } from '@microsoft/microsoft-graph-types';

/** A site by Graph's path form (`contoso.sharepoint.com:/sites/bereikbaar`) or by its id (`host,guid,guid`). */
export type SiteLocator = { sitePath: string } | { siteId: string };

/**
 * The configured site string (BRK_SHAREPOINT_SITE, or the demo default) as a locator.
 * @example siteLocatorFrom('lindeburg.sharepoint.com:/sites/bereikbaar') // { sitePath: 'lindeburg.sharepoint.com:/sites/bereikbaar' }
 * @example siteLocatorFrom('lindeburg.sharepoint.com,1b2…,9c8…') // { siteId: 'lindeburg.sharepoint.com,1b2…,9c8…' }
 */
export function siteLocatorFrom(configured: string): SiteLocator {
  const value = configured.trim();
  return value.includes(':') ? { sitePath: value } : { siteId: value };
}

/**
 * The site's address below /v1.0, usable in a URL and in a `$batch` sub-request without resolving the id first.
 * The path form ends with `:` so that a further segment (`/lists/…`) can follow, as Graph requires.
 * @example siteSegment({ sitePath: 'lindeburg.sharepoint.com:/sites/bereikbaar' }) // '/sites/lindeburg.sharepoint.com:/sites/bereikbaar:'
 */
export function siteSegment(site: SiteLocator): string {
  if ('siteId' in site) return `/sites/${encodeURIComponent(site.siteId).replaceAll('%2C', ',')}`;
  const path = site.sitePath.trim().replace(/:$/, '');
  const [host = '', ...rest] = path.split(':');
  const serverRelative = rest.join(':');
  if (serverRelative === '' || serverRelative === '/') return `/sites/${host}`;
  const encoded = serverRelative
    .split('/')
    .map((part) => encodeURIComponent(part))
    .join('/');
  return `/sites/${host}:${encoded}:`;
}

const siteIds = new Map<string, Promise<string>>();

/**
 * The site's id (`host,collectionGuid,webGuid`), asked once per locator and cached for the session.
 * @example await resolveSiteId(client, { sitePath: 'lindeburg.sharepoint.com:/sites/bereikbaar' }) // 'lindeburg.sharepoint.com,…,…'
 */
export function resolveSiteId(client: Client, site: SiteLocator): Promise<string> {
  if ('siteId' in site) return Promise.resolve(site.siteId);
  const key = site.sitePath.toLowerCase();
  let pending = siteIds.get(key);
  if (!pending) {
    pending = (
      client.api(siteSegment(site).replace(/:$/, '')).select('id').get() as Promise<Site>
    ).then((found) => {
      if (typeof found.id !== 'string') throw new Error(`Site ${site.sitePath} has no id.`);
      return found.id;
    });
    // A failure is not cached: the next call asks again.
    pending.catch(() => siteIds.delete(key));
    siteIds.set(key, pending);
  }
  return pending;
}
