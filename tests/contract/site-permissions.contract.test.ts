// Contract: site permissions for Sites.Selected.
// - Create permission: https://learn.microsoft.com/en-us/graph/api/site-post-permissions — delegated
//   Sites.FullControl.All; the documented request body; 201 with the permission; "you can only use this method
//   to create a new application permission; you can't use it to create a new user site permission".
// - List / update / delete: https://learn.microsoft.com/en-us/graph/api/site-list-permissions,
//   https://learn.microsoft.com/en-us/graph/api/site-update-permission,
//   https://learn.microsoft.com/en-us/graph/api/site-delete-permission
// - What delegated Sites.Selected reaches: https://learn.microsoft.com/en-us/graph/permissions-selected-overview
//   (an explicit grant is needed before the app reaches anything) — and, delegated, only what the user may do too.
import { teamReasonsList, teamSettingsList } from '../../schema/lists';
import { demoSiteId } from '../../emulator/seed';
import { demoAppId } from '../../emulator/auth';
import { mohamed, sanne, shapeDifferences, startContractTenant } from './contract-support';
import type { ContractTenant } from './contract-support';
import { restrictList } from './sharepoint-support';
import { seededGroupIds } from '../../emulator/seed';
import { builtInRoleIds } from '../../emulator/routes/sharepoint';

let tenant: ContractTenant;
beforeAll(async () => {
  tenant = await startContractTenant();
});
afterAll(async () => {
  await tenant.emulator.close();
});

const site = `/sites/${demoSiteId}`;
const admin = { scopes: ['Sites.FullControl.All'] };
const selected = ['Sites.Selected'];
const teamItems = `${site}/lists/${teamSettingsList.name}/items`;
const otherAppId = '11111111-2222-3333-4444-555555555555';
type PermissionDto = { id: string; grantedToIdentitiesV2: { application: { id: string } }[] };

// Doc "Create permission" (site), request and response.
const documentedRequest = {
  roles: ['write'],
  grantedToIdentities: [
    { application: { id: demoAppId, displayName: 'Contoso Time Manager App' } },
  ],
};
const documentedResponse = {
  id: 'aTowaS50fG1zLnNwLmV4dHw4OWVhNWM5NC03NzM2LTRlMjUtOTVhZC0zZmE5NWY2MmI2NmVAZGU4YmM4YjUtZDlmOS00OGIxLWE4YWQtYjc0OGRhNzI1MDY0',
  roles: ['write'],
  grantedToIdentities: [
    {
      application: {
        id: '89ea5c94-7736-4e25-95ad-3fa95f62b66e',
        displayName: 'Contoso Time Manager App',
      },
    },
  ],
  grantedToIdentitiesV2: [
    {
      application: {
        id: '89ea5c94-7736-4e25-95ad-3fa95f62b66e',
        displayName: 'Contoso Time Manager App',
      },
    },
  ],
};

function selectedToken(upn: string, appId = demoAppId): string {
  return tenant.emulator.tokenFor(upn, selected, { appId });
}

