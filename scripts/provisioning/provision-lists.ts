// Creates Bereikbaar's SharePoint lists from the one list schema (schema/lists.ts) through Graph, and on a
// later run brings them in line: missing lists and columns are created, columns whose type settings, index or
// "required" differ are updated, and lists not open to everyone get exactly the grants of their readers and writers
// (listGrantsFor): for example absences read by all staff and written by team leaders and coordinators.
// Nothing is ever deleted: an extra column or grant is reported and left alone.
// A step that Graph refuses (an unexpected status, a timeout) does not stop the run: it is reported as failed with
// Graph's answer, the other steps go on, and a rerun does what is still missing (every step first looks at what is
// there), so provisioning resumes where it could not go on.
import { listGrantsFor } from '../../schema/lists';
import type { ListGrant, ListPrincipal, ListSpec } from '../../schema/lists';
import { columnChanges, columnDefinitionFor } from './column-definitions';
import type { GraphColumn } from './column-definitions';
import { GraphCallError } from './graph-caller';
import type { ProvisionStep } from './provision-steps';
import type { GraphCall } from './graph-caller';

export { columnChanges, columnDefinitionFor } from './column-definitions';

export type { ProvisionOutcome, ProvisionStep } from './provision-steps';
export { describeStep } from './provision-steps';

/**
 * Entra group object ids behind the list permissions: the team leaders and coordinators (`leadersAndCoordinators`)
 * and, for lists everyone reads but not everyone writes, a group with all staff.
 */
export type AudienceGroups = {
  teamLeader: string | undefined;
  coordinator: string | undefined;
  allStaff: string | undefined;
};

export type ProvisionOptions = {
  graph: GraphCall;
  /** The site below /v1.0, e.g. `/sites/contoso.sharepoint.com:/sites/bereikbaar:` (see siteSegment). */
  site: string;
  lists: readonly ListSpec[];
  groups: AudienceGroups;
  /** Called for each step as it happens, so a long run shows progress. */
  report?: (step: ProvisionStep) => void;
};

type GraphList = { id: string; name?: string; displayName?: string; columns?: GraphColumn[] };

type GraphPermission = {
  id: string;
  roles?: string[];
  grantedToV2?: { group?: { id?: string; displayName?: string }; user?: { id?: string } };
  grantedTo?: { group?: { id?: string }; user?: { id?: string } };
};

/** Which configuration variable holds each audience group; named in the error when one is missing. */
export const audienceGroupVariables = {
  teamLeader: 'BRK_ROLE_GROUP_TEAMLEADER',
  coordinator: 'BRK_ROLE_GROUP_COORDINATOR',
  allStaff: 'BRK_ALL_STAFF_GROUP',
} as const satisfies Record<keyof AudienceGroups, string>;

/** The configured group behind each principal of the list schema. */
const groupOfPrincipal: Readonly<Record<ListPrincipal, keyof AudienceGroups>> = {
  teamLeaders: 'teamLeader',
  coordinators: 'coordinator',
  allStaff: 'allStaff',
};

/** What each group is, for the message when its variable is missing. */
const groupDescriptions: Readonly<Record<keyof AudienceGroups, string>> = {
  teamLeader: 'the team leaders group',
  coordinator: 'the coordinators group',
  allStaff:
    'a group with every member of staff, e.g. a dynamic group with the rule (user.userType -eq "Member")',
};

/** SharePoint's permission level for a role, as the manual step names it. */
const permissionLevels: Readonly<Record<ListGrant['role'], string>> = {
  read: 'Read',
  write: 'Edit',
};

/** How a list's readers and writers read in a message. */
function accessText(spec: ListSpec): string {
  if (spec.readers === 'leadersAndCoordinators')
    return 'may only be read and written by team leaders and coordinators';
  return spec.writers === 'everyone'
    ? 'may be read and written by everyone'
    : 'may be read by all staff but written only by team leaders and coordinators';
}

async function allPages<T>(graph: GraphCall, path: string): Promise<T[]> {
  const values: T[] = [];
  let next: string | undefined = path;
  while (next !== undefined) {
    const page = (await graph('GET', next)).body as { value?: T[]; '@odata.nextLink'?: string };
    values.push(...(page.value ?? []));
    next = page['@odata.nextLink'];
  }
  return values;
}

function sameName(a: string | undefined, b: string): boolean {
  return a !== undefined && a.toLowerCase() === b.toLowerCase();
}

function groupIdOf(permission: GraphPermission): string | undefined {
  return permission.grantedToV2?.group?.id ?? permission.grantedTo?.group?.id;
}

/** The audience groups the lists' permissions need, in a fixed order. */
function neededGroups(lists: readonly ListSpec[]): (keyof AudienceGroups)[] {
  const needed = new Set(
    lists.flatMap((list) => listGrantsFor(list).map((grant) => groupOfPrincipal[grant.principal])),
  );
  return (Object.keys(audienceGroupVariables) as (keyof AudienceGroups)[]).filter((group) =>
    needed.has(group),
  );
}

