import { ownTeamFirst } from './own-team-first';

describe('ownTeamFirst', () => {
  it.each<[string[], string[], string[]]>([
    [['a', 'b', 'c', 'd'], ['c'], ['c', 'a', 'b', 'd']],
    [
      ['a', 'b', 'c', 'd'],
      ['d', 'b'],
      ['b', 'd', 'a', 'c'],
    ],
    [['a', 'b'], [], ['a', 'b']],
    [[], ['a'], []],
  ])('%j with own team %j → %j', (order, own, expected) => {
    expect(
      ownTeamFirst(
        order.map((id) => ({ id })),
        new Set(own),
      ).map((person) => person.id),
    ).toEqual(expected);
  });
});
