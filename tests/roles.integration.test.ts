// Roles as the app reads them from tokens the demo tenant issues: every seeded team leader is a team leader by the
// same source (the app role assigned to the team leaders group), and with a groups overage the app asks Graph.
import { startDemoTenant } from '../scripts/demo-tenant/start-demo-tenant';
import type { RunningEmulator } from '../emulator/server';
import { seededGroupIds } from '../emulator/seed';
import { teamSettingsList } from '../schema/lists';
import { createDemoSignIn } from '../src/app/auth/demo-sign-in';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startDemoTenant({ port: 0, quiet: true });
});
afterAll(async () => {
  await emulator.close();
});

const noGroups = { agent: undefined, teamLeader: undefined, coordinator: undefined };

function demoSignIn(roleGroupIds = noGroups) {
  return createDemoSignIn({
    emulatorUrl: emulator.url,
    roleGroupIds,
    fetch: (...args) => fetch(...args),
    storage: undefined,
  });
}

/** The leader of each seeded team, as the team settings list names them. */
function seededTeamLeaders(): Array<{ team: string; upn: string }> {
  const list = emulator.state.lists.find((candidate) => candidate.name === teamSettingsList.name);
  return emulator.state.items
    .filter((item) => item.listId === list?.id)
    .map((item) => ({ team: String(item.fields.Title), upn: String(item.fields.LeaderUpn) }));
}

describe('team leaders of the demo tenant', () => {
  it('every seeded team leader signs in with the teamLeader role (the KCP coordinator with hers)', async () => {
    const leaders = seededTeamLeaders();
    expect(leaders).toHaveLength(25);
    const coordinators = (await (
      await fetch(`${emulator.url}/_emulator/personas`)
    ).json()) as Array<{
      upn: string;
      role: string;
    }>;
    const coordinatorUpns = coordinators
      .filter((persona) => persona.role === 'coordinator')
      .map((persona) => persona.upn.toLowerCase());
    const signIn = demoSignIn();
    for (const leader of leaders) {
      const session = await signIn.signInAs(leader.upn);
      const expected = coordinatorUpns.includes(leader.upn.toLowerCase())
        ? 'coordinator'
        : 'teamLeader';
      expect({ team: leader.team, roles: session.roles }).toEqual({
        team: leader.team,
        roles: expect.arrayContaining([expected]) as unknown,
      });
    }
  });
});

describe('roles by group with a groups overage', () => {
  // A tenant that grants roles by group (BRK_ROLE_GROUP_*) and assigns no app roles.
  const roleGroupIds = {
    agent: seededGroupIds.kcp,
    teamLeader: seededGroupIds.teamLeaders,
    coordinator: seededGroupIds.coordinators,
  };
  const withOverage = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : input);
    if (url.pathname === '/_emulator/token') {
      url.searchParams.set('overage', 'groups');
      url.searchParams.set('appRoles', 'none');
    }
    return fetch(url, init);
  };

  it('a team leader whose token has no groups claim is still a team leader: the app asks checkMemberGroups', async () => {
    await fetch(`${emulator.url}/_emulator/requests`, { method: 'DELETE' });
    const signIn = createDemoSignIn({
      emulatorUrl: emulator.url,
      roleGroupIds,
      fetch: withOverage,
      storage: undefined,
    });
    const leader = seededTeamLeaders().find((entry) => entry.upn.startsWith('mohamed'))!;
    const session = await signIn.signInAs(leader.upn);
    expect(session.roles).toEqual(['teamLeader', 'employee']);
    const log = (await (await fetch(`${emulator.url}/_emulator/requests`)).json()) as {
      requests: Array<{ method: string; path: string; status: number }>;
    };
    expect(log.requests).toEqual([
      expect.objectContaining({ method: 'POST', path: '/v1.0/me/checkMemberGroups', status: 200 }),
    ]);

    // Without the overage the groups claim answers, and Graph is not asked.
    const plain = await createDemoSignIn({
      emulatorUrl: emulator.url,
      roleGroupIds,
      fetch: (...args) => fetch(...args),
      storage: undefined,
    }).signInAs(leader.upn);
    expect(plain.roles).toEqual(['teamLeader', 'employee']);
  });
});
