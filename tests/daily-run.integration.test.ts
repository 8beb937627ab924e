// The daily job against the demo tenant: for a known set of requests, absences and reasons, one run at a fixed
// moment sends exactly the expected reminders, escalations and absences messages (read back from the demo tenant's
// activity log and outbox), removes exactly the expired personal data and reasons, and records it all; a second run
// the same day sends and removes nothing; a Saturday and Christmas Day do nothing; a dry run writes nothing.
//
// The job runs as the demo tenant's daily-job application (client credentials with its certificate, through MSAL
// Node: scripts/daily/app-token.ts), reaching the site through its Sites.Selected grant and sending e-mail from the
// front office's mailbox, the only one its application access policy allows.
import type { Client } from '@microsoft/microsoft-graph-client';
import { seededTeamsApps } from '../emulator/seed';
import {
  absencesList,
  callbacksList,
  dailyRunList,
  teamReasonsList,
  teamReasonsListPrefix,
} from '../schema/lists';
import { startDemoTenant } from '../scripts/demo-tenant/start-demo-tenant';
import type { RunningDemoTenant } from '../scripts/demo-tenant/start-demo-tenant';
import { appTokenSource, demoAppCredentials } from '../scripts/daily/app-token';
import type { AppTokenSource } from '../scripts/daily/app-token';
import { runDailyJob } from '../scripts/daily/run-daily';
import type { DailyJobOptions } from '../scripts/daily/run-daily';
import type { CallbackRequest } from '../src/domain/callbacks';
import type { Instant } from '../src/domain/time';
import { instantFromIso } from '../src/domain/time';
import { saveCallbackRequest } from '../src/graph/callbacks';
import { createGraphClient } from '../src/graph/client';
import { fieldsForListItem, siteSegment } from '../src/graph/lists';
import { readLastDailyRun } from '../src/graph/monitoring';
import { syncPeopleDirectory } from '../src/graph/people';
import type { TeamSummary } from '../src/graph/people';

const administrator = 'beheerder@lindeburg.example';
const site = { sitePath: 'lindeburg.sharepoint.com:/sites/bereikbaar' };
const at = (iso: string): Instant => instantFromIso(iso) as Instant;
const endOf = (date: string) => at(`${date}T23:59:59.999+01:00`);

let tenant: RunningDemoTenant;
let client: Client;
let team: TeamSummary & { id: string };
let p1: string;
let p2: string;
let leader: string;
const mailOf = new Map<string, string>();
let tokenRequests = 0;
let openAbsenceId: string;
let appTokens: AppTokenSource;
const frontOfficeMailbox = 'kcp@lindeburg.example';

const request = (id: string, overrides: Partial<CallbackRequest>): CallbackRequest => ({
  id,
  citizen: { name: `Inwoner ${id}`, phone: '+31612345678', email: `${id}@example.nl` },
  question: `Vraag ${id}`,
  channel: 'phone',
  preferredTime: null,
  madeAt: at('2026-12-01T10:00:00+01:00'),
  madeById: p1,
  assignedToPersonId: null,
  assignedToTeam: team.name,
  teamMailbox: team.generalMailbox,
  dueAt: endOf('2026-12-03'),
  status: 'open',
  attempts: [],
  closedAt: null,
  closedById: null,
  outcomeNote: null,
  claimedById: null,
  ...overrides,
});

const listIdOf = (name: string) => tenant.state.lists.find((list) => list.name === name)!.id;
const itemsOf = (name: string) =>
  tenant.state.items.filter((item) => item.listId === listIdOf(name));

async function post(listName: string, fields: Record<string, unknown>): Promise<string> {
  const item = (await client
    .api(`${siteSegment(site)}/lists/${encodeURIComponent(listName)}/items`)
    .post({ fields })) as { id: string };
  return item.id;
}

