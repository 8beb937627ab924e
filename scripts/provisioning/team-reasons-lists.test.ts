// Which reasons lists provisioning makes and closes, from the teams list and the lists already in the site.
import { reasonsTargets } from './team-reasons-lists';

const teams = [
  { itemId: '1', title: 'Burgerzaken', leaderUpn: 'mohamed@lindeburg.example' },
  { itemId: '2', title: 'Belastingen', leaderUpn: null },
];

describe('reasonsTargets', () => {
  it('gives every team its own reasons list, granted to that team leader only', () => {
    const { lists, targets } = reasonsTargets(teams, []);
    expect(lists.map((list) => list.name)).toEqual([
      'BereikbaarRedenenTeam1',
      'BereikbaarRedenenTeam2',
    ]);
    expect(targets.map((target) => [target.spec.name, target.leaderUpn])).toEqual([
      ['BereikbaarRedenenTeam1', 'mohamed@lindeburg.example'],
      ['BereikbaarRedenenTeam2', null],
    ]);
    expect(lists[0]?.permissions).toEqual([{ principal: 'leaderOfTheTeam', level: 'contribute' }]);
    expect(lists[0]?.versioning).toBe('off');
  });

  it('closes the reasons list of a team that is gone and the shared list of version 1, to everyone', () => {
    const { targets, closed } = reasonsTargets(teams, [
      'BereikbaarTeams',
      'BereikbaarRedenenTeam1',
      'BereikbaarRedenenTeam9',
      'BereikbaarAfwezigheidsredenen',
    ]);
    expect(closed).toEqual(['BereikbaarRedenenTeam9', 'BereikbaarAfwezigheidsredenen']);
    const closedTargets = targets.filter((target) => closed.includes(target.spec.name));
    expect(closedTargets.map((target) => target.spec.permissions)).toEqual([[], []]);
  });
});
