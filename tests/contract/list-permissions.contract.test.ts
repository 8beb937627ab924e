// Contract: Graph's list routes obey SharePoint's permissions, and Graph's own list permissions grant applications only.
// - Items: https://learn.microsoft.com/en-us/graph/api/listitem-list, listitem-get, listitem-create, listitem-update,
//   listitem-delete — each on behalf of the signed-in user, so SharePoint's permissions on the list decide (View Items,
//   Add Items, Edit Items, Delete Items: SPBasePermissions,
//   https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-server/ms412690(v=office.15)); a refusal is
//   Graph's 403 accessDenied (https://learn.microsoft.com/en-us/graph/errors) with nothing of the list in the body.
// - $batch runs each request as if sent alone: https://learn.microsoft.com/en-us/graph/json-batching
// - List permissions: https://learn.microsoft.com/en-us/graph/api/list-post-permissions ("You can only use this method
//   to create a new application permission; you can't use it to create a new list permission for a user") and
//   https://learn.microsoft.com/en-us/graph/api/list-list-permissions.
// - Site collection administrators: "have full control of all content in the site collection"
//   (https://learn.microsoft.com/en-us/sharepoint/site-permissions) — the demo tenant's administrator reads everything.
import { demoSiteId, seededGroupIds } from '../../emulator/seed';
import { builtInRoleIds } from '../../emulator/routes/sharepoint';
import { guestUpn } from '../../emulator/personas';
import { callbacksList, teamReasonsListPrefix, teamSettingsList } from '../../schema/lists';
import { ingrid, mohamed, pieter, sanne, startContractTenant } from './contract-support';
import type { ContractTenant } from './contract-support';
import { administrator, restrictList, spAs } from './sharepoint-support';

let tenant: ContractTenant;
let reasonId: string;
let reasonsName: string;
let reasonTitle: string;
beforeAll(async () => {
  tenant = await startContractTenant();
  // A team's reasons list that holds a reason, opened here to the team leaders and the coordinators groups: a list
  // only some may read.
  const withReason = tenant.emulator.state.lists.find(
    (l) =>
      l.name.startsWith(teamReasonsListPrefix) &&
      tenant.emulator.state.items.some((i) => i.listId === l.id),
  )!;
  reasonsName = withReason.name;
  await restrictList(tenant, reasonsName, [
    { groupId: seededGroupIds.teamLeaders, roleDefinitionId: builtInRoleIds.edit },
    { groupId: seededGroupIds.coordinators, roleDefinitionId: builtInRoleIds.edit },
  ]);
  const list = withReason;
  const item = tenant.emulator.state.items.find((i) => i.listId === list.id)!;
  reasonId = item.id;
  reasonTitle = String(item.fields.Title);
});
afterAll(async () => {
  await tenant.emulator.close();
});

const site = `/sites/${demoSiteId}`;
const reasonsPath = () => `${site}/lists/${reasonsName}`;

describe('a list only some may read', () => {
  const routes = () => [
    ['GET', `${reasonsPath()}/items?expand=fields`],
    ['GET', `${reasonsPath()}/items/${reasonId}?expand=fields`],
    ['GET', `${reasonsPath()}/items/${reasonId}/fields`],
    ['GET', `${reasonsPath()}/columns`],
    ['GET', reasonsPath()],
  ];

  it.each([
    ['the agent', sanne],
    ['an employee', pieter],
    ['a guest', guestUpn],
  ])('gives %s 403 accessDenied and 0 bytes of it on every route', async (_who, upn) => {
    for (const [method, path] of routes()) {
      const res = await tenant.call(upn, method!, path!);
      expect(res.status, path).toBe(403);
      expect(res.json.error.code, path).toBe('accessDenied');
      expect(res.text, path).not.toContain(reasonTitle);
      expect(res.text, path).not.toContain(reasonsName);
    }
    const lists = await tenant.call(upn, 'GET', `${site}/lists`);
    expect(lists.text).not.toContain(reasonsName);
  });

  it('refuses it in $batch exactly as alone', async () => {
    const res = await tenant.call(sanne, 'POST', '/$batch', {
      body: {
        requests: routes().map(([method, url], index) => ({
          id: String(index + 1),
          method,
          url: url!,
        })),
      },
    });
    expect(res.status).toBe(200);
    const statuses = (res.json.responses as { status: number }[]).map((r) => r.status);
    expect(statuses).toEqual(routes().map(() => 403));
    expect(res.text).not.toContain(reasonTitle);
  });

  it('refuses writing to those who may not read', async () => {
    const created = await tenant.call(sanne, 'POST', `${reasonsPath()}/items`, {
      body: { fields: { Title: 'x' } },
    });
    expect(created.status).toBe(403);
    const patched = await tenant.call(
      pieter,
      'PATCH',
      `${reasonsPath()}/items/${reasonId}/fields`,
      {
        body: { Title: 'y' },
      },
    );
    expect(patched.status).toBe(403);
    const deleted = await tenant.call(pieter, 'DELETE', `${reasonsPath()}/items/${reasonId}`);
    expect(deleted.status).toBe(403);
  });

  it('lets the leaders and the coordinator in, and the site collection administrator', async () => {
    for (const upn of [mohamed, ingrid, administrator]) {
      const res = await tenant.call(upn, 'GET', `${reasonsPath()}/items/${reasonId}?expand=fields`);
      expect(res.status, upn).toBe(200);
      expect(res.json.fields.Title).toBe(reasonTitle);
    }
  });
});

