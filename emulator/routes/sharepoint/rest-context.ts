// What a SharePoint REST handler works with: the site, the caller, the request, and how it answers.
import type { EmulatorState, StoredList, StoredSite } from '../../store';
import type { SpRight } from './base-permissions';
import { userHasRight } from './security';
import { formatCollection, formatEntity, formatNull, spAccessDenied } from './rest-wire';
import type { SpEntity, SpFormat } from './rest-wire';

export type SpCaller = { userId: string; upn: string; scopes: ReadonlySet<string> };

export type SpContext = {
  method: 'GET' | 'POST' | 'MERGE' | 'DELETE';
  site: StoredSite;
  /** The site's address on the emulator, e.g. http://127.0.0.1:4000/sites/bereikbaar. */
  base: string;
  query: URLSearchParams;
  headers: Readonly<Record<string, string | undefined>>;
  body: unknown;
  caller: SpCaller;
  state: EmulatorState;
  format: SpFormat;
  now: () => Date;
  markChanged: () => void;
};

export type SpResult = { status: number; body?: unknown };

/**
 * SharePoint's delegated permissions (https://learn.microsoft.com/en-us/sharepoint/dev/sp-add-ins/... and the
 * Office 365 SharePoint Online API permissions in Entra ID): AllSites.Read reads, AllSites.Write writes items,
 * AllSites.Manage also changes lists, AllSites.FullControl also changes permissions. Each includes those below it.
 */
const scopeLevels = {
  read: ['AllSites.Read', 'AllSites.Write', 'AllSites.Manage', 'AllSites.FullControl'],
  write: ['AllSites.Write', 'AllSites.Manage', 'AllSites.FullControl'],
  manage: ['AllSites.Manage', 'AllSites.FullControl'],
  fullControl: ['AllSites.FullControl'],
} as const;

export type SpScopeLevel = keyof typeof scopeLevels;

/** 403 when the token lacks the delegated scope the request needs. */
export function requireScope(ctx: SpContext, level: SpScopeLevel): void {
  if (!scopeLevels[level].some((scope) => ctx.caller.scopes.has(scope))) throw spAccessDenied();
}

/** 403 when the caller lacks `right` on the list (or the web, `list` null). */
export function requireRight(ctx: SpContext, list: StoredList | null, right: SpRight): void {
  if (!userHasRight(ctx.state, ctx.site, list, ctx.caller.userId, right)) throw spAccessDenied();
}

function metadataUrl(ctx: SpContext): string {
  return `${ctx.base}/_api/$metadata`;
}

export function entity(ctx: SpContext, value: SpEntity, status = 200): SpResult {
  return { status, body: formatEntity(value, ctx.format, metadataUrl(ctx)) };
}

export function collection(ctx: SpContext, values: readonly SpEntity[], type: string): SpResult {
  return { status: 200, body: formatCollection(values, ctx.format, metadataUrl(ctx), type) };
}

export function noResult(ctx: SpContext, methodName: string): SpResult {
  return { status: 200, body: formatNull(ctx.format, metadataUrl(ctx), methodName) };
}
