// The emulator through real HTTP, as the app and scripts use it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as MicrosoftGraph from '@microsoft/microsoft-graph-types';
import { demoPersonas } from './personas';
import { seededGroupIds } from './seed';
import { startEmulator } from './server';
import type { RunningEmulator } from './server';

type GraphError = {
  error: {
    code: string;
    message: string;
    innerError: { date: string; 'request-id': string; 'client-request-id': string };
  };
};
type Collection<T> = {
  '@odata.context': string;
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
  '@odata.count'?: number;
  value: T[];
};
type BatchResponse = {
  responses: { id: string; status: number; headers: Record<string, string>; body?: unknown }[];
};

const agentUpn = demoPersonas.find((persona) => persona.role === 'agent')?.upn as string;
const leaderUpn = demoPersonas.find((persona) => persona.role === 'teamLeader')?.upn as string;
const adminScopes = ['User.Read.All', 'User.ReadWrite.All', 'Mail.Send'];

let emulator: RunningEmulator;
let agentToken: string;
let adminToken: string;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, dataDir: null, quiet: true });
  const tokenResponse = await fetch(
    `${emulator.url}/_emulator/token?persona=${encodeURIComponent(agentUpn)}`,
  );
  agentToken = ((await tokenResponse.json()) as { access_token: string }).access_token;
  adminToken = emulator.tokenFor(leaderUpn, adminScopes);
});

afterAll(async () => {
  await emulator.close();
});

beforeEach(async () => {
  await fetch(`${emulator.url}/_emulator/faults`, { method: 'DELETE' });
});

