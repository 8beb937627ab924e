import { createGraphClient } from './graph-client';
import { GraphRequestError, toGraphRequestError } from './graph-request-error';

type Call = { url: string; method: string; headers: Headers };

function fakeFetch(responses: Array<() => Response>) {
  const calls: Call[] = [];
  const fetchMock = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push({ url, method: init?.method ?? 'GET', headers: new Headers(init?.headers) });
    const next = responses.shift();
    if (next === undefined) throw new Error(`unexpected request to ${url}`);
    return Promise.resolve(next());
  });
  vi.stubGlobal('fetch', fetchMock);
  return calls;
}

const json =
  (status: number, body: unknown, headers: Record<string, string> = {}) =>
  () =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json', ...headers },
    });

const authProvider = { getAccessToken: () => Promise.resolve('token-123') };

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('createGraphClient', () => {
  it('sends requests to /v1.0 under the configured origin with the bearer token and a request id', async () => {
    const calls = fakeFetch([
      json(200, { displayName: 'Sanne' }),
      json(200, { displayName: 'Sanne' }),
    ]);
    const client = createGraphClient({ authProvider, graphBaseUrl: 'http://localhost:4000' });

    await expect(client.api('/me').get()).resolves.toEqual({ displayName: 'Sanne' });
    await client.api('/me').get();

    expect(calls[0]?.url).toBe('http://localhost:4000/v1.0/me');
    expect(calls[0]?.headers.get('Authorization')).toBe('Bearer token-123');
    const ids = calls.map((call) => call.headers.get('client-request-id'));
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[1]).not.toBe(ids[0]);
  });

  it('does not hand the token to other hosts', async () => {
    const calls = fakeFetch([json(200, {})]);
    const client = createGraphClient({ authProvider, graphBaseUrl: 'http://localhost:4000' });
    await client.api('https://example.org/v1.0/me').get();
    expect(calls[0]?.headers.get('Authorization')).toBeNull();
  });

  it('retries a throttled request after Retry-After and then succeeds', async () => {
    const calls = fakeFetch([
      json(
        429,
        { error: { code: 'TooManyRequests', message: 'Slow down' } },
        { 'Retry-After': '0' },
      ),
      json(200, { id: '1' }),
    ]);
    const client = createGraphClient({ authProvider, graphBaseUrl: 'https://graph.microsoft.com' });
    await expect(client.api('/me').get()).resolves.toEqual({ id: '1' });
    expect(calls).toHaveLength(2);
    expect(calls[0]?.url).toBe('https://graph.microsoft.com/v1.0/me');
  });

  it('gives up after the bounded number of retries with the throttling surfaced', async () => {
    const throttled = json(
      429,
      { error: { code: 'TooManyRequests', message: 'Slow down' } },
      { 'Retry-After': '0' },
    );
    const calls = fakeFetch([throttled, throttled, throttled]);
    const client = createGraphClient({
      authProvider,
      graphBaseUrl: 'https://graph.microsoft.com',
      maxRetries: 2,
    });
    const error = await client.api('/me').get().catch(toGraphRequestError);
    expect(calls).toHaveLength(3);
    expect(error).toMatchObject({ status: 429, code: 'TooManyRequests', retryAfterSeconds: 0 });
  });
});

