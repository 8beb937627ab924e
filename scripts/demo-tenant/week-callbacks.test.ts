// The demo week's callback requests as the demo tenant holds them after seeding through Graph.
import { callbacksList } from '../../schema/lists';
import type { EmulatorState, StoredList, StoredListItem, StoredUser } from '../../emulator/store';
import { buildDemoTenant } from './start-demo-tenant';

const generateSeed = async (at: Date): Promise<EmulatorState> =>
  (await buildDemoTenant({ at })).state;

describe('seeded callback requests', () => {
  const now = new Date('2026-11-25T10:00:00Z'); // a Wednesday
  let state: EmulatorState;
  let list: StoredList;
  let items: StoredListItem[];
  let pieter: StoredUser;
  beforeAll(async () => {
    state = await generateSeed(now);
    list = state.lists.find((candidate) => candidate.name === callbacksList.name)!;
    items = state.items.filter((item) => item.listId === list.id);
    pieter = state.users.find(
      (user) => user.userPrincipalName === 'pieter.vanderberg@lindeburg.example',
    )!;
  }, 120_000);

  // Each case builds demo tenants of its own (with a quarter of callback and contact history): seconds each.
  it(
    'are deterministic for a moment, and keep their ids through the week',
    { timeout: 90_000 },
    async () => {
      const again = await generateSeed(new Date(now));
      expect(again.items.filter((item) => item.listId === list.id)).toEqual(items);
      const later = await generateSeed(new Date('2026-11-27T16:00:00Z'));
      const laterItems = later.items.filter((item) => item.listId === list.id);
      for (const item of items)
        expect(laterItems.find((other) => other.id === item.id)?.fields).toEqual(item.fields);
    },
  );

  it.each([
    '2026-11-23T05:00:00Z', // Monday before work
    '2026-11-23T11:30:00Z', // Monday noon
    '2026-11-25T10:00:00Z', // Wednesday
    '2026-11-29T20:00:00Z', // Sunday evening
  ])('none is made after the moment of seeding (%s)', { timeout: 60_000 }, async (iso) => {
    const at = new Date(iso);
    const seeded = await generateSeed(at);
    const made = seeded.items
      .filter((item) => item.listId === list.id)
      .map((item) => String(item.fields.MadeAt));
    expect(made.length).toBeGreaterThan(0);
    expect(made.filter((madeAt) => madeAt > at.toISOString())).toEqual([]);
  });

  it('have every required column, an overdue and a due-today request, done ones, and unclaimed team ones', () => {
    const required = callbacksList.columns.filter((column) => column.required === 'required');
    for (const item of items)
      for (const column of required) expect(item.fields[column.name]).toBeDefined();
    const open = items.filter((item) => item.fields.Status === 'open');
    expect(open.some((item) => String(item.fields.DueAt) < now.toISOString())).toBe(true);
    expect(open.some((item) => String(item.fields.DueAt).startsWith('2026-11-25'))).toBe(true);
    expect(items.filter((item) => item.fields.Status !== 'open').length).toBeGreaterThanOrEqual(2);
    expect(
      open.filter(
        (item) =>
          item.fields.AssignedToId === undefined && item.fields.AssignedTeam === 'Burgerzaken',
      ).length,
    ).toBeGreaterThanOrEqual(2);
    expect(
      open.filter((item) => item.fields.AssignedToId === pieter.id).length,
    ).toBeGreaterThanOrEqual(3);
    expect(new Set(items.map((item) => item.fields.RequestId)).size).toBe(items.length);
  });

  it('say who closed each done request (a person in the directory), and nobody on open ones', () => {
    const userIds = new Set(state.users.map((user) => user.id));
    const done = items.filter((item) => item.fields.Status === 'done');
    expect(done.length).toBeGreaterThan(0);
    for (const item of done) expect(userIds.has(String(item.fields.ClosedById))).toBe(true);
    // A generated cancellation of a team request nobody held has no known author; any other names a person.
    const cancelledBy = items
      .filter((item) => item.fields.Status === 'cancelled')
      .flatMap((item) => (item.fields.ClosedById === undefined ? [] : [item.fields.ClosedById]));
    expect(cancelledBy.filter((id) => typeof id !== 'string' || !userIds.has(id))).toEqual([]);
    for (const item of items.filter((other) => other.fields.Status === 'open'))
      expect(item.fields.ClosedById).toBeUndefined();
  });
});
