// Contract: SharePoint's REST API as provisioning uses it, with PnPjs (@pnp/sp) itself as the client.
// - Permissions on a list (break inheritance, role assignments, role definitions):
//   https://learn.microsoft.com/en-us/sharepoint/dev/sp-add-ins/set-custom-permissions-on-a-list-by-using-the-rest-interface
// - BreakRoleInheritance(copyRoleAssignments, clearSubscopes): "If the value is false, the collection of role
//   assignments must contain only 1 role assignment containing the current user after the operation"; refused with
//   UnauthorizedAccessException without Manage Permissions:
//   https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-csom/ee545470(v=office.15),
//   https://learn.microsoft.com/en-us/previous-versions/office/developer/sharepoint-2010/ee573144(v=office.14)
// - Permission levels and their rights (SPBasePermissions, BasePermissions High/Low):
//   https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-server/ms412690(v=office.15)
// - EnsureUser: "The current user must have the BrowseUserInfo rights"; an unknown logon name is an SPException:
//   https://learn.microsoft.com/en-us/previous-versions/office/developer/sharepoint-2010/ms473422(v=office.14)
// - JSON formats (odata=verbose, minimalmetadata, nometadata):
//   https://learn.microsoft.com/en-us/sharepoint/dev/general-development/json-light-support-rest-sharepoint
// - Lists (getByTitle, MERGE with IF-MATCH *): https://learn.microsoft.com/en-us/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest
import { PermissionKind } from '@pnp/sp/security';
import { seededGroupIds } from '../../emulator/seed';
import { builtInRoleIds } from '../../emulator/routes/sharepoint';
import { absencesList, callbacksList, teamSettingsList } from '../../schema/lists';
import { demoSiteId } from '../../emulator/seed';
import { mohamed, sanne, startContractTenant } from './contract-support';
import type { ContractTenant } from './contract-support';
import { administrator, restrictList, sharePointToken, spAs, spFetch } from './sharepoint-support';

let tenant: ContractTenant;
/**
 * A list as SharePoint makes one, inheriting the site's permissions: Bereikbaar's own lists are provisioned
 * already (each with exactly its own grants), so the tests of inheritance use this one.
 */
const plainList = 'Proeflijst';
beforeAll(async () => {
  tenant = await startContractTenant();
  const created = await tenant.call(administrator, 'POST', `/sites/${demoSiteId}/lists`, {
    body: { displayName: plainList, list: { template: 'genericList' } },
    scopes: ['Sites.Manage.All'],
  });
  if (created.status !== 201) throw new Error(`Could not create ${plainList}: ${created.status}`);
});
afterAll(async () => {
  await tenant.emulator.close();
});

type Assignment = {
  PrincipalId: number;
  Member?: { LoginName: string; PrincipalType: number };
  RoleDefinitionBindings?: { Id: number; Name: string }[];
};

describe('signing in to SharePoint', () => {
  it('answers 401 with a Bearer challenge without a token', async () => {
    const res = await spFetch(tenant, 'GET', 'web', { token: null });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(
      /^Bearer realm="[0-9a-f-]+",client_id="00000003-0000-0ff1-ce00-000000000000"/,
    );
  });

  it('refuses a Microsoft Graph token (another audience) with 401', async () => {
    const graphToken = tenant.emulator.tokenFor(administrator, [
      'Sites.FullControl.All',
      'AllSites.FullControl',
    ]);
    const res = await spFetch(tenant, 'GET', 'web', { token: graphToken });
    expect(res.status).toBe(401);
  });

  it('serves the web to a SharePoint token, in minimal metadata for Accept: application/json', async () => {
    const res = await spFetch(tenant, 'GET', 'web');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json;odata=minimalmetadata/);
    expect(res.json).toMatchObject({
      'odata.type': 'SP.Web',
      Title: 'Bereikbaar',
      Url: 'https://lindeburg.sharepoint.com/sites/bereikbaar',
      ServerRelativeUrl: '/sites/bereikbaar',
    });
  });

  it('refuses a token without SharePoint scopes with 403 UnauthorizedAccessException', async () => {
    const token = sharePointToken(tenant, administrator, ['User.Read']);
    const res = await spFetch(tenant, 'GET', 'web', { token });
    expect(res.status).toBe(403);
    expect(res.json['odata.error'].code).toBe('-2147024891, System.UnauthorizedAccessException');
    expect(res.json['odata.error'].message).toEqual({ lang: 'en-US', value: expect.any(String) });
  });

  it('gives a guest, who is in no staff group, nothing', async () => {
    const guest = tenant.emulator.state.users.find((user) => user.userType === 'Guest')!;
    const res = await spFetch(tenant, 'GET', 'web', {
      token: sharePointToken(tenant, guest.userPrincipalName, ['AllSites.Read']),
    });
    expect(res.status).toBe(403);
  });
});

