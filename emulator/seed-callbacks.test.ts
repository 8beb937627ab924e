import { callbacksList } from '../schema/lists';
import { generateSeed } from './seed';

describe('seeded callback requests', () => {
  const now = new Date('2026-11-25T10:00:00Z'); // a Wednesday
  const state = generateSeed(now);
  const list = state.lists.find((candidate) => candidate.name === callbacksList.name)!;
  const items = state.items.filter((item) => item.listId === list.id);
  const pieter = state.users.find(
    (user) => user.userPrincipalName === 'pieter.vanderberg@lindeburg.example',
  )!;

  it('are deterministic within the week', () => {
    const later = generateSeed(new Date('2026-11-27T16:00:00Z'));
    expect(later.items.filter((item) => item.listId === list.id)).toEqual(items);
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
});