beforeAll(async () => {
  tenant = await startDemoTenant({ port: 0, quiet: true });
  appTokens = appTokenSource(await demoAppCredentials(tenant.url), { emulatorUrl: tenant.url });
  const token = tenant.tokenFor(administrator);
  client = createGraphClient({
    authProvider: { getAccessToken: () => Promise.resolve(token) },
    graphBaseUrl: tenant.url,
  });
  const directory = await syncPeopleDirectory(client, site, null);
  // A team with a leader, a general mailbox and two members who are in no other team.
  const inOneTeam = (id: string) =>
    directory.teams.filter((t) => t.memberIds.includes(id)).length === 1;
  const found = directory.teams.find(
    (candidate) =>
      candidate.id !== undefined &&
      candidate.leaderId !== null &&
      candidate.generalMailbox !== null &&
      candidate.memberIds.filter((id) => id !== candidate.leaderId && inOneTeam(id)).length >= 2,
  );
  if (found === undefined) throw new Error('the demo tenant has no such team');
  team = found as TeamSummary & { id: string };
  leader = team.leaderId!;
  [p1, p2] = team.memberIds.filter((id) => id !== leader && inOneTeam(id)) as [string, string];
  for (const person of directory.people)
    if (person.mail !== null) mailOf.set(person.id, person.mail);

  // The known set: the demo data's requests, absences and reasons go, ours come through Graph.
  const wiped = new Set([
    listIdOf(callbacksList.name),
    listIdOf(absencesList.name),
    ...tenant.state.lists
      .filter((list) => list.name.startsWith(teamReasonsListPrefix))
      .map((list) => list.id),
  ]);
  tenant.state.items = tenant.state.items.filter((item) => !wiped.has(item.listId));
  const requests = [
    request('r1', { assignedToPersonId: p1 }),
    request('r2', { assignedToPersonId: p1, dueAt: endOf('2026-12-02') }),
    request('r3', { assignedToPersonId: p2, dueAt: endOf('2026-12-04') }),
    request('r4', { madeAt: at('2026-11-30T10:00:00+01:00'), dueAt: endOf('2026-12-02') }),
    request('r5', { madeAt: at('2026-12-02T10:00:00+01:00'), dueAt: endOf('2026-12-04') }),
    // Closed more than 90 days before the run: its personal data goes. Closed 13 days before: it stays.
    request('r6', {
      assignedToPersonId: p2,
      status: 'done',
      closedAt: at('2026-08-01T12:00:00+02:00'),
      closedById: p2,
      dueAt: endOf('2026-07-31'),
    }),
    request('r7', {
      assignedToPersonId: p2,
      status: 'done',
      closedAt: at('2026-11-20T12:00:00+01:00'),
      closedById: p2,
      dueAt: endOf('2026-11-20'),
    }),
  ];
  for (const callback of requests) await saveCallbackRequest(client, site, callback);
  const absence = (personId: string, expectedUntil: string) =>
    post(
      absencesList.name,
      fieldsForListItem(absencesList, {
        Title: personId,
        PersonId: personId,
        StartsAt: at('2026-11-23T08:00:00+01:00'),
        ExpectedUntil: at(expectedUntil),
        State: 'open',
        RegisteredById: leader,
      }),
    );
  await absence(p2, '2026-12-02T17:00:00+01:00');
  const stillOpen = await absence(p1, '2026-12-10T17:00:00+01:00');
  // Ended by the coordinator in October: nobody's screen marked the end on its reason.
  const endedUnnoticed = await post(
    absencesList.name,
    fieldsForListItem(absencesList, {
      Title: p2,
      PersonId: p2,
      StartsAt: at('2026-09-28T08:00:00+02:00'),
      ExpectedUntil: at('2026-10-02T17:00:00+02:00'),
      EndedAt: at('2026-10-02T12:00:00+02:00'),
      State: 'ended',
      RegisteredById: leader,
    }),
  );
  const reasons = teamReasonsList(team.id);
  const reason = (absenceId: string, endedAt: string) =>
    post(
      reasons.name,
      fieldsForListItem(reasons, {
        Title: absenceId,
        AbsenceId: absenceId,
        Kind: 'sick',
        AbsenceEndedAt: at(endedAt),
      }),
    );
  await reason('old', '2026-10-01T12:00:00+02:00');
  await reason('recent', '2026-11-30T12:00:00+01:00');
  // Reasons whose end was never marked: of an absence ended long ago (goes), of an open one (stays).
  for (const absenceId of [endedUnnoticed, stillOpen])
    await post(
      reasons.name,
      fieldsForListItem(reasons, { Title: absenceId, AbsenceId: absenceId, Kind: 'sick' }),
    );
  openAbsenceId = stillOpen;
  // p1 has the Teams app; the leader does not (e-mail).
  tenant.state.teamsAppInstalledUserIds = [p1];
  tenant.state.outbox = [];
  tenant.state.activities = [];
});
afterAll(async () => {
  await tenant.close();
});

function options(
  now: string,
  overrides: Partial<DailyJobOptions> = {},
): DailyJobOptions & { lines: string[] } {
  const lines: string[] = [];
  return {
    tokens: {
      graphToken: () => {
        tokenRequests += 1;
        return appTokens.graphToken();
      },
    },
    graphBaseUrl: tenant.url,
    site,
    now: at(now),
    dryRun: false,
    organisation: {
      frontOfficeMailbox,
      callbackRetentionDays: 90,
      absenceReasonRetentionDays: 28,
      extraClosingDays: [],
      openOnStatutoryDays: [],
      notifications: 'teamsActivity',
      callbackOnTimeNorm: 0.9,
      contactNorms: { answeredDirectly: 0.6, successful: 0.9, repeatTrafficMax: 0.1 },
    },
    teamsAppId: '5d3c9b7e-2a41-4f6e-9c08-b1e7a4d2f36c',
    // Known, as BRK_TEAMS_CATALOG_APP_ID says it: the job's application holds no AppCatalog.Read.All.
    teamsCatalogAppId: seededTeamsApps()[0]?.id ?? null,
    appBaseUrl: 'https://bereikbaar.lindeburg.example/index.html',
    print: (line) => lines.push(line),
    target: 'demo',
    lines,
    ...overrides,
  };
}