describe('permission levels (role definitions)', () => {
  it('has the built-in levels with SharePoint’s ids, RoleTypeKind and base permissions', async () => {
    const definitions = await spAs(tenant, administrator).web.roleDefinitions();
    // The built-in ones (provisioning added Bereikbaar's own, RoleTypeKind 0).
    const byName = Object.fromEntries(
      definitions
        .filter((d) => d.RoleTypeKind !== 0)
        .map((d) => [d.Name, [d.Id, d.RoleTypeKind, d.BasePermissions]]),
    );
    expect(byName).toEqual({
      'Full Control': [1073741829, 5, { High: '2147483647', Low: '4294967295' }],
      Design: [1073741828, 4, { High: '432', Low: '1012866047' }],
      Edit: [1073741830, 6, { High: '432', Low: '1011030767' }],
      Contribute: [1073741827, 3, { High: '432', Low: '1011028719' }],
      Read: [1073741826, 2, { High: '176', Low: '138612833' }],
      'Limited Access': [1073741825, 1, { High: '16', Low: '134287360' }],
    });
  });

  it('finds a level by name, by type and by id', async () => {
    const web = spAs(tenant, administrator).web;
    expect((await web.roleDefinitions.getByName('Read')()).Id).toBe(builtInRoleIds.read);
    expect((await web.roleDefinitions.getByType(6)()).Name).toBe('Edit');
    expect((await web.roleDefinitions.getById(builtInRoleIds.contribute)()).Name).toBe(
      'Contribute',
    );
  });

  it('adds a custom level (Contribute without Delete Items) that PnPjs reads back', async () => {
    const sp = spAs(tenant, administrator);
    const contribute = await sp.web.roleDefinitions.getByName('Contribute')();
    const low = (Number(contribute.BasePermissions.Low) & ~0x8) >>> 0;
    const added = await sp.web.roleDefinitions.add(
      'Bijdragen zonder verwijderen',
      'Toevoegen en bewerken, niet verwijderen',
      65,
      {
        High: Number(contribute.BasePermissions.High),
        Low: low,
      },
    );
    expect(added.data).toMatchObject({ Name: 'Bijdragen zonder verwijderen', RoleTypeKind: 0 });
    const read = await added.definition();
    expect(sp.web.hasPermissions(read.BasePermissions, PermissionKind.EditListItems)).toBe(true);
    expect(sp.web.hasPermissions(read.BasePermissions, PermissionKind.DeleteListItems)).toBe(false);
  });

  it('refuses a level without Manage Permissions on the web', async () => {
    await expect(
      spAs(tenant, mohamed).web.roleDefinitions.add('Eigen niveau', '', 1, { High: 0, Low: 1 }),
    ).rejects.toMatchObject({ status: 403 });
  });
});

