// Creates Bereikbaar's SharePoint lists from the one list schema (schema/lists.ts) through Graph, and on a
// later run brings them in line: missing lists and columns are created, columns whose type settings, index or
// "required" differ are updated, and lists that only team leaders and coordinators may read get those groups.
// Nothing is ever deleted: an extra column or grant is reported and left alone.
import type { ColumnSpec, ListSpec } from '../../schema/lists';
import { GraphCallError } from './graph-caller';
import type { GraphCall } from './graph-caller';

export type ProvisionOutcome =
  'created' | 'alreadyThere' | 'updated' | 'leftAlone' | 'manualStepNeeded';

/** One thing provisioning looked at, and what it did. */
export type ProvisionStep = {
  list: string;
  subject: 'list' | 'column' | 'permission';
  name: string;
  outcome: ProvisionOutcome;
  detail?: string;
};

/** Entra group object ids behind the `leadersAndCoordinators` audience. */
export type AudienceGroups = { teamLeader: string | undefined; coordinator: string | undefined };

export type ProvisionOptions = {
  graph: GraphCall;
  /** The site below /v1.0, e.g. `/sites/contoso.sharepoint.com:/sites/bereikbaar:` (see siteSegment). */
  site: string;
  lists: readonly ListSpec[];
  groups: AudienceGroups;
  /** Called for each step as it happens, so a long run shows progress. */
  report?: (step: ProvisionStep) => void;
};

/** Graph's columnDefinition, as far as provisioning reads and writes it. */
type GraphColumn = {
  id?: string;
  name?: string;
  displayName?: string;
  required?: boolean;
  indexed?: boolean;
  text?: { allowMultipleLines?: boolean; maxLength?: number; [setting: string]: unknown };
  choice?: { choices?: string[]; [setting: string]: unknown };
  dateTime?: object;
  number?: object;
  boolean?: object;
};

type GraphList = { id: string; name?: string; displayName?: string; columns?: GraphColumn[] };

type GraphPermission = {
  id: string;
  roles?: string[];
  grantedToV2?: { group?: { id?: string; displayName?: string }; user?: { id?: string } };
  grantedTo?: { group?: { id?: string }; user?: { id?: string } };
};

/** The role the audience groups get: they read and write items (register absences, for instance). */
const audienceRole = 'write';

/** Which configuration variable holds each audience group; named in the error when one is missing. */
export const audienceGroupVariables = {
  teamLeader: 'BRK_ROLE_GROUP_TEAMLEADER',
  coordinator: 'BRK_ROLE_GROUP_COORDINATOR',
} as const;

/**
 * The Graph columnDefinition for a column of the schema.
 * @example columnDefinitionFor({ name: 'Status', displayName: 'Status', kind: 'choice', required: 'required', indexed: 'indexed', choices: ['open', 'done'] })
 * // { name: 'Status', displayName: 'Status', required: true, indexed: true, choice: { choices: ['open', 'done'], allowTextEntry: false, displayAs: 'dropDownMenu' } }
 */
export function columnDefinitionFor(column: ColumnSpec): GraphColumn & Record<string, unknown> {
  const base = {
    name: column.name,
    displayName: column.displayName,
    required: column.required === 'required',
    indexed: column.indexed === 'indexed',
  };
  switch (column.kind) {
    case 'text':
      return { ...base, text: { allowMultipleLines: false, maxLength: column.maxLength ?? 255 } };
    case 'multilineText':
      return {
        ...base,
        text: {
          allowMultipleLines: true,
          textType: 'plain',
          linesForEditing: 6,
          ...(column.maxLength === undefined ? {} : { maxLength: column.maxLength }),
        },
      };
    case 'dateTime':
      return { ...base, dateTime: { format: 'dateTime', displayAs: 'default' } };
    case 'number':
      return { ...base, number: {} };
    case 'boolean':
      return { ...base, boolean: {} };
    case 'choice':
      return {
        ...base,
        choice: {
          choices: [...(column.choices ?? [])],
          allowTextEntry: false,
          displayAs: 'dropDownMenu',
        },
      };
  }
}

