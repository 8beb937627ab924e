import type { Instant } from '../time/instant';
import type { AvailabilityState } from './availability-types';
import { firstReachable, orderByReachability } from './team-order';
import { monday } from './availability-test-fixtures';

type Row = [name: string, state: AvailabilityState, until: Instant | 'unknown' | null];
const people = (rows: Row[]) =>
  rows.map(([displayName, state, until]) => ({ displayName, availability: { state, until } }));
const names = (list: { displayName: string }[]) => list.map((person) => person.displayName);

describe('orderByReachability', () => {
  it.each<[string, Row[], string[]]>([
    [
      'reachable, busy, absent, unknown',
      [
        ['Dirk', 'unknown', null],
        ['Anna', 'absent', 'unknown'],
        ['Bas', 'busy', monday('11:00')],
        ['Cees', 'reachable', null],
      ],
      ['Cees', 'Bas', 'Anna', 'Dirk'],
    ],
    [
      'busy: soonest free first, unknown until last',
      [
        ['Anna', 'busy', 'unknown'],
        ['Bas', 'busy', monday('12:00')],
        ['Cees', 'busy', monday('10:30')],
        ['Daan', 'busy', monday('10:30')],
      ],
      ['Cees', 'Daan', 'Bas', 'Anna'],
    ],
    [
      'alphabetical within a group, accents and case ignored',
      [
        ['Émile', 'reachable', null],
        ['bram', 'reachable', null],
        ['Eva', 'reachable', null],
        ['Anna', 'reachable', null],
      ],
      ['Anna', 'bram', 'Émile', 'Eva'],
    ],
    [
      'absent by name, not by return',
      [
        ['Zoë', 'absent', monday('11:00')],
        ['Anna', 'absent', 'unknown'],
      ],
      ['Anna', 'Zoë'],
    ],
    [
      'equal names keep input order (stable)',
      [
        ['Jan', 'reachable', null],
        ['Jan', 'reachable', monday('12:00')],
      ],
      ['Jan', 'Jan'],
    ],
    ['empty', [], []],
  ])('%s', (_name, rows, expected) => {
    expect(names(orderByReachability(people(rows)))).toEqual(expected);
  });

  it('keeps the objects and does not change the input', () => {
    const input = people([
      ['Jan', 'reachable', null],
      ['Jan', 'reachable', monday('12:00')],
      ['Aad', 'busy', null],
    ]);
    const copy = [...input];
    const ordered = orderByReachability(input);
    expect(ordered[0]).toBe(input[0]);
    expect(ordered[1]).toBe(input[1]);
    expect(input).toEqual(copy);
  });
});

describe('firstReachable', () => {
  it.each<[string, Row[], string | null]>([
    [
      'first reachable by name',
      [
        ['Bas', 'busy', null],
        ['Daan', 'reachable', null],
        ['Cees', 'reachable', null],
      ],
      'Cees',
    ],
    [
      'nobody reachable',
      [
        ['Bas', 'busy', null],
        ['Anna', 'absent', 'unknown'],
      ],
      null,
    ],
    ['empty team', [], null],
  ])('%s', (_name, rows, expected) => {
    expect(firstReachable(people(rows))?.displayName ?? null).toBe(expected);
  });
});
