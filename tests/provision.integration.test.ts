// `npm run provision` against the demo tenant: an empty site gets every list with its columns and indexes (Graph),
// one reasons list per team, and every list's versioning and exact permissions (SharePoint's REST API through
// PnPjs); a second run changes nothing and says so; a leader who changes is followed; a failure is reported and a
// rerun completes it; bad configuration is refused before any change. Also run once as the real command.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { startEmulator } from '../emulator/server';
import type { RunningEmulator } from '../emulator/server';
import { seededGroupIds } from '../emulator/seed';
import type { StoredList } from '../emulator/store';
import {
  absencesList,
  allLists,
  callbacksList,
  teamReasonsList,
  teamSettingsList,
} from '../schema/lists';
import type { ListSpec } from '../schema/lists';
import { demoSharePointSite } from '../src/config/app-config';
import { siteLocatorFrom, siteSegment } from '../src/graph/lists/site-locator';
import {
  demoAdministratorUpn,
  demoAudienceGroups,
  demoCoordinatorUpn,
  demoSharePointResource,
} from '../scripts/demo-tenant/provision-demo-tenant';
import { administratorScopes, sharePointScopes } from '../scripts/provisioning/admin-scopes';
import { GraphCallError, graphCaller } from '../scripts/provisioning/graph-caller';
import type { GraphCall } from '../scripts/provisioning/graph-caller';
import { contributeWithoutDeleteName } from '../scripts/provisioning/list-permissions';
import { columnChanges, columnDefinitionFor } from '../scripts/provisioning/provision-lists';
import { provisionSite } from '../scripts/provisioning/provision-site';
import { isChange, isUnfinished } from '../scripts/provisioning/provision-steps';
import type { ProvisionStep } from '../scripts/provisioning/provision-steps';
import { sharePointRest } from '../scripts/provisioning/sharepoint-rest';
import type { SPFI } from '../scripts/provisioning/sharepoint-rest';

const root = path.resolve(import.meta.dirname, '..');
const site = siteSegment(siteLocatorFrom(demoSharePointSite));
const groups = demoAudienceGroups;
const administrator = demoAdministratorUpn();

let emulator: RunningEmulator;
let graph: GraphCall;
let sharePoint: SPFI;

beforeEach(async () => {
  emulator = await startEmulator({ port: 0, quiet: true });
  // An empty site, as a municipality starts: none of Bereikbaar's lists, no items.
  emulator.state.lists.splice(0);
  emulator.state.items.splice(0);
  graph = graphCaller(emulator.graphUrl, emulator.tokenFor(administrator, administratorScopes));
  sharePoint = sharePointAs(administrator);
});

afterEach(async () => {
  await emulator.close();
});

function sharePointAs(upn: string): SPFI {
  return sharePointRest(
    `${emulator.url}/sites/bereikbaar`,
    emulator.tokenFor(upn, sharePointScopes, { audience: demoSharePointResource }),
  );
}

const provision = (options: Partial<Parameters<typeof provisionSite>[0]> = {}) =>
  provisionSite({ graph, site, sharePoint, groups, ...options });

function storedList(spec: { name: string }): StoredList | undefined {
  return emulator.state.lists.find((list) => list.name.toLowerCase() === spec.name.toLowerCase());
}

/** Who has which permission level on a list, as SharePoint's REST API answers the administrator. */
async function grantsOn(name: string): Promise<string[]> {
  const assignments: {
    Member: { LoginName: string };
    RoleDefinitionBindings: { Name: string }[];
  }[] = await sharePoint.web.lists
    .getByTitle(name)
    .roleAssignments.expand('Member', 'RoleDefinitionBindings')();
  return assignments
    .flatMap((assignment) =>
      assignment.RoleDefinitionBindings.map(
        (binding) => `${assignment.Member.LoginName} ${binding.Name}`,
      ),
    )
    .sort();
}

const group = (id: string) => `c:0t.c|tenant|${id}`;
const user = (upn: string) => `i:0#.f|membership|${upn}`;

async function addTeam(title: string, leaderUpn: string): Promise<string> {
  const asCoordinator = graphCaller(emulator.graphUrl, emulator.tokenFor(demoCoordinatorUpn()));
  const created = await asCoordinator('POST', `${site}/lists/${teamSettingsList.name}/items`, {
    fields: { Title: title, LeaderUpn: leaderUpn },
  });
  return (created.body as { id: string }).id;
}

