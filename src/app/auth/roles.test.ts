import type { RoleGroupIds } from '../../config/app-config';
import { hasGroupsOverage, resolveRoles, roleGroupsToCheck, rolesFromClaims } from './roles';
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

describe('groups overage', () => {
  const overage = { _claim_names: { groups: 'src1' }, _claim_sources: { src1: { endpoint: 'x' } } };

  it.each<[string, RoleClaims, boolean]>([
    ['groups claim present', { groups: [] }, false],
    ['no groups claim, no indication', {}, false],
    ['_claim_names.groups (JWT, over 200 groups)', overage, true],
    ['hasgroups (implicit flow)', { hasgroups: true }, true],
  ])('%s', (_name, claims, expected) => {
    expect(hasGroupsOverage(claims)).toBe(expected);
  });

  it('checks only the configured groups of roles no app role granted', () => {
    expect(roleGroupsToCheck({ ...overage, roles: ['Bereikbaar.Agent'] }, groups)).toEqual([
      groups.teamLeader,
      groups.coordinator,
    ]);
    expect(roleGroupsToCheck({ ...overage }, noGroups)).toEqual([]);
    expect(roleGroupsToCheck({ groups: [] }, groups)).toEqual([]);
  });

  it('asks checkMemberGroups when the claim overflowed, and grants the roles of the groups it names', async () => {
    const check = vi.fn((ids: string[]) =>
      Promise.resolve(ids.filter((id) => id === groups.teamLeader)),
    );
    await expect(resolveRoles(overage, groups, check)).resolves.toEqual(['teamLeader', 'employee']);
    expect(check).toHaveBeenCalledWith([groups.agent, groups.teamLeader, groups.coordinator]);
  });

  it('does not ask Graph without an overage, nor when app roles already grant everything configured', async () => {
    const check = vi.fn(() => Promise.resolve([]));
    await expect(resolveRoles({ groups: [groups.agent] }, groups, check)).resolves.toEqual([
      'agent',
      'employee',
    ]);
    const allAppRoles = ['Bereikbaar.Agent', 'Bereikbaar.TeamLeader', 'Bereikbaar.Coordinator'];
    await resolveRoles({ ...overage, roles: allAppRoles }, groups, check);
    expect(check).not.toHaveBeenCalled();
  });

  it('fails, rather than silently dropping a role, when Graph cannot answer', async () => {
    const failing = () => Promise.reject(new Error('403 Authorization_RequestDenied'));
    await expect(resolveRoles(overage, groups, failing)).rejects.toThrow('403');
  });
});
