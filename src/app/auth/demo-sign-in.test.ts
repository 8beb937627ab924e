import { createDemoSignIn } from './demo-sign-in';
import { ServiceUnreachableError } from './sign-in';

const noGroups = { agent: undefined, teamLeader: undefined, coordinator: undefined };

function jwt(claims: Record<string, unknown>): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}.signature`;
}

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const sanneToken = jwt({
  oid: 'u-1',
  upn: 'sanne.devries@lindeburg.example',
  name: 'Sanne de Vries',
  roles: ['Bereikbaar.Agent'],
  groups: [],
});

function emulatorFetch(tokens: string[] = [sanneToken]) {
  return vi.fn((url: string) => {
    if (url.endsWith('/_emulator/personas')) {
      return Promise.resolve(
        Response.json([
          {
            id: 'u-1',
            upn: 'sanne.devries@lindeburg.example',
            displayName: 'Sanne de Vries',
            role: 'agent',
            jobTitle: 'KCP-medewerker',
            department: 'Klantcontact',
          },
          { id: 'x', upn: 'broken', role: 'superuser' },
          {
            id: 'a',
            upn: 'beheerder@lindeburg.example',
            displayName: 'Beheerder Microsoft 365',
            role: 'administrator',
          },
        ]),
      );
    }
    const token = tokens.shift() ?? sanneToken;
    return Promise.resolve(
      Response.json({ access_token: token, expires_in: 3600, scope: 'User.Read' }),
    );
  }) as unknown as typeof fetch & ReturnType<typeof vi.fn>;
}

describe('createDemoSignIn', () => {
  it('lists the valid personas, leaving out the administrator (no user of the app)', async () => {
    const signIn = createDemoSignIn({
      emulatorUrl: 'http://localhost:4000',
      roleGroupIds: noGroups,
      fetch: emulatorFetch(),
      storage: undefined,
    });
    await expect(signIn.listPersonas()).resolves.toEqual([
      {
        id: 'u-1',
        upn: 'sanne.devries@lindeburg.example',
        displayName: 'Sanne de Vries',
        role: 'agent',
        jobTitle: 'KCP-medewerker',
        department: 'Klantcontact',
      },
    ]);
  });

  it('signs in as a persona with account and roles from the token, and restores it after a reload', async () => {
    const storage = memoryStorage();
    const fetchFn = emulatorFetch();
    const signIn = createDemoSignIn({
      emulatorUrl: 'http://localhost:4000',
      roleGroupIds: noGroups,
      fetch: fetchFn,
      storage,
    });
    const session = await signIn.signInAs('sanne.devries@lindeburg.example');
    expect(fetchFn).toHaveBeenCalledWith(
      'http://localhost:4000/_emulator/token?persona=sanne.devries%40lindeburg.example',
    );
    expect(session.account).toEqual({
      upn: 'sanne.devries@lindeburg.example',
      displayName: 'Sanne de Vries',
      userId: 'u-1',
    });
    expect(session.roles).toEqual(['agent', 'employee']);
    await expect(session.getAccessToken(['User.Read'])).resolves.toBe(sanneToken);

    const afterReload = createDemoSignIn({
      emulatorUrl: 'http://localhost:4000',
      roleGroupIds: noGroups,
      fetch: emulatorFetch(),
      storage,
    });
    await expect(afterReload.restoreSession()).resolves.toMatchObject({
      account: { displayName: 'Sanne de Vries' },
    });

    await session.signOut();
    await expect(afterReload.restoreSession()).resolves.toBeNull();
  });

  it("a reload takes this tab's kept token (as MSAL's cache would), until it is about to expire", async () => {
    let now = 0;
    const storage = memoryStorage();
    const options = { emulatorUrl: 'http://localhost:4000', roleGroupIds: noGroups, storage };
    const first = emulatorFetch();
    await createDemoSignIn({ ...options, fetch: first, now: () => now }).signInAs(
      'sanne.devries@lindeburg.example',
    );
    expect(first).toHaveBeenCalledTimes(1);

    now = 1_000_000;
    const reload = emulatorFetch();
    const restored = await createDemoSignIn({
      ...options,
      fetch: reload,
      now: () => now,
    }).restoreSession();
    expect(restored?.account.displayName).toBe('Sanne de Vries');
    await expect(restored?.getAccessToken([])).resolves.toBe(sanneToken);
    expect(reload).not.toHaveBeenCalled();

    now = 3_550_000; // 50 s before the hour is up: the kept token is not good enough for a new page
    const late = emulatorFetch();
    await createDemoSignIn({ ...options, fetch: late, now: () => now }).restoreSession();
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('keeps no token past signing out, and never uses one kept for another persona', async () => {
    const storage = memoryStorage();
    const options = { emulatorUrl: 'http://localhost:4000', roleGroupIds: noGroups, storage };
    const session = await createDemoSignIn({ ...options, fetch: emulatorFetch() }).signInAs(
      'sanne.devries@lindeburg.example',
    );
    storage.setItem('bereikbaar.demoPersona', 'pieter@lindeburg.example');
    const other = emulatorFetch();
    await createDemoSignIn({ ...options, fetch: other }).restoreSession();
    expect(other).toHaveBeenCalledWith(
      'http://localhost:4000/_emulator/token?persona=pieter%40lindeburg.example',
    );

    await session.signOut();
    expect(storage.getItem('bereikbaar.demoToken')).toBeNull();
    await expect(
      createDemoSignIn({ ...options, fetch: emulatorFetch() }).restoreSession(),
    ).resolves.toBeNull();
  });

  it('fetches a new token when the current one is about to expire', async () => {
    let now = 0;
    const fresh = jwt({
      oid: 'u-1',
      upn: 'sanne.devries@lindeburg.example',
      name: 'Sanne de Vries',
      roles: [],
      groups: [],
    });
    const signIn = createDemoSignIn({
      emulatorUrl: 'http://localhost:4000',
      roleGroupIds: noGroups,
      fetch: emulatorFetch([sanneToken, fresh]),
      storage: undefined,
      now: () => now,
    });
    const session = await signIn.signInAs('sanne.devries@lindeburg.example');
    now = 3_550_000; // 50 s before the hour is up
    await expect(session.getAccessToken([])).resolves.toBe(fresh);
  });

  it('asks a token with more scopes only when a call needs one it lacks, and keeps them (incremental consent)', async () => {
    const claims = { oid: 'u-1', upn: 'pieter@lindeburg.example', name: 'Pieter', roles: [] };
    const basic = jwt({ ...claims, scp: 'User.Read Calendars.Read' });
    const widened = jwt({ ...claims, scp: 'User.Read Calendars.Read Calendars.ReadWrite' });
    const fetchFn = emulatorFetch([basic, widened]);
    const signIn = createDemoSignIn({
      emulatorUrl: 'http://localhost:4000',
      roleGroupIds: noGroups,
      fetch: fetchFn,
      storage: undefined,
    });
    const session = await signIn.signInAs('pieter@lindeburg.example');
    await expect(session.getAccessToken(['Calendars.Read'])).resolves.toBe(basic);
    await expect(session.getAccessToken(['Calendars.ReadWrite'])).resolves.toBe(widened);
    const asked = fetchFn.mock.calls.map(([url]) => new URL(String(url)).searchParams.get('scope'));
    expect(asked.at(-1)).toBe('User.Read Calendars.Read Calendars.ReadWrite');
    await expect(session.getAccessToken(['User.Read'])).resolves.toBe(widened);
    expect(fetchFn.mock.calls).toHaveLength(asked.length);
  });

  it('reports an unreachable emulator as ServiceUnreachableError with its URL', async () => {
    const signIn = createDemoSignIn({
      emulatorUrl: 'http://localhost:4000',
      roleGroupIds: noGroups,
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
      storage: undefined,
    });
    const error: unknown = await signIn.listPersonas().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ServiceUnreachableError);
    expect(error).toMatchObject({ url: 'http://localhost:4000' });
  });
});
