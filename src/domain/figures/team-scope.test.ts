import type { ScopedTeam } from './team-scope';
import { groupByTeam, requestsOfTeam, signalScope, teamsLedBy } from './team-scope';

const burgerzaken: ScopedTeam = {
  name: 'Burgerzaken',
  leaderId: 'lead-bz',
  memberIds: ['lead-bz', 'p1', 'p2'],
};
const belastingen: ScopedTeam = {
  name: 'Belastingen',
  leaderId: 'lead-bl',
  memberIds: ['lead-bl', 'p3'],
};
// Someone in two teams counts for the first.
const wonen: ScopedTeam = { name: 'Wonen', leaderId: 'lead-bz', memberIds: ['p2', 'p4'] };
const teams = [belastingen, burgerzaken, wonen];

describe('the teams a person leads', () => {
  it.each<[string, string, string[]]>([
    ['a leader of two teams', 'lead-bz', ['Burgerzaken', 'Wonen']],
    ['a leader of one', 'lead-bl', ['Belastingen']],
    ['a member who leads none', 'p1', []],
    ['someone not in the directory', 'nobody', []],
  ])('%s', (_case, userId, expected) => {
    expect(teamsLedBy(teams, userId).map((team) => team.name)).toEqual(expected);
  });
});

describe("a team leader's requests", () => {
  const requests = [
    { id: 'a', assignedToTeam: 'Burgerzaken' },
    { id: 'b', assignedToTeam: 'Belastingen' },
    { id: 'c', assignedToTeam: null },
    { id: 'd', assignedToTeam: 'Burgerzaken' },
  ];
  it.each<[string, string[]]>([
    ['Burgerzaken', ['a', 'd']],
    ['Belastingen', ['b']],
    ['Wonen', []],
  ])('%s sees only its own', (team, expected) => {
    expect(requestsOfTeam(requests, team).map((request) => request.id)).toEqual(expected);
  });
});

describe('the scope of the signals', () => {
  it.each<[string, ScopedTeam[], 'everyone' | 'teamMembers', string, boolean, string | undefined]>([
    ['a member, team leader', [burgerzaken], 'teamMembers', 'p1', true, 'Burgerzaken'],
    ['another team, team leader', [burgerzaken], 'teamMembers', 'p3', false, undefined],
    ['a department head, team leader', [burgerzaken], 'teamMembers', 'head', false, undefined],
    ['a department head, coordinator', teams, 'everyone', 'head', true, undefined],
    ['in two teams: the first', teams, 'everyone', 'p2', true, 'Burgerzaken'],
  ])('%s', (_case, scoped, people, personId, included, team) => {
    const scope = signalScope(scoped, people);
    expect(scope.includes(personId)).toBe(included);
    expect(scope.teamOf.get(personId)).toBe(team);
  });

  it('groups people by team in Dutch order, those in none together', () => {
    const { teamOf } = signalScope(teams, 'everyone');
    expect(groupByTeam(['p4', 'head', 'p3', 'p1', 'boss'], teamOf, 'Zonder team')).toEqual([
      ['Belastingen', ['p3']],
      ['Burgerzaken', ['p1']],
      ['Wonen', ['p4']],
      ['Zonder team', ['head', 'boss']],
    ]);
  });
});
