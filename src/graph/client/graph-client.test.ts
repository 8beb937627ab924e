import { createGraphClient } from './graph-client';
import { GraphRequestError, toGraphRequestError } from './graph-request-error';

type Call = { url: string; headers: Headers };

function fakeFetch(responses: Array<() => Response>) {
  const calls: Call[] = [];
  const fetchMock = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push({ url, headers: new Headers(init?.headers) });
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
