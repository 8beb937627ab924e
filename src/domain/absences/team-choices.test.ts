import type { LedTeam } from './team-choices';
import { teamChoices } from './team-choices';

const team = (name: string, leaderId: string | null, memberIds: string[]): LedTeam => ({
  name,
  leaderId,
  generalMailbox: `${name.toLowerCase()}@lindeburg.example`,
  memberIds,
});
const burgerzaken = team('Burgerzaken', 'lead', ['lead', 'p1', 'p2']);
const wonen = team('Wonen', 'lead', ['p3']);
const belastingen = team('Belastingen', 'other', ['other', 'p4']);

describe('the teams a leader picks from', () => {
  it.each<[string, LedTeam[], string[], 'ownTeams' | 'allTeams', [string | null, string[]][]]>([
    [
      'own team, without the leader',
      [burgerzaken, belastingen],
      [],
      'ownTeams',
      [['Burgerzaken', ['p1', 'p2']]],
    ],
    [
      'direct reports missing from the one own team join it',
      [burgerzaken],
      ['p1', 'p9'],
      'ownTeams',
      [['Burgerzaken', ['p1', 'p2', 'p9']]],
    ],
    [
      'with two own teams, loose direct reports are a choice of their own, first',
      [burgerzaken, wonen],
      ['p9'],
      'ownTeams',
      [
        [null, ['p9']],
        ['Burgerzaken', ['p1', 'p2']],
        ['Wonen', ['p3']],
      ],
    ],
    [
      'a leader of no team sees their direct reports',
      [belastingen],
      ['p7'],
      'ownTeams',
      [[null, ['p7']]],
    ],
    ['a leader of nothing has no choice', [belastingen], [], 'ownTeams', []],
    [
      'a coordinator sees every team, own ones first',
      [belastingen, burgerzaken],
      [],
      'allTeams',
      [
        ['Burgerzaken', ['p1', 'p2']],
        ['Belastingen', ['other', 'p4']],
      ],
    ],
  ])('%s', (_case, teams, directReports, scope, expected) => {
    expect(
      teamChoices(teams, 'lead', directReports, scope).map((choice) => [
        choice.name,
        choice.memberIds,
      ]),
    ).toEqual(expected);
  });

  it('offers the team mailbox for callbacks, none for the direct reports choice', () => {
    const choices = teamChoices([burgerzaken, wonen], 'lead', ['p9'], 'ownTeams');
    expect(choices.map((choice) => [choice.key, choice.mailbox])).toEqual([
      ['directReports', null],
      ['team:Burgerzaken', 'burgerzaken@lindeburg.example'],
      ['team:Wonen', 'wonen@lindeburg.example'],
    ]);
  });
});
