// Bereikbaar's lists in the demo tenant, made as on a municipality's tenant: by provisioning (scripts/provisioning),
// through Graph and SharePoint's REST API, as the demo tenant's SharePoint administrator, with its role groups.
import { dailyJobAppDisplayName, dailyJobAppId } from '../../emulator/app-registrations';
import { demoPersonas } from '../../emulator/personas';
import { grantSiteAccess } from '../provisioning/grant-site-access';
import { seededGroupIds } from '../../emulator/seed';
import type { AudienceGroups } from '../provisioning/list-permissions';
import { provisionSite } from '../provisioning/provision-site';
import { describeStep, isUnfinished } from '../provisioning/provision-steps';
import type { ProvisionStep } from '../provisioning/provision-steps';
import { administratorScopes, sharePointScopes } from '../provisioning/admin-scopes';
import { sharePointRest } from '../provisioning/sharepoint-rest';
import { demoSite, graphAs } from './demo-graph';
import type { DemoTenantAccess } from './demo-graph';

/** The demo tenant's groups behind the list permissions (what BRK_ROLE_GROUP_* and BRK_ALL_STAFF_GROUP name). */
export const demoAudienceGroups: AudienceGroups = {
  agent: seededGroupIds.kcp,
  teamLeader: seededGroupIds.teamLeaders,
  coordinator: seededGroupIds.coordinators,
  allStaff: seededGroupIds.allStaff,
};

/** The demo tenant's coordinator: who maintains the teams list. */
export function demoCoordinatorUpn(): string {
  const coordinator = demoPersonas.find((persona) => persona.role === 'coordinator');
  if (coordinator === undefined) throw new Error('The demo tenant has no coordinator persona.');
  return coordinator.upn;
}

/** The demo tenant's SharePoint administrator (site collection administrator of the Bereikbaar site). */
export function demoAdministratorUpn(): string {
  const administrator = demoPersonas.find((persona) => persona.role === 'administrator');
  if (administrator === undefined) throw new Error('The demo tenant has no administrator persona.');
  return administrator.upn;
}

/** The demo tenant's SharePoint: the site's web URL below the emulator's address, as SharePoint serves `_api`. */
export const demoSharePointResource = 'https://lindeburg.sharepoint.com';
export const demoSitePathOnSharePoint = '/sites/bereikbaar';

/**
 * Runs `npm run provision`'s work against the demo tenant; throws when a step failed or was left undone. Run again
 * after the teams are entered: that creates each team's reasons list, as a rerun does on a real tenant.
 */
export async function provisionDemoTenant(tenant: DemoTenantAccess): Promise<ProvisionStep[]> {
  const administrator = demoAdministratorUpn();
  const steps = await provisionSite({
    graph: graphAs(tenant, administrator, administratorScopes),
    site: demoSite,
    sharePoint: sharePointRest(
      `${tenant.url}${demoSitePathOnSharePoint}`,
      tenant.tokenFor(administrator, sharePointScopes, { audience: demoSharePointResource }),
    ),
    groups: demoAudienceGroups,
  });
  // The daily job's app registration (emulator/app-registrations.ts) reaches this site only: a Sites.Selected grant
  // with the role write, made as an administrator makes it on a real tenant.
  await grantSiteAccess(graphAs(tenant, administrator, administratorScopes), demoSite, {
    id: dailyJobAppId,
    displayName: dailyJobAppDisplayName,
  });
  const unfinished = steps.filter(isUnfinished);
  if (unfinished.length > 0)
    throw new Error(
      `Provisioning the demo tenant did not finish:\n${unfinished.map(describeStep).join('\n')}`,
    );
  return steps;
}
