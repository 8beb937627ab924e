// Contract: SharePoint's list rules as Graph passes them on — the list view threshold on filtered item queries, the
// Title column the genericList template brings, maxLength only on single-line text, unique column values, and item
// ids that are never reused. Each block names the documentation page it follows.
import type * as MicrosoftGraph from '@microsoft/microsoft-graph-types';
import { demoSiteId } from '../../emulator/seed';
import { listViewThresholdMessage } from '../../emulator/list-view-threshold';
import { mohamed, startContractTenant } from './contract-support';
import type { ContractTenant } from './contract-support';

let tenant: ContractTenant;
beforeAll(async () => {
  tenant = await startContractTenant();
});
afterAll(async () => {
  await tenant.emulator.close();
});

const site = `/sites/${demoSiteId}`;
let listCount = 0;

/** A new list with these columns (Title comes with the template); its id. */
async function newList(columns: unknown[]): Promise<string> {
  listCount += 1;
  const created = await tenant.call(mohamed, 'POST', `${site}/lists`, {
    body: { displayName: `Contract${listCount}`, columns, list: { template: 'genericList' } },
  });
  expect(created.status).toBe(201);
  return (created.json as MicrosoftGraph.List).id!;
}

describe('Manage large lists and libraries: https://support.microsoft.com/office/manage-large-lists-and-libraries-b8588dae-9387-48c2-9248-c24122f07c59', () => {
  let items = '';
  beforeAll(async () => {
    const listId = await newList([
      { name: 'Status', indexed: true, text: {} },
      { name: 'Code', indexed: true, text: {} },
      { name: 'Note', text: {} },
    ]);
    items = `${site}/lists/${listId}/items`;
    // 6,000 items straight into the store (6,000 POSTs would only slow the test): 5,500 'done', 500 'open'.
    const stamp = new Date().toISOString();
    for (let n = 1; n <= 6000; n++)
      tenant.emulator.state.items.push({
        id: String(n),
        listId,
        fields: { Title: `t${n}`, Status: n <= 5500 ? 'done' : 'open', Code: `c${n}`, Note: 'x' },
        version: 1,
        createdBy: tenant.user(mohamed).id,
        lastModifiedBy: tenant.user(mohamed).id,
        createdDateTime: stamp,
        lastModifiedDateTime: stamp,
      });
  });

  const get = (filter: string, prefer?: string) =>
    tenant.call(mohamed, 'GET', `${items}?$top=5&$filter=${encodeURIComponent(filter)}`, {
      headers: prefer ? { Prefer: prefer } : {},
    });

  it('an indexed clause that matches more than 5,000 items is refused, whatever $top says', async () => {
    const refused = await get("fields/Status eq 'done'");
    expect(refused.status).toBe(500);
    expect(refused.json.error.message).toBe(listViewThresholdMessage);
  });

  it('the first indexed column decides: a narrow clause after a wide one does not help', async () => {
    expect((await get("fields/Status eq 'done' and fields/Code eq 'c1'")).status).toBe(500);
    const served = await get("fields/Code eq 'c1' and fields/Status eq 'done'");
    expect(served.status).toBe(200);
    expect(served.json.value).toHaveLength(1);
  });

  it('an indexed clause under the threshold is served and paged', async () => {
    const open = await get("fields/Status eq 'open'");
    expect(open.status).toBe(200);
    expect(open.json.value).toHaveLength(5);
    expect(typeof open.json['@odata.nextLink']).toBe('string');
  });

  it('a filter without an indexed value clause is refused, also with the Prefer header', async () => {
    expect((await get('fields/Code eq null')).status).toBe(500);
    expect((await get("fields/Note eq 'x'")).status).toBe(400);
    expect(
      (await get("fields/Note eq 'x'", 'HonorNonIndexedQueriesWarningMayFailRandomly')).status,
    ).toBe(500);
  });

  it('reading the large list without a filter is allowed, page by page', async () => {
    const page = await tenant.call(mohamed, 'GET', `${items}?$top=100`);
    expect(page.status).toBe(200);
    expect(page.json.value).toHaveLength(100);
  });
});

