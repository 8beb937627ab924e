// The teams list: per team its general mailbox, topics, leader and extra members.
import type { ListSpec } from './list-spec';

/** Per team: the general mailbox for callback requests, the topics the team handles, its leader and extra members. */
export const teamSettingsList = {
  key: 'teamSettings',
  name: 'BereikbaarTeams',
  displayName: 'Bereikbaar teams',
  description:
    'Per team: the general mailbox for callback requests and the topics the team handles.',
  // Everyone reads the teams; only the KCP coordinators maintain them. LeaderUpn decides who may read a team's
  // absence reasons (provisioning grants that list to the leader), so not everyone may change it.
  permissions: [
    { principal: 'allStaff', level: 'read' },
    { principal: 'coordinators', level: 'contribute' },
  ],
  versioning: 'on',
  columns: [
    {
      name: 'Title',
      displayName: 'Team',
      kind: 'text',
      required: 'required',
      indexed: 'indexed',
      maxLength: 255,
    },
    {
      name: 'Department',
      displayName: 'Afdeling',
      kind: 'text',
      required: 'optional',
      indexed: 'notIndexed',
      maxLength: 255,
    },
    {
      name: 'GeneralMailbox',
      displayName: 'Algemene mailbox',
      kind: 'text',
      required: 'optional',
      indexed: 'notIndexed',
      maxLength: 255,
    },
    {
      name: 'Topics',
      displayName: 'Onderwerpen',
      kind: 'multilineText',
      required: 'optional',
      indexed: 'notIndexed',
      maxLength: 4000,
    },
    {
      name: 'LeaderUpn',
      displayName: 'Teamleider',
      kind: 'text',
      required: 'optional',
      indexed: 'indexed',
      maxLength: 255,
    },
    {
      name: 'ExtraMemberUpns',
      displayName: 'Extra teamleden',
      kind: 'multilineText',
      required: 'optional',
      indexed: 'notIndexed',
      maxLength: 4000,
    },
  ],
} as const satisfies ListSpec;
