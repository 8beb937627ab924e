// Every Bereikbaar list's permissions and versioning, through SharePoint's REST API (PnPjs): Graph can grant list
// permissions only to applications, never to groups or users. For each list: versioning as the schema says, the
// list stops inheriting the site's permissions, it gets exactly the schema's grants (ListSpec.permissions), and
// every other role assignment — the site's Members and Owners, the provisioning account's own Full Control that
// SharePoint adds when inheritance is broken — is removed. Idempotent: each step reads first and writes only what
// differs, so a second run reports that nothing changed.
import type { ListGrant, ListPermissionLevel, ListPrincipal, ListSpec } from '../../schema/lists';
import type { ProvisionStep } from './provision-steps';
import type { SPFI } from './sharepoint-rest';
import { sharePointFailure, sharePointStatus } from './sharepoint-rest';

/** Entra group object ids behind the principals of the list schema. */
export type AudienceGroups = {
  agent: string | undefined;
  teamLeader: string | undefined;
  coordinator: string | undefined;
  allStaff: string | undefined;
};

/** Which configuration variable holds each audience group; named in the error when one is missing. */
export const audienceGroupVariables = {
  agent: 'BRK_ROLE_GROUP_AGENT',
  teamLeader: 'BRK_ROLE_GROUP_TEAMLEADER',
  coordinator: 'BRK_ROLE_GROUP_COORDINATOR',
  allStaff: 'BRK_ALL_STAFF_GROUP',
} as const satisfies Record<keyof AudienceGroups, string>;

const groupOfPrincipal: Readonly<
  Record<Exclude<ListPrincipal, 'leaderOfTheTeam'>, keyof AudienceGroups>
> = {
  agents: 'agent',
  teamLeaders: 'teamLeader',
  coordinators: 'coordinator',
  allStaff: 'allStaff',
};

const groupDescriptions: Readonly<Record<keyof AudienceGroups, string>> = {
  agent: "the front office's agents group",
  teamLeader: 'the team leaders group',
  coordinator: 'the coordinators group',
  allStaff:
    'a group with every member of staff and no guests, e.g. a dynamic group with the rule (user.userType -eq "Member")',
};

/** A list to set permissions on; `leaderUpn` is who `leaderOfTheTeam` means for a team's reasons list. */
export type PermissionTarget = { spec: ListSpec; leaderUpn: string | null };

/** Bereikbaar's own permission level: Contribute without deleting items or versions. */
export const contributeWithoutDeleteName = 'Bereikbaar: bijdragen zonder verwijderen';

// SPBasePermissions bits (low 32 bits): DeleteListItems 0x8, DeleteVersions 0x80.
const deleteBits = 0x8 | 0x80;
/** RoleTypeKind of the built-in levels; found by type because their names are in the site's language. */
const roleTypeOf = { read: 2, contribute: 3 } as const;
/** Versions kept per item where versioning is on. */
export const majorVersionLimit = 100;

type BasePermissions = { High: string | number; Low: string | number };
type RoleDefinitionInfo = { Id: number; Name: string; BasePermissions: BasePermissions };
type RoleAssignmentInfo = {
  PrincipalId: number;
  Member?: { Title?: string; LoginName?: string };
  RoleDefinitionBindings?: { Id: number; Name: string }[];
};

/** The Entra groups the targets' grants need that are not configured. */
export function missingGroups(
  targets: readonly PermissionTarget[],
  groups: AudienceGroups,
): (keyof AudienceGroups)[] {
  const needed = new Set(
    targets.flatMap(({ spec }) =>
      spec.permissions.flatMap((grant) =>
        grant.principal === 'leaderOfTheTeam' ? [] : [groupOfPrincipal[grant.principal]],
      ),
    ),
  );
  return (Object.keys(audienceGroupVariables) as (keyof AudienceGroups)[]).filter(
    (group) => needed.has(group) && groups[group] === undefined,
  );
}

/** The message when groups are missing: which variables, and what each group is. */
export function missingGroupsMessage(missing: readonly (keyof AudienceGroups)[]): string {
  return `Provisioning needs these Entra group ids: set ${missing
    .map((group) => `${audienceGroupVariables[group]} (${groupDescriptions[group]})`)
    .join(' and ')}. Entra admin center > Groups > the group > Object ID.`;
}

/** SharePoint's claims login name for an Entra security group, a Microsoft 365 group, or a user. */
const loginNames = {
  securityGroup: (id: string) => `c:0t.c|tenant|${id}`,
  microsoft365Group: (id: string) => `c:0o.c|federateddirectoryclaimprovider|${id}`,
  user: (upn: string) => `i:0#.f|membership|${upn}`,
};

type Principal = { id: number; title: string };

/**
 * Sets versioning and permissions on every target list; returns (and reports) each step. Refuses before any change
 * when a group is not configured or the signed-in account is not a site collection administrator (only they keep
 * access to a list once every other assignment is removed, so a rerun can still manage it).
 */
