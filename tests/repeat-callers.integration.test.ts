// @vitest-environment jsdom
// Repeat callers against the demo tenant, through the app's own data source and outbox: the lookup finds a demo
// citizen's open request by the exact number, never by a part of it; "Toevoegen aan het open verzoek" adds the note
// once and notifies the assignee once, also under throttling and faults; retention empties the lookup keys.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { RunningEmulator } from '../emulator/server';
import { startDemoTenant } from '../scripts/demo-tenant/start-demo-tenant';
import { demoSharePointSite, parseAppConfig } from '../src/config/app-config';
import type { AppConfig, RawAppConfig } from '../src/config/app-config';
import type { CallbackRequest } from '../src/domain/callbacks';
import { contactKeysOf, repeatWindowStart } from '../src/domain/callbacks';
import { instantFromEpochMs } from '../src/domain/time';
import { callbackDueAt, STATUTORY_CALENDAR } from '../src/domain/working-days';
import { graphCallbacksDataSource } from '../src/features/callbacks/api/graph-callbacks-data-source';
import { createOutboxRunner } from '../src/features/callbacks/outbox-runner';
import { repeatCallEntry } from '../src/features/callbacks/repeat-call';
import { typedContactKeys } from '../src/features/callbacks/repeat-lookup-keys';
import {
  addRepeatCallToCallback,
  closeCallback,
  findCallbackByRequestId,
  findEarlierCallbacks,
  redactExpiredCallbacks,
  saveCallbackRequest,
} from '../src/graph/callbacks';
import { createGraphClient } from '../src/graph/client';
import { siteLocatorFrom } from '../src/graph/lists';

const site = siteLocatorFrom(demoSharePointSite);
const domain = 'lindeburg.example';
const upn = (name: string) => `${name}@${domain}`;

let emulator: RunningEmulator;
let config: AppConfig;
beforeAll(async () => {
  emulator = await startDemoTenant({ port: 0, quiet: true });
  const parsed = parseAppConfig({ notifications: 'email' } as RawAppConfig);
  if (parsed.kind !== 'valid') throw new Error('invalid demo configuration');
  config = parsed.config;
}, 300_000);
afterAll(async () => {
  await emulator.close();
});
afterEach(async () => {
  await control('DELETE', 'faults');
});