describe('site users and groups', () => {
  it('has Owners with the administrator, Members with all staff, an empty Visitors', async () => {
    const web = spAs(tenant, administrator).web;
    const groups = await web.siteGroups();
    expect(groups.map((group) => group.Title)).toEqual([
      'Bereikbaar Owners',
      'Bereikbaar Visitors',
      'Bereikbaar Members',
    ]);
    const members = async (title: string) =>
      (await web.siteGroups.getByName(title).users()).map((user) => user.LoginName);
    expect(await members('Bereikbaar Owners')).toEqual([
      'i:0#.f|membership|beheerder@lindeburg.example',
    ]);
    expect(await members('Bereikbaar Members')).toEqual([
      `c:0t.c|tenant|${seededGroupIds.allStaff}`,
    ]);
    expect(await members('Bereikbaar Visitors')).toEqual([]);
  });

  it('knows the administrator as site collection administrator (SharePoint gives them every right)', async () => {
    const sp = spAs(tenant, administrator);
    const me = await sp.web.currentUser();
    expect(me).toMatchObject({
      IsSiteAdmin: true,
      PrincipalType: 1,
      LoginName: 'i:0#.f|membership|beheerder@lindeburg.example',
    });
    const mask = await sp.web.getCurrentUserEffectivePermissions();
    for (const right of [
      PermissionKind.ManagePermissions,
      PermissionKind.EnumeratePermissions,
      PermissionKind.DeleteListItems,
    ])
      expect(sp.web.hasPermissions(mask, right), PermissionKind[right]).toBe(true);
  });

  it('ensures a user, an Entra security group and refuses what the directory does not know', async () => {
    const web = spAs(tenant, administrator).web;
    const user = await web.ensureUser(`i:0#.f|membership|${sanne}`);
    expect(user).toMatchObject({ PrincipalType: 1, Email: sanne, IsSiteAdmin: false });
    expect((await web.ensureUser(sanne)).Id).toBe(user.Id);
    const group = await web.ensureUser(`c:0t.c|tenant|${seededGroupIds.teamLeaders}`);
    expect(group).toMatchObject({ PrincipalType: 4, Title: 'Bereikbaar Teamleiders' });
    const res = await spFetch(tenant, 'POST', 'web/ensureuser', {
      body: { logonName: 'niemand@lindeburg.example' },
    });
    expect(res.status).toBe(400);
    expect(res.json['odata.error']).toEqual({
      code: '-2146232832, Microsoft.SharePoint.SPException',
      message: {
        lang: 'en-US',
        value: 'The specified user niemand@lindeburg.example could not be found.',
      },
    });
    // A security group is not a Microsoft 365 group: its federated directory claim names nobody.
    const m365 = await spFetch(tenant, 'POST', 'web/ensureuser', {
      body: { logonName: `c:0o.c|federateddirectoryclaimprovider|${seededGroupIds.teamLeaders}` },
    });
    expect(m365.status).toBe(400);
  });
});

