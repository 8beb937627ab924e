// The directory's first load (pages of 999 and the team leaders' direct reports) and what the next delta rounds
// must still get right: a leader added to the teams list later, removed and changed people.
import { startDemoTenant } from '../scripts/demo-tenant/start-demo-tenant';
import type { RunningEmulator } from '../emulator/server';
import { teamSettingsList } from '../schema/lists';
import { createGraphClient } from '../src/graph/client';
import { refreshedDirectory, syncPeopleDirectory } from '../src/graph/people/people-directory';

const agent = 'sanne.devries@lindeburg.example';
const site = { sitePath: 'lindeburg.sharepoint.com:/sites/bereikbaar' };
let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startDemoTenant({ port: 0, quiet: true });
});
afterAll(async () => {
  await emulator.close();
});

function clientFor(upn: string, scopes?: readonly string[]) {
  const token = emulator.tokenFor(upn, scopes);
  return createGraphClient({
    authProvider: { getAccessToken: () => Promise.resolve(token) },
    graphBaseUrl: emulator.url,
  });
}

function userByUpn(upn: string) {
  const found = emulator.state.users.find((candidate) => candidate.userPrincipalName === upn);
  if (!found) throw new Error(upn);
  return found;
}

async function requests(): Promise<{ path: string; kind: 'top' | 'sub' }[]> {
  const response = await fetch(`${emulator.url}/_emulator/requests`);
  return ((await response.json()) as { requests: { path: string; kind: 'top' | 'sub' }[] })
    .requests;
}

it('reads the reports of a leader added to the teams list after the first load, in the next sync', async () => {
  const writer = clientFor(agent, ['User.ReadWrite.All']);
  // Someone reports to the agent, who leads no team: the first load does not read the agent's reports.
  const agentUser = userByUpn(agent);
  const teamsList = emulator.state.lists.find((list) => list.name === teamSettingsList.name)!;
  const item = emulator.state.items.find((candidate) => candidate.listId === teamsList.id)!;
  const reportId = emulator.state.users.find(
    (user) =>
      user.accountEnabled &&
      user.deletedSeq === undefined &&
      user.id !== agentUser.id &&
      user.userPrincipalName !== item.fields.LeaderUpn &&
      emulator.state.items.every(
        (team) => team.listId !== teamsList.id || team.fields.LeaderUpn !== user.userPrincipalName,
      ),
  )!.id;
  await writer
    .api(`/users/${reportId}/manager/$ref`)
    .put({ '@odata.id': `${emulator.graphUrl}/users/${agentUser.id}` });
  const first = await syncPeopleDirectory(clientFor(agent), site, null);
  expect(first.managersLoaded).not.toContain(agentUser.id);

  // The agent becomes that team's leader (the list changes, nobody's manager does).
  const leaderBefore = item.fields.LeaderUpn;
  item.fields.LeaderUpn = agent;
  try {
    await fetch(`${emulator.url}/_emulator/requests`, { method: 'DELETE' });
    const next = await syncPeopleDirectory(clientFor(agent), site, first);
    const team = next.teams.find((candidate) => candidate.id === item.id)!;
    expect(team.leaderId).toBe(agentUser.id);
    expect(team.memberIds).toContain(reportId);
    expect(next.managersLoaded).toContain(agentUser.id);
    const log = await requests();
    expect(log.filter((r) => r.kind === 'sub' && r.path.includes('/directReports'))).toHaveLength(
      1,
    );
    expect(log.filter((r) => r.path.includes('/users?'))).toHaveLength(0);

    // Known now: the sync after that reads no reports again.
    await fetch(`${emulator.url}/_emulator/requests`, { method: 'DELETE' });
    const again = await syncPeopleDirectory(clientFor(agent), site, next);
    expect(again.teams).toEqual(next.teams);
    expect((await requests()).filter((r) => r.path.includes('/directReports'))).toHaveLength(0);
  } finally {
    item.fields.LeaderUpn = leaderBefore;
  }
});

it('after a first load, the delta removes a deleted colleague and a disabled one, and brings a changed one', async () => {
  const admin = clientFor(agent, ['User.ReadWrite.All']);
  const first = await syncPeopleDirectory(clientFor(agent), site, null);
  const [deleted, disabled, changed] = first.people.filter(
    (person) => person.id !== userByUpn(agent).id && person.team !== null,
  );
  await admin.api(`/users/${deleted!.id}`).delete();
  await admin.api(`/users/${disabled!.id}`).patch({ accountEnabled: false });
  await admin.api(`/users/${changed!.id}`).patch({ jobTitle: 'Teamleider Dienstverlening' });

  const next = await syncPeopleDirectory(clientFor(agent), site, first);
  const ids = next.people.map((person) => person.id);
  expect(ids).not.toContain(deleted!.id);
  expect(ids).not.toContain(disabled!.id);
  expect(next.people).toHaveLength(first.people.length - 2);
  const after = next.people.find((person) => person.id === changed!.id)!;
  expect(after.jobTitle).toBe('Teamleider Dienstverlening');
  expect(after.team).toBe(changed!.team);
  for (const team of next.teams) {
    expect(team.memberIds).not.toContain(deleted!.id);
    expect(team.memberIds).not.toContain(disabled!.id);
  }
});

it('answers before the device copy is written: a first visit does not wait for IndexedDB', async () => {
  let saved: unknown = null;
  const cache = {
    load: () => Promise.resolve(null),
    // A write that never completes (a slow or stuck IndexedDB).
    save: (snapshot: unknown) => {
      saved = snapshot;
      return new Promise<void>(() => undefined);
    },
  };
  const snapshot = await refreshedDirectory(clientFor(agent), site, cache);
  expect(snapshot.people.length).toBeGreaterThan(300);
  await vi.waitFor(() => expect(saved).toBe(snapshot));
});