describe('Create a SharePoint list: https://learn.microsoft.com/graph/api/list-create', () => {
  it('the genericList template brings Title; a second Title in the request is refused', async () => {
    const refused = await tenant.call(mohamed, 'POST', `${site}/lists`, {
      body: {
        displayName: 'TitleTwice',
        columns: [{ name: 'Title', text: {} }],
        list: { template: 'genericList' },
      },
    });
    expect(refused.status).toBe(409);
    const listId = await newList([{ name: 'Other', text: {} }]);
    const columns = await tenant.call(mohamed, 'GET', `${site}/lists/${listId}/columns`);
    const names = (columns.json as { value: MicrosoftGraph.ColumnDefinition[] }).value.map(
      (column) => column.name,
    );
    expect(names.filter((name) => name === 'Title')).toHaveLength(1);
  });

  it('Title is changed with Update columnDefinition (https://learn.microsoft.com/graph/api/columndefinition-update)', async () => {
    const listId = await newList([]);
    const columns = await tenant.call(mohamed, 'GET', `${site}/lists/${listId}/columns`);
    const title = (columns.json as { value: MicrosoftGraph.ColumnDefinition[] }).value.find(
      (column) => column.name === 'Title',
    )!;
    const patched = await tenant.call(
      mohamed,
      'PATCH',
      `${site}/lists/${listId}/columns/${title.id}`,
      { body: { displayName: 'Team', indexed: true } },
    );
    expect(patched.status).toBe(200);
    expect(patched.json).toMatchObject({ name: 'Title', displayName: 'Team', indexed: true });
  });
});

describe('textColumn: https://learn.microsoft.com/graph/api/resources/textcolumn', () => {
  it('maxLength holds for a single line of text and is ignored for multiple lines', async () => {
    const listId = await newList([
      { name: 'Short', text: { maxLength: 10 } },
      { name: 'Long', text: { allowMultipleLines: true, maxLength: 10 } },
    ]);
    const items = `${site}/lists/${listId}/items`;
    const tooLong = await tenant.call(mohamed, 'POST', items, {
      body: { fields: { Title: 'a', Short: 'x'.repeat(11) } },
    });
    expect(tooLong.status).toBe(400);
    const multiLine = await tenant.call(mohamed, 'POST', items, {
      body: { fields: { Title: 'b', Long: 'x'.repeat(500) } },
    });
    expect(multiLine.status).toBe(201);
  });
});

describe('columnDefinition enforceUniqueValues: https://learn.microsoft.com/graph/api/resources/columndefinition', () => {
  it('needs the column indexed, and refuses a second item with the same value (also by update)', async () => {
    const unindexed = await tenant.call(mohamed, 'POST', `${site}/lists`, {
      body: {
        displayName: 'UniqueUnindexed',
        columns: [{ name: 'Key', enforceUniqueValues: true, text: {} }],
        list: { template: 'genericList' },
      },
    });
    expect(unindexed.status).toBe(400);
    const listId = await newList([
      { name: 'Key', indexed: true, enforceUniqueValues: true, text: {} },
    ]);
    const items = `${site}/lists/${listId}/items`;
    expect(
      (await tenant.call(mohamed, 'POST', items, { body: { fields: { Title: 'a', Key: 'K1' } } }))
        .status,
    ).toBe(201);
    const duplicate = await tenant.call(mohamed, 'POST', items, {
      body: { fields: { Title: 'b', Key: 'k1' } },
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.json.error.message).toContain('[Key]');
    const other = await tenant.call(mohamed, 'POST', items, {
      body: { fields: { Title: 'c', Key: 'K2' } },
    });
    const changed = await tenant.call(
      mohamed,
      'PATCH',
      `${items}/${(other.json as MicrosoftGraph.ListItem).id}/fields`,
      { body: { Key: 'K1' } },
    );
    expect(changed.status).toBe(409);
  });
});

describe('Delete an item from a list: https://learn.microsoft.com/graph/api/listitem-delete', () => {
  it('an id is never handed out again after its item was deleted', async () => {
    const listId = await newList([]);
    const items = `${site}/lists/${listId}/items`;
    const created: string[] = [];
    for (const title of ['a', 'b', 'c']) {
      const res = await tenant.call(mohamed, 'POST', items, { body: { fields: { Title: title } } });
      created.push((res.json as MicrosoftGraph.ListItem).id!);
    }
    expect((await tenant.call(mohamed, 'DELETE', `${items}/${created[2]}`)).status).toBe(204);
    const next = await tenant.call(mohamed, 'POST', items, { body: { fields: { Title: 'd' } } });
    expect((next.json as MicrosoftGraph.ListItem).id).toBe(String(Number(created[2]) + 1));
    expect((await tenant.call(mohamed, 'GET', `${items}/${created[2]}`)).status).toBe(404);
  });
});