const sent = () => ({
  activities: (tenant.state.activities ?? []).map((activity) => ({
    to: activity.recipientUserId,
    type: activity.activityType,
    preview: activity.previewText,
  })),
  mails: tenant.state.outbox.map((mail) => ({
    to: (mail.message.toRecipients as { emailAddress: { address: string } }[]).map(
      (r) => r.emailAddress.address,
    ),
    subject: mail.message.subject as string,
    body: (mail.message.body as { content: string }).content,
  })),
});

describe('the daily job on the demo tenant', () => {
  it('Thursday 07:00: sends exactly the expected reminders, escalation and absences message, and cleans up', async () => {
    const run = options('2026-12-03T07:00:00+01:00');
    const result = await runDailyJob(run);
    expect(result).toMatchObject({
      kind: 'done',
      summary: {
        reminders: 2,
        escalations: 1,
        absences: 1,
        redactedCallbacks: 1,
        deletedReasons: 2,
        notKnownSent: 0,
        failed: 0,
      },
    });
    const { activities, mails } = sent();
    // p1: one Teams activity about r1 (due today) and r2 (late).
    expect(activities).toEqual([
      {
        to: p1,
        type: 'callbackDailyReminder',
        preview: 'Herinnering: 2 terugbelverzoeken vandaag of te laat',
      },
    ]);
    const subjects = mails.map((mail) => `${mail.to.join(',')}: ${mail.subject}`).sort();
    expect(subjects).toEqual(
      [
        `${team.generalMailbox}: Herinnering: 1 terugbelverzoek van ${team.name} nog niet opgepakt`,
        `${mailOf.get(leader)}: Escalatie: 2 terugbelverzoeken van ${team.name}`,
        `${mailOf.get(leader)}: 1 afwezigheid voorbij de verwachte einddatum`,
      ].sort(),
    );
    // No citizen data in any message; the link opens the team's requests.
    for (const mail of mails) expect(mail.body).not.toMatch(/Inwoner r|Vraag r|@example\.nl|\+316/);
    expect(mails.find((mail) => mail.subject.startsWith('Escalatie'))!.body).toContain(
      '#/terugbelverzoeken-team',
    );
    // Retention: r6's personal data is gone, r7's is there; the old reason is deleted, the recent one kept, and so is
    // the open absence's; the reason of the absence that ended unnoticed in October is deleted too.
    const byRequest = (id: string) =>
      itemsOf(callbacksList.name).find((item) => item.fields.RequestId === id)!.fields;
    expect(byRequest('r6').CitizenName ?? '').not.toContain('Inwoner');
    expect(byRequest('r7').CitizenName).toBe('Inwoner r7');
    expect(
      itemsOf(teamReasonsList(team.id).name)
        .map((item) => item.fields.AbsenceId)
        .sort(),
    ).toEqual(['recent', openAbsenceId].sort());
    // Recorded: 1 + 1 reminders, 2 escalated requests, 1 absences message, 2 retention steps, the run.
    expect(itemsOf(dailyRunList.name)).toHaveLength(8);
    expect(await readLastDailyRun(client, site)).toMatchObject({
      outcome: 'done',
      summary: { reminders: 2, escalations: 1, redactedCallbacks: 1 },
    });
    expect(run.lines.at(-1)).toContain('2 herinneringen, 1 escalaties');
  });

  it('a second run the same day sends and removes nothing', async () => {
    const before = sent();
    const run = options('2026-12-03T09:30:00+01:00');
    const result = await runDailyJob(run);
    expect(result).toMatchObject({
      kind: 'done',
      summary: {
        reminders: 0,
        escalations: 0,
        absences: 0,
        redactedCallbacks: 0,
        deletedReasons: 0,
      },
    });
    expect(sent()).toEqual(before);
    expect(run.lines.join('\n')).toContain('5 berichten waren vandaag al verstuurd of vastgelegd');
    // Only its own run record is new.
    expect(itemsOf(dailyRunList.name)).toHaveLength(9);
  });

  it.each([
    ['a Saturday', '2026-12-05T07:00:00+01:00', 'weekend'],
    ['Christmas Day', '2026-12-25T07:00:00+01:00', 'Eerste Kerstdag'],
  ])('on %s it does nothing and says why', async (_day, now, why) => {
    const before = { ...sent(), records: itemsOf(dailyRunList.name).length, tokens: tokenRequests };
    const run = options(now);
    expect((await runDailyJob(run)).kind).toBe('closed');
    expect({
      ...sent(),
      records: itemsOf(dailyRunList.name).length,
      tokens: tokenRequests,
    }).toEqual(before);
    expect(run.lines).toHaveLength(1);
    expect(run.lines[0]).toContain(why);
  });

  it('a dry run prints what it would do and writes nothing', async () => {
    const before = JSON.stringify({ items: tenant.state.items, ...sent() });
    const run = options('2026-12-04T07:00:00+01:00', { dryRun: true });
    const result = await runDailyJob(run);
    expect(result).toMatchObject({ kind: 'done', dryRun: true });
    expect(JSON.stringify({ items: tenant.state.items, ...sent() })).toBe(before);
    expect(run.lines.some((line) => line.startsWith('Zou versturen: herinnering aan'))).toBe(true);
    expect(run.lines.some((line) => line.startsWith('Zou opschonen'))).toBe(true);
  });
});
