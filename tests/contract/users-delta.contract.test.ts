// Contract: the manager relationship and token expiry of users/delta, against Microsoft's documentation:
// - "user: delta" https://learn.microsoft.com/en-us/graph/api/user-delta
// - "Use delta query to track changes in Microsoft Graph data" https://learn.microsoft.com/en-us/graph/delta-query-overview
//   ("$expand is not supported" for users; "$select also supports manager … Selecting those properties allows
//   tracking of changes to user's manager"; relationships come back as `propertyName@delta` annotations; delta
//   tokens of directory objects last seven days, and an expired token gets "a 40X-series error with error codes
//   such as syncStateNotFound"; a synchronization reset is a 410 with a Location to start again)
// - "Assign manager" https://learn.microsoft.com/en-us/graph/api/user-post-manager (PUT /users/{id}/manager/$ref)
import { startEmulator } from '../../emulator/server';
import type { RunningEmulator } from '../../emulator/server';
import { allScopes, contractNow, pieter, sanne } from './contract-support';

let emulator: RunningEmulator;
let clock = contractNow.getTime();

beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    dataDir: null,
    quiet: true,
    now: () => new Date(clock),
  });
});
afterAll(async () => {
  await emulator.close();
});

type DeltaUser = {
  id: string;
  manager?: unknown;
  'manager@delta'?: Array<{ '@odata.type'?: string; id: string; '@removed'?: { reason: string } }>;
  '@removed'?: unknown;
};
type DeltaPage = { value: DeltaUser[]; '@odata.nextLink'?: string; '@odata.deltaLink'?: string };

async function get(url: string, upn = sanne): Promise<Response> {
  const absolute = url.startsWith('http') ? url : `${emulator.graphUrl}${url}`;
  return fetch(absolute, {
    headers: { Authorization: `Bearer ${emulator.tokenFor(upn, allScopes)}` },
  });
}

/** Every page of a round: its users and the deltaLink that ends it. */
async function round(firstUrl: string): Promise<{ users: DeltaUser[]; deltaLink: string }> {
  const users: DeltaUser[] = [];
  let url: string | undefined = firstUrl;
  for (let pages = 0; url !== undefined && pages < 50; pages++) {
    const response = await get(url);
    expect(response.status).toBe(200);
    const page = (await response.json()) as DeltaPage;
    users.push(...page.value);
    if (page['@odata.deltaLink']) return { users, deltaLink: page['@odata.deltaLink'] };
    url = page['@odata.nextLink'];
  }
  throw new Error('the round did not end with a deltaLink');
}

function managerOf(upn: string): string {
  const user = emulator.state.users.find((candidate) => candidate.userPrincipalName === upn);
  if (!user?.managerId) throw new Error(`${upn} has no manager in the seed`);
  return user.managerId;
}

function idOf(upn: string): string {
  const user = emulator.state.users.find((candidate) => candidate.userPrincipalName === upn);
  if (!user) throw new Error(`no user ${upn}`);
  return user.id;
}

async function write(method: 'PUT' | 'DELETE', path: string, body?: unknown): Promise<Response> {
  return fetch(`${emulator.graphUrl}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${emulator.tokenFor(sanne, [...allScopes, 'User.ReadWrite.All'])}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

describe('users/delta and the manager (delta-query-overview: $expand is not supported, $select=manager is)', () => {
  it('ignores $expand=manager: no manager property, and no error', async () => {
    const { users } = await round(
      '/users/delta?$select=id,displayName&$expand=manager($select=id)',
    );
    expect(users.length).toBeGreaterThan(300);
    expect(users.some((user) => 'manager' in user || 'manager@delta' in user)).toBe(false);
  });

  it('$select=…,manager returns manager@delta: an array of references with the manager id', async () => {
    const { users } = await round('/users/delta?$select=displayName,manager');
    const entry = users.find((user) => user.id === idOf(pieter));
    expect(entry?.['manager@delta']).toEqual([
      { '@odata.type': '#microsoft.graph.user', id: managerOf(pieter) },
    ]);
    // The selected relationship is not a property of its own.
    expect(entry).not.toHaveProperty('manager');
  });

  it('a later round reports a new manager (PUT manager/$ref) and a removed one (@removed)', async () => {
    const start = await round('/users/delta?$select=displayName,manager');
    const pieterId = idOf(pieter);
    const newManager = idOf(sanne);
    const put = await write('PUT', `/users/${pieterId}/manager/$ref`, {
      '@odata.id': `https://graph.microsoft.com/v1.0/users/${newManager}`,
    });
    expect(put.status).toBe(204);

    const changed = await round(start.deltaLink);
    expect(changed.users.map((user) => user.id)).toEqual([pieterId]);
    expect(changed.users[0]?.['manager@delta']).toEqual([
      { '@odata.type': '#microsoft.graph.user', id: newManager },
    ]);

    const removed = await write('DELETE', `/users/${pieterId}/manager/$ref`);
    expect(removed.status).toBe(204);
    const after = await round(changed.deltaLink);
    expect(after.users[0]?.['manager@delta']).toEqual([
      { '@odata.type': '#microsoft.graph.user', id: newManager, '@removed': { reason: 'deleted' } },
    ]);
  });
});

