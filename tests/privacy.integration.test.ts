// The privacy promise on the demo tenant as `npm run provision` leaves it (docs/privacy.md): a team's absence
// reasons reach that team's leader and nobody else — not the agent, not an employee, not another team's leader, not
// the coordinator — through any Graph route the app or anyone else could use (items, item by id, its fields,
// $expand=fields, $batch); nobody can delete a callback request; a second provisioning run changes nothing.
import { startDemoTenant } from '../scripts/demo-tenant/start-demo-tenant';
import type { RunningDemoTenant } from '../scripts/demo-tenant/start-demo-tenant';
import { provisionDemoTenant } from '../scripts/demo-tenant/provision-demo-tenant';
import { isChange } from '../scripts/provisioning/provision-steps';
import { callbacksList, teamReasonsListPrefix, teamSettingsList } from '../schema/lists';
import type { StoredList } from '../emulator/store';
import { listTeamAbsences, reasonsAccessOf } from '../src/graph/absences';
import { createGraphClient } from '../src/graph/client';

const domain = 'lindeburg.example';
const agent = `sanne.devries@${domain}`;
const employee = `pieter.vanderberg@${domain}`;
const coordinator = `ingrid.bakker@${domain}`;
const sitePath = '/sites/lindeburg.sharepoint.com:/sites/bereikbaar:';
const site = { sitePath: 'lindeburg.sharepoint.com:/sites/bereikbaar' };
// What a reason looks like in any answer: its column, or one of its values.
const reasonWords = /"Kind"|"sick"|"leave"|"specialLeave"|"training"|Soort/;

let tenant: RunningDemoTenant;
beforeAll(async () => {
  tenant = await startDemoTenant({ port: 0, quiet: true });
});
afterAll(async () => {
  await tenant.close();
});

type TeamItem = { id: string; title: string; leaderUpn: string };

function teams(): TeamItem[] {
  const list = tenant.state.lists.find((candidate) => candidate.name === teamSettingsList.name);
  return tenant.state.items
    .filter((item) => item.listId === list?.id)
    .map((item) => ({
      id: item.id,
      title: String(item.fields.Title),
      leaderUpn: typeof item.fields.LeaderUpn === 'string' ? item.fields.LeaderUpn : '',
    }));
}

/** A team's reasons list that holds reasons, its team, and a leader of another team. */
function reasonsUnderTest(): {
  list: StoredList;
  team: TeamItem;
  otherLeader: string;
  itemId: string;
} {
  for (const team of teams()) {
    const list = tenant.state.lists.find(
      (candidate) => candidate.name === `${teamReasonsListPrefix}${team.id}`,
    );
    const item = tenant.state.items.find((candidate) => candidate.listId === list?.id);
    const other = teams().find(
      (candidate) =>
        candidate.id !== team.id &&
        candidate.leaderUpn !== '' &&
        candidate.leaderUpn !== team.leaderUpn,
    );
    // A team the tested people do not lead (the coordinator leads KCP-TIC and reads its reasons, rightly).
    const ledByTested = [agent, employee, coordinator].includes(team.leaderUpn);
    if (list && item && other && team.leaderUpn !== '' && !ledByTested)
      return { list, team, otherLeader: other.leaderUpn, itemId: item.id };
  }
  throw new Error('The demo tenant has no team reasons list with a reason in it.');
}

async function graphAs(upn: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${tenant.graphUrl}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${tenant.tokenFor(upn)}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, text: await response.text() };
}

