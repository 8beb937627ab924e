// The checks behind the configuration's validation: patterns and schemas for ids, tenants, sites and URLs.
// Plain predicates, not a schema library: the agent screen loads them at start, and they are a few regular expressions.

export const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const localDatePattern = /^\d{4}-\d{2}-\d{2}$/;

const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const domainPattern = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
// `host:/server-relative-path` (Graph's site-by-path form) or a site id `host,siteCollectionGuid,webGuid`.
const sitePathPattern =
  /^([a-z0-9-]+\.)+sharepoint(-df)?\.(com|us|de|cn)(:\/sites\/[^\s/][^\s]*|:\/teams\/[^\s/][^\s]*|:\/)?$/i;
const siteIdPattern = /^([a-z0-9-]+\.)+[a-z]{2,63},[0-9a-f-]{36},[0-9a-f-]{36}$/i;

export const isGuid = (value: string): boolean => guidPattern.test(value);
/** A tenant id (GUID) or a verified domain. */
export const isTenant = (value: string): boolean => isGuid(value) || domainPattern.test(value);
export const isSharePointSite = (value: string): boolean =>
  sitePathPattern.test(value) || siteIdPattern.test(value);

/** @example parseMode('demo') // → 'demo'; parseMode('Demo') // → null (the caller lower-cases) */
export function parseMode(value: string): 'demo' | 'tenant' | null {
  return value === 'demo' || value === 'tenant' ? value : null;
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Accepts https URLs, and http only for localhost/loopback (the emulator, a dev server). */
export function urlProblem(value: string): 'notUrl' | 'notHttps' | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'notUrl';
  }
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && loopbackHosts.has(url.hostname)) return null;
  return url.protocol === 'http:' ? 'notHttps' : 'notUrl';
}

export function present(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

export function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
