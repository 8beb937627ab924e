// Absences against the demo tenant in-process, through the app's own Graph client: a leader registers an absence
// with its reason; the agent reads the front-office list but never the kind (403 on the reasons list, no kind in the
// raw JSON); two leaders editing the same absence get a 412 and the current version; ending early; the front-office
// e-mail without the kind; and the agent's availability rules seeing the absence with its substitutes.
import { startDemoTenant } from '../scripts/demo-tenant/start-demo-tenant';
import { allLists } from '../schema/lists';
import { applySchemaListPermissions } from './contract/sharepoint-support';
import type { RunningEmulator } from '../emulator/server';
import { absenceReasonsList, absencesList } from '../schema/lists';
import type { AbsenceRegistration } from '../src/domain/absences';
import { frontOfficeChanges } from '../src/domain/absences';
import { agentViewOfAvailability, availabilityAt } from '../src/domain/availability';
import { HOUR_MS, instantFromEpochMs } from '../src/domain/time';
import type { Instant } from '../src/domain/time';
import {
  AbsenceSaveError,
  createAbsence,
  directReportIds,
  endAbsence,
  fetchAbsence,
  frontOfficeViewOf,
  listTeamAbsences,
  readAbsenceReasons,
  updateAbsence,
} from '../src/graph/absences';
import { fetchAvailabilitySignals } from '../src/graph/availability';
import { GraphRequestError, createGraphClient } from '../src/graph/client';
import { listItemsUrl, listRecords, odataString } from '../src/graph/lists';
import { notifyFrontOffice } from '../src/notifications';

const domain = 'lindeburg.example';
const leader = `mohamed.elamrani@${domain}`;
const coordinator = `ingrid.bakker@${domain}`;
const agent = `sanne.devries@${domain}`;
const site = { sitePath: 'lindeburg.sharepoint.com:/sites/bereikbaar' };
const kindWords = /sick|specialLeave|training|ziek|verlof|opleiding|"Kind"|Soort/i;

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startDemoTenant({ port: 0, quiet: true });
  // The lists' permissions as provisioning sets them through SharePoint REST (not through Graph, which cannot).
  await applySchemaListPermissions({ emulator }, allLists);
});
afterAll(async () => {
  await emulator.close();
});