describe('a permission level without Delete Items', () => {
  it('lets all staff add and edit callback requests, and refuses their DELETE with 403', async () => {
    const sp = spAs(tenant, administrator);
    const contribute = await sp.web.roleDefinitions.getByName('Contribute')();
    const level = await sp.web.roleDefinitions.add('Bijdragen zonder verwijderen', '', 65, {
      High: Number(contribute.BasePermissions.High),
      Low: (Number(contribute.BasePermissions.Low) & ~0x8) >>> 0,
    });
    await restrictList(tenant, callbacksList.name, [
      { groupId: seededGroupIds.allStaff, roleDefinitionId: level.data.Id },
    ]);
    const items = `${site}/lists/${callbacksList.name}/items`;
    const list = tenant.emulator.state.lists.find((l) => l.name === callbacksList.name)!;
    const existing = tenant.emulator.state.items.find((i) => i.listId === list.id)!;
    const read = await tenant.call(pieter, 'GET', `${items}/${existing.id}?expand=fields`);
    expect(read.status).toBe(200);
    const edited = await tenant.call(pieter, 'PATCH', `${items}/${existing.id}/fields`, {
      body: { OutcomeNote: 'Teruggebeld, opgelost' },
    });
    expect(edited.status).toBe(200);
    const deleted = await tenant.call(pieter, 'DELETE', `${items}/${existing.id}`);
    expect(deleted.status).toBe(403);
    expect(deleted.json.error.code).toBe('accessDenied');
    expect(
      tenant.emulator.state.items.some((i) => i.listId === list.id && i.id === existing.id),
    ).toBe(true);
  });
});

describe('Graph list permissions: applications only', () => {
  // Any list will do: Graph grants list permissions to applications only.
  const permissions = `${site}/lists/${teamSettingsList.name}/permissions`;
  const admin = { scopes: ['Sites.FullControl.All'] };

  it.each([
    ['a group', { grantedToV2: { group: { id: seededGroupIds.teamLeaders } } }],
    ['a user', { grantedToV2: { user: { id: 'x' } } }],
  ])('refuses a grant to %s with 400 invalidRequest', async (_who, grantee) => {
    const res = await tenant.call(administrator, 'POST', permissions, {
      ...admin,
      body: { roles: ['read'], ...grantee },
    });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('invalidRequest');
  });

  it('creates an application grant as documented (201) and lists it', async () => {
    // Doc "Create permission" (list), request body.
    const res = await tenant.call(administrator, 'POST', permissions, {
      ...admin,
      body: {
        grantedToV2: {
          application: {
            id: '89ea5c94-7736-4e25-95ad-3fa95f62b66e',
            displayName: 'Contoso Time Manager App',
          },
        },
        roles: ['write'],
      },
    });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      roles: ['write'],
      grantedToV2: { application: { id: '89ea5c94-7736-4e25-95ad-3fa95f62b66e' } },
    });
    const listed = await tenant.call(administrator, 'GET', permissions, admin);
    expect(listed.json.value).toHaveLength(1);
  });

  it('shows the grants only to who may manage the list’s permissions', async () => {
    const res = await tenant.call(mohamed, 'GET', permissions, admin);
    expect(res.status).toBe(403);
  });
});

// Versions: https://learn.microsoft.com/en-us/graph/api/listitem-list-versions ("SharePoint can be configured to retain
// the history for list items"), kept per SP.List EnableVersioning and MajorVersionLimit (set through SharePoint REST).
describe('list item versions', () => {
  it('keeps versions while the list keeps them, at most MajorVersionLimit, newest first', async () => {
    const list = spAs(tenant, administrator).web.lists.getByTitle(teamSettingsList.name);
    await list.update({ EnableVersioning: true, MajorVersionLimit: 3 });
    const items = `${site}/lists/${teamSettingsList.name}/items`;
    const stored = tenant.emulator.state.lists.find((l) => l.name === teamSettingsList.name)!;
    const item = tenant.emulator.state.items.find((i) => i.listId === stored.id)!;
    const before = item.version;
    for (const note of ['een', 'twee', 'drie'])
      expect(
        (
          await tenant.call(ingrid, 'PATCH', `${items}/${item.id}/fields`, {
            body: { Topics: note },
          })
        ).status,
      ).toBe(200);
    const versions = await tenant.call(ingrid, 'GET', `${items}/${item.id}/versions?expand=fields`);
    expect(versions.status).toBe(200);
    expect((versions.json.value as { id: string }[]).map((v) => v.id)).toEqual([
      `${before + 3}.0`,
      `${before + 2}.0`,
      `${before + 1}.0`,
    ]);
    expect(versions.json.value[1]).toMatchObject({
      fields: { Topics: 'twee' },
      lastModifiedBy: { user: { id: tenant.user(ingrid).id } },
    });
    const one = await tenant.call(
      ingrid,
      'GET',
      `${items}/${item.id}/versions/${before + 1}.0?expand=fields`,
    );
    expect(one.json.fields.Topics).toBe('een');

    await list.update({ EnableVersioning: false });
    await tenant.call(ingrid, 'PATCH', `${items}/${item.id}/fields`, { body: { Topics: 'vier' } });
    const after = await tenant.call(ingrid, 'GET', `${items}/${item.id}/versions`);
    expect(after.json.value).toHaveLength(3);
  });

  it('shows no versions of a list the caller may not read', async () => {
    const res = await tenant.call(
      sanne,
      'GET',
      `${reasonsPath()}/items/${reasonId}/versions?expand=fields`,
    );
    expect(res.status).toBe(403);
    expect(res.text).not.toContain(reasonTitle);
  });
});
