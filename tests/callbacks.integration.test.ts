// Callback requests against the demo tenant: idempotent saving under throttling and faults, eTag
// conflicts on claim, what the list permits, notifications (e-mail escaped, Teams activity with
// fallback), hand-over and retention.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { RunningEmulator } from '../emulator/server';
import { startDemoTenant } from '../scripts/demo-tenant/start-demo-tenant';
import { defaultTeamsAppId, demoSharePointSite } from '../src/config/app-config';
import type { CallbackRequest } from '../src/domain/callbacks';
import { instantFromEpochMs } from '../src/domain/time';
import type { Instant } from '../src/domain/time';
import { callbackDueAt, STATUTORY_CALENDAR } from '../src/domain/working-days';
import {
  claimCallback,
  closeCallback,
  findCallbackByRequestId,
  listOpenCallbacksFor,
  listTeamCallbacks,
  listUnclaimedTeamCallbacks,
  logCallbackAttempt,
  reassignCallback,
  reassignOpenCallbacks,
  redactExpiredCallbacks,
  saveCallbackRequest,
} from '../src/graph/callbacks';
import { createGraphClient } from '../src/graph/client';
import { siteLocatorFrom } from '../src/graph/lists';
import { notifyCallbackAssignees, notifyReassignedCallback } from '../src/notifications';
import type { ReassignNotice } from '../src/notifications';

const site = siteLocatorFrom(demoSharePointSite);
const domain = 'lindeburg.example';
const upn = (name: string) => `${name}@${domain}`;

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startDemoTenant({ port: 0, quiet: true });
});
afterAll(async () => {
  await emulator.close();
});
afterEach(async () => {
  await fetch(`${emulator.url}/_emulator/faults`, { method: 'DELETE' });
});

function clientFor(name: string, options: { scopes?: string[]; maxRetries?: number } = {}): Client {
  const token = emulator.tokenFor(upn(name), options.scopes);
  return createGraphClient({
    authProvider: { getAccessToken: () => Promise.resolve(token) },
    graphBaseUrl: emulator.url,
    maxRetries: options.maxRetries ?? 3,
  });
}

const userId = (name: string): string => {
  const user = emulator.state.users.find((candidate) => candidate.userPrincipalName === upn(name));
  if (!user) throw new Error(`no user ${name}`);
  return user.id;
};

/** A Burgerzaken member other than Pieter (for whom the Teams app is not installed). */
function burgerzakenColleague(): { id: string; mail: string } {
  const installed = new Set(emulator.state.teamsAppInstalledUserIds ?? []);
  const pieter = emulator.state.users.find(
    (user) => user.userPrincipalName === upn('pieter.vanderberg'),
  )!;
  const colleague = emulator.state.users.find(
    (user) =>
      user.managerId === pieter.managerId && user.id !== pieter.id && !installed.has(user.id),
  );
  if (!colleague) throw new Error('no colleague');
  return { id: colleague.id, mail: colleague.mail ?? colleague.userPrincipalName };
}

