// Contract: SharePoint through Graph (site get by id and by path, list get/create with columns, list items
// list/get/create/update fields/delete, eTags and If-Match, list permissions) against the examples in the
// Microsoft Graph v1.0 documentation, typed with @microsoft/microsoft-graph-types.
import type * as MicrosoftGraph from '@microsoft/microsoft-graph-types';
import { teamSettingsList } from '../../schema/lists';
import { demoSiteId, sharePointHostname } from '../../emulator/seed';
import {
  jsonContentType,
  mohamed,
  sanne,
  shapeDifferences,
  startContractTenant,
} from './contract-support';
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

// Doc "Get a SharePoint Site", response.
const documentedSite = {
  id: 'contoso.sharepoint.com,2C712604-1370-44E7-A1F5-426573FDA80A,2D2244C3-251A-49EA-93A8-39E1C3A060FE',
  displayName: 'OneDrive Team Site',
  name: '1drvteam',
  createdDateTime: '2017-05-09T20:56:00Z',
  lastModifiedDateTime: '2017-05-09T20:56:01Z',
  webUrl: 'https://contoso.sharepoint.com/teams/1drvteam',
};

// Doc "Get a SharePoint list", first response.
const documentedList = {
  id: '1234-112-112-4',
  name: 'MicroFeed',
  createdDateTime: '2016-08-30T08:32:00Z',
  lastModifiedDateTime: '2016-08-30T08:32:00Z',
  list: { hidden: false, template: 'genericList' },
};

// Doc "Create a new entry in a SharePoint list", response.
const documentedIdentity = {
  user: { displayName: 'Ryan Gregg', id: '8606e4d5-d582-4f5f-aeba-7d7c18b20cfd' },
};
const documentedCreated = {
  id: '20',
  createdDateTime: '2016-08-30T08:26:00Z',
  createdBy: documentedIdentity,
  lastModifiedDateTime: '2016-08-30T08:26:00Z',
  lastModifiedBy: documentedIdentity,
};

describe('Get a SharePoint Site', () => {
  it('GET /sites/{site-id}', async () => {
    const res = await tenant.call(sanne, 'GET', site);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(jsonContentType);
    expect(shapeDifferences(res.json, documentedSite)).toEqual([]);
    expect((res.json as MicrosoftGraph.Site).id).toBe(demoSiteId);
  });

  it('GET /sites/{hostname}:/{server-relative-path}', async () => {
    const res = await tenant.call(sanne, 'GET', `/sites/${sharePointHostname}:/sites/bereikbaar`);
    expect(res.status).toBe(200);
    expect(shapeDifferences(res.json, documentedSite)).toEqual([]);
    expect((res.json as MicrosoftGraph.Site).id).toBe(demoSiteId);
  });

  it('an unknown site is a 404 itemNotFound', async () => {
    const res = await tenant.call(sanne, 'GET', `/sites/${sharePointHostname}:/sites/bestaat-niet`);
    expect(res.status).toBe(404);
    expect(res.json.error.code).toBe('itemNotFound');
  });

  it('without a Sites scope it is a 403', async () => {
    const res = await tenant.call(sanne, 'GET', site, { scopes: ['User.Read'] });
    expect(res.status).toBe(403);
  });
});

describe('Get a SharePoint list', () => {
  it('GET /sites/{site-id}/lists/{list-id} and /lists/{list-title}', async () => {
    const byName = await tenant.call(sanne, 'GET', `${site}/lists/${teamSettingsList.name}`);
    expect(byName.status).toBe(200);
    expect(shapeDifferences(byName.json, documentedList)).toEqual([]);
    const list = byName.json as MicrosoftGraph.List;
    const byId = await tenant.call(sanne, 'GET', `${site}/lists/${list.id}`);
    expect(byId.status).toBe(200);
    expect((byId.json as MicrosoftGraph.List).id).toBe(list.id);
    const byTitle = await tenant.call(
      sanne,
      'GET',
      // The title provisioning gave the list: its technical name (SharePoint derives the list's URL from it).
      `${site}/lists/${encodeURIComponent(list.displayName ?? '')}`,
    );
    expect(byTitle.status).toBe(200);
    expect((byTitle.json as MicrosoftGraph.List).id).toBe(list.id);
  });

  it('?expand=columns returns the column definitions', async () => {
    const res = await tenant.call(
      sanne,
      'GET',
      `${site}/lists/${teamSettingsList.name}?expand=columns`,
    );
    expect(res.status).toBe(200);
    const columns = (res.json as MicrosoftGraph.List).columns ?? [];
    expect(columns.map((column) => column.name)).toEqual(
      expect.arrayContaining(teamSettingsList.columns.map((column) => column.name)),
    );
  });
});

