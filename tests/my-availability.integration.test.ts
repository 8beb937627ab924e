// "Mijn bereikbaarheid" against the demo tenant in-process, through the app's own Graph client and data source: an
// employee with a free/busy-only calendar opens it and the agent's signals show the subject at once; undo; a
// refused consent changes nothing; automatic replies switched on and off reach the agent's mail tips.
import type { RunningEmulator } from '../emulator/server';
import { appDelegatedScopes } from '../emulator/personas';
import { startDemoTenant } from '../scripts/demo-tenant/start-demo-tenant';
import { parseAppConfig } from '../src/config/app-config';
import type { AppConfig, RawAppConfig } from '../src/config/app-config';
import { signalsAsColleaguesSeeThem } from '../src/domain/my-availability';
import { instantFromEpochMs } from '../src/domain/time';
import { fetchAvailabilitySignals } from '../src/graph/availability';
import { createGraphClient } from '../src/graph/client';
import { siteLocatorFrom } from '../src/graph/lists';
import { createGraphMyAvailabilityDataSource } from '../src/features/my-availability/api/my-availability-data-source';
import type { RequestToken } from '../src/features/my-availability/api/my-availability-data-source';

const agent = 'sanne.devries@lindeburg.example';
const employee = 'pieter.vanderberg@lindeburg.example';
let emulator: RunningEmulator;
let config: AppConfig;

beforeAll(async () => {
  emulator = await startDemoTenant({ port: 0, quiet: true });
  const parsed = parseAppConfig({ emulatorUrl: emulator.url } as RawAppConfig);
  if (parsed.kind !== 'valid') throw new Error('invalid demo configuration');
  config = parsed.config;
});
afterAll(async () => {
  await emulator.close();
});

const clientFor = (upn: string, scopes: readonly string[] = appDelegatedScopes) => {
  const token = emulator.tokenFor(upn, scopes);
  return createGraphClient({
    authProvider: { getAccessToken: () => Promise.resolve(token) },
    graphBaseUrl: emulator.url,
    maxRetries: 0,
  });
};
const pieterId = () => emulator.state.users.find((user) => user.userPrincipalName === employee)!.id;

/** As a consent would: a token with the sign-in scopes and those asked. */
const consenting: RequestToken = (scopes) =>
  Promise.resolve(emulator.tokenFor(employee, [...appDelegatedScopes, ...scopes]));
const refusing: RequestToken = () =>
  Promise.reject(
    Object.assign(new Error('AADSTS65004: User declined to consent'), {
      errorCode: 'consent_required',
    }),
  );

const pieterSource = (requestToken: RequestToken) =>
  createGraphMyAvailabilityDataSource(clientFor(employee), config, pieterId(), requestToken);

/** Pieter's calendar as the agent's screen reads it. */
async function agentSeesPieter() {
  const result = await fetchAvailabilitySignals(
    clientFor(agent),
    siteLocatorFrom(config.sharePointSite),
    [{ id: pieterId(), mail: employee }],
    new Date(),
  );
  return result.signals.get(pieterId())!;
}

describe('Mijn bereikbaarheid against the demo tenant', () => {
  it('opens a free/busy-only calendar to colleagues in one write, which the agent sees at once, and undoes it', async () => {
    const source = pieterSource(consenting);
    // The scenario's start, set up through Graph: Pieter shares free/busy only.
    const start = await source.readSharing();
    await source.setSharing(start.permissionId!, 'freeBusyRead');
    expect((await source.readSharing()).sharing).toBe('freeBusyRead');
    const before = await agentSeesPieter();
    expect(before.calendar?.access).toBe('freeBusy');
    expect(before.calendar?.items.length).toBeGreaterThan(0);
    expect(before.calendar?.items.every((item) => item.subject === undefined)).toBe(true);

    // What his own page shows the agent sees: the owner reads in full, the rule hides what colleagues cannot see.
    const own = await source.readOwnSignals();
    expect(own?.calendar?.items.some((item) => item.subject !== undefined)).toBe(true);
    const asSeen = signalsAsColleaguesSeeThem(own!, 'freeBusyRead');
    expect(asSeen.calendar?.items.every((item) => item.subject === undefined)).toBe(true);

    await expect(source.setSharing(start.permissionId!, 'limitedRead')).resolves.toEqual({
      sharing: 'limitedRead',
      permissionId: start.permissionId,
    });
    const after = await agentSeesPieter();
    expect(after.calendar?.access).toBe('details');
    const visible = after.calendar?.items.filter((item) => !item.isPrivate) ?? [];
    expect(visible.some((item) => typeof item.subject === 'string' && item.subject !== '')).toBe(
      true,
    );
    for (const item of after.calendar?.items.filter((entry) => entry.isPrivate) ?? [])
      expect(item.subject).toBeUndefined();

    await source.setSharing(start.permissionId!, 'freeBusyRead');
    expect((await agentSeesPieter()).calendar?.access).toBe('freeBusy');
  });

  it('changes nothing when the employee refuses consent, and the reads keep working', async () => {
    const setup = pieterSource(consenting);
    const { permissionId } = await setup.readSharing();
    await setup.setSharing(permissionId!, 'freeBusyRead');

    const source = pieterSource(refusing);
    await expect(source.setSharing(permissionId!, 'limitedRead')).rejects.toThrow(/AADSTS65004/);
    await expect(
      source.saveAutomaticReplies({ mode: 'on', start: null, end: null, message: 'Afwezig' }),
    ).rejects.toThrow(/AADSTS65004/);
    expect((await source.readSharing()).sharing).toBe('freeBusyRead');
    expect((await agentSeesPieter()).calendar?.access).toBe('freeBusy');
    expect(await source.readOwnSignals()).not.toBeNull();
    await expect(source.readOpenCallbacks()).resolves.toBeInstanceOf(Array);
  });

  it('is refused by Graph (403) when the write scope was never granted', async () => {
    const withoutWrite: RequestToken = () =>
      Promise.resolve(emulator.tokenFor(employee, appDelegatedScopes));
    const source = pieterSource(withoutWrite);
    const { permissionId } = await source.readSharing();
    await expect(source.setSharing(permissionId!, 'limitedRead')).rejects.toMatchObject({
      statusCode: 403,
    });
  });

  it('switches automatic replies on for a period and off again, as the agent’s mail tips show', async () => {
    const source = pieterSource(consenting);
    const start = Date.now() - 60 * 60_000;
    const end = Date.now() + 3 * 86_400_000;
    await source.saveAutomaticReplies({
      mode: 'scheduled',
      start: instantFromEpochMs(start),
      end: instantFromEpochMs(end),
      message: 'Ik ben er donderdag weer.\nVoor spoed: team Ruimte.',
    });
    const on = await agentSeesPieter();
    expect(on.automaticReplies).toMatchObject({ status: 'scheduled' });
    expect(on.automaticReplies?.message).toContain('Ik ben er donderdag weer.');

    await source.saveAutomaticReplies({ mode: 'off', start: null, end: null, message: '' });
    expect((await agentSeesPieter()).automaticReplies).toEqual({ status: 'disabled' });
  });
});