async function post(path: string, body: unknown): Promise<void> {
  const response = await fetch(`${emulator.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.ok).toBe(true);
}

let counter = 0;
function aRequest(overrides: Partial<CallbackRequest> = {}): CallbackRequest {
  counter++;
  const madeAt = instantFromEpochMs(Date.now() - 60_000);
  return {
    id: `it-${counter}-${crypto.randomUUID()}`,
    citizen: { name: 'Jan Jansen', phone: '+31612345678', email: null },
    question: 'Vraag over een paspoort',
    channel: 'phone',
    preferredTime: null,
    madeAt,
    madeById: userId('sanne.devries'),
    assignedToPersonId: null,
    assignedToTeam: 'Burgerzaken',
    teamMailbox: `burgerzaken@${domain}`,
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

const itemsWithRequestId = (requestId: string) =>
  emulator.state.items.filter((item) => item.fields.RequestId === requestId);

/** What the outbox does: try, and on failure try again, until the request is stored. */
async function saveUntilStored(client: Client, request: CallbackRequest, maxTries = 40) {
  let failures = 0;
  for (let attempt = 0; attempt < maxTries; attempt++) {
    try {
      const saved = await saveCallbackRequest(client, site, request);
      return { saved, failures };
    } catch {
      failures++;
    }
  }
  throw new Error('never stored');
}

describe('saving', () => {
  it('stores a request exactly once under injected 429 and 503, and a retry after success finds it', async () => {
    const client = clientFor('sanne.devries', { maxRetries: 0 });
    await post('/_emulator/faults', {
      throttle: { rate: 0.3, retryAfterSeconds: 0 },
      fault: { rate: 0.3 },
      pathContains: 'BereikbaarTerugbelverzoeken',
    });
    const request = aRequest({ question: 'Onder storing opgeslagen' });
    const { saved, failures } = await saveUntilStored(client, request);
    expect(failures).toBeGreaterThan(0);
    expect(saved.callback.request.id).toBe(request.id);
    // The answer of a successful create can be lost too: the retry must not create a second item.
    const again = await saveUntilStored(client, request);
    expect(again.saved.outcome).toBe('existing');
    await fetch(`${emulator.url}/_emulator/faults`, { method: 'DELETE' });
    expect(itemsWithRequestId(request.id)).toHaveLength(1);
    const found = await findCallbackByRequestId(client, site, request.id);
    expect(found?.request).toEqual({
      ...request,
      madeAt: expect.any(Number),
      dueAt: expect.any(Number),
    });
    expect(Math.abs(found!.request.madeAt - request.madeAt)).toBeLessThan(1000);
  });

  it('surfaces a throttled create to the caller when the client gives up, without storing half a request', async () => {
    const client = clientFor('sanne.devries', { maxRetries: 0 });
    await post('/_emulator/faults', { throttle: { next: 1, retryAfterSeconds: 0 } });
    const request = aRequest();
    await expect(saveCallbackRequest(client, site, request)).rejects.toMatchObject({
      statusCode: 429,
    });
    expect(itemsWithRequestId(request.id)).toHaveLength(0);
    expect((await saveCallbackRequest(client, site, request)).outcome).toBe('created');
    expect(itemsWithRequestId(request.id)).toHaveLength(1);
  });
});

describe('saving the same request at the same moment', () => {
  it('stores it once: RequestId is unique in the list, and a refused create is taken as "already stored"', async () => {
    const request = aRequest({ question: 'Twee apparaten tegelijk' });
    // Five saves at once: all look the request up before any creates it, so four creates are refused (409).
    const outcomes = await Promise.all(
      Array.from({ length: 5 }, () =>
        saveCallbackRequest(clientFor('sanne.devries'), site, request),
      ),
    );
    expect(outcomes.filter((saved) => saved.outcome === 'created')).toHaveLength(1);
    expect(new Set(outcomes.map((saved) => saved.callback.itemId)).size).toBe(1);
    expect(itemsWithRequestId(request.id)).toHaveLength(1);
  });
});

describe('claiming a team request', () => {
  it('lets exactly one of two people claim it at once; the other learns who has it', async () => {
    const sanne = clientFor('sanne.devries');
    const request = aRequest();
    await saveCallbackRequest(sanne, site, request);
    const pieter = clientFor('pieter.vanderberg');
    const colleague = burgerzakenColleague();
    const other = createGraphClient({
      authProvider: { getAccessToken: () => Promise.resolve(emulator.tokenFor(colleague.id)) },
      graphBaseUrl: emulator.url,
    });
    const [seenByPieter, seenByOther] = await Promise.all([
      listUnclaimedTeamCallbacks(pieter, site, 'Burgerzaken'),
      listUnclaimedTeamCallbacks(other, site, 'Burgerzaken'),
    ]);
    const mine = seenByPieter.find((callback) => callback.request.id === request.id)!;
    const theirs = seenByOther.find((callback) => callback.request.id === request.id)!;
    expect(mine.eTag).toBe(theirs.eTag);

    const [first, second] = await Promise.all([
      claimCallback(pieter, site, mine, userId('pieter.vanderberg')),
      claimCallback(other, site, theirs, colleague.id),
    ]);
    const outcomes = [first.outcome, second.outcome].sort();
    expect(outcomes).toEqual(['claimed', 'taken']);
    const winner = first.outcome === 'claimed' ? userId('pieter.vanderberg') : colleague.id;
    const loser = first.outcome === 'taken' ? first : second;
    expect(loser.outcome === 'taken' && loser.current?.request.claimedById).toBe(winner);
    const stored = itemsWithRequestId(request.id)[0]!;
    expect(stored.fields.ClaimedById).toBe(winner);
    expect(stored.version).toBe(2);
  });

  it('does not lose an attempt logged on a stale copy: the second write gets a conflict with the current state', async () => {
    const sanne = clientFor('sanne.devries');
    const pieterId = userId('pieter.vanderberg');
    const { callback } = await saveCallbackRequest(
      sanne,
      site,
      aRequest({ assignedToPersonId: pieterId }),
    );
    const pieter = clientFor('pieter.vanderberg');
    const now = instantFromEpochMs(Date.now());
    const first = await logCallbackAttempt(pieter, site, callback, {
      at: now,
      byId: pieterId,
      outcome: 'noAnswer',
      note: 'eerste',
    });
    expect(first.outcome).toBe('saved');
    const stale = await closeCallback(
      pieter,
      site,
      callback,
      { status: 'done', note: 'x' },
      now,
      pieterId,
    );
    expect(stale.outcome).toBe('conflict');
    expect(stale.outcome === 'conflict' && stale.current?.request.attempts).toHaveLength(1);
    expect(stale.outcome === 'conflict' && stale.current?.request.status).toBe('open');
  });

  it("records who closed it when a team leader closes on the assignee's behalf, and reads it back", async () => {
    const sanne = clientFor('sanne.devries');
    const pieterId = userId('pieter.vanderberg');
    const request = aRequest({ assignedToPersonId: pieterId });
    const { callback } = await saveCallbackRequest(sanne, site, request);
    const leaderId = userId('mohamed.elamrani');
    const closed = await closeCallback(
      clientFor('mohamed.elamrani'),
      site,
      callback,
      { status: 'done', note: null },
      instantFromEpochMs(Date.now()),
      leaderId,
    );
    expect(closed.outcome === 'saved' && closed.callback.request.closedById).toBe(leaderId);
    expect(itemsWithRequestId(request.id)[0]!.fields.ClosedById).toBe(leaderId);
    const reread = await findCallbackByRequestId(sanne, site, request.id);
    expect(reread?.request.closedById).toBe(leaderId);
  });
});

describe('permissions (stated): the callbacks list has no unique permissions', () => {
  it('lets all staff read and change every request, so the screens only filter; nobody deletes one', async () => {
    const sanne = clientFor('sanne.devries');
    const request = aRequest();
    const saved = await saveCallbackRequest(sanne, site, request);
    const list = emulator.state.lists.find(
      (candidate) => candidate.name === 'BereikbaarTerugbelverzoeken',
    )!;
    // Provisioning gave the list its own permissions: all staff, without deleting.
    expect(list.roleAssignments).toBeDefined();
    // Someone from another team (the coordinator, KCP-TIC) reads Burgerzaken's request all the same.
    const ingrid = clientFor('ingrid.bakker');
    const found = await findCallbackByRequestId(ingrid, site, request.id);
    expect(found).not.toBeNull();
    await expect(
      ingrid
        .api(
          `/sites/lindeburg.sharepoint.com:/sites/bereikbaar:/lists/BereikbaarTerugbelverzoeken/items/${found!.itemId}`,
        )
        .delete(),
    ).rejects.toMatchObject({ statusCode: 403 });
    expect(saved).toBeDefined();
  });

  it('refuses a token without a Sites scope', async () => {
    const client = clientFor('pieter.vanderberg', { scopes: ['User.Read'], maxRetries: 0 });
    await expect(
      listOpenCallbacksFor(client, site, userId('pieter.vanderberg')),
    ).rejects.toMatchObject({
      statusCode: 403,
    });
  });
});

type OutboxBody = {
  value: {
    from: string;
    message: {
      subject: string;
      body: { content: string };
      toRecipients: { emailAddress: { address: string } }[];
    };
  }[];
};
type ActivitiesBody = {
  value: {
    recipient: string;
    from: string;
    previewText: string;
    activityType: string;
    topic: { source: string; value: string; webUrl?: string };
  }[];
};

const outbox = async () =>
  ((await (await fetch(`${emulator.url}/_emulator/outbox`)).json()) as OutboxBody).value;
const activities = async () =>
  ((await (await fetch(`${emulator.url}/_emulator/activities`)).json()) as ActivitiesBody).value;

describe('notifications', () => {
  const evil = 'Mijn vraag <script>alert("x")</script> & <b>meer</b>';

  it('e-mails the team mailbox for a team request with everything the citizen said escaped', async () => {
    const sanne = clientFor('sanne.devries');
    const request = aRequest({
      citizen: {
        name: '<img src=x onerror=alert(1)>',
        phone: '+31612345678',
        email: 'a"b@example.nl',
      },
      question: evil,
      preferredTime: '<i>na 14:00</i>',
    });
    const before = (await outbox()).length;
    const result = await notifyCallbackAssignees(sanne, request, {
      channel: 'teamsActivity',
      teamsAppId: defaultTeamsAppId,
      teamsCatalogAppId: null,
      event: { kind: 'created' },
      assignee: null,
      madeByName: 'Sanne de Vries',
      linkUrl: null,
    });
    expect(result).toEqual({
      sent: 'email',
      to: `burgerzaken@${domain}`,
      afterActivityFailed: 'no',
    });
    const mails = (await outbox()).slice(before);
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.from).toBe(upn('sanne.devries'));
    expect(mail.message.toRecipients.map((recipient) => recipient.emailAddress.address)).toEqual([
      `burgerzaken@${domain}`,
    ]);
    const html = mail.message.body.content;
    expect(html).toContain(
      'Mijn vraag &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;meer&lt;/b&gt;',
    );
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;i&gt;na 14:00&lt;/i&gt;');
    expect(html).toContain('a&quot;b@example.nl');
    expect(html).not.toMatch(/<script|<img|<i>|<b>meer/);
    expect(mail.message.subject).not.toContain('<');
  });

  it('e-mails the assignee when the organisation chose e-mail', async () => {
    const sanne = clientFor('sanne.devries');
    const pieterId = userId('pieter.vanderberg');
    const before = { mails: (await outbox()).length, activities: (await activities()).length };
    const result = await notifyCallbackAssignees(
      sanne,
      aRequest({ assignedToPersonId: pieterId, question: evil }),
      {
        channel: 'email',
        teamsAppId: defaultTeamsAppId,
        teamsCatalogAppId: null,
        event: { kind: 'created' },
        assignee: { id: pieterId, mail: upn('pieter.vanderberg') },
        madeByName: 'Sanne',
        linkUrl: 'https://app.example/#/mijn-terugbelverzoeken',
      },
    );
    expect(result).toMatchObject({ sent: 'email', to: upn('pieter.vanderberg') });
    const mails = (await outbox()).slice(before.mails);
    expect(mails.map((mail) => mail.message.toRecipients[0]!.emailAddress.address)).toEqual([
      upn('pieter.vanderberg'),
    ]);
    expect(mails[0]!.message.body.content).not.toContain('<script');
    expect((await activities()).length).toBe(before.activities);
  });

  it('sends a Teams activity where the app is installed, without citizen data in the preview', async () => {
    const sanne = clientFor('sanne.devries');
    const pieterId = userId('pieter.vanderberg');
    const before = { mails: (await outbox()).length, activities: (await activities()).length };
    const result = await notifyCallbackAssignees(
      sanne,
      aRequest({ assignedToPersonId: pieterId, question: evil }),
      {
        channel: 'teamsActivity',
        teamsAppId: defaultTeamsAppId,
        teamsCatalogAppId: null,
        event: { kind: 'created' },
        assignee: { id: pieterId, mail: upn('pieter.vanderberg') },
        madeByName: 'Sanne',
        linkUrl: null,
      },
    );
    expect(result).toEqual({ sent: 'teamsActivity', to: pieterId });
    const sent = (await activities()).slice(before.activities);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      recipient: upn('pieter.vanderberg'),
      from: upn('sanne.devries'),
      activityType: 'callbackAssigned',
    });
    expect(sent[0]!.previewText).not.toContain('Jan Jansen');
    expect((await outbox()).length).toBe(before.mails);
  });

  it('falls back to e-mail when the app is not installed for the assignee, or the scope is missing', async () => {
    const colleague = burgerzakenColleague();
    const before = { mails: (await outbox()).length, activities: (await activities()).length };
    const notInstalled = await notifyCallbackAssignees(
      clientFor('sanne.devries'),
      aRequest({ assignedToPersonId: colleague.id }),
      {
        channel: 'teamsActivity',
        teamsAppId: defaultTeamsAppId,
        teamsCatalogAppId: null,
        event: { kind: 'created' },
        assignee: colleague,
        madeByName: 'Sanne',
        linkUrl: null,
      },
    );
    expect(notInstalled).toEqual({ sent: 'email', to: colleague.mail, afterActivityFailed: 'yes' });
    const pieterId = userId('pieter.vanderberg');
    const withoutScope = await notifyCallbackAssignees(
      clientFor('sanne.devries', { scopes: ['Sites.ReadWrite.All', 'Mail.Send'] }),
      aRequest({ assignedToPersonId: pieterId }),
      {
        channel: 'teamsActivity',
        teamsAppId: defaultTeamsAppId,
        teamsCatalogAppId: null,
        event: { kind: 'created' },
        assignee: { id: pieterId, mail: upn('pieter.vanderberg') },
        madeByName: 'Sanne',
        linkUrl: null,
      },
    );
    expect(withoutScope).toMatchObject({ sent: 'email', afterActivityFailed: 'yes' });
    expect((await activities()).length).toBe(before.activities);
    const recipients = (await outbox())
      .slice(before.mails)
      .map((mail) => mail.message.toRecipients[0]!.emailAddress.address);
    expect(recipients).toEqual([colleague.mail, upn('pieter.vanderberg')]);
  });
});

/** What the demo tenant's catalog calls the Bereikbaar app (the manifest's `id` is its externalId). */
function catalogIdOfBereikbaar(): string {
  const app = emulator.state.teamsApps?.find(
    (candidate) => candidate.externalId === defaultTeamsAppId,
  );
  if (app === undefined) throw new Error('Bereikbaar is not in the demo tenant’s Teams catalog');
  return app.id;
}

describe('reassigning notifies the new assignee like a new request', () => {
  const evil = 'Vraag <script>alert("x")</script> & <b>meer</b>';
  const people = () => new Map(emulator.state.users.map((user) => [user.id, user]));
  const noticeFor = (
    channel: 'email' | 'teamsActivity',
    assigneeMail: string | null,
  ): ReassignNotice => ({
    channel,
    teamsAppId: defaultTeamsAppId,
    teamsCatalogAppId: null,
    linkUrl: 'https://app.example/#/mijn-terugbelverzoeken',
    byName: 'Mohamed <el> Amrani',
    assigneeMail,
    madeByNameOf: (id) => people().get(id)?.displayName ?? '—',
  });

  it("sends the leader's new assignee a Teams activity that opens Mijn terugbelverzoeken in the app", async () => {
    const sanne = clientFor('sanne.devries');
    const colleague = burgerzakenColleague();
    const { callback } = await saveCallbackRequest(
      sanne,
      site,
      aRequest({ assignedToPersonId: colleague.id, question: evil }),
    );
    const leader = clientFor('mohamed.elamrani');
    const pieterId = userId('pieter.vanderberg');
    const before = { mails: (await outbox()).length, activities: (await activities()).length };
    const moved = await reassignCallback(leader, site, callback, {
      personId: pieterId,
      team: 'Burgerzaken',
      teamMailbox: `burgerzaken@${domain}`,
    });
    if (moved.outcome !== 'saved') throw new Error('not reassigned');
    const result = await notifyReassignedCallback(
      leader,
      moved.callback.request,
      noticeFor('teamsActivity', upn('pieter.vanderberg')),
    );
    expect(result).toEqual({ sent: 'teamsActivity', to: pieterId });
    const sent = (await activities()).slice(before.activities);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      recipient: upn('pieter.vanderberg'),
      from: upn('mohamed.elamrani'),
      activityType: 'callbackReassigned',
      topic: {
        source: 'text',
        // The app's id in the org catalog (looked up by its manifest id), not the manifest id (issue 10.9).
        webUrl: `https://teams.microsoft.com/l/entity/${catalogIdOfBereikbaar()}/myCallbacks`,
      },
    });
    expect(catalogIdOfBereikbaar()).not.toBe(defaultTeamsAppId);
    expect(sent[0]!.previewText).not.toMatch(/Jan Jansen|script/);
    expect((await outbox()).length).toBe(before.mails);
  });

  it("hands an absent person's open requests over and e-mails the substitute about each, everything escaped", async () => {
    const sanne = clientFor('sanne.devries');
    const colleague = burgerzakenColleague(); // the Teams app is not installed for them: e-mail
    const absent = userId('ingrid.bakker');
    const requests = [
      aRequest({
        assignedToPersonId: absent,
        question: evil,
        citizen: { name: '<img src=x onerror=alert(1)>', phone: '+31612345678', email: null },
      }),
      aRequest({ assignedToPersonId: absent, question: 'Tweede vraag' }),
    ];
    for (const request of requests) await saveCallbackRequest(sanne, site, request);
    const before = { mails: (await outbox()).length, activities: (await activities()).length };

    const mohamed = clientFor('mohamed.elamrani');
    const result = await reassignOpenCallbacks(
      mohamed,
      site,
      absent,
      { personId: colleague.id, team: 'Burgerzaken', teamMailbox: `burgerzaken@${domain}` },
      (request) =>
        notifyReassignedCallback(mohamed, request, noticeFor('teamsActivity', colleague.mail)),
    );
    expect(result.reassigned).toHaveLength(2);
    expect(result.notNotified).toEqual([]);
    expect((await activities()).length).toBe(before.activities);
    const mails = (await outbox()).slice(before.mails);
    expect(mails.map((mail) => mail.message.toRecipients[0]!.emailAddress.address)).toEqual([
      colleague.mail,
      colleague.mail,
    ]);
    expect(mails.every((mail) => mail.from === upn('mohamed.elamrani'))).toBe(true);
    const html = mails.map((mail) => mail.message.body.content).join('\n');
    expect(html).toContain('Er is een terugbelverzoek aan u toegewezen.');
    expect(html).toContain(
      'Vraag &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;meer&lt;/b&gt;',
    );
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('Mohamed &lt;el&gt; Amrani');
    expect(html).toContain('Sanne de Vries');
    expect(html).not.toMatch(/<script|<img|<b>meer|<el>/);
    expect(mails[0]!.message.subject).toContain('toegewezen');
    expect(mails[0]!.message.subject).not.toContain('<');
  });

  it('e-mails the team mailbox when a request is given to the team', async () => {
    const sanne = clientFor('sanne.devries');
    const { callback } = await saveCallbackRequest(
      sanne,
      site,
      aRequest({ assignedToPersonId: userId('pieter.vanderberg'), question: evil }),
    );
    const leader = clientFor('mohamed.elamrani');
    const moved = await reassignCallback(leader, site, callback, {
      personId: null,
      team: 'Burgerzaken',
      teamMailbox: `burgerzaken@${domain}`,
    });
    if (moved.outcome !== 'saved') throw new Error('not reassigned');
    const before = (await outbox()).length;
    const result = await notifyReassignedCallback(
      leader,
      moved.callback.request,
      noticeFor('teamsActivity', null),
    );
    expect(result).toEqual({
      sent: 'email',
      to: `burgerzaken@${domain}`,
      afterActivityFailed: 'no',
    });
    const mails = (await outbox()).slice(before);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.message.body.content).toContain('aan het team toegewezen');
    expect(mails[0]!.message.body.content).not.toContain('<script');
  });
});

