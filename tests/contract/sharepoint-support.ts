// SharePoint REST in contract tests, with PnPjs itself as the client (so PnPjs's own requests are what the demo
// tenant is held to), signed in with a SharePoint token (audience https://lindeburg.sharepoint.com).
import { DefaultHeaders, DefaultInit, spfi } from '@pnp/sp';
import type { SPFI } from '@pnp/sp';
import { BrowserFetch, DefaultParse, InjectHeaders } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/security';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import { demoPersonas } from '../../emulator/personas';
import { sharePointHostname } from '../../emulator/seed';
import type { ContractTenant } from './contract-support';

/** What these helpers need of a tenant: the running demo tenant. */
export type SharePointTenant = Pick<ContractTenant, 'emulator'>;

export const sharePointResource = `https://${sharePointHostname}`;
export const administrator = demoPersonas.find((persona) => persona.role === 'administrator')!.upn;
export const fullControl = ['AllSites.FullControl'];

/** The Bereikbaar site's REST base on the demo tenant (the site's web URL path on the emulator). */
export function siteRestBase(tenant: SharePointTenant): string {
  return `${tenant.emulator.url}/sites/bereikbaar`;
}

export function sharePointToken(
  tenant: SharePointTenant,
  upn: string,
  scopes: readonly string[] = fullControl,
): string {
  return tenant.emulator.tokenFor(upn, scopes, { audience: sharePointResource });
}

/** PnPjs for the Bereikbaar site, as `upn` with `scopes`, or with the given raw token. */
export function spAs(
  tenant: SharePointTenant,
  upn: string,
  options: { scopes?: readonly string[]; token?: string; accept?: string } = {},
): SPFI {
  const token = options.token ?? sharePointToken(tenant, upn, options.scopes ?? fullControl);
  return spfi(siteRestBase(tenant)).using(
    DefaultHeaders(),
    DefaultInit(),
    BrowserFetch(),
    DefaultParse(),
    InjectHeaders({
      Authorization: `Bearer ${token}`,
      ...(options.accept === undefined ? {} : { Accept: options.accept }),
    }),
  );
}

/**
 * Gives a list unique permissions through SharePoint REST as the administrator: stop inheriting without copying,
 * one role assignment per Entra security group, and the administrator's own Full Control removed again.
 */
export async function restrictList(
  tenant: SharePointTenant,
  listTitle: string,
  grants: ReadonlyArray<{ groupId: string; roleDefinitionId: number }>,
): Promise<void> {
  const sp = spAs(tenant, administrator);
  const list = sp.web.lists.getByTitle(listTitle);
  await list.breakRoleInheritance(false, true);
  for (const grant of grants) {
    const principal = await sp.web.ensureUser(`c:0t.c|tenant|${grant.groupId}`);
    await list.roleAssignments.add(principal.Id, grant.roleDefinitionId);
  }
  const me = await sp.web.currentUser();
  for (const assignment of await list.roleAssignments.expand('RoleDefinitionBindings')()) {
    if (assignment.PrincipalId !== me.Id) continue;
    for (const binding of (assignment as { RoleDefinitionBindings?: { Id: number }[] })
      .RoleDefinitionBindings ?? [])
      await list.roleAssignments.remove(me.Id, binding.Id);
  }
}

/** Raw SharePoint REST call (for statuses and bodies PnPjs would turn into exceptions). */
export async function spFetch(
  tenant: SharePointTenant,
  method: string,
  apiPath: string,
  options: { token?: string | null; body?: unknown; headers?: Record<string, string> } = {},
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- contract tests read raw SharePoint JSON and check its shape themselves.
): Promise<{ status: number; headers: Headers; json: any }> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (options.token !== null)
    headers.Authorization = `Bearer ${options.token ?? sharePointToken(tenant, administrator)}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json;charset=utf-8';
  const response = await fetch(`${siteRestBase(tenant)}/_api/${apiPath}`, {
    method,
    headers,
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    json: text ? JSON.parse(text) : undefined,
  };
}