export async function provisionListPermissions(options: {
  sp: SPFI;
  targets: readonly PermissionTarget[];
  groups: AudienceGroups;
  report?: (step: ProvisionStep) => void;
}): Promise<ProvisionStep[]> {
  const { sp, targets, groups } = options;
  const missing = missingGroups(targets, groups);
  if (missing.length > 0) throw new Error(missingGroupsMessage(missing));
  const me: {
    IsSiteAdmin?: boolean;
    Title?: string;
    LoginName?: string;
  } = await sp.web.currentUser.select('IsSiteAdmin', 'LoginName', 'Title')();
  if (me.IsSiteAdmin !== true)
    throw new Error(
      `${me.Title ?? me.LoginName ?? 'The signed-in account'} is not a site collection administrator of this site, so it cannot set the lists' permissions. SharePoint admin center > Sites > Active sites > the site > Membership > Site admins.`,
    );
  const steps: ProvisionStep[] = [];
  const record = (step: ProvisionStep) => {
    steps.push(step);
    options.report?.(step);
  };
  const levels = await permissionLevels(sp, record);
  const principals = new Map<string, Principal | Error>();
  for (const target of targets) {
    const name = target.spec.name;
    try {
      await provisionOne(sp, target, groups, levels, principals, record);
    } catch (error) {
      record({
        list: name,
        subject: 'permission',
        name,
        outcome: 'failed',
        detail: await sharePointFailure(error),
      });
    }
  }
  return steps;
}

/** The role definition id of each level the schema uses; creates Bereikbaar's own level when missing. */
async function permissionLevels(
  sp: SPFI,
  record: (step: ProvisionStep) => void,
): Promise<Record<ListPermissionLevel, number>> {
  const read: RoleDefinitionInfo = await sp.web.roleDefinitions.getByType(roleTypeOf.read)();
  const contribute: RoleDefinitionInfo = await sp.web.roleDefinitions.getByType(
    roleTypeOf.contribute,
  )();
  // SharePoint sends the 64-bit mask as two strings; PnPjs takes numbers and sends strings again.
  const wanted = {
    High: Number(contribute.BasePermissions.High),
    Low: (Number(contribute.BasePermissions.Low) & ~deleteBits) >>> 0,
  };
  const all: RoleDefinitionInfo[] = await sp.web.roleDefinitions();
  const existing = all.find((definition) => definition.Name === contributeWithoutDeleteName);
  const step = {
    list: 'site',
    subject: 'permissionLevel',
    name: contributeWithoutDeleteName,
  } as const;
  let ownId: number;
  if (existing === undefined) {
    const added = await sp.web.roleDefinitions.add(
      contributeWithoutDeleteName,
      'Bereikbaar: items view, add and edit, never delete (callback requests are cancelled, not removed).',
      100,
      wanted,
    );
    ownId = (added.data as RoleDefinitionInfo).Id;
    record({
      ...step,
      outcome: 'created',
      detail: 'Contribute without Delete Items and Delete Versions',
    });
  } else {
    ownId = existing.Id;
    const same =
      Number(existing.BasePermissions.High) === wanted.High &&
      Number(existing.BasePermissions.Low) === wanted.Low;
    if (same) record({ ...step, outcome: 'alreadyThere' });
    else {
      await sp.web.roleDefinitions.getById(existing.Id).update({ BasePermissions: wanted });
      record({ ...step, outcome: 'updated', detail: 'set back to Contribute without deleting' });
    }
  }
  return { read: read.Id, contribute: contribute.Id, contributeWithoutDelete: ownId };
}

/** Finds (and adds to the site, as SharePoint's ensureuser does) the site principal for a grant. */
async function principalFor(
  sp: SPFI,
  grant: ListGrant,
  target: PermissionTarget,
  groups: AudienceGroups,
  cache: Map<string, Principal | Error>,
): Promise<Principal> {
  const candidates =
    grant.principal === 'leaderOfTheTeam'
      ? target.leaderUpn === null
        ? []
        : [loginNames.user(target.leaderUpn)]
      : [groups[groupOfPrincipal[grant.principal]] as string].flatMap((id) => [
          loginNames.securityGroup(id),
          loginNames.microsoft365Group(id),
        ]);
  const key = candidates.join(' ');
  const cached = cache.get(key);
  if (cached instanceof Error) throw cached;
  if (cached !== undefined) return cached;
  let lastFailure = 'no principal';
  for (const loginName of candidates) {
    try {
      const user = (await sp.web.ensureUser(loginName)) as { Id: number; Title?: string };
      const principal = { id: user.Id, title: user.Title ?? loginName };
      cache.set(key, principal);
      return principal;
    } catch (error) {
      const status = sharePointStatus(error);
      if (status === 401 || status === 403) throw error;
      lastFailure = await sharePointFailure(error);
    }
  }
  const what =
    grant.principal === 'leaderOfTheTeam'
      ? `the team leader ${target.leaderUpn ?? '?'}`
      : `the group ${groups[groupOfPrincipal[grant.principal]] ?? '?'} in ${audienceGroupVariables[groupOfPrincipal[grant.principal]]}`;
  const failure = new Error(`${what} is not known to SharePoint (${lastFailure})`);
  cache.set(key, failure);
  throw failure;
}