describe('hand-over and the team list', () => {
  it('reassigns every open request of an absent person and leaves closed ones alone', async () => {
    const sanne = clientFor('sanne.devries');
    const colleague = burgerzakenColleague();
    const absent = userId('ingrid.bakker'); // any person; nobody else has requests assigned to her
    const open1 = aRequest({ assignedToPersonId: absent });
    const open2 = aRequest({ assignedToPersonId: absent });
    const closed = aRequest({ assignedToPersonId: absent });
    for (const request of [open1, open2, closed]) await saveCallbackRequest(sanne, site, request);
    const stored = (await findCallbackByRequestId(sanne, site, closed.id))!;
    await closeCallback(
      sanne,
      site,
      stored,
      { status: 'done', note: null },
      instantFromEpochMs(Date.now()),
      userId('sanne.devries'),
    );

    const leader = clientFor('mohamed.elamrani');
    const result = await reassignOpenCallbacks(
      leader,
      site,
      absent,
      { personId: colleague.id, team: 'Burgerzaken', teamMailbox: `burgerzaken@${domain}` },
      null,
    );
    expect(result.reassigned.map((callback) => callback.request.id).sort()).toEqual(
      [open1.id, open2.id].sort(),
    );
    expect(result.skipped).toBe(0);
    expect(await listOpenCallbacksFor(leader, site, absent)).toEqual([]);
    expect(itemsWithRequestId(closed.id)[0]!.fields.AssignedToId).toBe(absent);
  });

  it('hands over the team requests the absent person had claimed, not only those assigned to them', async () => {
    const sanne = clientFor('sanne.devries');
    const substitute = burgerzakenColleague();
    const pieter = emulator.state.users.find(
      (user) => user.userPrincipalName === upn('pieter.vanderberg'),
    )!;
    // Another Burgerzaken member, who claims a request from the team queue and then falls ill.
    const absent = emulator.state.users.find(
      (user) =>
        user.managerId === pieter.managerId && user.id !== pieter.id && user.id !== substitute.id,
    )!.id;
    const assigned = aRequest({ assignedToPersonId: absent });
    const queued = aRequest();
    for (const request of [assigned, queued]) await saveCallbackRequest(sanne, site, request);
    const claimed = await claimCallback(
      sanne,
      site,
      (await findCallbackByRequestId(sanne, site, queued.id))!,
      absent,
    );
    expect(claimed.outcome).toBe('claimed');

    const leader = clientFor('mohamed.elamrani');
    const result = await reassignOpenCallbacks(
      leader,
      site,
      absent,
      { personId: substitute.id, team: 'Burgerzaken', teamMailbox: `burgerzaken@${domain}` },
      null,
    );
    const handedOver = result.reassigned.map((callback) => callback.request.id);
    expect(handedOver).toEqual(expect.arrayContaining([assigned.id, queued.id]));
    const moved = (await findCallbackByRequestId(leader, site, queued.id))!.request;
    expect(moved.assignedToPersonId).toBe(substitute.id);
    expect(moved.claimedById).toBeNull();
    const left = await listUnclaimedTeamCallbacks(leader, site, 'Burgerzaken');
    expect(left.some((callback) => callback.request.claimedById === absent)).toBe(false);
  });

  it("lists a team's open and recently closed requests, following every page", async () => {
    const leader = clientFor('mohamed.elamrani');
    const now = Date.now();
    const closedSince = now - 90 * 24 * 60 * 60 * 1000;
    const all = await listTeamCallbacks(
      leader,
      site,
      'Burgerzaken',
      instantFromEpochMs(closedSince),
      instantFromEpochMs(now),
    );
    // The team's open requests and those closed in the period: the demo history starts on the Monday 13 weeks
    // back, so from a Wednesday on a request closed on its first days lies before the period.
    const expected = emulator.state.items.filter(
      (item) =>
        item.fields.AssignedTeam === 'Burgerzaken' &&
        item.fields.RequestId !== undefined &&
        (typeof item.fields.ClosedAt !== 'string' ||
          Date.parse(item.fields.ClosedAt) >= closedSince),
    );
    expect(all.map((callback) => callback.request.id).sort()).toEqual(
      expected.map((item) => item.fields.RequestId).sort(),
    );
    expect(all.length).toBeGreaterThan(5);
  });
});