/**
 * Provisions every list of `lists` in the site; returns (and reports) each step.
 * @example await provisionLists({ graph, site: '/sites/contoso.sharepoint.com:/sites/bereikbaar:', lists: allLists, groups })
 * // [{ list: 'BereikbaarTeams', subject: 'list', name: 'BereikbaarTeams', outcome: 'created' }, …]
 */
export async function provisionLists(options: ProvisionOptions): Promise<ProvisionStep[]> {
  const { graph, site, lists, groups } = options;
  // Refuses up front, before any change, when a list needs a group that is not configured.
  const missing = neededGroups(lists).filter((group) => groups[group] === undefined);
  if (missing.length > 0) {
    const restricted = lists
      .filter((list) => listGrantsFor(list).length > 0)
      .map((list) => `${list.name} ${accessText(list)}`);
    throw new Error(
      `${restricted.join('; ')}. So provisioning needs these Entra group ids: set ${missing
        .map((group) => `${audienceGroupVariables[group]} (${groupDescriptions[group]})`)
        .join(' and ')}. Entra admin center > Groups > the group > Object ID.`,
    );
  }
  const steps: ProvisionStep[] = [];
  const record = (step: ProvisionStep) => {
    steps.push(step);
    options.report?.(step);
  };

  const existingLists = await allPages<GraphList>(graph, `${site}/lists?$expand=columns`);
  for (const spec of lists) {
    try {
      await provisionList(graph, site, spec, groups, existingLists, record);
    } catch (error) {
      // The list could not be created or read: its columns and permissions wait for the next run.
      record({
        list: spec.name,
        subject: 'list',
        name: spec.name,
        outcome: 'failed',
        detail: `${failureText(error)}; its columns and permissions were not provisioned`,
      });
    }
  }
  return steps;
}

