// Provisioning refuses before any change when a group its grants need is not configured, and says which.
import { absencesList, callbacksList, teamReasonsList, teamSettingsList } from '../../schema/lists';
import { missingGroups, missingGroupsMessage } from './list-permissions';

const none = {
  agent: undefined,
  teamLeader: undefined,
  coordinator: undefined,
  allStaff: undefined,
};

describe('missingGroups', () => {
  it('names every group the lists grant to and that is not configured, in a fixed order', () => {
    const targets = [absencesList, callbacksList, teamSettingsList].map((spec) => ({
      spec,
      leaderUpn: null,
    }));
    expect(missingGroups(targets, none)).toEqual(['teamLeader', 'coordinator', 'allStaff']);
    expect(missingGroups(targets, { ...none, allStaff: 'g-all' })).toEqual([
      'teamLeader',
      'coordinator',
    ]);
    expect(missingGroupsMessage(['allStaff'])).toMatch(
      /BRK_ALL_STAFF_GROUP \(a group with every member of staff and no guests/,
    );
  });

  it("needs no group for a team's reasons list: it is granted to the team's leader, a user", () => {
    expect(missingGroups([{ spec: teamReasonsList('4'), leaderUpn: 'a@b' }], none)).toEqual([]);
  });
});
