import type {
  ColumnDefinition,
  List,
  ListItem,
  Permission,
  Site,
} from '@microsoft/microsoft-graph-types';
import { absencesList, teamSettingsList } from '../../schema/lists';
import { inject } from 'vitest';
import { demoSiteId, seededGroupIds } from '../seed';
import type { EmulatorState } from '../store';
import {
  addRoleAssignment,
  breakInheritance,
  builtInRoleIds,
  ensureGroupPrincipal,
  securityGroupClaimPrefix,
} from './sharepoint';
import { siteRoutes } from './sites';
import { callRoute, testGraphBaseUrl } from './test-context';
import type { TestRequest } from './test-context';

const now = new Date('2026-11-30T08:15:00Z');
const sanne = 'sanne.devries@lindeburg.example';
const mohamed = 'mohamed.elamrani@lindeburg.example';
const ingrid = 'ingrid.bakker@lindeburg.example';
const beheerder = 'beheerder@lindeburg.example';
const sitePath = `/sites/${demoSiteId}`;
const itemsPath = `${sitePath}/lists/${teamSettingsList.name}/items`;

let state: EmulatorState;
beforeEach(() => {
  // Bereikbaar's lists as provisioning makes them, with the demo data (tests/setup/demo-tenant-global-setup.ts).
  state = structuredClone(inject('demoTenantMonday'));
});

const call = (request: Omit<TestRequest, 'state' | 'now'> & { now?: Date }) =>
  callRoute(siteRoutes, { state, now, ...request });

describe('sites and lists', () => {
  it.each([
    ['by composite id', sitePath],
    ['by hostname and path', '/sites/lindeburg.sharepoint.com:/sites/bereikbaar'],
    [
      'by hostname and path with a trailing colon',
      '/sites/lindeburg.sharepoint.com:/sites/bereikbaar:',
    ],
  ])('finds the Bereikbaar site %s', async (_label, path) => {
    const response = await call({ as: sanne, method: 'GET', path });
    expect(response.status).toBe(200);
    const site = response.body as Site;
    expect(site).toMatchObject({
      id: demoSiteId,
      webUrl: 'https://lindeburg.sharepoint.com/sites/bereikbaar',
      name: 'bereikbaar',
    });
  });

  it('answers an unknown site with 404', async () => {
    const response = await call({
      as: sanne,
      method: 'GET',
      path: '/sites/lindeburg.sharepoint.com:/sites/elders',
    });
    expect(response.status).toBe(404);
  });

  it('lists lists, filters by displayName, and expands columns', async () => {
    const all = await call({
      as: sanne,
      method: 'GET',
      // Provisioning creates a list under its technical name, which is then also its title (displayName).
      path: `${sitePath}/lists?$filter=displayName eq '${teamSettingsList.name}'`,
    });
    expect((all.body.value as List[]).map((list) => list.displayName)).toEqual([
      teamSettingsList.name,
    ]);
    const one = await call({
      as: sanne,
      method: 'GET',
      path: `/sites/lindeburg.sharepoint.com:/sites/bereikbaar:/lists/${teamSettingsList.name}?expand=columns`,
    });
    expect(one.status).toBe(200);
    const columns = (one.body as List).columns as ColumnDefinition[];
    expect(columns.find((column) => column.name === 'Topics')).toMatchObject({
      text: { allowMultipleLines: true },
      indexed: false,
      required: false,
    });
  });

  it('creates a list with typed columns (Sites.Manage.All) and refuses a duplicate', async () => {
    const body = {
      displayName: 'Bereikbaar proef',
      columns: [
        { name: 'Status', choice: { choices: ['open', 'done'] }, required: true, indexed: true },
        { name: 'Due', dateTime: { format: 'dateTime' } },
        { name: 'Attempts', number: {} },
        { name: 'Urgent', boolean: {} },
      ],
      list: { template: 'genericList' },
    };
    const denied = await call({ as: ingrid, method: 'POST', path: `${sitePath}/lists`, body });
    expect(denied.status).toBe(403);
    const created = await call({
      as: ingrid,
      method: 'POST',
      path: `${sitePath}/lists`,
      body,
      scopes: ['Sites.Manage.All'],
    });
    expect(created.status).toBe(201);
    expect((created.body.columns as ColumnDefinition[]).map((column) => column.name)).toEqual([
      'Title',
      'Status',
      'Due',
      'Attempts',
      'Urgent',
    ]);
    const again = await call({
      as: ingrid,
      method: 'POST',
      path: `${sitePath}/lists`,
      body,
      scopes: ['Sites.Manage.All'],
    });
    expect(again.status).toBe(409);
  });
});

