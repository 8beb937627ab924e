// Roles as the app reads them from tokens the demo tenant issues: every seeded team leader is a team leader by the
// same source (the app role assigned to the team leaders group), and with a groups overage the app asks Graph.
import { startEmulator } from '../emulator/server';
import type { RunningEmulator } from '../emulator/server';
import { teamSettingsList } from '../schema/lists';
import { createDemoSignIn } from '../src/app/auth/demo-sign-in';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, quiet: true });
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