describe('delta token expiry (delta-query-overview: seven days for directory objects; syncStateNotFound)', () => {
  it('answers a delta token older than seven days with 410 syncStateNotFound and where to start again', async () => {
    const { deltaLink } = await round('/users/delta?$select=displayName,manager');
    const fresh = await get(deltaLink);
    expect(fresh.status).toBe(200);

    clock += 8 * 24 * 60 * 60 * 1000;
    try {
      const expired = await get(deltaLink);
      expect(expired.status).toBe(410);
      const body = (await expired.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('syncStateNotFound');
      const restart = expired.headers.get('location') ?? '';
      expect(restart).toContain('/users/delta?');
      // The Location starts a full round again, with the same $select.
      const full = await round(restart);
      expect(full.users.length).toBeGreaterThan(300);
      expect(full.users.some((user) => user['manager@delta'] !== undefined)).toBe(true);
    } finally {
      clock = contractNow.getTime();
    }
  });

  it('answers an unknown delta or skip token in the same way', async () => {
    for (const query of ['$deltatoken=bm90LWEtdG9rZW4', '$skiptoken=garbage']) {
      const response = await get(`/users/delta?${query}`);
      expect(response.status).toBe(410);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
        'syncStateNotFound',
      );
    }
  });
});

// "directoryObject: checkMemberGroups" https://learn.microsoft.com/en-us/graph/api/directoryobject-checkmembergroups
// (example 2: POST /me/checkMemberGroups), and the groups overage claim
// https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference#groups-overage-claim
describe('checkMemberGroups and the groups overage', () => {
  const memberScopes = ['User.Read', 'User.Read.All', 'GroupMember.Read.All'];
  async function check(upn: string, body: unknown, scopes = memberScopes): Promise<Response> {
    return fetch(`${emulator.graphUrl}/me/checkMemberGroups`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${emulator.tokenFor(upn, scopes)}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(body),
    });
  }
  const groupsOf = (upn: string) =>
    emulator.state.groups.filter((group) => group.memberIds.includes(idOf(upn))).map((g) => g.id);

  it('answers, out of the groups asked, those the signed-in user is a member of (Collection(Edm.String))', async () => {
    const member = groupsOf(sanne);
    const other = emulator.state.groups.find((group) => !member.includes(group.id))!.id;
    const response = await check(sanne, {
      groupIds: [other, ...member, 'fee2c45b-915a-4a64-b130-f4eb9e75525e'],
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      '@odata.context': `${emulator.graphUrl}/$metadata#Collection(Edm.String)`,
      value: member,
    });
  });

  it('needs a user and a group read permission, and takes at most 20 groups', async () => {
    expect(
      (await check(sanne, { groupIds: groupsOf(sanne) }, ['User.Read', 'User.Read.All'])).status,
    ).toBe(403);
    const tooMany = Array.from(
      { length: 21 },
      (_, index) => `00000000-0000-0000-0000-${String(index).padStart(12, '0')}`,
    );
    expect((await check(sanne, { groupIds: tooMany })).status).toBe(400);
    expect((await check(sanne, {})).status).toBe(400);
  });

  it('a token with a groups overage has no groups claim but _claim_names/_claim_sources', () => {
    const token = emulator.tokenFor(sanne, memberScopes, { groups: 'overage' });
    const claims = JSON.parse(
      Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8'),
    ) as Record<string, unknown>;
    expect(claims).not.toHaveProperty('groups');
    expect(claims._claim_names).toEqual({ groups: 'src1' });
    expect(claims._claim_sources).toEqual({
      src1: {
        endpoint: expect.stringMatching(
          /^https:\/\/graph\.windows\.net\/.+\/users\/.+\/getMemberObjects$/,
        ) as unknown,
      },
    });
  });
});