describe('Create a SharePoint List', () => {
  it('POST /sites/{site-id}/lists (the documented "Books" list) answers 201 with the list', async () => {
    const res = await tenant.call(mohamed, 'POST', `${site}/lists`, {
      body: {
        displayName: 'Books',
        columns: [
          { name: 'Author', text: {} },
          { name: 'PageCount', number: {} },
        ],
        list: { template: 'genericList' },
      },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toMatch(jsonContentType);
    expect(shapeDifferences(res.json, { ...documentedCreated, id: 'x' })).toEqual([]);
    const list = res.json as MicrosoftGraph.List;
    expect(list.createdBy?.user?.id).toBe(tenant.user(mohamed).id);
    expect(list.list?.template).toBe('genericList');
    const columns = await tenant.call(mohamed, 'GET', `${site}/lists/${list.id}/columns`);
    const names = (columns.json as { value: MicrosoftGraph.ColumnDefinition[] }).value.map(
      (column) => column.name,
    );
    // The generic list template adds Title.
    expect(names).toEqual(expect.arrayContaining(['Title', 'Author', 'PageCount']));
  });

  it('without Sites.Manage.All creating a list is a 403', async () => {
    const res = await tenant.call(mohamed, 'POST', `${site}/lists`, {
      scopes: ['Sites.ReadWrite.All'],
      body: { displayName: 'Niet toegestaan', list: { template: 'genericList' } },
    });
    expect(res.status).toBe(403);
  });
});

describe('list items', () => {
  let items = '';
  beforeAll(async () => {
    const created = await tenant.call(mohamed, 'POST', `${site}/lists`, {
      body: {
        displayName: 'Inventory',
        columns: [
          { name: 'Name', text: {} },
          { name: 'Color', text: {} },
          { name: 'Weight', number: {} },
          { name: 'Quantity', number: {} },
        ],
        list: { template: 'genericList' },
      },
    });
    expect(created.status).toBe(201);
    items = `${site}/lists/${(created.json as MicrosoftGraph.List).id}/items`;
  });

  it('create, list, get, update fields and delete, as documented', async () => {
    // Doc "Create a new entry in a SharePoint list".
    const created = await tenant.call(mohamed, 'POST', items, {
      body: { fields: { Title: 'Widget', Color: 'Purple', Weight: 32 } },
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('content-type')).toMatch(jsonContentType);
    expect(shapeDifferences(created.json, documentedCreated)).toEqual([]);
    const item = created.json as MicrosoftGraph.ListItem;
    expect(created.headers.get('location')).toBe(`${tenant.emulator.graphUrl}${items}/${item.id}`);
    expect(created.headers.get('etag')).toBe(item.eTag);
    expect(item.fields).toMatchObject({ Title: 'Widget', Color: 'Purple', Weight: 32 });

    // Doc "Retrieve items from a SharePoint list" (expand=fields(select=Name,Color,Quantity)); the new item has
    // no Quantity yet, so only its presence is compared.
    const listed = await tenant.call(
      mohamed,
      'GET',
      `${items}?expand=fields(select=Name,Color,Quantity)`,
    );
    expect(listed.status).toBe(200);
    expect(
      shapeDifferences(listed.json, {
        value: [{ id: '2', fields: { Color: 'Red', Quantity: null } }],
      }),
    ).toEqual([]);
    const [first] = (listed.json as { value: MicrosoftGraph.ListItem[] }).value;
    expect(first?.fields).not.toHaveProperty('Title');

    // Doc "Get listItem" (?expand=fields).
    const got = await tenant.call(mohamed, 'GET', `${items}/${item.id}?expand=fields`);
    expect(got.status).toBe(200);
    expect(
      shapeDifferences(got.json, { id: '5', fields: { Color: 'Blue', Weight: 2357 } }),
    ).toEqual([]);
    expect(got.headers.get('etag')).toBe(item.eTag);

    // Doc "Update listItem": PATCH .../fields answers 200 with the fieldValueSet.
    const updated = await tenant.call(mohamed, 'PATCH', `${items}/${item.id}/fields`, {
      headers: { 'If-Match': item.eTag ?? '' },
      body: { Color: 'Fuchsia', Quantity: 934 },
    });
    expect(updated.status).toBe(200);
    expect(
      shapeDifferences(updated.json, { Title: 'Widget', Color: 'Fuchsia', Quantity: 934 }),
    ).toEqual([]);
    const fields = updated.json as MicrosoftGraph.FieldValueSet & Record<string, unknown>;
    expect(fields.Color).toBe('Fuchsia');
    expect(fields.Quantity).toBe(934);
    expect(fields.Weight).toBe(32);

    // If-Match with the old eTag: 412, and nothing changes.
    const stale = await tenant.call(mohamed, 'PATCH', `${items}/${item.id}/fields`, {
      headers: { 'If-Match': item.eTag ?? '' },
      body: { Color: 'Green' },
    });
    expect(stale.status).toBe(412);
    expect(typeof stale.json.error.code).toBe('string');
    const unchanged = await tenant.call(mohamed, 'GET', `${items}/${item.id}?expand=fields`);
    expect((unchanged.json as MicrosoftGraph.ListItem).fields).toMatchObject({ Color: 'Fuchsia' });

    const staleDelete = await tenant.call(mohamed, 'DELETE', `${items}/${item.id}`, {
      headers: { 'If-Match': item.eTag ?? '' },
    });
    expect(staleDelete.status).toBe(412);

    // Doc "Delete an item from a list": 204 No Content.
    const deleted = await tenant.call(mohamed, 'DELETE', `${items}/${item.id}`);
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    const gone = await tenant.call(mohamed, 'GET', `${items}/${item.id}`);
    expect(gone.status).toBe(404);
  });

  it('$top pages with @odata.nextLink', async () => {
    for (const title of ['a', 'b', 'c']) {
      const res = await tenant.call(mohamed, 'POST', items, { body: { fields: { Title: title } } });
      expect(res.status).toBe(201);
    }
    const page = await tenant.call(mohamed, 'GET', `${items}?$top=2&expand=fields`);
    expect(page.status).toBe(200);
    expect(page.json.value).toHaveLength(2);
    const nextLink: string = page.json['@odata.nextLink'];
    expect(nextLink.startsWith(tenant.emulator.graphUrl)).toBe(true);
    const rest = await tenant.call(mohamed, 'GET', nextLink.slice(tenant.emulator.graphUrl.length));
    expect(rest.status).toBe(200);
    expect(rest.json.value.length).toBeGreaterThan(0);
  });

  it('a list that grants only others access answers 403 to the rest', async () => {
    // Unique permissions are SharePoint's (set through its REST API); Graph grants lists to applications only.
    await restrictList(tenant, 'Inventory', [
      { groupId: seededGroupIds.teamLeaders, roleDefinitionId: builtInRoleIds.edit },
    ]);
    const denied = await tenant.call(sanne, 'GET', `${items}?expand=fields`);
    expect(denied.status).toBe(403);
    expect(denied.json.error.code).toBe('accessDenied');
    const allowed = await tenant.call(mohamed, 'GET', `${items}?expand=fields`);
    expect(allowed.status).toBe(200);
  });
});
