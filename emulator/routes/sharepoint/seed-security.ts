// The SharePoint security of the seeded Bereikbaar site as a new team site has it, and the two accounts outside the
// organisation chart that the permissions need: the Microsoft 365 administrator (site owner and site collection
// administrator) and a guest (B2B) user, who is in no staff group and so reads nothing.
//   Owners (Full Control): the administrator. Members (Edit): the Entra group "Alle medewerkers". Visitors (Read): empty.
import type { StoredSiteSecurity, StoredSitePrincipal, StoredUser } from '../../store';
import { builtInRoleDefinitions, builtInRoleIds, firstCustomRoleId } from './base-permissions';
import { securityGroupClaimPrefix, userLoginName } from './security';

/** Principal ids of the seeded site (SharePoint numbers a new site's groups from 3). */
export const seededPrincipalIds = {
  owners: 3,
  visitors: 4,
  members: 5,
  administrator: 6,
  allStaff: 7,
} as const;

/** A directory user of the seed that is not part of the organisation chart. */
export function accountUser(
  fields: Pick<
    StoredUser,
    'id' | 'userPrincipalName' | 'mail' | 'displayName' | 'givenName' | 'surname'
  > &
    Partial<StoredUser>,
): StoredUser {
  return {
    jobTitle: null,
    department: null,
    officeLocation: null,
    businessPhones: [],
    mobilePhone: null,
    accountEnabled: true,
    preferredLanguage: 'nl-NL',
    managerId: null,
    calendarSharing: 'freeBusyRead',
    changeSeq: 0,
    ...fields,
  };
}

/** The site's permissions: built-in levels, the three site groups, the administrator and all staff. */
export function seededSiteSecurity(
  siteTitle: string,
  administrator: StoredUser,
  allStaffGroupId: string,
): StoredSiteSecurity {
  const ids = seededPrincipalIds;
  const group = (
    id: number,
    suffix: string,
    memberIds: number[],
    description: string,
  ): StoredSitePrincipal => ({
    id,
    kind: 'siteGroup',
    title: `${siteTitle} ${suffix}`,
    description,
    ownerId: ids.owners,
    memberIds,
  });
  return {
    roleDefinitions: builtInRoleDefinitions(),
    principals: [
      group(
        ids.owners,
        'Owners',
        [ids.administrator],
        'Use this group to grant people full control permissions to the SharePoint site.',
      ),
      group(
        ids.visitors,
        'Visitors',
        [],
        'Use this group to grant people read permissions to the SharePoint site.',
      ),
      group(
        ids.members,
        'Members',
        [ids.allStaff],
        'Use this group to grant people contribute permissions to the SharePoint site.',
      ),
      {
        id: ids.administrator,
        kind: 'user',
        loginName: userLoginName(administrator.userPrincipalName),
        userId: administrator.id,
      },
      {
        id: ids.allStaff,
        kind: 'entraGroup',
        loginName: `${securityGroupClaimPrefix}${allStaffGroupId}`,
        groupId: allStaffGroupId,
      },
    ],
    roleAssignments: [
      { principalId: ids.owners, roleDefinitionIds: [builtInRoleIds.fullControl] },
      { principalId: ids.visitors, roleDefinitionIds: [builtInRoleIds.read] },
      { principalId: ids.members, roleDefinitionIds: [builtInRoleIds.edit] },
    ],
    siteCollectionAdminIds: [ids.administrator],
    nextPrincipalId: 8,
    nextRoleDefinitionId: firstCustomRoleId,
    associatedGroups: { owners: ids.owners, members: ids.members, visitors: ids.visitors },
  };
}
