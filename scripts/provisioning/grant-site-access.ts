// With BRK_SITES_SCOPE=Sites.Selected the app reaches only sites it was granted: provisioning grants the app
// registration (BRK_CLIENT_ID) the role `write` on Bereikbaar's site, as documented for
// POST /sites/{site-id}/permissions (https://learn.microsoft.com/en-us/graph/api/site-post-permissions; needs
// Sites.FullControl.All). Idempotent: an existing grant for the app is kept when it already allows writing,
// raised to `write` (PATCH) when it only reads, created otherwise.
import type { GraphCall } from './graph-caller';

export type SiteGrantOutcome = 'created' | 'alreadyThere' | 'updated';

export type SiteGrantStep = { outcome: SiteGrantOutcome; permissionId: string; roles: string[] };

type SitePermission = {
  id: string;
  roles?: string[];
  grantedToIdentitiesV2?: { application?: { id?: string } }[];
  grantedToIdentities?: { application?: { id?: string } }[];
};

/** Roles that include writing list items (Microsoft's announcement of Sites.Selected: write < manage < fullcontrol). */
const writingRoles = new Set(['write', 'manage', 'fullcontrol', 'owner']);

function applicationIdsOf(permission: SitePermission): string[] {
  return [...(permission.grantedToIdentitiesV2 ?? []), ...(permission.grantedToIdentities ?? [])]
    .map((identity) => identity.application?.id?.toLowerCase())
    .filter((id): id is string => id !== undefined);
}

/**
 * Makes sure the app may write on the site under Sites.Selected.
 * @example await grantSiteAccess(graph, '/sites/contoso.sharepoint.com:/sites/bereikbaar:', { id: clientId, displayName: 'Bereikbaar' })
 * // { outcome: 'created', permissionId: '…', roles: ['write'] }
 */
export async function grantSiteAccess(
  graph: GraphCall,
  site: string,
  app: { id: string; displayName: string },
): Promise<SiteGrantStep> {
  const listed = await graph('GET', `${site}/permissions`);
  const permissions = ((listed.body as { value?: SitePermission[] } | null)?.value ?? []).filter(
    (permission) => applicationIdsOf(permission).includes(app.id.toLowerCase()),
  );
  const existing = permissions[0];
  if (existing !== undefined) {
    const roles = existing.roles ?? [];
    if (roles.some((role) => writingRoles.has(role.toLowerCase())))
      return { outcome: 'alreadyThere', permissionId: existing.id, roles };
    await graph('PATCH', `${site}/permissions/${encodeURIComponent(existing.id)}`, {
      roles: ['write'],
    });
    return { outcome: 'updated', permissionId: existing.id, roles: ['write'] };
  }
  const created = await graph('POST', `${site}/permissions`, {
    roles: ['write'],
    grantedToIdentities: [{ application: { id: app.id, displayName: app.displayName } }],
  });
  return {
    outcome: 'created',
    permissionId: (created.body as SitePermission).id,
    roles: ['write'],
  };
}

/** One line for the command's output. */
export function describeSiteGrant(step: SiteGrantStep, appId: string): string {
  const text = { created: 'created', alreadyThere: 'already there', updated: 'updated' }[
    step.outcome
  ];
  return `site permission for the app ${appId} (Sites.Selected, ${step.roles.join(', ')}): ${text}`;
}