describe('retention', () => {
  it('removes personal data of requests closed longer ago than the retention period, once', async () => {
    const sanne = clientFor('sanne.devries');
    const now = instantFromEpochMs(Date.now());
    const dayMs = 24 * 60 * 60 * 1000;
    const old = aRequest({ question: 'Oud verzoek', preferredTime: 'ochtend' });
    const recent = aRequest({ question: 'Recent verzoek' });
    const open = aRequest({ question: 'Open verzoek' });
    // The seed's history may hold requests past retention already; clear those first so the count is ours.
    await redactExpiredCallbacks(clientFor('mohamed.elamrani'), site, now, 90);
    for (const request of [old, recent, open]) await saveCallbackRequest(sanne, site, request);
    const close = async (id: string, at: Instant) => {
      const stored = (await findCallbackByRequestId(sanne, site, id))!;
      const withAttempt = await logCallbackAttempt(sanne, site, stored, {
        at,
        byId: userId('sanne.devries'),
        outcome: 'reached',
        note: 'Jan zei: bel mij op 06-12345678',
      });
      if (withAttempt.outcome !== 'saved') throw new Error('attempt');
      await closeCallback(
        sanne,
        site,
        withAttempt.callback,
        { status: 'done', note: 'Burger Jan geholpen' },
        at,
        userId('sanne.devries'),
      );
    };
    await close(old.id, instantFromEpochMs(now - 91 * dayMs));
    await close(recent.id, instantFromEpochMs(now - 10 * dayMs));

    const leader = clientFor('mohamed.elamrani');
    expect(await redactExpiredCallbacks(leader, site, now, 90)).toBe(1);
    const redacted = (await findCallbackByRequestId(leader, site, old.id))!;
    expect(redacted.request.citizen).toEqual({ name: '', phone: null, email: null });
    expect(redacted.request.question).toBe('');
    expect(redacted.request.preferredTime).toBeNull();
    expect(redacted.request.outcomeNote).toBeNull();
    expect(redacted.request.attempts.map((attempt) => attempt.note)).toEqual(['']);
    expect(redacted.request.attempts[0]!.outcome).toBe('reached');
    expect(redacted.redactedAt).not.toBeNull();
    const raw = itemsWithRequestId(old.id)[0]!.fields;
    expect(JSON.stringify(raw)).not.toMatch(/Jan|06-12345678|Oud verzoek|ochtend/);

    expect((await findCallbackByRequestId(leader, site, recent.id))!.request.question).toBe(
      'Recent verzoek',
    );
    expect((await findCallbackByRequestId(leader, site, open.id))!.request.question).toBe(
      'Open verzoek',
    );
    expect(await redactExpiredCallbacks(leader, site, now, 90)).toBe(0);
  });
});
