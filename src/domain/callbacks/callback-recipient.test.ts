// Who gets a callback (issue 12): the colleague, their accepted substitute, or a team.
import type { CallbackAssigneeProposal } from './callback-assignee';
import type { CallbackRecipient, RecipientChoice, RecipientDirectory } from './callback-recipient';
import { callbackRecipient, offeredSubstitute } from './callback-recipient';

const pieter = { id: 'pieter', team: 'Burgerzaken', mail: 'pieter@lindeburg.example' };
const anna = { id: 'anna', team: 'Publiekszaken', mail: 'anna@lindeburg.example' };
const teams = [
  { name: 'Burgerzaken', generalMailbox: 'burgerzaken@lindeburg.example' },
  { name: 'Publiekszaken', generalMailbox: 'Publiek@Lindeburg.example' },
  { name: 'Wonen', generalMailbox: null },
];
const directory: RecipientDirectory = {
  personById: (id) => [pieter, anna].find((person) => person.id === id),
  teamByName: (name) => teams.find((team) => team.name === name),
  teams,
};
const choice = (partial: Partial<RecipientChoice>): RecipientChoice => ({
  person: undefined,
  substitute: null,
  substituteChoice: 'substitute',
  team: null,
  ...partial,
});

describe('callbackRecipient', () => {
  const cases: [string, RecipientChoice, CallbackRecipient][] = [
    [
      'the colleague, with their team and mailbox',
      choice({ person: pieter }),
      {
        personId: 'pieter',
        team: 'Burgerzaken',
        teamMailbox: 'burgerzaken@lindeburg.example',
        assigneeMail: 'pieter@lindeburg.example',
      },
    ],
    [
      'an accepted substitute colleague, in their own team',
      choice({ person: pieter, substitute: { kind: 'person', personId: 'anna' } }),
      {
        personId: 'anna',
        team: 'Publiekszaken',
        teamMailbox: 'Publiek@Lindeburg.example',
        assigneeMail: 'anna@lindeburg.example',
      },
    ],
    [
      'a substitute the directory does not know: the absent colleague’s team, no mail',
      choice({ person: pieter, substitute: { kind: 'person', personId: 'gone' } }),
      {
        personId: 'gone',
        team: 'Burgerzaken',
        teamMailbox: 'burgerzaken@lindeburg.example',
        assigneeMail: null,
      },
    ],
    [
      'an accepted team mailbox: the team that owns it (case-insensitive)',
      choice({
        person: pieter,
        substitute: { kind: 'teamMailbox', mailbox: 'publiek@lindeburg.example' },
      }),
      {
        personId: null,
        team: 'Publiekszaken',
        teamMailbox: 'publiek@lindeburg.example',
        assigneeMail: null,
      },
    ],
    [
      'a mailbox no team owns: the colleague’s team',
      choice({ person: pieter, substitute: { kind: 'teamMailbox', mailbox: 'x@elders.example' } }),
      { personId: null, team: 'Burgerzaken', teamMailbox: 'x@elders.example', assigneeMail: null },
    ],
    [
      'the substitute declined: the colleague',
      choice({
        person: pieter,
        substitute: { kind: 'person', personId: 'anna' },
        substituteChoice: 'original',
      }),
      {
        personId: 'pieter',
        team: 'Burgerzaken',
        teamMailbox: 'burgerzaken@lindeburg.example',
        assigneeMail: 'pieter@lindeburg.example',
      },
    ],
    [
      'no colleague: the chosen team (the colleague wins over the team)',
      choice({ team: 'Wonen' }),
      { personId: null, team: 'Wonen', teamMailbox: null, assigneeMail: null },
    ],
    [
      'a substitute without a colleague is ignored',
      choice({ substitute: { kind: 'person', personId: 'anna' }, team: 'Burgerzaken' }),
      {
        personId: null,
        team: 'Burgerzaken',
        teamMailbox: 'burgerzaken@lindeburg.example',
        assigneeMail: null,
      },
    ],
    [
      'nobody chosen yet',
      choice({}),
      { personId: null, team: null, teamMailbox: null, assigneeMail: null },
    ],
  ];
  it.each(cases)('%s', (_name, given, expected) => {
    expect(callbackRecipient(given, directory)).toEqual(expected);
  });
});

describe('offeredSubstitute', () => {
  const away = { absent: 'now', back: 'unknown' } as const;
  const cases: [
    string,
    CallbackAssigneeProposal,
    string | null,
    ReturnType<typeof offeredSubstitute>,
  ][] = [
    ['the colleague can call back: none', { kind: 'person' }, 'team@x.example', null],
    [
      'the absence’s substitute',
      { kind: 'substitute', substitute: { kind: 'person', personId: 'anna' }, ...away },
      'team@x.example',
      { kind: 'person', personId: 'anna' },
    ],
    [
      'the team mailbox when the team has one',
      { kind: 'teamMailbox', ...away },
      'team@x.example',
      { kind: 'teamMailbox', mailbox: 'team@x.example' },
    ],
    ['no mailbox: none', { kind: 'teamMailbox', ...away }, null, null],
    ['an empty mailbox: none', { kind: 'teamMailbox', ...away }, '', null],
  ];
  it.each(cases)('%s', (_name, proposal, mailbox, expected) => {
    expect(offeredSubstitute(proposal, mailbox)).toEqual(expected);
  });
});
