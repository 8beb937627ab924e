// The demo tenant as npm start, the tests and the browser tests get it: Bereikbaar's lists exactly as provisioning
// makes them, and the demo data written through Graph by the tenant's people, not by the emulator.
import {
  allLists,
  absencesList,
  callbacksList,
  contactsList,
  demoSitePath,
  teamSettingsList,
} from '../../schema/lists';
import { demoPersonas } from '../../emulator/personas';
import { demoSiteId, generateSeed } from '../../emulator/seed';
import { startEmulator } from '../../emulator/server';
import type { EmulatorState, StoredList } from '../../emulator/store';
import { columnDefinitionFor } from '../provisioning/provision-lists';
import { provisionDemoTenant } from './provision-demo-tenant';
import { buildDemoTenant } from './start-demo-tenant';
import { seedTeamSettings } from './team-and-absence-items';

const monday = new Date('2026-11-30T08:15:00Z');
let seed: EmulatorState;
beforeAll(async () => {
  seed = (await buildDemoTenant({ at: monday })).state;
}, 120_000);

/** What provisioning decides of a list: names, columns with their settings, permissions. */
const shapeOf = (list: StoredList) => ({
  name: list.name,
  displayName: list.displayName,
  columns: list.columns.map(({ id: _id, ...column }) => column),
  roleAssignments: list.roleAssignments,
});

describe('the demo tenant', () => {
  it('creates the Bereikbaar site with every list, its columns, permissions and the team settings', () => {
    expect(seed.sites).toEqual([
      expect.objectContaining({
        id: demoSiteId,
        webUrl: `https://lindeburg.sharepoint.com/${demoSitePath}`,
      }),
    ]);
    expect(demoSiteId).toMatch(/^lindeburg\.sharepoint\.com,[0-9a-f-]{36},[0-9a-f-]{36}$/);
    const list = seed.lists.find((candidate) => candidate.name === teamSettingsList.name);
    expect(list?.columns.map((column) => column.name)).toEqual(
      teamSettingsList.columns.map((column) => column.name),
    );
    expect(list?.columns.find((column) => column.name === 'Title')).toMatchObject({
      required: true,
      indexed: true,
      text: { maxLength: 255, allowMultipleLines: false },
    });
    const items = seed.items.filter((item) => item.listId === list?.id);
    expect(items).toHaveLength(25);
    expect(items.find((item) => item.fields.Title === 'Burgerzaken')?.fields).toMatchObject({
      GeneralMailbox: 'burgerzaken@lindeburg.example',
      LeaderUpn: 'mohamed.elamrani@lindeburg.example',
    });
  });

  it('has exactly the lists provisioning makes in an empty site, with the columns of the schema', async () => {
    const empty = await startEmulator({ port: 0, dataDir: null, quiet: true, now: () => monday });
    try {
      expect(empty.state.lists).toEqual([]);
      // As the build does: the lists, the teams entered, then again for each team's reasons list.
      await provisionDemoTenant(empty);
      await seedTeamSettings(empty);
      await provisionDemoTenant(empty);
      expect(seed.lists.map(shapeOf)).toEqual(empty.state.lists.map(shapeOf));
    } finally {
      await empty.close();
    }
    for (const spec of allLists) {
      const list = seed.lists.find((candidate) => candidate.name === spec.name);
      expect(list, spec.name).toBeDefined();
      for (const column of spec.columns) {
        const { text: _text, ...settings } = columnDefinitionFor(column);
        expect(
          list!.columns.find((candidate) => candidate.name === column.name),
          `${spec.name}.${column.name}`,
        ).toMatchObject(settings);
      }
    }
  });

  it("gets its items through Graph, from the people who would enter them: the emulator's own seed has none", () => {
    const graphOnly = generateSeed(monday);
    expect(graphOnly.lists).toEqual([]);
    expect(graphOnly.items).toEqual([]);
    const idOf = (role: string) => {
      const upn = demoPersonas.find((persona) => persona.role === role)!.upn;
      return seed.users.find((user) => user.userPrincipalName === upn)!.id;
    };
    const createdBy = (name: string) => {
      const list = seed.lists.find((candidate) => candidate.name === name)!;
      return new Set(
        seed.items.filter((item) => item.listId === list.id).map((item) => item.createdBy),
      );
    };
    expect(createdBy(teamSettingsList.name)).toEqual(new Set([idOf('coordinator')]));
    expect(createdBy(callbacksList.name)).toEqual(new Set([idOf('agent')]));
    expect(createdBy(contactsList.name)).toEqual(new Set([idOf('agent')]));
    const leaders = new Set(
      seed.users
        .filter((user) => /^Teamleider|^Coördinator/.test(user.jobTitle ?? ''))
        .map((user) => user.id),
    );
    expect([...createdBy(absencesList.name)].every((id) => leaders.has(id))).toBe(true);
  });

  it('has a quarter of contact history per team, consistent with the callback history', () => {
    const listOf = (name: string) => seed.lists.find((candidate) => candidate.name === name)!;
    const itemsOf = (name: string) =>
      seed.items.filter((item) => item.listId === listOf(name).id).map((item) => item.fields);
    const contacts = itemsOf(contactsList.name);
    const callbacks = itemsOf(callbacksList.name);
    const requestIds = new Set(callbacks.map((fields) => fields.RequestId));
    const linked = contacts.filter((fields) => fields.Outcome === 'callbackRequested');
    // Every phone request is the callback of a call, linked by its id; every link points at a stored request.
    expect(linked.length).toBe(callbacks.filter((fields) => fields.Channel === 'phone').length);
    expect(linked.every((fields) => requestIds.has(fields.CallbackRequestId))).toBe(true);
    const direct = contacts.filter((fields) =>
      ['answered', 'substituteAnswered'].includes(String(fields.Outcome)),
    ).length;
    const calls = contacts.filter((fields) => fields.Outcome !== 'selfAnswered').length;
    expect(direct / calls).toBeGreaterThan(0.3);
    expect(direct / calls).toBeLessThan(0.65);
    expect(new Set(contacts.map((fields) => fields.Team)).size).toBeGreaterThan(20);
    expect(
      contacts.every((fields) => Date.parse(String(fields.RecordedAt)) <= monday.getTime()),
    ).toBe(true);
  });
});
