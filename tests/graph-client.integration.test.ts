// The app's own Graph client against the demo tenant, started in-process on a loopback port.
import type { User } from '@microsoft/microsoft-graph-types';
import { startDemoTenant } from '../scripts/demo-tenant/start-demo-tenant';
import type { RunningEmulator } from '../emulator/server';
import { createGraphClient, GraphRequestError, toGraphRequestError } from '../src/graph/client';

const sanne = 'sanne.devries@lindeburg.example';
let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startDemoTenant({ port: 0, quiet: true });
});

afterAll(async () => {
  await emulator.close();
});

function clientWith(token: string | null) {
  return createGraphClient({
    authProvider: {
      getAccessToken: () =>
        token === null ? Promise.reject(new Error('no token')) : Promise.resolve(token),
    },
    graphBaseUrl: emulator.url,
  });
}

describe('Graph client against the emulator', () => {
  it('reads /me with the persona token', async () => {
    const me = (await clientWith(emulator.tokenFor(sanne))
      .api('/me')
      .select('displayName,userPrincipalName,jobTitle')
      .get()) as User;
    expect(me.userPrincipalName).toBe(sanne);
    expect(me.displayName).toBe('Sanne de Vries');
  });

  it('surfaces 401 without a valid token as GraphRequestError', async () => {
    const error = await clientWith('not-a-token').api('/me').get().catch(toGraphRequestError);
    expect(error).toBeInstanceOf(GraphRequestError);
    expect(error).toMatchObject({ status: 401, code: 'InvalidAuthenticationToken' });
  });

  it('retries a throttled request after Retry-After and succeeds', async () => {
    const response = await fetch(`${emulator.url}/_emulator/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ throttle: { next: 1, retryAfterSeconds: 1 } }),
    });
    expect(response.ok).toBe(true);

    const started = Date.now();
    const me = (await clientWith(emulator.tokenFor(sanne)).api('/me').get()) as User;
    expect(me.userPrincipalName).toBe(sanne);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900); // waited for Retry-After: 1
  });
});
