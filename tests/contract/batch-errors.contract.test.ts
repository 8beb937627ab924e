// Contract: JSON batching ($batch with dependsOn), the error envelope, authentication errors and throttling
// (429 + Retry-After) against the Microsoft Graph v1.0 documentation.
import type * as MicrosoftGraph from '@microsoft/microsoft-graph-types';
import { appDelegatedScopes } from '../../emulator/personas';
import {
  jsonContentType,
  pieter,
  sanne,
  shapeDifferences,
  startContractTenant,
} from './contract-support';
import type { ContractTenant } from './contract-support';

let tenant: ContractTenant;
beforeAll(async () => {
  tenant = await startContractTenant();
});
afterAll(async () => {
  await tenant.emulator.close();
});
afterEach(async () => {
  await tenant.control('DELETE', '/_emulator/faults');
});

// Doc "Microsoft Graph error responses and resource types": the error envelope.
const documentedError = {
  error: {
    code: 'invalidRange',
    message: 'Uploaded fragment overlaps with existing data.',
    innerError: { 'request-id': 'request-id', date: 'date-time' },
  },
};

type BatchResponse = {
  responses: { id: string; status: number; headers: Record<string, string>; body?: unknown }[];
};

describe('Combine multiple HTTP requests using JSON batching', () => {
  it('answers the documented batch shape: 200 overall, a status per request, responses by id', async () => {
    const pieterId = tenant.user(pieter).id;
    // The doc's example batch, with requests this tenant serves: reads that succeed, a DELETE the caller may not
    // make (403), a POST to a target that does not allow it (405) and a $filter/$count query with its header.
    const res = await tenant.call(sanne, 'POST', '/$batch', {
      // The app's own scopes: no directory writes, so the DELETE is refused as in the doc's request 3.
      scopes: appDelegatedScopes,
      headers: { Accept: 'application/json' },
      body: {
        requests: [
          { id: '1', method: 'GET', url: '/me' },
          { id: '2', method: 'GET', url: `/users/${pieterId}/presence` },
          { id: '3', method: 'DELETE', url: `/users/${pieterId}` },
          {
            id: '4',
            url: `/users/${pieterId}/manager`,
            method: 'POST',
            body: {},
            headers: { 'Content-Type': 'application/json' },
          },
          {
            id: '5',
            url: 'users?$select=id,displayName,userPrincipalName&$filter=accountEnabled eq true&$count=true',
            method: 'GET',
            headers: { ConsistencyLevel: 'eventual' },
          },
        ],
      },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(jsonContentType);
    // Doc "Combine multiple HTTP requests using JSON batching", example response (trimmed).
    const documented = {
      responses: [
        {
          id: '1',
          status: 200,
          headers: { 'Content-Type': 'application/json;odata.metadata=minimal' },
          body: { '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users/$entity' },
        },
      ],
    };
    const body = res.json as BatchResponse;
    const byId = new Map(body.responses.map((response) => [response.id, response]));
    expect(shapeDifferences({ responses: [byId.get('1')] }, documented)).toEqual([]);
    for (const response of body.responses) {
      expect(response.headers['Content-Type']).toMatch(jsonContentType);
    }
    expect(byId.get('1')?.status).toBe(200);
    expect((byId.get('1')?.body as MicrosoftGraph.User).userPrincipalName).toBe(sanne);
    expect(byId.get('2')?.status).toBe(200);
    expect(byId.get('3')?.status).toBe(403);
    expect(shapeDifferences(byId.get('3')?.body, documentedError)).toEqual([]);
    expect((byId.get('3')?.body as typeof documentedError).error.code).toBe(
      'Authorization_RequestDenied',
    );
    expect(byId.get('4')?.status).toBe(405);
    expect((byId.get('4')?.body as typeof documentedError).error.code).toBe('Request_BadRequest');
    const five = byId.get('5');
    expect(five?.status).toBe(200);
    expect(
      shapeDifferences(five?.body, {
        '@odata.context':
          'https://graph.microsoft.com/v1.0/$metadata#users(id,displayName,userPrincipalName)',
        '@odata.count': 36,
        value: [{ id: 'x', displayName: 'x', userPrincipalName: 'x' }],
      }),
    ).toEqual([]);
    // The DELETE was refused: Pieter still exists.
    expect((await tenant.call(sanne, 'GET', `/users/${pieterId}`)).status).toBe(200);
  });

  it('runs a dependsOn chain in order and fails dependents of a failed request with 424', async () => {
    const res = await tenant.call(pieter, 'POST', '/$batch', {
      body: {
        requests: [
          {
            id: '1',
            method: 'POST',
            url: '/me/events',
            headers: { 'Content-Type': 'application/json' },
            body: {
              subject: 'Batch 1',
              start: { dateTime: '2026-12-04T09:00:00', timeZone: 'UTC' },
              end: { dateTime: '2026-12-04T10:00:00', timeZone: 'UTC' },
            },
          },
          { id: '2', dependsOn: ['1'], method: 'GET', url: '/users/niemand@lindeburg.example' },
          { id: '4', dependsOn: ['2'], method: 'GET', url: '/me' },
          { id: '3', dependsOn: ['4'], method: 'GET', url: '/me' },
        ],
      },
    });
    expect(res.status).toBe(200);
    const byId = new Map(
      (res.json as BatchResponse).responses.map((response) => [response.id, response]),
    );
    expect(byId.get('1')?.status).toBe(201);
    expect(byId.get('2')?.status).toBe(404);
    expect(byId.get('4')?.status).toBe(424);
    expect(byId.get('3')?.status).toBe(424);
  });

  it('more than 20 requests is a 400 for the whole batch', async () => {
    const res = await tenant.call(sanne, 'POST', '/$batch', {
      body: {
        requests: Array.from({ length: 21 }, (_, index) => ({
          id: String(index + 1),
          method: 'GET',
          url: '/me',
        })),
      },
    });
    expect(res.status).toBe(400);
    expect(shapeDifferences(res.json, documentedError)).toEqual([]);
  });

  it('ids must be unique (case-insensitively): a duplicate is a 400', async () => {
    const res = await tenant.call(sanne, 'POST', '/$batch', {
      body: {
        requests: [
          { id: 'a', method: 'GET', url: '/me' },
          { id: 'A', method: 'GET', url: '/me' },
        ],
      },
    });
    expect(res.status).toBe(400);
  });

  it('a body without a Content-Type header is refused for that request', async () => {
    const res = await tenant.call(sanne, 'POST', '/$batch', {
      body: {
        requests: [
          { id: '1', method: 'POST', url: '/me/sendMail', body: { message: { subject: 'x' } } },
        ],
      },
    });
    expect(res.status).toBe(200);
    expect((res.json as BatchResponse).responses[0]?.status).toBe(400);
  });

  it('evaluates each request against throttling on its own: one 429 with Retry-After, the rest 200', async () => {
    const faults = await tenant.control('POST', '/_emulator/faults', {
      throttle: { next: 1, retryAfterSeconds: 3 },
    });
    expect(faults.ok).toBe(true);
    const res = await tenant.call(sanne, 'POST', '/$batch', {
      body: {
        requests: [
          { id: '1', method: 'GET', url: '/me' },
          { id: '2', method: 'GET', url: '/me' },
        ],
      },
    });
    expect(res.status).toBe(200);
    const byId = new Map(
      (res.json as BatchResponse).responses.map((response) => [response.id, response]),
    );
    expect(byId.get('1')?.status).toBe(429);
    expect(byId.get('1')?.headers['Retry-After']).toBe('3');
    expect(byId.get('2')?.status).toBe(200);
  });
});

describe('errors, authentication and throttling', () => {
  it('a missing token is a 401 InvalidAuthenticationToken in the error envelope', async () => {
    const res = await tenant.call(sanne, 'GET', '/me', { token: null });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(jsonContentType);
    expect(shapeDifferences(res.json, documentedError)).toEqual([]);
    expect(res.json.error.code).toBe('InvalidAuthenticationToken');
  });

  it('a token the tenant did not issue is a 401', async () => {
    const res = await tenant.call(sanne, 'GET', '/me', {
      token: 'eyJ0eXAiOiJKV1QifQ.e30.c2lnbmF0dXJl',
    });
    expect(res.status).toBe(401);
    expect(res.json.error.code).toBe('InvalidAuthenticationToken');
  });

  it('a missing scope is a 403 in the error envelope', async () => {
    const res = await tenant.call(sanne, 'GET', `/users/${tenant.user(pieter).id}`, {
      scopes: ['User.Read'],
    });
    expect(res.status).toBe(403);
    expect(shapeDifferences(res.json, documentedError)).toEqual([]);
  });

  it('echoes client-request-id and sets request-id', async () => {
    const res = await tenant.call(sanne, 'GET', '/me', {
      headers: { 'client-request-id': '7b0a1f7e-0000-4000-8000-000000000001' },
    });
    expect(res.headers.get('client-request-id')).toBe('7b0a1f7e-0000-4000-8000-000000000001');
    expect(res.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('throttling answers 429 with a Retry-After header and the error envelope', async () => {
    // Doc "Microsoft Graph throttling guidance": 429 Too Many Requests with a Retry-After header.
    await tenant.control('POST', '/_emulator/faults', {
      throttle: { next: 1, retryAfterSeconds: 7 },
    });
    const throttled = await tenant.call(sanne, 'GET', '/me');
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('7');
    expect(shapeDifferences(throttled.json, documentedError)).toEqual([]);
    expect(throttled.json.error.code).toBe('TooManyRequests');
    const retried = await tenant.call(sanne, 'GET', '/me');
    expect(retried.status).toBe(200);
  });

  it('an injected fault answers 503 in the error envelope', async () => {
    await tenant.control('POST', '/_emulator/faults', { fault: { next: 1 } });
    const res = await tenant.call(sanne, 'GET', '/me');
    expect(res.status).toBe(503);
    expect(shapeDifferences(res.json, documentedError)).toEqual([]);
  });
});