describe('Site permissions and Sites.Selected', () => {
  it('a token with only Sites.Selected reaches no site before the app is granted', async () => {
    const res = await tenant.call(sanne, 'GET', `${teamItems}?expand=fields`, {
      token: selectedToken(sanne),
    });
    expect(res.status).toBe(403);
    expect(res.json.error.code).toBe('accessDenied');
  });

  it('creating a grant needs Sites.FullControl.All', async () => {
    const res = await tenant.call(mohamed, 'POST', `${site}/permissions`, {
      scopes: ['Sites.ReadWrite.All', 'Sites.Manage.All'],
      body: documentedRequest,
    });
    expect(res.status).toBe(403);
  });

  it.each([
    ['a user', { grantedToIdentities: [{ user: { id: 'x', displayName: 'Sanne' } }] }],
    ['a group', { grantedToV2: { group: { id: 'y', displayName: 'KCP' } } }],
    ['a site group', { grantedToV2: { siteGroup: { id: '3', displayName: 'Members' } } }],
  ])('refuses a grant to %s: only application permissions can be created', async (_, who) => {
    const res = await tenant.call(mohamed, 'POST', `${site}/permissions`, {
      ...admin,
      body: { roles: ['write'], ...who },
    });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('invalidRequest');
  });

  it('POST /sites/{site-id}/permissions grants the app, answering 201 as documented', async () => {
    const res = await tenant.call(mohamed, 'POST', `${site}/permissions`, {
      ...admin,
      body: { ...documentedRequest, roles: ['read'] },
    });
    expect(res.status).toBe(201);
    expect(shapeDifferences(res.json, documentedResponse)).toEqual([]);
    expect(res.json.roles).toEqual(['read']);
    expect(res.json.grantedToIdentitiesV2[0].application.id).toBe(demoAppId);
    const listed = await tenant.call(mohamed, 'GET', `${site}/permissions`, admin);
    expect(listed.status).toBe(200);
    // Besides the daily job's grant, which the demo tenant's provisioning made.
    const ofTheApp = (listed.json.value as PermissionDto[]).filter(
      (p) => p.grantedToIdentitiesV2[0]?.application.id === demoAppId,
    );
    expect(ofTheApp.map((p) => p.id)).toEqual([res.json.id]);
  });

  it('with read granted: the app reads the site’s lists, but may not write', async () => {
    const read = await tenant.call(sanne, 'GET', `${teamItems}?expand=fields`, {
      token: selectedToken(sanne),
    });
    expect(read.status).toBe(200);
    const write = await tenant.call(sanne, 'POST', teamItems, {
      token: selectedToken(sanne),
      body: { fields: { Title: 'Test' } },
    });
    expect(write.status).toBe(403);
  });

  it('PATCH raises the grant to write; then the app writes', async () => {
    const listed = await tenant.call(mohamed, 'GET', `${site}/permissions`, admin);
    const id = (listed.json.value as PermissionDto[]).find(
      (p) => p.grantedToIdentitiesV2[0]?.application.id === demoAppId,
    )?.id;
    const patched = await tenant.call(mohamed, 'PATCH', `${site}/permissions/${id}`, {
      ...admin,
      body: { roles: ['write'] },
    });
    expect(patched.status).toBe(200);
    expect(patched.json.roles).toEqual(['write']);
    const items = await tenant.call(sanne, 'GET', `${teamItems}?expand=fields`, {
      token: selectedToken(sanne),
    });
    expect(items.status).toBe(200);
  });

  it('the grant is for that app only: another app with Sites.Selected is refused', async () => {
    const res = await tenant.call(sanne, 'GET', `${teamItems}?expand=fields`, {
      token: selectedToken(sanne, otherAppId),
    });
    expect(res.status).toBe(403);
  });

  it('delegated: the grant never exceeds the user — an agent still cannot read the absence reasons', async () => {
    // Mohamed's team's own reasons list.
    const teamsList = tenant.emulator.state.lists.find(
      (list) => list.name === teamSettingsList.name,
    )!;
    const ownTeam = tenant.emulator.state.items.find(
      (item) => item.listId === teamsList.id && item.fields.LeaderUpn === mohamed,
    )!;
    const reasonsList = teamReasonsList(ownTeam.id);
    await restrictList(tenant, reasonsList.name, [
      { groupId: seededGroupIds.teamLeaders, roleDefinitionId: builtInRoleIds.edit },
    ]);
    const reasons = `${site}/lists/${reasonsList.name}/items?expand=fields`;
    const agent = await tenant.call(sanne, 'GET', reasons, { token: selectedToken(sanne) });
    expect(agent.status).toBe(403);
    const leader = await tenant.call(mohamed, 'GET', reasons, { token: selectedToken(mohamed) });
    expect(leader.status).toBe(200);
  });

  it('DELETE removes the grant; the app reaches nothing again', async () => {
    const listed = await tenant.call(mohamed, 'GET', `${site}/permissions`, admin);
    const id = (listed.json.value as PermissionDto[]).find(
      (p) => p.grantedToIdentitiesV2[0]?.application.id === demoAppId,
    )?.id;
    const deleted = await tenant.call(mohamed, 'DELETE', `${site}/permissions/${id ?? ''}`, admin);
    expect(deleted.status).toBe(204);
    const res = await tenant.call(sanne, 'GET', `${teamItems}?expand=fields`, {
      token: selectedToken(sanne),
    });
    expect(res.status).toBe(403);
  });
});