async function control(method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${emulator.url}/_emulator/${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return response.headers.get('content-type')?.includes('json') ? response.json() : null;
}

function clientFor(name: string, maxRetries = 3): Client {
  const token = emulator.tokenFor(upn(name));
  return createGraphClient({
    authProvider: { getAccessToken: () => Promise.resolve(token) },
    graphBaseUrl: emulator.url,
    maxRetries,
  });
}

const user = (name: string) =>
  emulator.state.users.find((candidate) => candidate.userPrincipalName === upn(name))!;

type Mail = { message: { subject: string; toRecipients: { emailAddress: { address: string } }[] } };
const mails = async () => ((await control('GET', 'outbox')) as { value: Mail[] }).value;

const windowStart = () => repeatWindowStart(instantFromEpochMs(Date.now()), STATUTORY_CALENDAR);

function aRequest(overrides: Partial<CallbackRequest>): CallbackRequest {
  const madeAt = instantFromEpochMs(Date.now() - 60_000);
  return {
    id: `rc-${crypto.randomUUID()}`,
    citizen: { name: 'Bas Koster', phone: '+31612399001', email: 'Bas.Koster@example.nl' },
    question: 'Vraag over een vergunning',
    channel: 'phone',
    preferredTime: null,
    madeAt,
    madeById: user('sanne.devries').id,
    assignedToPersonId: user('pieter.vanderberg').id,
    assignedToTeam: 'Burgerzaken',
    teamMailbox: null,
    dueAt: callbackDueAt(madeAt, STATUTORY_CALENDAR),
    status: 'open',
    attempts: [],
    closedAt: null,
    closedById: null,
    outcomeNote: null,
    claimedById: null,
    ...overrides,
  };
}

describe('the lookup on the demo tenant', () => {
  it("finds a demo citizen's open request by the number as the agent types it", async () => {
    const sanne = user('sanne.devries');
    const source = graphCallbacksDataSource(clientFor('sanne.devries'), config, {
      id: sanne.id,
      displayName: sanne.displayName ?? 'Sanne de Vries',
    });
    // Henk Mulder's request of last week: open, overdue, three attempts (scripts/demo-tenant/week-callbacks.ts).
    const found = await source.findEarlier(typedContactKeys('06 12345001', ''));
    expect(found.map((callback) => callback.request.citizen.name)).toEqual(['Henk Mulder']);
    expect(found[0]!.request).toMatchObject({ status: 'open', assignedToTeam: 'Burgerzaken' });
    expect(found[0]!.request.attempts).toHaveLength(3);
    // He called again once before (the demo shows "De inwoner belde al een keer opnieuw").
    expect(found[0]!.request.repeatCalls).toHaveLength(1);
    // Fatima Ouali by her e-mail address, typed in another case.
    const byMail = await source.findEarlier(typedContactKeys('', 'F.Ouali@Example.NL'));
    expect(byMail.map((callback) => callback.request.citizen.name)).toEqual(['Fatima Ouali']);
  });

  it('never matches a part of a number or address', async () => {
    const client = clientFor('sanne.devries');
    for (const keys of [
      { phone: '+3161234500', email: null },
      { phone: '+316123450010', email: null },
      { phone: '+31', email: null },
      { phone: null, email: 'ouali@example.nl' },
      { phone: null, email: 'f.ouali@example' },
    ])
      expect(await findEarlierCallbacks(client, site, keys, windowStart())).toEqual([]);
    // What is typed but not complete yet is not looked up at all.
    expect(typedContactKeys('06 1234500', 'f.ouali@')).toEqual({ phone: null, email: null });
  });
});

describe('"Toevoegen aan het open verzoek" through the outbox', () => {
  it('adds "inwoner belde opnieuw" once and notifies the assignee once, under throttling, faults and a lost answer', async () => {
    const sanne = user('sanne.devries');
    const pieter = user('pieter.vanderberg');
    const open = aRequest({});
    await saveCallbackRequest(clientFor('sanne.devries'), site, open);
    const source = graphCallbacksDataSource(clientFor('sanne.devries', 0), config, {
      id: sanne.id,
      displayName: 'Sanne de Vries',
    });
    const [earlier] = await source.findEarlier(typedContactKeys('06-12399001', ''));
    expect(earlier?.request.id).toBe(open.id);
    const mailsBefore = (await mails()).length;

    await control('DELETE', 'requests');
    // One 429, one 503, and the PATCH's answer lost after it was stored (504): the retry must not add it twice.
    await control('POST', 'faults', {
      throttle: { next: 1, retryAfterSeconds: 0 },
      fault: { next: 1 },
      commitThenFail: { next: 1 },
      pathContains: 'BereikbaarTerugbelverzoeken',
    });
    const runner = createOutboxRunner(source, { locks: null });
    const callId = crypto.randomUUID();
    runner.enqueue(
      repeatCallEntry(
        earlier!.request,
        { callId, at: instantFromEpochMs(Date.now()), byId: sanne.id },
        {
          assignee: { id: pieter.id, mail: pieter.mail ?? upn('pieter.vanderberg') },
          madeByName: 'Sanne de Vries',
          linkUrl: null,
        },
      ),
    );
    // The outbox retries with backoff; "Nu opnieuw proberen" each time it waits, so the test does not.
    await vi.waitFor(
      () => {
        if (runner.snapshot().entries.length > 0) runner.retryNow();
        expect(runner.snapshot().entries).toEqual([]);
      },
      { timeout: 60_000, interval: 200 },
    );
    await control('DELETE', 'faults');
    const log = (await control('GET', 'requests')) as { requests: { status: number }[] };
    expect(log.requests.map((entry) => entry.status)).toEqual(
      expect.arrayContaining([429, 503, 504]),
    );
    expect(runner.snapshot().stored).toEqual([
      { requestId: callId, citizenName: 'Bas Koster', notification: 'sent' },
    ]);

    const stored = (await findCallbackByRequestId(clientFor('pieter.vanderberg'), site, open.id))!;
    expect(stored.request.repeatCalls).toEqual([
      { id: callId, at: expect.any(Number), byId: sanne.id },
    ]);
    // A note, not an attempt: the callback figures are unchanged.
    expect(stored.request.attempts).toEqual([]);
    // No duplicate request.
    const sameCitizen = emulator.state.items.filter(
      (item) => item.fields.CitizenPhoneKey === '+31612399001',
    );
    expect(sameCitizen).toHaveLength(1);
    // Pieter is told once.
    const sent = (await mails()).slice(mailsBefore);
    expect(
      sent.map((mail) => [
        mail.message.toRecipients[0]!.emailAddress.address,
        mail.message.subject,
      ]),
    ).toEqual([
      [pieter.mail ?? upn('pieter.vanderberg'), expect.stringContaining('Inwoner belde opnieuw')],
    ]);
    // A retry of the same call after all finds it there.
    const again = await addRepeatCallToCallback(clientFor('sanne.devries'), site, open.id, {
      id: callId,
      at: instantFromEpochMs(Date.now()),
      byId: sanne.id,
    });
    expect(again.outcome).toBe('alreadyAdded');
  }, 120_000);
});

describe('retention', () => {
  it('empties the lookup keys with the rest of the personal data', async () => {
    const client = clientFor('sanne.devries');
    const dayMs = 24 * 60 * 60 * 1000;
    const request = aRequest({
      citizen: { name: 'Oud Verzoek', phone: '+31612399002', email: 'oud@example.nl' },
    });
    const saved = await saveCallbackRequest(client, site, request);
    const raw = () =>
      emulator.state.items.find((item) => item.fields.RequestId === request.id)!.fields;
    expect(raw()).toMatchObject({
      CitizenPhoneKey: '+31612399002',
      CitizenEmailKey: 'oud@example.nl',
    });
    const now = instantFromEpochMs(Date.now());
    await closeCallback(
      client,
      site,
      saved.callback,
      { status: 'done', note: 'Geholpen' },
      instantFromEpochMs(now - 91 * dayMs),
      user('sanne.devries').id,
    );
    await redactExpiredCallbacks(clientFor('mohamed.elamrani'), site, now, 90);
    expect(raw().CitizenPhoneKey ?? null).toBeNull();
    expect(raw().CitizenEmailKey ?? null).toBeNull();
    expect(raw().CitizenPhone ?? null).toBeNull();
    expect(
      await findEarlierCallbacks(
        client,
        site,
        contactKeysOf(request.citizen),
        instantFromEpochMs(now - 365 * dayMs),
      ),
    ).toEqual([]);
  });
});
