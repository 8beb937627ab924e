// What telling an assignee about a callback request needs from Graph besides sending (src/graph/mail): the deep link
// to the app's tab and the app's id in the organisation's Teams catalog. The texts and the choice of channel are in
// src/notifications. Scopes: Mail.Send; TeamsActivity.Send for the activity, AppCatalog.Read.All to look up the
// app's catalog id when it is not configured.
import type { Client } from '@microsoft/microsoft-graph-client';
import { odataString } from '../lists';

/**
 * The entity id of the "Mijn terugbelverzoeken" static tab in manifest/manifest.template.json.
 */
export const myCallbacksTabEntityId = 'myCallbacks';

/**
 * A Teams deep link that opens the app's "Mijn terugbelverzoeken" tab (where the activity takes the
 * assignee). For an app uploaded to the organisation's catalog the id is its catalog id (teamsApp `id`), not the
 * manifest's `id` (`externalId`): see {@link teamsCatalogAppId}.
 * @example myCallbacksDeepLink('5d3c9b7e-2a41-4f6e-9c08-b1e7a4d2f36c')
 * // 'https://teams.microsoft.com/l/entity/5d3c9b7e-2a41-4f6e-9c08-b1e7a4d2f36c/myCallbacks'
 */
export function myCallbacksDeepLink(teamsAppId: string): string {
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(teamsAppId)}/${myCallbacksTabEntityId}`;
}

const catalogIds = new WeakMap<Client, Map<string, Promise<string | null>>>();

/**
 * The app's id in the organisation's Teams catalog: the configured one (BRK_TEAMS_CATALOG_APP_ID), else looked up
 * once per client by the manifest id, as documented (`GET /appCatalogs/teamsApps?$filter=externalId eq '…'`,
 * https://learn.microsoft.com/en-us/graph/api/appcatalogs-list-teamsapps). Null: the app is not in the catalog.
 * A failed lookup is not cached, so the next notification asks again.
 * @example await teamsCatalogAppId(client, { manifestId: defaultTeamsAppId, configured: null }) // 'e3e29acb-…'
 */
export function teamsCatalogAppId(
  client: Client,
  app: { manifestId: string; configured: string | null },
): Promise<string | null> {
  if (app.configured !== null) return Promise.resolve(app.configured);
  let perClient = catalogIds.get(client);
  if (perClient === undefined) {
    perClient = new Map();
    catalogIds.set(client, perClient);
  }
  const known = perClient.get(app.manifestId);
  if (known !== undefined) return known;
  const lookup = (
    client
      .api('/appCatalogs/teamsApps')
      .query({ $filter: `externalId eq ${odataString(app.manifestId)}`, $select: 'id,externalId' })
      .get() as Promise<{ value?: { id?: string }[] }>
  ).then((page) => page.value?.find((app) => typeof app.id === 'string')?.id ?? null);
  perClient.set(app.manifestId, lookup);
  lookup.catch(() => perClient.delete(app.manifestId));
  return lookup;
}