function clientFor(upn: string) {
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

/** Two of Mohamed's direct reports other than Pieter, for substitutes. */
function colleagues() {
  const pieter = user(`pieter.vanderberg@${domain}`);
  const others = emulator.state.users.filter(
    (candidate) => candidate.managerId === pieter.managerId && candidate.id !== pieter.id,
  );
  const [first, second] = others;
  if (!first || !second) throw new Error('Burgerzaken has too few members');
  return { pieter, first, second };
}

async function rawGet(upn: string, path: string) {
  const response = await fetch(`${emulator.graphUrl}${path}`, {
    headers: { Authorization: `Bearer ${emulator.tokenFor(upn)}` },
  });
  return { status: response.status, text: await response.text() };
}

// SharePoint keeps whole seconds.
const now = new Date(Math.floor(Date.now() / 1000) * 1000);
const registration = (personId: string, substituteId: string): AbsenceRegistration => ({
  personId,
  kind: 'sick',
  from: instantFromEpochMs(now.getTime() - HOUR_MS),
  expectedUntil: instantFromEpochMs(now.getTime() + 48 * HOUR_MS),
  substituteForCalls: { kind: 'person', personId: substituteId },
  substituteForCallbacks: { kind: 'teamMailbox', mailbox: `burgerzaken@${domain}` },
  noteForFrontOffice: 'Verbind door met de vervanger <b>graag</b>',
});

describe('absences with reasons', () => {
  it('the leader finds his team among his direct reports', async () => {
    const { pieter } = colleagues();
    expect(await directReportIds(clientFor(leader))).toContain(pieter.id);
  });

  it('a leader creates an absence with its reason; the kind is stored only in the reasons list', async () => {
    const { pieter, first } = colleagues();
    const client = clientFor(leader);
    const created = await createAbsence(client, site, {
      registration: registration(pieter.id, first.id),
      personName: pieter.displayName,
      registeredById: user(leader).id,
    });
    expect(created).toMatchObject({ personId: pieter.id, kind: 'sick', endedAt: null });
    expect(created.eTag).toMatch(/,1"$/);

    const absences = emulator.state.lists.find((list) => list.name === absencesList.name)!;
    const reasons = emulator.state.lists.find((list) => list.name === absenceReasonsList.name)!;
    const stored = emulator.state.items.find(
      (item) => item.listId === absences.id && item.id === created.id,
    )!;
    expect(JSON.stringify(stored.fields)).not.toMatch(kindWords);
    expect(
      emulator.state.items.filter(
        (item) => item.listId === reasons.id && item.fields.AbsenceId === created.id,
      ),
    ).toHaveLength(1);

    const team = await listTeamAbsences(client, site, [pieter.id, first.id], { now });
    expect(team.find((absence) => absence.id === created.id)).toMatchObject({ kind: 'sick' });
    await endAbsence(client, site, (await fetchAbsence(client, site, created.id))!, now);
  });

  it('the agent reads the absences list, gets 403 on the reasons list, and no kind anywhere in the raw JSON', async () => {
    const { pieter, first } = colleagues();
    const leaderClient = clientFor(leader);
    const created = await createAbsence(leaderClient, site, {
      registration: registration(pieter.id, first.id),
      personName: pieter.displayName,
      registeredById: user(leader).id,
    });

    const items = await rawGet(agent, listItemsUrl(site, absencesList));
    expect(items.status).toBe(200);
    expect(items.text).toContain(pieter.id);
    expect(items.text).not.toMatch(kindWords);
    const reasons = await rawGet(agent, listItemsUrl(site, absenceReasonsList));
    expect(reasons.status).toBe(403);
    expect(reasons.text).not.toMatch(/sick|leave|training/);
    const one = await rawGet(
      agent,
      `${listItemsUrl(site, absenceReasonsList).split('?')[0]}/${created.id}?$expand=fields`,
    );
    expect(one.status).toBe(403);

    const agentClient = clientFor(agent);
    expect(await readAbsenceReasons(agentClient, site, [created.id])).toEqual({
      kind: 'notVisible',
    });
    const seen = await listTeamAbsences(agentClient, site, [pieter.id], { now });
    expect(seen.find((absence) => absence.id === created.id)).toMatchObject({
      kind: 'notVisible',
      reason: null,
    });
    expect(JSON.stringify(seen)).not.toMatch(/"sick"/);

    // The same absence as the leader sees it, for contrast: the test can fail.
    const leaderSeen = await fetchAbsence(leaderClient, site, created.id);
    expect(leaderSeen?.kind).toBe('sick');
    await endAbsence(leaderClient, site, leaderSeen!, now);
  });

  it('an agent who tries to register an absence is refused at the first write (403) and nothing is left behind', async () => {
    const { second } = colleagues();
    const agentClient = clientFor(agent);
    const error = await createAbsence(agentClient, site, {
      registration: registration(second.id, user(agent).id),
      personName: second.displayName,
      registeredById: user(agent).id,
    }).catch((caught: unknown) => caught);
    // The absences list itself refuses: everyone reads it, only leaders and coordinators write it.
    expect(error).toBeInstanceOf(GraphRequestError);
    expect(error).not.toBeInstanceOf(AbsenceSaveError);
    expect((error as GraphRequestError).status).toBe(403);
    expect((error as GraphRequestError).code).toBe('accessDenied');
    const left = await listRecords(clientFor(leader), site, absencesList, {
      filter: `fields/PersonId eq ${odataString(second.id)}`,
    });
    expect(left.filter((record) => record.fields.RegisteredById === user(agent).id)).toEqual([]);

    // Reading still works for the agent; ending (a change) does not.
    const [seeded] = await listRecords(agentClient, site, absencesList);
    const shown = await fetchAbsence(agentClient, site, seeded!.id);
    expect(shown?.kind).toBe('notVisible');
    await expect(endAbsence(agentClient, site, shown!, now)).rejects.toMatchObject({
      status: 403,
      code: 'accessDenied',
    });
    expect((await fetchAbsence(clientFor(leader), site, seeded!.id))?.eTag).toBe(shown!.eTag);
  });

  it('two leaders edit the same absence: the second gets a conflict with the current version', async () => {
    const { pieter, first, second } = colleagues();
    const mohamed = clientFor(leader);
    const ingrid = clientFor(coordinator);
    const created = await createAbsence(mohamed, site, {
      registration: registration(pieter.id, first.id),
      personName: pieter.displayName,
      registeredById: user(leader).id,
    });
    const seenByIngrid = await fetchAbsence(ingrid, site, created.id);
    expect(seenByIngrid?.kind).toBe('sick');

    const later = instantFromEpochMs(now.getTime() + 96 * HOUR_MS);
    const first_ = await updateAbsence(mohamed, site, created, {
      ...registration(pieter.id, first.id),
      expectedUntil: later,
      noteForFrontOffice: 'Verlengd door Mohamed',
    });
    expect(first_.kind).toBe('saved');

    const secondSave = await updateAbsence(ingrid, site, seenByIngrid!, {
      ...registration(pieter.id, second.id),
      kind: 'leave',
      noteForFrontOffice: 'Door Ingrid',
    });
    expect(secondSave.kind).toBe('conflict');
    if (secondSave.kind !== 'conflict') return;
    expect(secondSave.current).toMatchObject({
      expectedUntil: later,
      noteForFrontOffice: 'Verlengd door Mohamed',
      substituteForCalls: { kind: 'person', personId: first.id },
      kind: 'sick',
    });
    // Nothing of Ingrid's was written, not even the kind.
    expect((await fetchAbsence(mohamed, site, created.id))?.kind).toBe('sick');

    // With the current version in hand, her change goes through.
    const retried = await updateAbsence(ingrid, site, secondSave.current, {
      ...registration(pieter.id, second.id),
      kind: 'leave',
      noteForFrontOffice: 'Door Ingrid',
    });
    expect(retried).toMatchObject({
      kind: 'saved',
      absence: { kind: 'leave', noteForFrontOffice: 'Door Ingrid' },
    });
    if (retried.kind === 'saved') await endAbsence(ingrid, site, retried.absence, now);
  });

  it('mails the front office without the kind, escaped', async () => {
    const { pieter, first } = colleagues();
    const client = clientFor(leader);
    const created = await createAbsence(client, site, {
      registration: registration(pieter.id, first.id),
      personName: pieter.displayName,
      registeredById: user(leader).id,
    });
    const names = new Map(
      emulator.state.users.map((candidate) => [candidate.id, candidate.displayName]),
    );
    expect(
      await notifyFrontOffice(client, `kcp@${domain}`, {
        absence: frontOfficeViewOf(created),
        personName: created.personName,
        nameOf: (id) => names.get(id) ?? id,
        registeredByName: user(leader).displayName,
      }),
    ).toBe('sent');
    const outbox = (await (await fetch(`${emulator.url}/_emulator/outbox`)).json()) as {
      value: {
        message: {
          subject: string;
          body: { content: string };
          toRecipients: { emailAddress: { address: string } }[];
        };
      }[];
    };
    const sent = outbox.value.at(-1)!.message;
    expect(sent.toRecipients[0]!.emailAddress.address).toBe(`kcp@${domain}`);
    expect(sent.subject).toBe(`Afwezig: ${pieter.displayName}`);
    expect(sent.body.content).toContain(first.displayName);
    expect(sent.body.content).toContain('&lt;b&gt;graag&lt;/b&gt;');
    expect(sent.body.content).not.toMatch(kindWords);
    await endAbsence(client, site, created, now);
  });

  it('mails the front office what changed when an absence is extended, and when it ends, never the kind', async () => {
    const { pieter, first, second } = colleagues();
    const client = clientFor(leader);
    const created = await createAbsence(client, site, {
      registration: registration(pieter.id, first.id),
      personName: pieter.displayName,
      registeredById: user(leader).id,
    });
    const names = new Map(
      emulator.state.users.map((candidate) => [candidate.id, candidate.displayName]),
    );
    const later = instantFromEpochMs(now.getTime() + 96 * HOUR_MS);
    const updated = await updateAbsence(client, site, created, {
      ...registration(pieter.id, first.id),
      kind: 'leave',
      expectedUntil: later,
      substituteForCalls: { kind: 'person', personId: second.id },
    });
    if (updated.kind !== 'saved') throw new Error('not saved');
    const fields = frontOfficeChanges(created, updated.absence);
    expect(fields).toEqual(['until', 'calls']);
    const notice = {
      personName: created.personName,
      nameOf: (id: string) => names.get(id) ?? id,
      registeredByName: user(leader).displayName,
    };
    await notifyFrontOffice(client, `kcp@${domain}`, {
      ...notice,
      absence: frontOfficeViewOf(updated.absence),
      change: { kind: 'changed', fields },
    });
    const ended = await endAbsence(client, site, updated.absence, now);
    if (ended.kind !== 'saved') throw new Error('not ended');
    await notifyFrontOffice(client, `kcp@${domain}`, {
      ...notice,
      absence: frontOfficeViewOf(ended.absence),
      change: { kind: 'ended', at: instantFromEpochMs(now.getTime()) },
    });

    const outbox = (await (await fetch(`${emulator.url}/_emulator/outbox`)).json()) as {
      value: { message: { subject: string; body: { content: string } } }[];
    };
    const [changed, back] = outbox.value.slice(-2).map((entry) => entry.message);
    expect(changed?.subject).toBe(`Afwezigheid gewijzigd: ${pieter.displayName}`);
    expect(changed?.body.content).toContain('Verwacht tot (gewijzigd)');
    expect(changed?.body.content).toContain('Vervanger telefoon (gewijzigd)');
    expect(changed?.body.content).toContain(second.displayName);
    expect(back?.subject).toBe(`Weer aanwezig: ${pieter.displayName}`);
    for (const mail of [changed, back]) expect(mail?.body.content).not.toMatch(kindWords);
  });

  it('the agent sees the person absent with the substitutes, and reachable rules again after ending early', async () => {
    const { pieter, first } = colleagues();
    const leaderClient = clientFor(leader);
    const agentClient = clientFor(agent);
    const created = await createAbsence(leaderClient, site, {
      registration: registration(pieter.id, first.id),
      personName: pieter.displayName,
      registeredById: user(leader).id,
    });
    const refs = [{ id: pieter.id, mail: pieter.mail ?? '' }];
    const before = await fetchAvailabilitySignals(agentClient, site, refs, now);
    const at = instantFromEpochMs(now.getTime());
    const shown = agentViewOfAvailability(availabilityAt(before.signals.get(pieter.id)!, at));
    // Until is the moment the person is really back: the expected end, or the first working moment
    // after it when it falls outside Pieter's working hours (issue 11.1).
    expect(typeof shown.until).toBe('number');
    expect(shown.until as number).toBeGreaterThanOrEqual(created.expectedUntil as number);
    expect(availabilityAt(before.signals.get(pieter.id)!, shown.until as Instant).state).not.toBe(
      'absent',
    );
    expect(shown).toMatchObject({
      state: 'absent',
      reason: 'registeredAbsence',
      absence: {
        absenceId: created.id,
        substituteForCalls: { kind: 'person', personId: first.id },
        substituteForCallbacks: { kind: 'teamMailbox', mailbox: `burgerzaken@${domain}` },
      },
    });
    expect(JSON.stringify(shown)).not.toMatch(/sick/);

    const ended = await endAbsence(leaderClient, site, created, now);
    expect(ended.kind).toBe('saved');
    const after = await fetchAvailabilitySignals(
      agentClient,
      site,
      refs,
      new Date(now.getTime() + 1000),
    );
    const again = availabilityAt(
      after.signals.get(pieter.id)!,
      instantFromEpochMs(now.getTime() + 1000),
    );
    expect(again.reason).not.toBe('registeredAbsence');
    expect(again.absence).toBeNull();
  });
});
