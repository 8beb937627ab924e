// SharePoint REST's entities as the demo tenant serves them: SP.Web, SP.List, SP.User, SP.Group, SP.RoleDefinition,
// SP.RoleAssignment, SP.BasePermissions (property names and types of the SharePoint REST API reference,
// https://learn.microsoft.com/en-us/previous-versions/office/developer/sharepoint-rest-reference/).
import type {
  EmulatorState,
  SpBasePermissions,
  StoredList,
  StoredRoleAssignment,
  StoredRoleDefinition,
  StoredSite,
  StoredSitePrincipal,
} from '../../store';
import { findUser } from '../resource-helpers';
import { principalById } from './security';
import type { SpEntity } from './rest-wire';

/** PrincipalType: User 1, SecurityGroup 4, SharePointGroup 8. */
const principalType = { user: 1, securityGroup: 4, sharePointGroup: 8 } as const;

/** A new SharePoint Online list keeps versions by default, 50 major versions (List settings > Versioning settings). */
export const defaultVersioning = { enabled: true, majorVersionLimit: 50 } as const;

/** BasePermissions on the wire: High and Low as strings (Edm.Int64 halves). */
export function basePermissionsJson(mask: SpBasePermissions) {
  return { High: String(mask.high), Low: String(mask.low) };
}

export function webEntity(base: string, site: StoredSite): SpEntity {
  const url = new URL(site.webUrl);
  return {
    type: 'SP.Web',
    uri: `${base}/_api/Web`,
    props: {
      Id: site.id.split(',')[2] ?? site.id,
      Title: site.displayName,
      Description: '',
      Url: site.webUrl,
      ServerRelativeUrl: url.pathname,
      Created: site.createdDateTime.replace(/\.\d+Z$/, ''),
      Language: 1043,
      WebTemplate: 'STS',
    },
  };
}

/** The properties SharePoint leaves out of a list unless `$select` names them. */
export const listNonDefaultProps = ['HasUniqueRoleAssignments'];

export function listEntity(
  base: string,
  site: StoredSite,
  list: StoredList,
  itemCount: number,
): SpEntity {
  return {
    type: 'SP.List',
    uri: `${base}/_api/Web/Lists(guid'${list.id}')`,
    props: {
      Id: list.id,
      Title: list.displayName,
      Description: list.description,
      BaseTemplate: 100,
      BaseType: 0,
      Created: list.createdDateTime.replace(/\.\d+Z$/, 'Z'),
      LastItemModifiedDate: list.lastModifiedDateTime.replace(/\.\d+Z$/, 'Z'),
      ItemCount: itemCount,
      EnableVersioning: list.enableVersioning ?? defaultVersioning.enabled,
      MajorVersionLimit: list.majorVersionLimit ?? defaultVersioning.majorVersionLimit,
      EnableMinorVersions: false,
      ForceCheckout: false,
      Hidden: false,
      ContentTypesEnabled: false,
      EntityTypeName: `${list.name}List`,
      ParentWebUrl: new URL(site.webUrl).pathname,
      HasUniqueRoleAssignments: list.roleAssignments !== undefined,
    },
  };
}

/** A user, or an Entra group (a user in SharePoint's sense), or a site group. */
export function principalEntity(
  base: string,
  state: EmulatorState,
  site: StoredSite,
  principal: StoredSitePrincipal,
): SpEntity {
  if (principal.kind === 'siteGroup') {
    const owner = principalById(site, principal.ownerId);
    return {
      type: 'SP.Group',
      uri: `${base}/_api/Web/SiteGroups/GetById(${principal.id})`,
      props: {
        Id: principal.id,
        IsHiddenInUI: false,
        LoginName: principal.title,
        Title: principal.title,
        PrincipalType: principalType.sharePointGroup,
        AllowMembersEditMembership: false,
        AllowRequestToJoinLeave: false,
        AutoAcceptRequestToJoinLeave: false,
        Description: principal.description,
        OnlyAllowMembersViewMembership: false,
        OwnerTitle: owner?.kind === 'siteGroup' ? owner.title : '',
        RequestToJoinLeaveEmailSetting: null,
      },
    };
  }
  const user = principal.kind === 'user' ? findUser(state, principal.userId) : undefined;
  const group =
    principal.kind === 'entraGroup'
      ? state.groups.find((candidate) => candidate.id === principal.groupId)
      : undefined;
  return {
    type: 'SP.User',
    uri: `${base}/_api/Web/GetUserById(${principal.id})`,
    props: {
      Id: principal.id,
      IsHiddenInUI: false,
      LoginName: principal.loginName,
      Title: user?.displayName ?? group?.displayName ?? '',
      PrincipalType: principal.kind === 'user' ? principalType.user : principalType.securityGroup,
      Email: user?.mail ?? '',
      Expiration: '',
      IsEmailAuthenticationGuestUser: false,
      IsShareByEmailGuestUser: false,
      IsSiteAdmin: site.security.siteCollectionAdminIds.includes(principal.id),
      UserId:
        principal.kind === 'user'
          ? {
              NameId: principal.userId.replace(/-/g, ''),
              NameIdIssuer: 'urn:federation:microsoftonline',
            }
          : null,
      UserPrincipalName: user?.userPrincipalName ?? null,
    },
  };
}

export function roleDefinitionEntity(base: string, definition: StoredRoleDefinition): SpEntity {
  return {
    type: 'SP.RoleDefinition',
    uri: `${base}/_api/Web/RoleDefinitions(${definition.id})`,
    props: {
      BasePermissions: basePermissionsJson(definition.basePermissions),
      Description: definition.description,
      Hidden: definition.hidden,
      Id: definition.id,
      Name: definition.name,
      Order: definition.order,
      RoleTypeKind: definition.roleTypeKind,
    },
  };
}

/** A role assignment; `expand` names the navigation properties to include (Member, RoleDefinitionBindings). */
export function roleAssignmentEntity(
  base: string,
  scopeUri: string,
  state: EmulatorState,
  site: StoredSite,
  assignment: StoredRoleAssignment,
  expand: ReadonlySet<string>,
): SpEntity {
  const member = principalById(site, assignment.principalId);
  return {
    type: 'SP.RoleAssignment',
    uri: `${scopeUri}/RoleAssignments/GetByPrincipalId(${assignment.principalId})`,
    props: {
      PrincipalId: assignment.principalId,
      ...(expand.has('member') && member
        ? { Member: principalEntity(base, state, site, member) }
        : {}),
      ...(expand.has('roledefinitionbindings')
        ? {
            RoleDefinitionBindings: assignment.roleDefinitionIds.flatMap((id) => {
              const definition = site.security.roleDefinitions.find((d) => d.id === id);
              return definition ? [roleDefinitionEntity(base, definition)] : [];
            }),
          }
        : {}),
    },
  };
}

export function basePermissionsEntity(base: string, mask: SpBasePermissions): SpEntity {
  return { type: 'SP.BasePermissions', uri: `${base}/_api/Web`, props: basePermissionsJson(mask) };
}
