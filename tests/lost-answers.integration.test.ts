// Issue 10.7: a write that SharePoint committed but whose answer was lost (the demo tenant's "commit, then answer
// 504" fault) must not be stored twice. Reproduced before the fix: the Graph client's retry handler re-sent the
// POST after the 504, so 20 saves stored 26 or more items. Now only the code that can make a write idempotent
// repeats it, looking the request up first.
import type { Client } from '@microsoft/microsoft-graph-client';
import { startDemoTenant } from '../scripts/demo-tenant/start-demo-tenant';
import type { RunningEmulator } from '../emulator/server';
import { absencesList, callbacksList, teamReasonsList, teamSettingsList } from '../schema/lists';
import { demoSharePointSite } from '../src/config/app-config';
import type { AbsenceRegistration } from '../src/domain/absences';
import type { CallbackRequest } from '../src/domain/callbacks';
import { HOUR_MS, instantFromEpochMs } from '../src/domain/time';
import { callbackDueAt, STATUTORY_CALENDAR } from '../src/domain/working-days';
import { createAbsence } from '../src/graph/absences';
import { saveCallbackRequest } from '../src/graph/callbacks';
import { createGraphClient } from '../src/graph/client';
import { siteLocatorFrom } from '../src/graph/lists';
import { sendMail } from '../src/graph/mail';

const site = siteLocatorFrom(demoSharePointSite);
const domain = 'lindeburg.example';
const agent = `sanne.devries@${domain}`;
const leader = `mohamed.elamrani@${domain}`;
const saves = 20;

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startDemoTenant({ port: 0, quiet: true });
});
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
  expect(response.ok).toBe(true);
  return response.status === 204 ? null : response.json();
}

function clientFor(upn: string): Client {
  const token = emulator.tokenFor(upn);
  return createGraphClient({
    authProvider: { getAccessToken: () => Promise.resolve(token) },
    graphBaseUrl: emulator.url,
  });
}

function user(upn: string) {
  const found = emulator.state.users.find((candidate) => candidate.userPrincipalName === upn);
  if (!found) throw new Error(upn);
  return found;
}

const itemsOf = (listName: string) => {
  const list = emulator.state.lists.find((candidate) => candidate.name === listName);
  return emulator.state.items.filter((item) => item.listId === list?.id);
};

type FaultLog = { requests: { method: string; status: number; path: string }[] };
const lostAnswers = async (listName: string) =>
  ((await control('GET', 'requests')) as FaultLog).requests.filter(
    (request) => request.status === 504 && request.path.includes(listName),
  ).length;

function aCallbackRequest(index: number): CallbackRequest {
  const madeAt = instantFromEpochMs(Date.now() - 60_000);
  return {
    id: `lost-answer-${index}-${crypto.randomUUID()}`,
    citizen: { name: `Burger ${index}`, phone: '+31612345678', email: null },
    question: 'Vraag over een paspoort',
    channel: 'phone',
    preferredTime: null,
    madeAt,
    madeById: user(agent).id,
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
  };
}

/** What the callbacks outbox does: try, and after a failure try again (each try looks the request up first). */
async function saveLikeTheOutbox(client: Client, request: CallbackRequest): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      await saveCallbackRequest(client, site, request);
      return;
    } catch {
      // the outbox waits and tries again
    }
  }
  throw new Error(`request ${request.id} was never stored`);
}

describe('commit, then answer 504 (POST /_emulator/faults { "commitThenFail": … })', () => {
  it('stores 20 callback requests exactly once each', async () => {
    const client = clientFor(agent);
    const before = itemsOf(callbacksList.name).length;
    await control('DELETE', 'requests');
    await control('POST', 'faults', {
      commitThenFail: { rate: 0.3 },
      pathContains: callbacksList.name,
    });
    const requests = Array.from({ length: saves }, (_, index) => aCallbackRequest(index));
    for (const request of requests) await saveLikeTheOutbox(client, request);

    expect(await lostAnswers(callbacksList.name)).toBeGreaterThan(0);
    expect(itemsOf(callbacksList.name).length - before).toBe(saves);
    for (const request of requests)
      expect(
        itemsOf(callbacksList.name).filter((item) => item.fields.RequestId === request.id),
      ).toHaveLength(1);
  });

  it('stores 20 absences, each with one reason, exactly once; saving one again stores nothing new', async () => {
    const client = clientFor(leader);
    const leaderId = user(leader).id;
    const team = emulator.state.users.filter((candidate) => candidate.managerId === leaderId);
    expect(team.length).toBeGreaterThan(1);
    // The leader's own team: its reasons list, and the reasons access the app gives the leader.
    const teamsList = emulator.state.lists.find((list) => list.name === teamSettingsList.name)!;
    const teamItem = emulator.state.items.find(
      (item) => item.listId === teamsList.id && item.fields.LeaderUpn === leader,
    )!;
    const reasonsList = teamReasonsList(teamItem.id);
    const reasons = [
      { teamId: teamItem.id, memberIds: [leaderId, ...team.map((member) => member.id)] },
    ];
    const absencesBefore = itemsOf(absencesList.name).length;
    const reasonsBefore = itemsOf(reasonsList.name).length;
    await control('DELETE', 'requests');
    await control('POST', 'faults', { commitThenFail: { rate: 0.3 }, pathContains: 'Bereikbaar' });
    // SharePoint keeps whole seconds; each registration starts at its own minute.
    const start = Math.floor(Date.now() / 60_000) * 60_000 + 24 * HOUR_MS;
    const registrations: AbsenceRegistration[] = Array.from({ length: saves }, (_, index) => {
      const person = team[index % team.length]!;
      const substitute = team[(index + 1) % team.length]!;
      return {
        personId: person.id,
        kind: 'leave',
        from: instantFromEpochMs(start + index * 60_000),
        expectedUntil: instantFromEpochMs(start + index * 60_000 + 8 * HOUR_MS),
        substituteForCalls: { kind: 'person', personId: substitute.id },
        substituteForCallbacks: null,
        noteForFrontOffice: `Registratie ${index}`,
      };
    });
    const ids: string[] = [];
    for (const registration of registrations) {
      const person = team.find((candidate) => candidate.id === registration.personId)!;
      const created = await createAbsence(client, site, {
        registration,
        personName: person.displayName,
        registeredById: leaderId,
        reasons,
      });
      ids.push(created.id);
    }

    expect(await lostAnswers('Bereikbaar')).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(saves);
    expect(itemsOf(absencesList.name).length - absencesBefore).toBe(saves);
    expect(itemsOf(reasonsList.name).length - reasonsBefore).toBe(saves);

    // The leader saves the first one again (after an error message, say): it is found, not stored twice.
    const first = registrations[0]!;
    const again = await createAbsence(client, site, {
      registration: first,
      personName: team[0]!.displayName,
      registeredById: leaderId,
      reasons,
    });
    expect(again.id).toBe(ids[0]);
    expect(itemsOf(absencesList.name).length - absencesBefore).toBe(saves);
  });

  it('never sends a mail twice on its own: a lost sendMail answer reaches the caller', async () => {
    const client = clientFor(agent);
    const before = emulator.state.outbox.length;
    await control('POST', 'faults', { commitThenFail: { next: 1 }, pathContains: 'sendMail' });
    await expect(
      sendMail(client, { to: [`burgerzaken@${domain}`], subject: 'Test', htmlBody: '<p>Test</p>' }),
    ).rejects.toMatchObject({ statusCode: 504 });
    expect(emulator.state.outbox.length - before).toBe(1);
  });
});
