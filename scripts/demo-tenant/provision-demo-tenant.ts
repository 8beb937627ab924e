// Bereikbaar's lists in the demo tenant, made as on a municipality's tenant: by provisioning (scripts/provisioning),
// through Graph, as the coordinator, with the demo tenant's role groups.
import { allLists } from '../../schema/lists';
import { demoPersonas } from '../../emulator/personas';
import { seededGroupIds } from '../../emulator/seed';
import { describeStep, provisioningScopes, provisionLists } from '../provisioning/provision-lists';
import type { AudienceGroups, ProvisionStep } from '../provisioning/provision-lists';
import { demoSite, graphAs } from './demo-graph';
import type { DemoTenantAccess } from './demo-graph';

/** The demo tenant's groups behind the list permissions (what BRK_ROLE_GROUP_* and BRK_ALL_STAFF_GROUP name). */
export const demoAudienceGroups: AudienceGroups = {
  teamLeader: seededGroupIds.teamLeaders,
  coordinator: seededGroupIds.coordinators,
  allStaff: seededGroupIds.allStaff,
};

/** The demo tenant's coordinator: the administrator who provisions. */
export function demoCoordinatorUpn(): string {
  const coordinator = demoPersonas.find((persona) => persona.role === 'coordinator');
  if (coordinator === undefined) throw new Error('The demo tenant has no coordinator persona.');
  return coordinator.upn;
}

/** Runs `npm run provision`'s work against the demo tenant; throws when a step failed or was left to do by hand. */
export async function provisionDemoTenant(tenant: DemoTenantAccess): Promise<ProvisionStep[]> {
  const steps = await provisionLists({
    graph: graphAs(tenant, demoCoordinatorUpn(), [...provisioningScopes, 'Sites.ReadWrite.All']),
    site: demoSite,
    // Graph grants list permissions to applications only, so the demo build asks it for none: list permissions are
    // set by provisioning through SharePoint REST.
    lists: allLists.map((list) => ({ ...list, readers: 'everyone', writers: 'everyone' })),
    groups: demoAudienceGroups,
  });
  const unfinished = steps.filter(
    (step) => step.outcome === 'failed' || step.outcome === 'manualStepNeeded',
  );
  if (unfinished.length > 0)
    throw new Error(
      `Provisioning the demo tenant did not finish:\n${unfinished.map(describeStep).join('\n')}`,
    );
  return steps;
}