describe('list items', () => {
  it('lists items with selected fields', async () => {
    const response = await call({
      as: sanne,
      method: 'GET',
      path: `${itemsPath}?$expand=fields($select=Title,LeaderUpn)`,
    });
    expect(response.status).toBe(200);
    const items = response.body.value as ListItem[];
    expect(items).toHaveLength(25);
    expect(Object.keys(items[0]?.fields ?? {}).sort()).toEqual([
      '@odata.etag',
      'LeaderUpn',
      'Title',
    ]);
    expect(items[0]?.createdBy?.user).toMatchObject({ displayName: 'Ingrid Bakker' });
  });

  it('filters on an indexed column', async () => {
    const response = await call({
      as: sanne,
      method: 'GET',
      path: `${itemsPath}?expand=fields(select=Title)&$filter=fields/LeaderUpn eq '${mohamed}'`,
    });
    expect(
      (response.body.value as ListItem[]).map(
        (item) => (item.fields as Record<string, unknown> | undefined)?.Title,
      ),
    ).toEqual(['Burgerzaken']);
  });

  it('refuses a filter on a non-indexed column unless the Prefer header allows it', async () => {
    const path = `${itemsPath}?expand=fields&$filter=fields/Department eq 'Dienstverlening'`;
    const refused = await call({ as: sanne, method: 'GET', path });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('invalidRequest');
    const allowed = await call({
      as: sanne,
      method: 'GET',
      path,
      headers: { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' },
    });
    expect(allowed.status).toBe(200);
    expect(
      (allowed.body.value as ListItem[]).map(
        (item) => (item.fields as Record<string, unknown> | undefined)?.Title,
      ),
    ).toEqual(['KCP-TIC', 'Burgerzaken', 'Informatiebeheer']);
  });

  it('pages with $top and @odata.nextLink', async () => {
    const titles: unknown[] = [];
    let path: string | undefined = `${itemsPath}?$top=10&expand=fields`;
    let pages = 0;
    while (path) {
      const response = await call({ as: sanne, method: 'GET', path });
      titles.push(
        ...(response.body.value as ListItem[]).map(
          (item) => (item.fields as Record<string, unknown> | undefined)?.Title,
        ),
      );
      const next: string | undefined = response.body['@odata.nextLink'];
      path = next?.slice(testGraphBaseUrl.length);
      pages++;
    }
    expect(pages).toBe(3);
    expect(new Set(titles).size).toBe(25);
  });

  // The teams list is the coordinators' to maintain (schema/list-specs/team-settings-list.ts).
  it('creates, updates with If-Match, refuses a stale eTag with 412 without changing anything, and deletes', async () => {
    const created = await call({
      as: ingrid,
      method: 'POST',
      path: itemsPath,
      body: { fields: { Title: 'Testteam', Department: 'Dienstverlening' } },
    });
    expect(created.status).toBe(201);
    const item = created.body as ListItem;
    expect(item.eTag).toMatch(/^"[0-9a-f-]{36},1"$/);
    expect(created.headers?.etag).toBe(item.eTag);
    expect(item.fields).toMatchObject({ id: '26', Title: 'Testteam', '@odata.etag': item.eTag });
    expect(item.createdBy?.user?.displayName).toBe('Ingrid Bakker');

    const itemPath = `${itemsPath}/${item.id}`;
    const updated = await call({
      as: ingrid,
      method: 'PATCH',
      path: `${itemPath}/fields`,
      body: { Topics: 'testen' },
      headers: { 'If-Match': item.eTag ?? '' },
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ Title: 'Testteam', Topics: 'testen' });
    expect(updated.body['@odata.etag']).toMatch(/,2"$/);

    const stale = await call({
      as: ingrid,
      method: 'PATCH',
      path: `${itemPath}/fields`,
      body: { Topics: 'overschreven' },
      headers: { 'If-Match': item.eTag ?? '' },
    });
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe('preconditionFailed');
    const read = await call({ as: ingrid, method: 'GET', path: `${itemPath}?expand=fields` });
    expect(read.body.fields.Topics).toBe('testen');

    expect(
      (
        await call({
          as: ingrid,
          method: 'DELETE',
          path: itemPath,
          headers: { 'If-Match': item.eTag ?? '' },
        })
      ).status,
    ).toBe(412);
    expect(
      (
        await call({
          as: ingrid,
          method: 'DELETE',
          path: itemPath,
          headers: { 'If-Match': updated.body['@odata.etag'] },
        })
      ).status,
    ).toBe(204);
    expect((await call({ as: ingrid, method: 'GET', path: itemPath })).status).toBe(404);
  });

  it.each([
    ['an unknown column', { Title: 'x', Colour: 'blue' }],
    ['a missing required column', { Department: 'x' }],
    ['text over maxLength', { Title: 'x'.repeat(256) }],
    ['a number for a text column', { Title: 42 }],
  ])('refuses %s with 400', async (_label, fields) => {
    const response = await call({ as: ingrid, method: 'POST', path: itemsPath, body: { fields } });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalidRequest');
  });

  it('validates choice, number, boolean and dateTime columns', async () => {
    await call({
      as: ingrid,
      method: 'POST',
      path: `${sitePath}/lists`,
      scopes: ['Sites.Manage.All'],
      body: {
        displayName: 'Proef',
        columns: [
          { name: 'Status', choice: { choices: ['open', 'done'] } },
          { name: 'Due', dateTime: {} },
          { name: 'Attempts', number: {} },
          { name: 'Urgent', boolean: {} },
        ],
      },
    });
    const path = `${sitePath}/lists/Proef/items`;
    expect(
      (
        await call({
          as: sanne,
          method: 'POST',
          path,
          body: { fields: { Title: 'a', Status: 'maybe' } },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await call({
          as: sanne,
          method: 'POST',
          path,
          body: { fields: { Title: 'a', Attempts: 'many' } },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await call({
          as: sanne,
          method: 'POST',
          path,
          body: { fields: { Title: 'a', Urgent: 'yes' } },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await call({
          as: sanne,
          method: 'POST',
          path,
          body: { fields: { Title: 'a', Due: 'tomorrow' } },
        })
      ).status,
    ).toBe(400);
    const ok = await call({
      as: sanne,
      method: 'POST',
      path,
      body: {
        fields: {
          Title: 'a',
          Status: 'open',
          Attempts: 2,
          Urgent: true,
          Due: '2026-12-02T16:00:00.000+01:00',
        },
      },
    });
    expect(ok.status).toBe(201);
    expect(ok.body.fields).toMatchObject({
      Status: 'open',
      Attempts: 2,
      Urgent: true,
      Due: '2026-12-02T15:00:00Z',
    });
    const due = await call({
      as: sanne,
      method: 'GET',
      path: `${path}?expand=fields&$filter=fields/Due lt '2026-12-03T00:00:00Z'`,
      headers: { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' },
    });
    expect(due.body.value).toHaveLength(1);
  });
});

/**
 * Gives a list unique permissions as provisioning does through SharePoint REST: stop inheriting without copying
 * (the administrator keeps Full Control), then one role assignment per Entra group.
 */
function restrictList(listName: string, grants: ReadonlyArray<[groupId: string, roleId: number]>) {
  const site = state.sites[0]!;
  const list = state.lists.find((candidate) => candidate.name === listName)!;
  const administrator = state.users.find((user) => user.userPrincipalName === beheerder)!;
  breakInheritance(
    site,
    list,
    false,
    { userId: administrator.id, upn: beheerder },
    builtInRoleIds.fullControl,
  );
  for (const [groupId, roleId] of grants) {
    const principal = ensureGroupPrincipal(site, groupId, `${securityGroupClaimPrefix}${groupId}`);
    addRoleAssignment(list.roleAssignments!, principal.id, roleId);
  }
  return list;
}

describe('list permissions through Graph: SharePoint decides, Graph grants only applications', () => {
  const restrictedPath = `${sitePath}/lists/Terugbelverzoeken`;

  async function restrictedList() {
    const created = await call({
      as: ingrid,
      method: 'POST',
      path: `${sitePath}/lists`,
      scopes: ['Sites.Manage.All'],
      body: { displayName: 'Terugbelverzoeken', columns: [] },
    });
    expect(created.status).toBe(201);
    restrictList('Terugbelverzoeken', [
      [seededGroupIds.teamLeaders, builtInRoleIds.edit],
      [seededGroupIds.coordinators, builtInRoleIds.edit],
    ]);
  }

  it('refuses a group grant (only application permissions can be created on a list)', async () => {
    await restrictedList();
    const response = await call({
      as: beheerder,
      method: 'POST',
      path: `${restrictedPath}/permissions`,
      scopes: ['Sites.FullControl.All'],
      body: { roles: ['write'], grantedToV2: { group: { id: seededGroupIds.kcp } } },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalidRequest');
  });

  it('grants an application and lists it in Graph shape', async () => {
    await restrictedList();
    const granted = await call({
      as: beheerder,
      method: 'POST',
      path: `${restrictedPath}/permissions`,
      scopes: ['Sites.FullControl.All'],
      body: {
        roles: ['read'],
        grantedToV2: { application: { id: 'app-1', displayName: 'Rapportage' } },
      },
    });
    expect(granted.status).toBe(201);
    const response = await call({
      as: beheerder,
      method: 'GET',
      path: `${restrictedPath}/permissions`,
      scopes: ['Sites.FullControl.All'],
    });
    const permissions = response.body.value as Permission[];
    expect(permissions).toEqual([
      expect.objectContaining({
        roles: ['read'],
        grantedToV2: { application: { id: 'app-1', displayName: 'Rapportage' } },
      }),
    ]);
    const removed = await call({
      as: beheerder,
      method: 'DELETE',
      path: `${restrictedPath}/permissions/${granted.body.id}`,
      scopes: ['Sites.FullControl.All'],
    });
    expect(removed.status).toBe(204);
  });

  it('gives 403 to a caller outside the groups, for the list and its items, and hides it from the lists', async () => {
    await restrictedList();
    expect((await call({ as: sanne, method: 'GET', path: restrictedPath })).status).toBe(403);
    const items = await call({ as: sanne, method: 'GET', path: `${restrictedPath}/items` });
    expect(items.status).toBe(403);
    expect(items.body.error.code).toBe('accessDenied');
    expect(
      (
        await call({
          as: sanne,
          method: 'POST',
          path: `${restrictedPath}/items`,
          body: { fields: { Title: 'x' } },
        })
      ).status,
    ).toBe(403);
    const lists = await call({ as: sanne, method: 'GET', path: `${sitePath}/lists` });
    expect((lists.body.value as List[]).map((list) => list.name)).not.toContain(
      'Terugbelverzoeken',
    );
  });

  it('lets group members in: leaders write, members with Read only read', async () => {
    await restrictedList();
    expect(
      (
        await call({
          as: mohamed,
          method: 'POST',
          path: `${restrictedPath}/items`,
          body: { fields: { Title: 'Bel mevrouw Jansen' } },
        })
      ).status,
    ).toBe(201);
    const list = restrictList('Terugbelverzoeken', [[seededGroupIds.kcp, builtInRoleIds.read]]);
    expect((await call({ as: sanne, method: 'GET', path: `${restrictedPath}/items` })).status).toBe(
      200,
    );
    expect(
      (
        await call({
          as: sanne,
          method: 'POST',
          path: `${restrictedPath}/items`,
          body: { fields: { Title: 'x' } },
        })
      ).status,
    ).toBe(403);
    list.roleAssignments = list.roleAssignments!.filter(
      (assignment) => assignment.roleDefinitionIds[0] !== builtInRoleIds.read,
    );
    expect((await call({ as: sanne, method: 'GET', path: `${restrictedPath}/items` })).status).toBe(
      403,
    );
  });

  it('needs Manage Permissions on the list to see or change its Graph permissions', async () => {
    await restrictedList();
    const response = await call({
      as: mohamed,
      method: 'GET',
      path: `${restrictedPath}/permissions`,
      scopes: ['Sites.FullControl.All'],
    });
    expect(response.status).toBe(403);
  });
});

describe('the absences list: everyone reads, only leaders and coordinators write', () => {
  const absencesPath = `${sitePath}/lists/${absencesList.name}/items`;
  const fields = (personId: string) => ({
    Title: 'Pieter van der Berg',
    PersonId: personId,
    StartsAt: '2026-11-30T08:00:00Z',
  });
  beforeEach(() => {
    restrictList(absencesList.name, [
      [seededGroupIds.allStaff, builtInRoleIds.read],
      [seededGroupIds.teamLeaders, builtInRoleIds.edit],
      [seededGroupIds.coordinators, builtInRoleIds.edit],
    ]);
  });

  it('lets the agent read absences but refuses their create, update and delete with 403', async () => {
    const read = await call({ as: sanne, method: 'GET', path: `${absencesPath}?expand=fields` });
    expect(read.status).toBe(200);
    const seeded = (read.body.value as ListItem[])[0]!;
    expect(seeded.fields).toBeDefined();
    const lists = await call({ as: sanne, method: 'GET', path: `${sitePath}/lists` });
    expect((lists.body.value as List[]).map((list) => list.name)).toContain(absencesList.name);

    const created = await call({
      as: sanne,
      method: 'POST',
      path: absencesPath,
      body: { fields: fields('p-1') },
    });
    expect(created.status).toBe(403);
    expect(created.body.error.code).toBe('accessDenied');
    const patched = await call({
      as: sanne,
      method: 'PATCH',
      path: `${absencesPath}/${seeded.id}/fields`,
      body: { NoteForFrontOffice: 'Toch aanwezig' },
    });
    expect(patched.status).toBe(403);
    expect(patched.body.error.code).toBe('accessDenied');
    const deleted = await call({
      as: sanne,
      method: 'DELETE',
      path: `${absencesPath}/${seeded.id}`,
    });
    expect(deleted.status).toBe(403);
    const after = await call({ as: sanne, method: 'GET', path: `${absencesPath}/${seeded.id}` });
    expect(after.status).toBe(200);
  });

  it.each([
    ['the team leader', mohamed],
    ['the coordinator', ingrid],
  ])('lets %s create and update an absence', async (_label, upn) => {
    const created = await call({
      as: upn,
      method: 'POST',
      path: absencesPath,
      body: { fields: fields('p-2') },
    });
    expect(created.status).toBe(201);
    const id = (created.body as ListItem).id!;
    const patched = await call({
      as: upn,
      method: 'PATCH',
      path: `${absencesPath}/${id}/fields`,
      body: { NoteForFrontOffice: 'Vervanging geregeld' },
    });
    expect(patched.status).toBe(200);
  });
});
