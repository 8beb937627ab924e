import type { RoleGroupIds } from '../../config/app-config';
import { rolesFromClaims } from './roles';
import type { Role, RoleClaims } from './roles';

const noGroups: RoleGroupIds = { agent: undefined, teamLeader: undefined, coordinator: undefined };
const groups: RoleGroupIds = {
  agent: 'aaaaaaaa-0000-0000-0000-000000000001',
  teamLeader: 'aaaaaaaa-0000-0000-0000-000000000002',
  coordinator: 'aaaaaaaa-0000-0000-0000-000000000003',
};

describe('rolesFromClaims', () => {
  it.each<[string, RoleClaims, RoleGroupIds, Role[]]>([
    ['no claims: employee only', {}, noGroups, ['employee']],
    ['agent app role', { roles: ['Bereikbaar.Agent'] }, noGroups, ['agent', 'employee']],
    [
      'team leader app role',
      { roles: ['Bereikbaar.TeamLeader'] },
      noGroups,
      ['teamLeader', 'employee'],
    ],
    [
      'coordinator app role, other case',
      { roles: ['bereikbaar.coordinator'] },
      noGroups,
      ['coordinator', 'employee'],
    ],
    [
      'several app roles',
      { roles: ['Bereikbaar.Coordinator', 'Bereikbaar.Agent'] },
      noGroups,
      ['agent', 'coordinator', 'employee'],
    ],
    ['unknown app role ignored', { roles: ['Other.Admin'] }, noGroups, ['employee']],
    [
      'configured group grants role',
      { groups: ['AAAAAAAA-0000-0000-0000-000000000002'] },
      groups,
      ['teamLeader', 'employee'],
    ],
    [
      'group without configuration grants nothing',
      { groups: ['aaaaaaaa-0000-0000-0000-000000000002'] },
      noGroups,
      ['employee'],
    ],
    [
      'app role and group combine',
      { roles: ['Bereikbaar.Agent'], groups: [groups.coordinator] },
      groups,
      ['agent', 'coordinator', 'employee'],
    ],
    ['malformed claims ignored', { roles: 'Bereikbaar.Agent', groups: [42] }, groups, ['employee']],
  ])('%s', (_name, claims, roleGroupIds, expected) => {
    expect(rolesFromClaims(claims, roleGroupIds)).toEqual(expected);
  });
});