function call(
  path: string,
  init: {
    token?: string | null;
    method?: string;
    body?: unknown;
    headers?: Record<string, string>;
  } = {},
): Promise<Response> {
  const headers: Record<string, string> = { ...init.headers };
  const token = init.token === undefined ? agentToken : init.token;
  if (token) headers.Authorization = `Bearer ${token}`;
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  const url = path.startsWith('http') ? path : `${emulator.graphUrl}${path}`;
  return fetch(url, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

async function json<T>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

describe('control endpoints', () => {
  it('lists the personas with their directory data', async () => {
    const personas = await json<
      {
        id: string;
        upn: string;
        displayName: string;
        role: string;
        jobTitle: string | null;
        department: string | null;
      }[]
    >(await fetch(`${emulator.url}/_emulator/personas`));
    expect(personas.map((persona) => persona.role).sort()).toEqual([
      'administrator',
      'agent',
      'coordinator',
      'employee',
      'teamLeader',
    ]);
    for (const persona of personas) expect(persona.id).toMatch(/\S/);
  });

  it('issues a token with the requested scopes and 404s an unknown persona', async () => {
    const response = await fetch(
      `${emulator.url}/_emulator/token?persona=${encodeURIComponent(agentUpn)}&scope=User.Read%20Mail.Send`,
    );
    const token = await json<{
      token_type: string;
      access_token: string;
      expires_in: number;
      scope: string;
    }>(response);
    expect(token).toMatchObject({
      token_type: 'Bearer',
      expires_in: 3600,
      scope: 'User.Read Mail.Send',
    });
    const unknown = await fetch(`${emulator.url}/_emulator/token?persona=nobody@lindeburg.example`);
    expect(unknown.status).toBe(404);
    expect((await json<GraphError>(unknown)).error.code).toBe('Request_ResourceNotFound');
  });

  it('gives no persona but the administrator an administrative scope, and the administrator only when asked', async () => {
    const tokenUrl = (persona: string, query: string) =>
      `${emulator.url}/_emulator/token?persona=${encodeURIComponent(persona)}${query}`;
    const scopesOf = async (response: Response) =>
      JSON.parse(
        Buffer.from(
          (await json<{ access_token: string }>(response)).access_token.split('.')[1]!,
          'base64url',
        ).toString(),
      ) as { scp: string; aud: string };
    for (const scope of ['Sites.FullControl.All', 'Sites.Manage.All', 'User.ReadWrite.All']) {
      const refused = await fetch(tokenUrl(leaderUpn, `&scope=${scope}`));
      expect(refused.status, scope).toBe(403);
      expect((await json<GraphError>(refused)).error.code).toBe('consent_required');
    }
    const sharePoint = await fetch(
      tokenUrl(agentUpn, '&resource=https://lindeburg.sharepoint.com&scope=AllSites.Read'),
    );
    expect(sharePoint.status).toBe(403);
    const administrator = demoPersonas.find((persona) => persona.role === 'administrator')!.upn;
    const byDefault = await scopesOf(await fetch(tokenUrl(administrator, '')));
    expect(byDefault.scp.split(' ')).not.toContain('Sites.FullControl.All');
    const asked = await scopesOf(
      await fetch(tokenUrl(administrator, '&scope=Sites.FullControl.All')),
    );
    expect(asked).toMatchObject({
      scp: 'Sites.FullControl.All',
      aud: 'https://graph.microsoft.com',
    });
    const spToken = await scopesOf(
      await fetch(
        tokenUrl(
          administrator,
          '&resource=https://lindeburg.sharepoint.com&scope=AllSites.FullControl',
        ),
      ),
    );
    expect(spToken).toMatchObject({
      scp: 'AllSites.FullControl',
      aud: 'https://lindeburg.sharepoint.com',
    });
  });

  it('refuses a SharePoint token on Graph (another audience)', async () => {
    const administrator = demoPersonas.find((persona) => persona.role === 'administrator')!.upn;
    const token = emulator.tokenFor(
      administrator,
      ['AllSites.FullControl', 'Sites.FullControl.All'],
      {
        audience: 'https://lindeburg.sharepoint.com',
      },
    );
    const response = await call('/me', { token });
    expect(response.status).toBe(401);
    expect((await json<GraphError>(response)).error.code).toBe('InvalidAuthenticationToken');
  });

  it('answers a CORS preflight from a localhost origin', async () => {
    const response = await fetch(`${emulator.graphUrl}/me`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:3000',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization,consistencylevel,retry-attempt',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    // The Graph SDK's retry handler adds Retry-Attempt: a preflight that refused it would fail every retry.
    expect(response.headers.get('access-control-allow-headers')).toBe(
      'authorization,consistencylevel,retry-attempt',
    );
    const other = await fetch(`${emulator.graphUrl}/me`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('authentication and authorisation', () => {
  it('answers 401 InvalidAuthenticationToken without a token, in Graph’s envelope, echoing client-request-id', async () => {
    const response = await call('/me', {
      token: null,
      headers: { 'client-request-id': 'abc-123' },
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('client-request-id')).toBe('abc-123');
    expect(response.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('content-type')).toContain(
      'application/json;odata.metadata=minimal',
    );
    const body = await json<GraphError>(response);
    expect(body.error.code).toBe('InvalidAuthenticationToken');
    expect(body.error.innerError['client-request-id']).toBe('abc-123');
  });

  it('answers 401 for a forged token', async () => {
    const response = await call('/me', { token: `${agentToken.slice(0, -4)}AAAA` });
    expect(response.status).toBe(401);
  });

  it('answers 403 with the workload’s code when a scope is missing', async () => {
    const userReadOnly = emulator.tokenFor(agentUpn, ['User.Read']);
    const me = await call('/me', { token: userReadOnly });
    expect(me.status).toBe(200);
    const users = await call('/users', { token: userReadOnly });
    expect(users.status).toBe(403);
    expect((await json<GraphError>(users)).error.code).toBe('Authorization_RequestDenied');
    const someoneElse = await call(`/users/${encodeURIComponent(leaderUpn)}`, {
      token: userReadOnly,
    });
    expect(someoneElse.status).toBe(403);
    const mail = await call('/me/sendMail', {
      token: userReadOnly,
      method: 'POST',
      body: { message: {} },
    });
    expect(mail.status).toBe(403);
    expect((await json<GraphError>(mail)).error.code).toBe('ErrorAccessDenied');
  });

  it('answers 400 for a segment no route knows', async () => {
    const response = await call('/me/frobnicate');
    expect(response.status).toBe(400);
    expect((await json<GraphError>(response)).error.message).toBe(
      "Resource not found for the segment 'frobnicate'.",
    );
  });
});

describe('users', () => {
  it('GET /me returns the default property set, department only when selected', async () => {
    const response = await call('/me');
    expect(response.status).toBe(200);
    const me = await json<MicrosoftGraph.User & { '@odata.context': string }>(response);
    expect(me.userPrincipalName).toBe(agentUpn);
    expect(me['@odata.context']).toBe(`${emulator.graphUrl}/$metadata#users/$entity`);
    expect(Array.isArray(me.businessPhones)).toBe(true);
    expect(me).not.toHaveProperty('department');
    const selected = await json<MicrosoftGraph.User & { '@odata.context': string }>(
      await call('/me?$select=displayName,department'),
    );
    expect(Object.keys(selected).sort()).toEqual(['@odata.context', 'department', 'displayName']);
    expect(selected['@odata.context']).toBe(
      `${emulator.graphUrl}/$metadata#users(displayName,department)/$entity`,
    );
  });

  it('GET /users/{upn} and 404 Request_ResourceNotFound for an unknown user', async () => {
    const leader = await json<MicrosoftGraph.User>(
      await call(`/users/${encodeURIComponent(leaderUpn)}`),
    );
    expect(leader.userPrincipalName).toBe(leaderUpn);
    const missing = await call('/users/00000000-0000-0000-0000-000000000000');
    expect(missing.status).toBe(404);
    expect((await json<GraphError>(missing)).error.code).toBe('Request_ResourceNotFound');
  });

  it('pages through all users with @odata.nextLink, each exactly once', async () => {
    const activeCount = emulator.state.users.filter((user) => user.deletedSeq === undefined).length;
    const ids: string[] = [];
    let next: string | undefined = '/users?$top=37&$select=id,displayName';
    let pages = 0;
    while (next) {
      const page: Collection<MicrosoftGraph.User> = await json(await call(next));
      ids.push(...page.value.map((user) => user.id as string));
      next = page['@odata.nextLink'];
      if (next) expect(next.startsWith(`${emulator.graphUrl}/users?`)).toBe(true);
      pages++;
    }
    expect(new Set(ids).size).toBe(activeCount);
    expect(ids).toHaveLength(activeCount);
    expect(pages).toBe(Math.ceil(activeCount / 37));
  });

  it('refuses $top outside 1..999', async () => {
    expect((await call('/users?$top=1000')).status).toBe(400);
    expect((await call('/users?$top=0')).status).toBe(400);
  });

  it('$search requires ConsistencyLevel: eventual, then searches by word prefix and counts', async () => {
    const without = await call('/users?$search="displayName:sanne"');
    expect(without.status).toBe(400);
    expect((await json<GraphError>(without)).error).toMatchObject({
      code: 'Request_UnsupportedQuery',
      message:
        "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
    });
    const agent = emulator.state.users.find((user) => user.userPrincipalName === agentUpn);
    const term = (agent?.surname ?? '').split(' ').pop()?.slice(0, 4) ?? '';
    const found = await json<Collection<MicrosoftGraph.User>>(
      await call(`/users?$search=${encodeURIComponent(`"displayName:${term}"`)}&$count=true`, {
        headers: { ConsistencyLevel: 'eventual' },
      }),
    );
    expect(found.value.map((user) => user.userPrincipalName)).toContain(agentUpn);
    expect(found['@odata.count']).toBe(found.value.length);
    for (const user of found.value)
      expect(user.displayName?.toLowerCase()).toContain(term.toLowerCase());
    const count = await call(
      `/users/$count?$search=${encodeURIComponent(`"displayName:${term}"`)}`,
      { headers: { ConsistencyLevel: 'eventual' } },
    );
    expect(count.headers.get('content-type')).toContain('text/plain');
    expect(Number(await count.text())).toBe(found.value.length);
    expect((await call('/users/$count')).status).toBe(400);
  });

  it('creates a user and finds them by a filter with an escaped quote', async () => {
    const created = await call('/users', {
      token: adminToken,
      method: 'POST',
      body: {
        accountEnabled: true,
        displayName: "Sean O'Brien",
        givenName: 'Sean',
        surname: "O'Brien",
        mailNickname: 'sean.obrien',
        userPrincipalName: 'sean.obrien@lindeburg.example',
        passwordProfile: { forceChangePasswordNextSignIn: true, password: 'xWwvJ]6NMw+bWH-d' },
      },
    });
    expect(created.status).toBe(201);
    const user = await json<MicrosoftGraph.User>(created);
    expect(user.id).toMatch(/\S/);
    // A new colleague is in the all-staff group at once, so they can read the lists everyone reads.
    expect(
      emulator.state.groups.find((group) => group.id === seededGroupIds.allStaff)?.memberIds,
    ).toContain(user.id);
    const duplicate = await call('/users', {
      token: adminToken,
      method: 'POST',
      body: {
        accountEnabled: true,
        displayName: 'X',
        mailNickname: 'x',
        userPrincipalName: 'SEAN.OBRIEN@lindeburg.example',
        passwordProfile: { password: 'p' },
      },
    });
    expect(duplicate.status).toBe(400);
    const incomplete = await call('/users', {
      token: adminToken,
      method: 'POST',
      body: { displayName: 'Y' },
    });
    expect(incomplete.status).toBe(400);

    const filter = encodeURIComponent("surname eq 'O''Brien'");
    const found = await json<Collection<MicrosoftGraph.User>>(
      await call(`/users?$filter=${filter}`),
    );
    expect(found.value.map((found) => found.id)).toEqual([user.id]);
    const broken = await call(`/users?$filter=${encodeURIComponent("surname eq 'O'Brien'")}`);
    expect(broken.status).toBe(400);
    const unsupported = await call(`/users?$filter=${encodeURIComponent("shoeSize eq '42'")}`);
    expect((await json<GraphError>(unsupported)).error.code).toBe('Request_UnsupportedQuery');
  });

  it('serves manager and directReports', async () => {
    const withManager = emulator.state.users.find(
      (user) => user.managerId !== null && user.deletedSeq === undefined,
    );
    expect(withManager).toBeDefined();
    const manager = await json<MicrosoftGraph.User & { '@odata.type': string }>(
      await call(`/users/${withManager?.id}/manager`),
    );
    expect(manager.id).toBe(withManager?.managerId);
    expect(manager['@odata.type']).toBe('#microsoft.graph.user');
    const reports = await json<Collection<MicrosoftGraph.User>>(
      await call(`/users/${withManager?.managerId}/directReports`),
    );
    expect(reports.value.map((report) => report.id)).toContain(withManager?.id);
    const top = emulator.state.users.find(
      (user) => user.managerId === null && user.deletedSeq === undefined,
    );
    expect((await call(`/users/${top?.id}/manager`)).status).toBe(404);
  });

  it('delta: the first round returns everyone, the deltaLink then only what changed', async () => {
    let next: string | undefined = `${emulator.graphUrl}/users/delta?$select=displayName,jobTitle`;
    let deltaLink: string | undefined;
    let seen = 0;
    while (next) {
      const page: Collection<MicrosoftGraph.User> = await json(
        await call(next, { headers: { Prefer: 'odata.maxpagesize=150' } }),
      );
      seen += page.value.length;
      next = page['@odata.nextLink'];
      deltaLink = page['@odata.deltaLink'];
    }
    expect(seen).toBe(emulator.state.users.filter((user) => user.deletedSeq === undefined).length);
    expect(deltaLink).toBeDefined();

    const changed = emulator.state.users.find((user) => user.userPrincipalName === agentUpn);
    const patch = await call(`/users/${changed?.id}`, {
      token: adminToken,
      method: 'PATCH',
      body: { jobTitle: 'Senior KCC-medewerker' },
    });
    expect(patch.status).toBe(204);
    const removed = emulator.state.users.find(
      (user) => user.userPrincipalName === 'sean.obrien@lindeburg.example',
    );
    expect(
      (await call(`/users/${removed?.id}`, { token: adminToken, method: 'DELETE' })).status,
    ).toBe(204);

    const delta = await json<Collection<MicrosoftGraph.User & { '@removed'?: { reason: string } }>>(
      await call(deltaLink as string),
    );
    expect(delta.value).toHaveLength(2);
    expect(delta.value.find((user) => user.id === changed?.id)).toMatchObject({
      jobTitle: 'Senior KCC-medewerker',
    });
    expect(delta.value.find((user) => user.id === removed?.id)).toMatchObject({
      '@removed': { reason: 'changed' },
    });
    expect(delta['@odata.deltaLink']).toBeDefined();
    const quiet = await json<Collection<MicrosoftGraph.User>>(
      await call(delta['@odata.deltaLink'] as string),
    );
    expect(quiet.value).toEqual([]);

    const latest = await json<Collection<MicrosoftGraph.User>>(
      await call('/users/delta?$deltatoken=latest'),
    );
    expect(latest.value).toEqual([]);
    expect(latest['@odata.deltaLink']).toBeDefined();
  });
});

describe('sendMail', () => {
  it('accepts a valid message with 202 and keeps it in the outbox', async () => {
    const response = await call('/me/sendMail', {
      method: 'POST',
      body: {
        message: {
          subject: 'Terugbelverzoek',
          body: { contentType: 'Text', content: 'Wilt u mevrouw Jansen terugbellen?' },
          toRecipients: [{ emailAddress: { address: leaderUpn } }],
        },
        saveToSentItems: false,
      },
    });
    expect(response.status).toBe(202);
    expect(await response.text()).toBe('');
    const outbox = await json<{
      count: number;
      value: { from: string; message: MicrosoftGraph.Message; saveToSentItems: boolean }[];
    }>(await fetch(`${emulator.url}/_emulator/outbox`));
    expect(outbox.value.at(-1)).toMatchObject({
      from: agentUpn,
      saveToSentItems: false,
      message: { subject: 'Terugbelverzoek' },
    });
  });

  it('refuses a message without recipients', async () => {
    const response = await call('/me/sendMail', {
      method: 'POST',
      body: { message: { subject: 'x' } },
    });
    expect(response.status).toBe(400);
    expect((await json<GraphError>(response)).error.code).toBe('ErrorInvalidRecipients');
  });
});

describe('$batch, faults and the request log', () => {
  it('throttles a sub-request on its own: 429 with Retry-After inside a 200 batch', async () => {
    await fetch(`${emulator.url}/_emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ throttle: { next: 1, retryAfterSeconds: 7 } }),
    });
    const response = await call('/$batch', {
      method: 'POST',
      body: {
        requests: [
          { id: '1', method: 'GET', url: '/me' },
          { id: '2', method: 'GET', url: 'users?$top=2' },
          { id: '3', method: 'GET', url: '/me/manager', dependsOn: ['1'] },
        ],
      },
    });
    expect(response.status).toBe(200);
    const batch = await json<BatchResponse>(response);
    const byId = new Map(batch.responses.map((sub) => [sub.id, sub]));
    expect(byId.get('1')?.status).toBe(429);
    expect(byId.get('1')?.headers['Retry-After']).toBe('7');
    expect(byId.get('2')?.status).toBe(200);
    expect((byId.get('2')?.body as Collection<MicrosoftGraph.User>).value).toHaveLength(2);
    expect(byId.get('3')?.status).toBe(424);
  });

  it('refuses more than 20 requests and duplicate ids', async () => {
    const many = Array.from({ length: 21 }, (_, index) => ({
      id: String(index),
      method: 'GET',
      url: '/me',
    }));
    expect((await call('/$batch', { method: 'POST', body: { requests: many } })).status).toBe(400);
    const duplicate = [
      { id: 'a', method: 'GET', url: '/me' },
      { id: 'a', method: 'GET', url: '/me' },
    ];
    expect((await call('/$batch', { method: 'POST', body: { requests: duplicate } })).status).toBe(
      400,
    );
  });

  it('fails the next N requests with 503, then recovers', async () => {
    await fetch(`${emulator.url}/_emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ fault: { next: 2 } }),
    });
    const statuses = [];
    for (let index = 0; index < 3; index++) statuses.push((await call('/me')).status);
    expect(statuses).toEqual([503, 503, 200]);
  });

  it('throttles by rate deterministically, only on matching paths', async () => {
    const run = async () => {
      await fetch(`${emulator.url}/_emulator/faults`, {
        method: 'POST',
        body: JSON.stringify({
          throttle: { rate: 0.5, retryAfterSeconds: 2 },
          pathContains: '/users',
        }),
      });
      const statuses: number[] = [];
      for (let index = 0; index < 10; index++) statuses.push((await call('/users?$top=1')).status);
      return statuses;
    };
    const first = await run();
    expect(first).toContain(429);
    expect(first).toContain(200);
    expect(await run()).toEqual(first);
    expect((await call('/me')).status).toBe(200);
  });

  it('delays each request by the injected latency', async () => {
    await fetch(`${emulator.url}/_emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ latencyMs: 150 }),
    });
    const started = performance.now();
    expect((await call('/me')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('logs top-level requests and batch sub-requests', async () => {
    await fetch(`${emulator.url}/_emulator/requests`, { method: 'DELETE' });
    await call('/me');
    await call('/$batch', {
      method: 'POST',
      body: {
        requests: [
          { id: '1', method: 'GET', url: '/me' },
          { id: '2', method: 'GET', url: '/me/manager' },
        ],
      },
    });
    const log = await json<{
      count: number;
      requests: {
        method: string;
        path: string;
        status: number;
        kind: string;
        upn: string | null;
      }[];
    }>(await fetch(`${emulator.url}/_emulator/requests`));
    expect(log.count).toBe(4);
    expect(log.requests.map((entry) => [entry.kind, entry.path])).toEqual([
      ['top', '/v1.0/me'],
      ['sub', '/v1.0/me'],
      ['sub', '/v1.0/me/manager'],
      ['top', '/v1.0/$batch'],
    ]);
    expect(log.requests.every((entry) => entry.upn === agentUpn)).toBe(true);
  });
});

describe('reset', () => {
  it('restores the seed and clears faults', async () => {
    const agent = emulator.state.users.find((user) => user.userPrincipalName === agentUpn);
    const seededTitle = (await json<MicrosoftGraph.User>(await call('/me'))).jobTitle;
    await call(`/users/${agent?.id}`, {
      token: adminToken,
      method: 'PATCH',
      body: { jobTitle: 'Changed' },
    });
    await fetch(`${emulator.url}/_emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ fault: { next: 5 } }),
    });
    expect((await fetch(`${emulator.url}/_emulator/reset`, { method: 'POST' })).status).toBe(200);
    const me = await call('/me');
    expect(me.status).toBe(200);
    expect((await json<MicrosoftGraph.User>(me)).jobTitle).not.toBe('Changed');
    expect(seededTitle).not.toBe('Changed');
  });
});

describe('persistence', () => {
  it('keeps a change across a restart with the same data folder', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'bereikbaar-emulator-'));
    try {
      const first = await startEmulator({ port: 0, dataDir, quiet: true, saveDebounceMs: 10 });
      const token = first.tokenFor(leaderUpn, adminScopes);
      const patch = await fetch(`${first.graphUrl}/me`, {
        method: 'PATCH',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ jobTitle: 'Teamleider Burgerzaken (waarnemend)' }),
      });
      expect(patch.status).toBe(204);
      await first.close();

      const second = await startEmulator({ port: 0, dataDir, quiet: true });
      try {
        // The token secret is kept too, so a token from before the restart still works.
        const me = await fetch(`${second.graphUrl}/me`, {
          headers: { Authorization: `Bearer ${token}` },
        });
        expect(me.status).toBe(200);
        expect((await json<MicrosoftGraph.User>(me)).jobTitle).toBe(
          'Teamleider Burgerzaken (waarnemend)',
        );
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