describe('provisioning the SharePoint lists', () => {
  it('creates every list of the schema with its columns and indexes', async () => {
    const steps = await provision();
    expect(steps.filter(isUnfinished)).toEqual([]);
    for (const spec of allLists) {
      const list = storedList(spec);
      expect(list, spec.name).toBeDefined();
      expect(list!.columns.map((column) => column.name).sort()).toEqual(
        spec.columns.map((column) => column.name).sort(),
      );
      for (const column of spec.columns) {
        const stored = list!.columns.find((candidate) => candidate.name === column.name)!;
        expect(stored.indexed, `${spec.name}.${column.name} indexed`).toBe(
          column.indexed === 'indexed',
        );
        expect(stored.required, `${spec.name}.${column.name} required`).toBe(
          column.required === 'required',
        );
        expect(stored.displayName).toBe(column.displayName);
      }
    }
  });

  it("gives every list exactly the schema's grants, and nothing else: not the site's Members or Owners, not the provisioning account", async () => {
    await provision();
    expect(await grantsOn(teamSettingsList.name)).toEqual(
      [`${group(groups.allStaff!)} Read`, `${group(groups.coordinator!)} Contribute`].sort(),
    );
    expect(await grantsOn(absencesList.name)).toEqual(
      [
        `${group(groups.allStaff!)} Read`,
        `${group(groups.teamLeader!)} Contribute`,
        `${group(groups.coordinator!)} Contribute`,
      ].sort(),
    );
    expect(await grantsOn(callbacksList.name)).toEqual([
      `${group(groups.allStaff!)} ${contributeWithoutDeleteName}`,
    ]);
    const own: {
      BasePermissions: { Low: string | number };
    } = await sharePoint.web.roleDefinitions.getByName(contributeWithoutDeleteName)();
    // Contribute without Delete Items (0x8) and Delete Versions (0x80).
    expect(Number(own.BasePermissions.Low) & 0x8).toBe(0);
    expect(Number(own.BasePermissions.Low) & 0x80).toBe(0);
    expect(Number(own.BasePermissions.Low) & 0x4).toBe(0x4);
  });

  it('switches versioning on where the schema says so, and keeps it off for the reasons lists', async () => {
    await provision();
    const teamId = await addTeam('Burgerzaken', 'mohamed.elamrani@lindeburg.example');
    await provision();
    const versioning = async (name: string) => {
      const list: { EnableVersioning: boolean } = await sharePoint.web.lists
        .getByTitle(name)
        .select('EnableVersioning', 'MajorVersionLimit')();
      return list.EnableVersioning;
    };
    expect(await versioning(callbacksList.name)).toBe(true);
    expect(await versioning(absencesList.name)).toBe(true);
    expect(await versioning(teamReasonsList(teamId).name)).toBe(false);
  });

  it("gives each team its own reasons list, readable by that team's leader only, and follows a new leader", async () => {
    // The teams list first; IT (the coordinator) enters the teams; the next run makes their reasons lists.
    await provision();
    const burgerzaken = await addTeam('Burgerzaken', 'mohamed.elamrani@lindeburg.example');
    const kcp = await addTeam('KCP-TIC', 'ingrid.bakker@lindeburg.example');
    await provision();
    const reasons = teamReasonsList(burgerzaken).name;
    expect(await grantsOn(reasons)).toEqual([
      `${user('mohamed.elamrani@lindeburg.example')} Contribute`,
    ]);
    expect(await grantsOn(teamReasonsList(kcp).name)).toEqual([
      `${user('ingrid.bakker@lindeburg.example')} Contribute`,
    ]);

    // The coordinator makes Romano leader of Burgerzaken; the next run moves the grant.
    const asCoordinator = graphCaller(emulator.graphUrl, emulator.tokenFor(demoCoordinatorUpn()));
    await asCoordinator(
      'PATCH',
      `${site}/lists/${teamSettingsList.name}/items/${burgerzaken}/fields`,
      {
        LeaderUpn: 'romano.vanleeuwen@lindeburg.example',
      },
    );
    const steps = await provision();
    expect(steps.filter(isChange)).toEqual([
      expect.objectContaining({ list: reasons, outcome: 'created', detail: 'contribute' }),
      expect.objectContaining({ list: reasons, outcome: 'removed' }),
    ]);
    expect(await grantsOn(reasons)).toEqual([
      `${user('romano.vanleeuwen@lindeburg.example')} Contribute`,
    ]);
  });

  it('removes a grant someone added by hand, and says so', async () => {
    await provision();
    const list = sharePoint.web.lists.getByTitle(callbacksList.name);
    const pieter: { Id: number } = await sharePoint.web.ensureUser(
      user('pieter.vanderberg@lindeburg.example'),
    );
    const fullControl: { Id: number } = await sharePoint.web.roleDefinitions.getByType(5)();
    await list.roleAssignments.add(pieter.Id, fullControl.Id);
    const steps = await provision();
    expect(steps.filter(isChange)).toEqual([
      expect.objectContaining({
        list: callbacksList.name,
        subject: 'permission',
        outcome: 'removed',
      }),
    ]);
    expect(await grantsOn(callbacksList.name)).toEqual([
      `${group(groups.allStaff!)} ${contributeWithoutDeleteName}`,
    ]);
  });

  it('changes nothing on a second run, and says so', async () => {
    await provision();
    await addTeam('Burgerzaken', 'mohamed.elamrani@lindeburg.example');
    await provision();
    const before = JSON.stringify(emulator.state.lists);
    const steps = await provision();
    expect(steps.filter(isChange)).toEqual([]);
    expect(steps.filter(isUnfinished)).toEqual([]);
    expect(steps.length).toBeGreaterThan(allLists.length);
    expect(JSON.stringify(emulator.state.lists)).toBe(before);
  });

  it('adds a column that is missing from an existing list', async () => {
    await provision();
    const spec = allLists.find((list) => list.columns.some((column) => column.name !== 'Title'))!;
    const removed = spec.columns.find(
      (column) => column.indexed === 'indexed' && column.name !== 'Title',
    )!;
    const list = storedList(spec)!;
    list.columns.splice(
      list.columns.findIndex((column) => column.name === removed.name),
      1,
    );
    const steps = await provision();
    expect(steps.filter(isChange)).toEqual([
      { list: spec.name, subject: 'column', name: removed.name, outcome: 'created' },
    ]);
    expect(list.columns.find((column) => column.name === removed.name)).toMatchObject({
      indexed: true,
      displayName: removed.displayName,
    });
  });

  it('refuses before changing anything when a group is not configured, naming the variable', async () => {
    await expect(provision({ groups: { ...groups, coordinator: undefined } })).rejects.toThrow(
      /BRK_ROLE_GROUP_COORDINATOR/,
    );
    await expect(provision({ groups: { ...groups, allStaff: undefined } })).rejects.toThrow(
      /BRK_ALL_STAFF_GROUP \(a group with every member of staff and no guests/,
    );
    expect(emulator.state.lists).toEqual([]);
  });

  it('refuses an account that is not a site collection administrator, before setting any permission', async () => {
    const coordinator = demoCoordinatorUpn();
    await expect(
      provision({
        graph: graphCaller(emulator.graphUrl, emulator.tokenFor(coordinator)),
        sharePoint: sharePointAs(coordinator),
      }),
    ).rejects.toThrow();
    expect(
      emulator.state.lists.every(
        (list) =>
          (list as { hasUniqueRoleAssignments?: boolean }).hasUniqueRoleAssignments !== true,
      ),
    ).toBe(true);
  });

  it('reports a group that does not exist, does everything else, and a rerun with the right id completes it', async () => {
    const unknown = '00000000-0000-4000-8000-000000000001';
    const first = await provision({ groups: { ...groups, coordinator: unknown } });
    const failed = first.filter((step) => step.outcome === 'failed');
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((step) => step.detail?.includes(unknown))).toBe(true);
    expect(failed.every((step) => step.detail?.includes('BRK_ROLE_GROUP_COORDINATOR'))).toBe(true);
    // The other grants are there; the refused one is not, and nobody else got in instead.
    expect(await grantsOn(callbacksList.name)).toEqual([
      `${group(groups.allStaff!)} ${contributeWithoutDeleteName}`,
    ]);
    expect(await grantsOn(teamSettingsList.name)).toEqual([`${group(groups.allStaff!)} Read`]);

    const second = await provision();
    expect(second.filter(isUnfinished)).toEqual([]);
    expect(await grantsOn(teamSettingsList.name)).toContain(
      `${group(seededGroupIds.coordinators)} Contribute`,
    );
  });

  it('goes on after an unexpected Graph answer, says what failed, and a rerun completes it', async () => {
    const failing: GraphCall = (method, requestPath, body) => {
      const name = (body as { displayName?: string } | undefined)?.displayName;
      if (method === 'POST' && name === absencesList.name)
        return Promise.reject(
          new GraphCallError(503, 'serviceNotAvailable', 'Try again later.', `POST ${requestPath}`),
        );
      return graph(method, requestPath, body);
    };
    const first = await provision({ graph: failing });
    expect(first.filter((step) => step.outcome === 'failed')).toEqual([
      expect.objectContaining({
        list: absencesList.name,
        subject: 'list',
        detail: expect.stringContaining('503 serviceNotAvailable'),
      }),
    ]);
    // The lists after the failed one were provisioned all the same, permissions included.
    expect(storedList(callbacksList)).toBeDefined();
    expect(await grantsOn(callbacksList.name)).toHaveLength(1);
    expect(storedList(absencesList)).toBeUndefined();

    const second = await provision();
    expect(second.filter(isUnfinished)).toEqual([]);
    expect(second).toContainEqual(
      expect.objectContaining({ list: absencesList.name, subject: 'list', outcome: 'created' }),
    );
    const third: ProvisionStep[] = await provision();
    expect(third.filter(isChange)).toEqual([]);
  });

  it('does not send Title with a new list (the template brings it) and applies its settings to that one', async () => {
    const bodies: unknown[] = [];
    const recording: GraphCall = (method, requestPath, body) => {
      if (method === 'POST' && /\/lists$/.test(requestPath)) bodies.push(body);
      return graph(method, requestPath, body);
    };
    const steps = await provision({ graph: recording });
    expect(steps.filter((step) => step.outcome === 'failed')).toEqual([]);
    for (const body of bodies) {
      const names = (body as { columns: { name: string }[] }).columns.map((column) => column.name);
      expect(names).not.toContain('Title');
    }
    const titles = storedList(teamSettingsList)!.columns.filter(
      (column) => column.name === 'Title',
    );
    expect(titles).toHaveLength(1);
    expect(titles[0]).toMatchObject({ displayName: 'Team', indexed: true, required: true });
  });

  it('sends no maxLength for multi-line text (SharePoint ignores it) and makes RequestId unique and indexed', async () => {
    await provision();
    const question = columnDefinitionFor(callbacksList.columns.find((c) => c.name === 'Question')!);
    expect(question.text).not.toHaveProperty('maxLength');
    const requestId = storedList(callbacksList)!.columns.find((c) => c.name === 'RequestId')!;
    expect(requestId).toMatchObject({ indexed: true, enforceUniqueValues: true });
  });

  it('runs as `npm run provision -- --emulator <url>`: prints what it did, and on a second run that nothing changed', async () => {
    const run = promisify(execFile);
    const command = () =>
      run(
        process.execPath,
        ['--import', 'tsx', 'scripts/provision.ts', '--emulator', emulator.url],
        {
          cwd: root,
          env: { ...process.env, BRK_SHAREPOINT_SITE: '' },
        },
      );
    const { stdout } = await command();
    expect(stdout).toContain('BereikbaarTeams · list: created');
    expect(stdout).toContain(
      "BereikbaarTerugbelverzoeken · permission inheritance: updated (stopped inheriting the site's permissions)",
    );
    expect(stdout).toMatch(/BereikbaarAfwezigheden · versioning: updated \(on, 100 versions\)/);
    expect(stdout).toMatch(/Done: \d+ change\(s\)\./);
    expect(allLists.every((spec) => storedList(spec) !== undefined)).toBe(true);
    const again = await command();
    expect(again.stdout).toContain(
      'Done: nothing to change, everything was already as the schema says.',
    );
  });

  it('names the site when it does not exist, and changes nothing', async () => {
    const run = promisify(execFile);
    const failure = await run(
      process.execPath,
      ['--import', 'tsx', 'scripts/provision.ts', '--emulator', emulator.url],
      {
        cwd: root,
        env: { ...process.env, BRK_SHAREPOINT_SITE: 'lindeburg.sharepoint.com:/sites/bestaatniet' },
      },
    ).catch((error: unknown) => error as { code: number; stderr: string });
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain(
      'The site lindeburg.sharepoint.com:/sites/bestaatniet does not exist',
    );
    expect(emulator.state.lists).toEqual([]);
  });
});

describe('provisioning steps that the emulator does not exercise', () => {
  const title = {
    name: 'Title',
    displayName: 'Team',
    kind: 'text',
    required: 'required',
    indexed: 'indexed',
    maxLength: 255,
  } as const satisfies ListSpec['columns'][number];

  it('updates a column whose index or display name differs, and refuses to change a column type', () => {
    expect(
      columnChanges(
        {
          id: 'c1',
          name: 'Title',
          displayName: 'Title',
          required: true,
          indexed: false,
          text: { maxLength: 255 },
        },
        title,
      ),
    ).toEqual({ displayName: 'Team', indexed: true });
    expect(columnChanges(columnDefinitionFor(title), title)).toBeNull();
    expect(() => columnChanges({ name: 'Title', number: {} }, title)).toThrow(/not of type text/);
  });
});