/** The type facet a column kind is stored under in Graph. */
function facetOf(column: ColumnSpec): 'text' | 'choice' | 'dateTime' | 'number' | 'boolean' {
  return column.kind === 'multilineText' ? 'text' : column.kind;
}

/**
 * What differs between an existing column and the schema, as the PATCH body that fixes it; null when equal.
 * A column of another type cannot be changed in place (its data would not convert): that is an error.
 */
export function columnChanges(
  existing: GraphColumn,
  column: ColumnSpec,
): Record<string, unknown> | null {
  const facet = facetOf(column);
  if (existing[facet] === undefined)
    throw new Error(
      `Column ${column.name} exists but is not of type ${column.kind}; change or remove it by hand in the list settings, then run provisioning again.`,
    );
  const wanted = columnDefinitionFor(column);
  const changes: Record<string, unknown> = {};
  if (existing.displayName !== wanted.displayName) changes.displayName = wanted.displayName;
  if ((existing.required ?? false) !== wanted.required) changes.required = wanted.required;
  if ((existing.indexed ?? false) !== wanted.indexed) changes.indexed = wanted.indexed;
  if (column.kind === 'text' || column.kind === 'multilineText') {
    const multiline = column.kind === 'multilineText';
    // SharePoint keeps no length limit on multi-line text; only single-line lengths are compared.
    if (
      (existing.text?.allowMultipleLines ?? false) !== multiline ||
      (!multiline && existing.text?.maxLength !== (column.maxLength ?? 255))
    )
      changes.text = wanted.text;
  }
  if (column.kind === 'choice') {
    const have = new Set(existing.choice?.choices ?? []);
    if ((column.choices ?? []).some((choice) => !have.has(choice))) changes.choice = wanted.choice;
  }
  return Object.keys(changes).length === 0 ? null : changes;
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

/** Refuses up front, before any change, when a list needs audience groups that are not configured. */
export function missingAudienceGroups(
  lists: readonly ListSpec[],
  groups: AudienceGroups,
): string[] {
  if (!lists.some((list) => list.readers === 'leadersAndCoordinators')) return [];
  return (Object.keys(audienceGroupVariables) as (keyof AudienceGroups)[])
    .filter((role) => groups[role] === undefined)
    .map((role) => audienceGroupVariables[role]);
}

/**
 * Provisions every list of `lists` in the site; returns (and reports) each step.
 * @example await provisionLists({ graph, site: '/sites/contoso.sharepoint.com:/sites/bereikbaar:', lists: allLists, groups })
 * // [{ list: 'BereikbaarTeams', subject: 'list', name: 'BereikbaarTeams', outcome: 'created' }, …]
 */
export async function provisionLists(options: ProvisionOptions): Promise<ProvisionStep[]> {
  const { graph, site, lists, groups } = options;
  const missing = missingAudienceGroups(lists, groups);
  if (missing.length > 0) {
    const restricted = lists
      .filter((list) => list.readers === 'leadersAndCoordinators')
      .map((list) => list.name);
    throw new Error(
      `${restricted.join(', ')} may only be read by team leaders and coordinators, so provisioning needs their Entra group ids: set ${missing.join(' and ')} (Entra admin center > Groups > the group > Object ID).`,
    );
  }
  const steps: ProvisionStep[] = [];
  const record = (step: ProvisionStep) => {
    steps.push(step);
    options.report?.(step);
  };

  const existingLists = await allPages<GraphList>(graph, `${site}/lists?$expand=columns`);
  for (const spec of lists) {
    let listOutcome: 'created' | 'alreadyThere' = 'alreadyThere';
    let list = existingLists.find(
      (candidate) =>
        sameName(candidate.name, spec.name) ||
        sameName(candidate.displayName, spec.name) ||
        sameName(candidate.displayName, spec.displayName),
    );
    if (list === undefined) {
      // Created under its technical name: SharePoint derives the list's URL from the title it is created with,
      // and the app addresses lists by that name (schema `name`).
      const created = await graph('POST', `${site}/lists`, {
        displayName: spec.name,
        description: spec.description,
        list: { template: 'genericList' },
        columns: spec.columns.map(columnDefinitionFor),
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
      if (existing === undefined) {
        await graph('POST', `${listPath}/columns`, columnDefinitionFor(column));
        record({ list: spec.name, subject: 'column', name: column.name, outcome: 'created' });
        continue;
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
        continue;
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
    if (spec.readers === 'leadersAndCoordinators')
      await provisionAudience(graph, listPath, spec, groups, record);
  }
  return steps;
}

async function provisionAudience(
  graph: GraphCall,
  listPath: string,
  spec: ListSpec,
  groups: AudienceGroups,
  record: (step: ProvisionStep) => void,
): Promise<void> {
  const permissions = await allPages<GraphPermission>(graph, `${listPath}/permissions`);
  const wanted = [groups.teamLeader, groups.coordinator].filter(
    (id): id is string => id !== undefined,
  );
  for (const groupId of wanted) {
    const existing = permissions.find((permission) => groupIdOf(permission) === groupId);
    if (existing?.roles?.includes(audienceRole) === true) {
      record({ list: spec.name, subject: 'permission', name: groupId, outcome: 'alreadyThere' });
      continue;
    }
    try {
      // Graph answers 201 for a new grant and 200 when it changed the roles of an existing one.
      const reply = await graph('POST', `${listPath}/permissions`, {
        roles: [audienceRole],
        grantedToV2: { group: { id: groupId } },
      });
      record({
        list: spec.name,
        subject: 'permission',
        name: groupId,
        outcome: reply.status === 201 ? 'created' : 'updated',
        detail:
          existing === undefined ? undefined : `roles were ${(existing.roles ?? []).join(', ')}`,
      });
    } catch (error) {
      // Microsoft Graph can grant list permissions only to applications, not to groups (it answers 400/403/
      // 501); on a real tenant this grant is a manual step, spelled out in docs/deploy.md.
      if (!(error instanceof GraphCallError) || ![400, 403, 405, 501].includes(error.status))
        throw error;
      record({
        list: spec.name,
        subject: 'permission',
        name: groupId,
        outcome: 'manualStepNeeded',
        detail: `Graph refused (${error.status} ${error.code}). In SharePoint: the list > Settings > List settings > Permissions for this list > Stop Inheriting Permissions; remove the site's Members and Visitors; Grant Permissions to the group ${groupId} with Edit.`,
      });
    }
  }
  for (const permission of permissions) {
    const groupId = groupIdOf(permission);
    if (groupId !== undefined && wanted.includes(groupId)) continue;
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
      detail: `also has ${(permission.roles ?? []).join(', ')}; remove it by hand if it should not read ${spec.name}`,
    });
  }
}

/** Creating lists and columns needs Sites.Manage.All; granting list permissions needs Sites.FullControl.All. */
export const provisioningScopes = ['Sites.Manage.All', 'Sites.FullControl.All'] as const;

const outcomeText: Readonly<Record<ProvisionStep['outcome'], string>> = {
  created: 'created',
  alreadyThere: 'already there',
  updated: 'updated',
  leftAlone: 'left alone',
  manualStepNeeded: 'MANUAL STEP NEEDED',
};

/** One line per step, e.g. `BereikbaarTeams · column LeaderUpn: created`. */
export function describeStep(step: ProvisionStep): string {
  const subject = step.subject === 'list' ? 'list' : `${step.subject} ${step.name}`;
  const detail = step.detail === undefined ? '' : ` (${step.detail})`;
  return `${step.list} · ${subject}: ${outcomeText[step.outcome]}${detail}`;
}