describe('absence reasons: readable by the leader of the team only', () => {
  it("the team's own leader reads the team's reasons", async () => {
    const { list, team } = reasonsUnderTest();
    const answer = await graphAs(
      team.leaderUpn,
      'GET',
      `${sitePath}/lists/${list.name}/items?$expand=fields`,
    );
    expect(answer.status).toBe(200);
    expect(answer.text).toMatch(reasonWords);
  });

  it.each([
    ['the agent', () => agent],
    ['an employee', () => employee],
    ['the coordinator', () => coordinator],
    ["another team's leader", () => reasonsUnderTest().otherLeader],
  ])('%s gets 0 bytes of any reason through every route', async (_who, upnOf) => {
    const upn = upnOf();
    const { list, itemId } = reasonsUnderTest();
    const items = `${sitePath}/lists/${list.name}/items`;
    const routes = [
      `${items}`,
      `${items}?$expand=fields`,
      `${items}/${itemId}`,
      `${items}/${itemId}?$expand=fields`,
      `${items}/${itemId}/fields`,
      `${sitePath}/lists/${list.id}/items?$expand=fields($select=Kind,AbsenceId)`,
    ];
    for (const route of routes) {
      const answer = await graphAs(upn, 'GET', route);
      expect([403, 404], route).toContain(answer.status);
      expect(answer.text, route).not.toMatch(reasonWords);
    }
    const batch = await graphAs(upn, 'POST', '/$batch', {
      requests: routes.map((url, index) => ({ id: String(index + 1), method: 'GET', url })),
    });
    expect(batch.status).toBe(200);
    const responses = (JSON.parse(batch.text) as { responses: { status: number }[] }).responses;
    expect(responses.map((response) => response.status).every((s) => s === 403 || s === 404)).toBe(
      true,
    );
    expect(batch.text).not.toMatch(reasonWords);
  });

  it("through the app's own reads, a leader of another team sees every absence of the team, never its kind", async () => {
    const { team, otherLeader } = reasonsUnderTest();
    const me = tenant.state.users.find((user) => user.userPrincipalName === otherLeader)!;
    const token = tenant.tokenFor(otherLeader);
    const client = createGraphClient({
      authProvider: { getAccessToken: () => Promise.resolve(token) },
      graphBaseUrl: tenant.url,
    });
    const leaderOfTeam = tenant.state.users.find(
      (user) => user.userPrincipalName === team.leaderUpn,
    )!;
    const members = tenant.state.users
      .filter((user) => user.managerId === leaderOfTeam.id)
      .map((user) => user.id);
    const access = reasonsAccessOf(
      teams().map((candidate) => ({
        id: candidate.id,
        leaderId:
          tenant.state.users.find((user) => user.userPrincipalName === candidate.leaderUpn)?.id ??
          null,
        memberIds: candidate.id === team.id ? members : [],
      })),
      me.id,
    );
    const absences = await listTeamAbsences(client, site, members, {
      now: new Date(),
      reasons: access,
    });
    expect(absences.length).toBeGreaterThan(0);
    expect(absences.every((absence) => absence.kind === 'notVisible')).toBe(true);
  });
});

describe('callback requests cannot be deleted', () => {
  it("an employee's DELETE is refused and the request stays", async () => {
    const list = tenant.state.lists.find((candidate) => candidate.name === callbacksList.name)!;
    const item = tenant.state.items.find((candidate) => candidate.listId === list.id)!;
    const answer = await graphAs(
      employee,
      'DELETE',
      `${sitePath}/lists/${list.name}/items/${item.id}`,
    );
    expect(answer.status).toBe(403);
    expect(
      tenant.state.items.some(
        (candidate) => candidate.id === item.id && candidate.listId === list.id,
      ),
    ).toBe(true);
  });

  it('the agent who made requests cannot delete one either, but may still change it', async () => {
    const list = tenant.state.lists.find((candidate) => candidate.name === callbacksList.name)!;
    const item = tenant.state.items.find((candidate) => candidate.listId === list.id)!;
    expect(
      (await graphAs(agent, 'DELETE', `${sitePath}/lists/${list.name}/items/${item.id}`)).status,
    ).toBe(403);
    const patched = await graphAs(
      agent,
      'PATCH',
      `${sitePath}/lists/${list.name}/items/${item.id}/fields`,
      {
        PreferredTime: 'na 14:00',
      },
    );
    expect(patched.status).toBe(200);
  });
});

describe('provisioning is idempotent', () => {
  it('a second run on the provisioned demo tenant changes nothing', async () => {
    const steps = await provisionDemoTenant(tenant);
    expect(steps.filter(isChange)).toEqual([]);
    expect(steps.length).toBeGreaterThan(0);
  });
});