describe('a list: its settings and its permissions', () => {
  it('reads a list by title with $select, leaving HasUniqueRoleAssignments out unless selected', async () => {
    const list = spAs(tenant, administrator).web.lists.getByTitle(plainList);
    const all = await list();
    expect(all).toMatchObject({ Title: plainList, BaseTemplate: 100 });
    expect(all).not.toHaveProperty('HasUniqueRoleAssignments');
    const chosen = await list.select(
      'HasUniqueRoleAssignments',
      'EnableVersioning',
      'MajorVersionLimit',
    )();
    expect(chosen).toMatchObject({
      HasUniqueRoleAssignments: false,
      EnableVersioning: true,
      MajorVersionLimit: 50,
    });
    const byId = await spAs(tenant, administrator).web.lists.getById(all.Id).select('Title')();
    expect(byId.Title).toBe(plainList);
  });

  it('answers a missing list with 404 System.ArgumentException', async () => {
    const res = await spFetch(tenant, 'GET', "web/lists/getByTitle('Bestaat niet')");
    expect(res.status).toBe(404);
    expect(res.json['odata.error'].code).toBe('-1, System.ArgumentException');
    expect(res.json['odata.error'].message.value).toBe(
      "List 'Bestaat niet' does not exist at site with URL 'https://lindeburg.sharepoint.com/sites/bereikbaar'.",
    );
  });

  it('updates versioning with MERGE (X-HTTP-Method) and refuses an unknown property', async () => {
    const list = spAs(tenant, administrator).web.lists.getByTitle(callbacksList.name);
    await list.update({ EnableVersioning: true, MajorVersionLimit: 100 });
    expect(await list.select('EnableVersioning', 'MajorVersionLimit')()).toMatchObject({
      EnableVersioning: true,
      MajorVersionLimit: 100,
    });
    await expect(list.update({ Kleur: 'blauw' } as Record<string, unknown>)).rejects.toMatchObject({
      status: 400,
    });
  });

  it('breaks inheritance without copying: only the caller keeps access, with Full Control', async () => {
    const sp = spAs(tenant, administrator);
    const list = sp.web.lists.getByTitle(plainList);
    await list.resetRoleInheritance();
    await list.breakRoleInheritance(false, true);
    expect(
      (await list.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>())
        .HasUniqueRoleAssignments,
    ).toBe(true);
    const assignments = await list.roleAssignments.expand('Member', 'RoleDefinitionBindings')<
      Assignment[]
    >();
    expect(
      assignments.map((a) => [a.Member?.LoginName, a.RoleDefinitionBindings?.map((b) => b.Name)]),
    ).toEqual([['i:0#.f|membership|beheerder@lindeburg.example', ['Full Control']]]);
  });

  it('adds and removes role assignments for an Entra group; a bad principal or level is a 400', async () => {
    const sp = spAs(tenant, administrator);
    const list = sp.web.lists.getByTitle(absencesList.name);
    const staff = await sp.web.ensureUser(`c:0t.c|tenant|${seededGroupIds.allStaff}`);
    await list.roleAssignments.add(staff.Id, builtInRoleIds.read);
    await list.roleAssignments.add(staff.Id, builtInRoleIds.edit);
    await list.roleAssignments.remove(staff.Id, builtInRoleIds.edit);
    const assignment = await list.roleAssignments
      .getById(staff.Id)
      .expand('RoleDefinitionBindings')<Assignment>();
    expect(assignment.RoleDefinitionBindings?.map((b) => b.Name)).toEqual(['Read']);
    await expect(list.roleAssignments.add(9999, builtInRoleIds.read)).rejects.toMatchObject({
      status: 400,
    });
    await expect(list.roleAssignments.add(staff.Id, 42)).rejects.toMatchObject({ status: 400 });
  });

  it('refuses breaking inheritance and role assignments without Manage Permissions (403)', async () => {
    // The team leader is a site member (Edit): no Manage Permissions, whatever the token's scope.
    const list = spAs(tenant, mohamed).web.lists.getByTitle(teamSettingsList.name);
    await expect(list.breakRoleInheritance(false)).rejects.toMatchObject({ status: 403 });
    const res = await spFetch(
      tenant,
      'POST',
      `web/lists/getByTitle('${teamSettingsList.name}')/roleassignments/addroleassignment(principalid=5,roledefid=${builtInRoleIds.fullControl})`,
      { token: sharePointToken(tenant, mohamed) },
    );
    expect(res.status).toBe(403);
    expect(res.json['odata.error'].code).toBe('-2147024891, System.UnauthorizedAccessException');
    // And the administrator needs AllSites.FullControl for it.
    const manageOnly = spAs(tenant, administrator, { scopes: ['AllSites.Manage'] });
    await expect(
      manageOnly.web.lists.getByTitle(teamSettingsList.name).breakRoleInheritance(true),
    ).rejects.toMatchObject({ status: 403 });
  });

  it('copies the web’s assignments when asked, and resets to inheriting', async () => {
    const list = spAs(tenant, administrator).web.lists.getByTitle(plainList);
    await list.resetRoleInheritance();
    await list.breakRoleInheritance(true, false);
    const copied = await list.roleAssignments<Assignment[]>();
    expect(copied.map((a) => a.PrincipalId).sort()).toEqual([3, 4, 5]);
    await list.resetRoleInheritance();
    expect(
      (await list.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>())
        .HasUniqueRoleAssignments,
    ).toBe(false);
  });

  it('speaks odata=verbose and odata=nometadata to PnPjs alike', async () => {
    for (const accept of ['application/json;odata=verbose', 'application/json;odata=nometadata']) {
      const sp = spAs(tenant, administrator, { accept });
      const read = await sp.web.roleDefinitions.getByName('Read')();
      expect(read.Id, accept).toBe(builtInRoleIds.read);
      const definitions = await sp.web.roleDefinitions();
      expect(definitions.length, accept).toBeGreaterThanOrEqual(6);
    }
    const verbose = await spFetch(tenant, 'GET', "web/roledefinitions/getbyname('Read')", {
      headers: { Accept: 'application/json;odata=verbose' },
    });
    expect(verbose.json.d.__metadata.type).toBe('SP.RoleDefinition');
  });

  it('computes effective permissions as the union over the caller’s groups', async () => {
    await restrictList(tenant, absencesList.name, [
      { groupId: seededGroupIds.allStaff, roleDefinitionId: builtInRoleIds.read },
      { groupId: seededGroupIds.teamLeaders, roleDefinitionId: builtInRoleIds.edit },
    ]);
    const check = async (upn: string) => {
      const sp = spAs(tenant, upn);
      const mask = await sp.web.lists
        .getByTitle(absencesList.name)
        .getCurrentUserEffectivePermissions();
      return [
        sp.web.hasPermissions(mask, PermissionKind.ViewListItems),
        sp.web.hasPermissions(mask, PermissionKind.EditListItems),
      ];
    };
    expect(await check(sanne)).toEqual([true, false]);
    expect(await check(mohamed)).toEqual([true, true]);
  });
});
