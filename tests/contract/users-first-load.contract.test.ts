// Contract: what the directory's first load relies on, against Microsoft's documentation:
// - "List users" https://learn.microsoft.com/en-us/graph/api/user-list and "Paging Microsoft Graph data in your app"
//   https://learn.microsoft.com/en-us/graph/paging: `$top` from 1 to 999 for users (default page 100), the rest
//   through `@odata.nextLink`
// - "Use query parameters" https://learn.microsoft.com/en-us/graph/query-parameters#expand-parameter (and known issue
//   13635): with `$expand`, directory objects come at most 100 to a page, whatever `$top` asks
// - "Use delta query to track changes" https://learn.microsoft.com/en-us/graph/delta-query-overview: Microsoft Entra
//   resources such as users "support a sync from now": append `$deltatoken=latest` to the delta function and the
//   response holds an `@odata.deltaLink` and no resource data; that link brings the changes made after it
// - "List directReports" https://learn.microsoft.com/en-us/graph/api/user-list-directreports
//   (`/users/{id | userPrincipalName}/directReports`), in a `$batch` https://learn.microsoft.com/en-us/graph/json-batching
import { startEmulator } from '../../emulator/server';
import type { RunningEmulator } from '../../emulator/server';
import { allScopes, contractNow, pieter, sanne } from './contract-support';

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    dataDir: null,
    quiet: true,
    now: () => contractNow,
  });
  // A directory larger than one page of 999.
  const token = emulator.tokenFor(sanne, ['User.ReadWrite.All']);
  const existing = emulator.state.users.length;
  for (let start = existing; start < 1100; start += 20) {
    const requests = Array.from({ length: Math.min(20, 1100 - start) }, (_, index) => ({
      id: String(index + 1),
      method: 'POST',
      url: '/users',
      headers: { 'Content-Type': 'application/json' },
      body: {
        accountEnabled: true,
        displayName: `Collega ${start + index}`,
        mailNickname: `collega${start + index}`,
        userPrincipalName: `collega${start + index}@lindeburg.example`,
        passwordProfile: { password: `Contract-${start + index}-Lindeburg!` },
      },
    }));
    const response = await fetch(`${emulator.graphUrl}/$batch`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ requests }),
    });
    expect(response.status).toBe(200);
  }
});
afterAll(async () => {
  await emulator.close();
});

type Page = {
  value: Array<{ id: string; manager?: { id: string } }>;
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
};

async function get(url: string, upn = sanne): Promise<Response> {
  const absolute = url.startsWith('http') ? url : `${emulator.graphUrl}${url}`;
  return fetch(absolute, {
    headers: { Authorization: `Bearer ${emulator.tokenFor(upn, allScopes)}` },
  });
}

const active = () => emulator.state.users.filter((user) => user.deletedSeq === undefined);

describe('GET /users in pages (user-list, paging)', () => {
  it('$top=999 gives pages of 999 and a nextLink to the rest', async () => {
    const first = (await (await get('/users?$select=id,displayName&$top=999')).json()) as Page;
    expect(first.value).toHaveLength(999);
    expect(first['@odata.nextLink']).toBeDefined();
    const second = (await (await get(first['@odata.nextLink']!)).json()) as Page;
    expect(second.value).toHaveLength(active().length - 999);
    expect(second['@odata.nextLink']).toBeUndefined();
    const ids = new Set([...first.value, ...second.value].map((user) => user.id));
    expect(ids.size).toBe(active().length);
  });

  it('without $top a page holds 100', async () => {
    const page = (await (await get('/users?$select=id')).json()) as Page;
    expect(page.value).toHaveLength(100);
  });

  it('$top=1000 is a 400', async () => {
    expect((await get('/users?$select=id&$top=1000')).status).toBe(400);
  });
});

describe('$expand on directory objects (query-parameters)', () => {
  it('$expand=manager with $top=999 comes 100 to a page, with a nextLink', async () => {
    const response = await get('/users?$select=id&$expand=manager($select=id)&$top=999');
    expect(response.status).toBe(200);
    const page = (await response.json()) as Page;
    expect(page.value).toHaveLength(100);
    expect(page['@odata.nextLink']).toBeDefined();
    const withManager = page.value.find((user) => user.manager !== undefined);
    expect(withManager?.manager).toEqual(expect.objectContaining({ id: expect.any(String) }));
  });
});

describe('users/delta sync from now (delta-query-overview)', () => {
  it('$deltatoken=latest answers no users and a deltaLink; the link then brings only later changes', async () => {
    const latest = (await (
      await get('/users/delta?$deltatoken=latest&$select=id,displayName,manager')
    ).json()) as Page;
    expect(latest.value).toEqual([]);
    expect(latest['@odata.nextLink']).toBeUndefined();
    expect(latest['@odata.deltaLink']).toMatch(/\/users\/delta\?\$deltatoken=/);

    const quiet = (await (await get(latest['@odata.deltaLink']!)).json()) as Page;
    expect(quiet.value).toEqual([]);

    const changed = emulator.state.users.find((user) => user.userPrincipalName === pieter)!;
    const patch = await fetch(`${emulator.graphUrl}/users/${changed.id}`, {
      method: 'PATCH',
      headers: {
        Authorization: `Bearer ${emulator.tokenFor(sanne, ['User.ReadWrite.All'])}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ displayName: 'Pieter van der Berg-Jansen' }),
    });
    expect(patch.status).toBe(204);
    const changes = (await (await get(quiet['@odata.deltaLink']!)).json()) as Page & {
      value: Array<{ displayName?: string; 'manager@delta'?: unknown }>;
    };
    expect(changes.value).toHaveLength(1);
    expect(changes.value[0]).toMatchObject({
      id: changed.id,
      displayName: 'Pieter van der Berg-Jansen',
    });
  });
});

describe('directReports by user principal name in a $batch (user-list-directreports)', () => {
  it('answers each leader’s reports in its own sub-response; an unknown one is a 404', async () => {
    const leader = emulator.state.users.find(
      (user) => user.deletedSeq === undefined && active().some((u) => u.managerId === user.id),
    )!;
    const response = await fetch(`${emulator.graphUrl}/$batch`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${emulator.tokenFor(sanne, allScopes)}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({
        requests: [
          {
            id: '1',
            method: 'GET',
            url: `/users/${leader.userPrincipalName}/directReports?$select=id&$top=999`,
          },
          {
            id: '2',
            method: 'GET',
            url: '/users/nobody@lindeburg.example/directReports?$select=id',
          },
        ],
      }),
    });
    const body = (await response.json()) as {
      responses: Array<{ id: string; status: number; body: Page }>;
    };
    const reports = body.responses.find((r) => r.id === '1')!;
    expect(reports.status).toBe(200);
    expect(reports.body.value.map((user) => user.id).sort()).toEqual(
      active()
        .filter((user) => user.managerId === leader.id)
        .map((user) => user.id)
        .sort(),
    );
    expect(body.responses.find((r) => r.id === '2')!.status).toBe(404);
  });
});
