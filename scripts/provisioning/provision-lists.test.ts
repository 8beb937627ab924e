// The grants provisioning gives a list, from its readers and writers and the configured groups (here the demo
// tenant's).
import { teamSettingsList } from '../../schema/lists';
import type { ListSpec } from '../../schema/lists';
import { seededGroupIds } from '../../emulator/seed';
import { demoAudienceGroups } from '../demo-tenant/provision-demo-tenant';
import { wantedGrants } from './provision-lists';

describe('list permissions', () => {
  it('maps readers and writers to grants: leaders and coordinators write, all staff read, everyone no entries', () => {
    const grantsOf = (spec: ListSpec) =>
      wantedGrants(spec, demoAudienceGroups).map((grant) => [grant.groupId, [grant.role]]);
    expect(
      grantsOf({
        ...teamSettingsList,
        readers: 'leadersAndCoordinators',
        writers: 'leadersAndCoordinators',
      }),
    ).toEqual([
      [seededGroupIds.teamLeaders, ['write']],
      [seededGroupIds.coordinators, ['write']],
    ]);
    expect(grantsOf({ ...teamSettingsList, writers: 'leadersAndCoordinators' })).toEqual([
      [seededGroupIds.allStaff, ['read']],
      [seededGroupIds.teamLeaders, ['write']],
      [seededGroupIds.coordinators, ['write']],
    ]);
    expect(grantsOf(teamSettingsList)).toEqual([]);
  });
});