async function provisionOne(
  sp: SPFI,
  target: PermissionTarget,
  groups: AudienceGroups,
  levels: Record<ListPermissionLevel, number>,
  principals: Map<string, Principal | Error>,
  record: (step: ProvisionStep) => void,
): Promise<void> {
  const { spec } = target;
  const list = sp.web.lists.getByTitle(spec.name);
  const info: {
    HasUniqueRoleAssignments?: boolean;
    EnableVersioning?: boolean;
    MajorVersionLimit?: number;
  } = await list.select(
    'Id',
    'HasUniqueRoleAssignments',
    'EnableVersioning',
    'MajorVersionLimit',
  )();

  const versioning = { list: spec.name, subject: 'versioning', name: spec.name } as const;
  const wantVersions = spec.versioning === 'on';
  if (
    info.EnableVersioning === wantVersions &&
    (!wantVersions || info.MajorVersionLimit === majorVersionLimit)
  )
    record({ ...versioning, outcome: 'alreadyThere', detail: wantVersions ? 'on' : 'off' });
  else {
    await list.update(
      wantVersions
        ? { EnableVersioning: true, MajorVersionLimit: majorVersionLimit }
        : { EnableVersioning: false },
    );
    record({
      ...versioning,
      outcome: 'updated',
      detail: wantVersions ? `on, ${majorVersionLimit} versions` : 'off',
    });
  }

  // Who should have what: principal id → role definition ids. A grant whose principal cannot be found is
  // reported and leaves the others to go on; nothing of it is half-written.
  const wanted = new Map<number, { title: string; roles: Set<number> }>();
  for (const grant of spec.permissions) {
    if (grant.principal === 'leaderOfTheTeam' && target.leaderUpn === null) {
      record({
        list: spec.name,
        subject: 'permission',
        name: 'team leader',
        outcome: 'manualStepNeeded',
        detail:
          'the team has no LeaderUpn in BereikbaarTeams, so nobody may record its absence reasons: set the leader and run provisioning again',
      });
      continue;
    }
    try {
      const principal = await principalFor(sp, grant, target, groups, principals);
      const entry = wanted.get(principal.id) ?? { title: principal.title, roles: new Set() };
      entry.roles.add(levels[grant.level]);
      wanted.set(principal.id, entry);
    } catch (error) {
      record({
        list: spec.name,
        subject: 'permission',
        name: grant.principal,
        outcome: 'failed',
        detail: error instanceof Error ? error.message : String(error),
      });
    }
  }

  if (info.HasUniqueRoleAssignments !== true) {
    await list.breakRoleInheritance(false, true);
    record({
      list: spec.name,
      subject: 'permission',
      name: 'inheritance',
      outcome: 'updated',
      detail: "stopped inheriting the site's permissions",
    });
  }
  const assignments: RoleAssignmentInfo[] = await list.roleAssignments.expand(
    'Member',
    'RoleDefinitionBindings',
  )();
  const levelName = (id: number) =>
    (Object.keys(levels) as ListPermissionLevel[]).find((level) => levels[level] === id) ??
    `role ${id}`;

  for (const [principalId, { title, roles }] of wanted) {
    const have = assignments.find((assignment) => assignment.PrincipalId === principalId);
    for (const roleId of roles) {
      const step = { list: spec.name, subject: 'permission', name: title } as const;
      if (have?.RoleDefinitionBindings?.some((binding) => binding.Id === roleId)) {
        record({ ...step, outcome: 'alreadyThere', detail: levelName(roleId) });
        continue;
      }
      await list.roleAssignments.add(principalId, roleId);
      record({ ...step, outcome: 'created', detail: levelName(roleId) });
    }
  }
  // Everything else goes: the site's groups copied or inherited before, a level that is too wide, and the
  // provisioning account's own Full Control (it keeps access as site collection administrator).
  for (const assignment of assignments) {
    const keep = wanted.get(assignment.PrincipalId)?.roles;
    for (const binding of assignment.RoleDefinitionBindings ?? []) {
      if (keep?.has(binding.Id) === true) continue;
      await list.roleAssignments.remove(assignment.PrincipalId, binding.Id);
      record({
        list: spec.name,
        subject: 'permission',
        name:
          assignment.Member?.Title ??
          assignment.Member?.LoginName ??
          String(assignment.PrincipalId),
        outcome: 'removed',
        detail: `${binding.Name}: not in the schema's permissions for ${spec.name}`,
      });
    }
  }
}
