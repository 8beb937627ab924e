import type { Instant } from '../time/instant';
import type { AvailabilityState } from './availability-types';
import { firstReachable, orderByReachability, soonestReachable } from './team-order';
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
      // Issue 11: rank by how soon each is reachable (was: by name).
      'absent: soonest back first, end unknown last',
      [
        ['Anna', 'absent', 'unknown'],
        ['Zoë', 'absent', monday('11:00')],
        ['Bram', 'absent', monday('16:00')],
      ],
      ['Zoë', 'Bram', 'Anna'],
    ],
    [
      'reachable: who stays reachable longest first',
      [
        ['Anna', 'reachable', monday('10:15')],
        ['Bas', 'reachable', monday('17:00')],
        ['Cees', 'reachable', null],
      ],
      ['Cees', 'Bas', 'Anna'],
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
    [
      'not the first by name, but the one who stays reachable longest',
      [
        ['Anna', 'reachable', monday('10:05')],
        ['Bas', 'reachable', monday('17:00')],
      ],
      'Bas',
    ],
    ['empty team', [], null],
  ])('%s', (_name, rows, expected) => {
    expect(firstReachable(people(rows))?.displayName ?? null).toBe(expected);
  });
});

describe('soonestReachable: when nobody is reachable now', () => {
  it.each<[string, Row[], string | null]>([
    [
      'busy until 10:30 beats absent until tomorrow',
      [
        ['Anna', 'absent', monday('17:00')],
        ['Bas', 'busy', monday('10:30')],
        ['Cees', 'busy', 'unknown'],
      ],
      'Bas',
    ],
    [
      'someone back sooner from an absence beats busy with no known end',
      [
        ['Bas', 'busy', 'unknown'],
        ['Anna', 'absent', monday('11:00')],
      ],
      'Anna',
    ],
    [
      'nobody with a known end',
      [
        ['Bas', 'busy', 'unknown'],
        ['Dirk', 'unknown', null],
      ],
      null,
    ],
    [
      'someone reachable now: that one',
      [
        ['Bas', 'busy', monday('10:30')],
        ['Cees', 'reachable', null],
      ],
      'Cees',
    ],
  ])('%s', (_name, rows, expected) => {
    expect(soonestReachable(people(rows))?.displayName ?? null).toBe(expected);
  });
});
