// `npm run provision` with BRK_SITES_SCOPE=Sites.Selected, against the demo tenant: the app is granted `write` on
// the site (POST /sites/{site-id}/permissions), after which a token with only Sites.Selected reaches the lists;
// a second run changes nothing, and a read-only grant is raised to write.
import { startDemoTenant } from '../scripts/demo-tenant/start-demo-tenant';
import type { RunningEmulator } from '../emulator/server';
import { demoAppDisplayName, demoAppId } from '../emulator/auth';
import { demoPersonas } from '../emulator/personas';
import { teamSettingsList } from '../schema/lists';
import { demoSharePointSite } from '../src/config/app-config';
import { siteLocatorFrom, siteSegment } from '../src/graph/lists/site-locator';
import { graphCaller } from '../scripts/provisioning/graph-caller';
import { grantSiteAccess } from '../scripts/provisioning/grant-site-access';
import { administratorScopes } from '../scripts/provisioning/admin-scopes';
import { demoAdministratorUpn } from '../scripts/demo-tenant/provision-demo-tenant';

const site = siteSegment(siteLocatorFrom(demoSharePointSite));
const agent = demoPersonas.find((persona) => persona.role === 'agent')!.upn;
const app = { id: demoAppId, displayName: demoAppDisplayName };

let emulator: RunningEmulator;

beforeEach(async () => {
  emulator = await startDemoTenant({ port: 0, quiet: true, dataDir: null });
});

afterEach(async () => {
  await emulator.close();
});

function admin() {
  return graphCaller(
    emulator.graphUrl,
    emulator.tokenFor(demoAdministratorUpn(), [...administratorScopes]),
  );
}

async function agentReadsTeams(): Promise<number> {
  const response = await fetch(
    `${emulator.graphUrl}${site}/lists/${teamSettingsList.name}/items?expand=fields`,
    { headers: { authorization: `Bearer ${emulator.tokenFor(agent, ['Sites.Selected'])}` } },
  );
  return response.status;
}

describe('provisioning the site grant for Sites.Selected', () => {
  it('grants the app write on the site once; then a Sites.Selected token reaches the lists', async () => {
    expect(await agentReadsTeams()).toBe(403);
    const first = await grantSiteAccess(admin(), site, app);
    expect(first).toMatchObject({ outcome: 'created', roles: ['write'] });
    expect(await agentReadsTeams()).toBe(200);
    const second = await grantSiteAccess(admin(), site, app);
    expect(second).toMatchObject({ outcome: 'alreadyThere', permissionId: first.permissionId });
    // One grant for the app (beside the daily job's own, which the demo build makes).
    const ofTheApp = (emulator.state.sites[0]!.permissions ?? []).filter(
      (permission) => permission.application.id === app.id,
    );
    expect(ofTheApp).toHaveLength(1);
  });

  it('raises a read-only grant of the app to write', async () => {
    await admin()('POST', `${site}/permissions`, {
      roles: ['read'],
      grantedToIdentities: [{ application: app }],
    });
    const step = await grantSiteAccess(admin(), site, app);
    expect(step.outcome).toBe('updated');
    expect(emulator.state.sites[0]!.permissions![0]!.roles).toEqual(['write']);
  });
});