/** What went wrong, for the report: Graph's status, code and message when Graph answered. */
function failureText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs one step; a failure is recorded (with what was asked and Graph's answer) instead of ending the run.
 * @example await attempt(record, { list, subject: 'column', name: 'Status' }, () => graph('POST', …))
 */
async function attempt(
  record: (step: ProvisionStep) => void,
  step: Omit<ProvisionStep, 'outcome' | 'detail'>,
  action: () => Promise<void>,
): Promise<void> {
  try {
    await action();
  } catch (error) {
    record({ ...step, outcome: 'failed', detail: failureText(error) });
  }
}

async function provisionList(
  graph: GraphCall,
  site: string,
  spec: ListSpec,
  groups: AudienceGroups,
  existingLists: readonly GraphList[],
  record: (step: ProvisionStep) => void,
): Promise<void> {
  {
    let listOutcome: 'created' | 'alreadyThere' = 'alreadyThere';
    let list = existingLists.find(
      (candidate) =>
        sameName(candidate.name, spec.name) ||
        sameName(candidate.displayName, spec.name) ||
        sameName(candidate.displayName, spec.displayName),
    );
    if (list === undefined) {
      // Created under its technical name: SharePoint derives the list's URL from the title it is created with,
      // and the app addresses lists by that name (schema `name`). Without Title: the genericList template brings
      // it ("Create a SharePoint list"), and a second one is refused; its settings are applied below.
      const created = await graph('POST', `${site}/lists`, {
        displayName: spec.name,
        description: spec.description,
        list: { template: 'genericList' },
        columns: spec.columns.filter((column) => column.name !== 'Title').map(columnDefinitionFor),
      });
      list = created.body as GraphList;
      listOutcome = 'created';
      record({ list: spec.name, subject: 'list', name: spec.name, outcome: 'created' });
      // The genericList template brings a Title column; the schema's Title settings (display name, index)
      // are applied below like those of any existing column.
    } else {
      record({ list: spec.name, subject: 'list', name: spec.name, outcome: 'alreadyThere' });
    }
    const listPath = `${site}/lists/${encodeURIComponent(list.id)}`;
    const columns = list.columns ?? (await allPages<GraphColumn>(graph, `${listPath}/columns`));
    for (const column of spec.columns) {
      const existing = columns.find((candidate) => candidate.name === column.name);
      await attempt(record, { list: spec.name, subject: 'column', name: column.name }, async () => {
        if (existing === undefined) {
          await graph('POST', `${listPath}/columns`, columnDefinitionFor(column));
          record({ list: spec.name, subject: 'column', name: column.name, outcome: 'created' });
          return;
        }
        const changes = columnChanges(existing, column);
        if (changes === null) {
          record({
            list: spec.name,
            subject: 'column',
            name: column.name,
            // Columns sent with a new list were created with it.
            outcome: listOutcome,
          });
          return;
        }
        if (existing.id === undefined) throw new Error(`Column ${column.name} has no id.`);
        await graph('PATCH', `${listPath}/columns/${encodeURIComponent(existing.id)}`, changes);
        record({
          list: spec.name,
          subject: 'column',
          name: column.name,
          outcome: 'updated',
          detail: Object.keys(changes).join(', '),
        });
      });
    }
    for (const extra of columns) {
      if (extra.name === undefined || spec.columns.some((column) => column.name === extra.name))
        continue;
      // Only columns someone added by hand are worth a line; SharePoint's own (Created, Author…) are read-only.
      if ((extra as { readOnly?: boolean }).readOnly === true || extra.name === 'Title') continue;
      record({
        list: spec.name,
        subject: 'column',
        name: extra.name,
        outcome: 'leftAlone',
        detail: 'not in the schema',
      });
    }
    if (listGrantsFor(spec).length > 0)
      await attempt(record, { list: spec.name, subject: 'permission', name: spec.name }, () =>
        provisionAudience(graph, listPath, spec, groups, record),
      );
  }
}

/**
 * The group grants a list needs, from its readers and writers (schema listGrantsFor) and the configured groups.
 * @example wantedGrants(absencesList, groups) // [{ groupId: allStaff, role: 'read' }, { groupId: teamLeader, role: 'write' }, …]
 */
export function wantedGrants(
  spec: ListSpec,
  groups: AudienceGroups,
): { groupId: string; role: ListGrant['role'] }[] {
  return listGrantsFor(spec).flatMap((grant) => {
    const groupId = groups[groupOfPrincipal[grant.principal]];
    return groupId === undefined ? [] : [{ groupId, role: grant.role }];
  });
}

const roleRank = { read: 1, write: 2, owner: 3 } as const;

/** The highest of a grant's roles (0 when none is known), so 'owner' counts as enough where 'write' is wanted. */
function rankOf(roles: readonly string[] | undefined): number {
  return Math.max(
    0,
    ...(roles ?? []).map((role) =>
      role in roleRank ? roleRank[role as keyof typeof roleRank] : 0,
    ),
  );
}

/** The manual instruction for a list whose grants Graph refused, spelled out for SharePoint's list settings. */
function manualStepFor(spec: ListSpec, groups: AudienceGroups): string {
  const grants = listGrantsFor(spec)
    .map(
      (grant) =>
        `the group ${groups[groupOfPrincipal[grant.principal]] ?? '?'} (${grant.principal}) with ${permissionLevels[grant.role]}`,
    )
    .join(', ');
  return `In SharePoint: the list > Settings > List settings > Permissions for this list > Stop Inheriting Permissions; remove the site's Members and Visitors; Grant Permissions to ${grants}.`;
}

async function provisionAudience(
  graph: GraphCall,
  listPath: string,
  spec: ListSpec,
  groups: AudienceGroups,
  record: (step: ProvisionStep) => void,
): Promise<void> {
  const permissions = await allPages<GraphPermission>(graph, `${listPath}/permissions`);
  const wanted = wantedGrants(spec, groups);
  for (const { groupId, role } of wanted) {
    const existing = permissions.find((permission) => groupIdOf(permission) === groupId);
    const have = rankOf(existing?.roles);
    // Enough rights is in order, except that a group meant to read must not write (all staff on the absences).
    if (
      existing !== undefined &&
      (role === 'read' ? have === roleRank.read : have >= roleRank[role])
    ) {
      record({ list: spec.name, subject: 'permission', name: groupId, outcome: 'alreadyThere' });
      continue;
    }
    try {
      // Graph answers 201 for a new grant and 200 when it changed the roles of an existing one.
      const reply = await graph('POST', `${listPath}/permissions`, {
        roles: [role],
        grantedToV2: { group: { id: groupId } },
      });
      record({
        list: spec.name,
        subject: 'permission',
        name: groupId,
        outcome: reply.status === 201 ? 'created' : 'updated',
        detail:
          existing === undefined
            ? role
            : `${role}; roles were ${(existing.roles ?? []).join(', ')}`,
      });
    } catch (error) {
      // Microsoft Graph can grant list permissions only to applications, not to groups (it answers 400/403/
      // 501); on a real tenant this grant is a manual step, spelled out in docs/deploy.md.
      if (!(error instanceof GraphCallError) || ![400, 403, 405, 501].includes(error.status)) {
        // Unexpected: reported, and the next grant goes on; a rerun tries this one again.
        record({
          list: spec.name,
          subject: 'permission',
          name: groupId,
          outcome: 'failed',
          detail: failureText(error),
        });
        continue;
      }
      record({
        list: spec.name,
        subject: 'permission',
        name: groupId,
        outcome: 'manualStepNeeded',
        detail: `Graph refused (${error.status} ${error.code}). ${manualStepFor(spec, groups)}`,
      });
    }
  }
  for (const permission of permissions) {
    const groupId = groupIdOf(permission);
    if (groupId !== undefined && wanted.some((grant) => grant.groupId === groupId)) continue;
    const who =
      permission.grantedToV2?.group?.displayName ??
      groupId ??
      permission.grantedToV2?.user?.id ??
      permission.id;
    record({
      list: spec.name,
      subject: 'permission',
      name: who,
      outcome: 'leftAlone',
      detail: `also has ${(permission.roles ?? []).join(', ')}; remove it by hand if it should not have access to ${spec.name} (${accessText(spec)})`,
    });
  }
}

/** Creating lists and columns needs Sites.Manage.All; granting list permissions needs Sites.FullControl.All. */
export const provisioningScopes = ['Sites.Manage.All', 'Sites.FullControl.All'] as const;