describe('automatic retries (issue 10.7: a retried write after a lost answer is stored twice)', () => {
  const timeout = json(
    504,
    { error: { code: 'generalException', message: 'Gateway timeout' } },
    { 'Retry-After': '0' },
  );
  const unavailable = json(
    503,
    { error: { code: 'serviceNotAvailable', message: 'Try later' } },
    { 'Retry-After': '0' },
  );
  const client = () =>
    createGraphClient({ authProvider, graphBaseUrl: 'https://graph.microsoft.com' });

  it('repeats a read after 503 and 504', async () => {
    const calls = fakeFetch([unavailable, timeout, json(200, { id: '1' })]);
    await expect(client().api('/me').get()).resolves.toEqual({ id: '1' });
    expect(calls).toHaveLength(3);
  });

  it.each([
    [
      'POST',
      (c: ReturnType<typeof client>) => c.api('/sites/s/lists/l/items').post({ fields: {} }),
    ],
    ['PATCH', (c: ReturnType<typeof client>) => c.api('/sites/s/lists/l/items/1/fields').patch({})],
    ['DELETE', (c: ReturnType<typeof client>) => c.api('/sites/s/lists/l/items/1').delete()],
    ['sendMail', (c: ReturnType<typeof client>) => c.api('/me/sendMail').post({ message: {} })],
  ])('never repeats a write (%s) after 504: the write may have been committed', async (_, send) => {
    const calls = fakeFetch([timeout]);
    const error = await send(client()).catch(toGraphRequestError);
    expect(calls).toHaveLength(1);
    expect(error).toMatchObject({ status: 504 });
  });

  it('repeats a write after 429: Graph refused it, so nothing was written', async () => {
    const calls = fakeFetch([
      json(
        429,
        { error: { code: 'TooManyRequests', message: 'Slow down' } },
        { 'Retry-After': '0' },
      ),
      json(201, { id: '7' }),
    ]);
    await expect(client().api('/sites/s/lists/l/items').post({ fields: {} })).resolves.toEqual({
      id: '7',
    });
    expect(calls.map((call) => call.method)).toEqual(['POST', 'POST']);
  });

  it('repeats read-only POST actions and a $batch of reads, but not a $batch with a write', async () => {
    const calls = fakeFetch([timeout, json(200, { value: [] })]);
    await client()
      .api('/me/calendar/getSchedule')
      .post({ schedules: ['a@b.c'] });
    expect(calls).toHaveLength(2);

    const reads = {
      requests: [
        { id: '1', method: 'GET', url: '/me' },
        {
          id: '2',
          method: 'POST',
          url: '/me/getMailTips',
          body: {},
          headers: { 'Content-Type': 'application/json' },
        },
      ],
    };
    const batchCalls = fakeFetch([timeout, json(200, { responses: [] })]);
    await client().api('/$batch').post(reads);
    expect(batchCalls).toHaveLength(2);

    const withWrite = {
      requests: [
        ...reads.requests,
        { id: '3', method: 'POST', url: '/sites/s/lists/l/items', body: {} },
      ],
    };
    const writeCalls = fakeFetch([timeout]);
    const error = await client().api('/$batch').post(withWrite).catch(toGraphRequestError);
    expect(writeCalls).toHaveLength(1);
    expect(error).toMatchObject({ status: 504 });
  });
});

describe('Outlook concurrency (issue 10.8)', () => {
  it('keeps at most 4 Outlook requests on the wire at once and lets other requests pass', async () => {
    let inFlight = 0;
    let most = 0;
    const pending: Array<() => void> = [];
    vi.stubGlobal('fetch', (input: RequestInfo | URL) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (!url.includes('getSchedule')) return Promise.resolve(json(200, { value: [] })());
      inFlight++;
      most = Math.max(most, inFlight);
      return new Promise<Response>((resolve) => {
        pending.push(() => {
          inFlight--;
          resolve(json(200, { value: [] })());
        });
      });
    });
    const client = createGraphClient({ authProvider, graphBaseUrl: 'https://graph.microsoft.com' });
    const schedules = Array.from({ length: 10 }, () =>
      client.api('/me/calendar/getSchedule').post({ schedules: ['a@b.c'] }),
    );
    await vi.waitFor(() => expect(pending).toHaveLength(4));
    // A request that is not Outlook's does not wait for them.
    await expect(
      client.api('/communications/getPresencesByUserId').post({ ids: [] }),
    ).resolves.toEqual({
      value: [],
    });
    while (pending.length > 0 || inFlight > 0) {
      pending.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await Promise.all(schedules);
    expect(most).toBe(4);
  });
});

describe('toGraphRequestError', () => {
  it('reads status, code, message and request id from the Graph error envelope', async () => {
    fakeFetch([
      json(403, {
        error: {
          code: 'Authorization_RequestDenied',
          message: 'Insufficient privileges',
          innerError: { 'request-id': 'req-1' },
        },
      }),
    ]);
    const client = createGraphClient({ authProvider, graphBaseUrl: 'https://graph.microsoft.com' });
    const error = await client.api('/users').get().catch(toGraphRequestError);
    expect(error).toBeInstanceOf(GraphRequestError);
    expect(error).toMatchObject({
      status: 403,
      code: 'Authorization_RequestDenied',
      message: 'Insufficient privileges',
      requestId: 'req-1',
    });
  });

  it('reports an unreachable host as a network error with status 0', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('fetch failed')));
    const client = createGraphClient({ authProvider, graphBaseUrl: 'http://localhost:4000' });
    const error = await client.api('/me').get().catch(toGraphRequestError);
    expect(error).toMatchObject({ status: 0, code: 'networkError', isNetworkError: true });
  });
});
