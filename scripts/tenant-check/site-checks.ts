// The checks on the SharePoint site and Bereikbaar's lists in it: reachable, columns present, indexed columns
// accepted in a filter, and the leaders-only lists readable by whom they should be.
import { mayRead } from '../../schema/lists';
import type { ColumnSpec, ListSpec } from '../../schema/lists';
import { odataString } from '../../src/graph/lists/list-query';
import type { GraphCall } from '../provisioning/graph-caller';
import { refused, statusOf } from './check-result';
import type { CheckMessage, TenantCheckInput, TenantCheckResult } from './check-result';

/** Roles that may read lists whose readers are leaders and coordinators only. */
const leaderRoles = ['Bereikbaar.TeamLeader', 'Bereikbaar.Coordinator'];

export async function siteCheck(graph: GraphCall, site: string): Promise<TenantCheckResult> {
  const path = `${site.replace(/:$/, '')}?$select=id,displayName`;
  const title: CheckMessage = { key: 'site.title' };
  try {
    const found = (await graph('GET', path)).body as { id?: string; displayName?: string };
    return {
      id: 'site',
      title,
      asked: `GET ${path}`,
      outcome: 'pass',
      got: [{ key: 'site.got', params: { name: found.displayName ?? '?', id: found.id ?? '?' } }],
    };
  } catch (error) {
    return {
      id: 'site',
      title,
      asked: `GET ${path}`,
      outcome: 'fail',
      got: [refused(error)],
      advice: { key: 'site.advice' },
    };
  }
}

/**
 * An OData clause on one indexed column that matches (almost) nothing, so the probe stays far under the
 * list view threshold and only tests that SharePoint accepts the column in a filter.
 * @example probeClause({ name: 'DueAt', kind: 'dateTime', … }) // "fields/DueAt ge '2999-01-01T00:00:00Z'"
 */
export function probeClause(column: ColumnSpec): string {
  switch (column.kind) {
    case 'dateTime':
      return `fields/${column.name} ge '2999-01-01T00:00:00Z'`;
    case 'number':
      return `fields/${column.name} eq -1`;
    case 'boolean':
      return `fields/${column.name} eq 1`;
    case 'choice':
      return `fields/${column.name} eq ${odataString(column.choices?.[0] ?? '')}`;
    default:
      return `fields/${column.name} eq 'bereikbaar-check'`;
  }
}

type ListColumnDto = { name?: string; indexed?: boolean };

export async function listChecks(
  graph: GraphCall,
  site: string,
  spec: ListSpec,
  mayReadRestricted: boolean,
): Promise<TenantCheckResult[]> {
  const listPath = `${site}/lists/${encodeURIComponent(spec.name)}`;
  const title: CheckMessage = { key: 'list.title', params: { list: spec.name } };
  const restricted = !mayRead(spec, 'allStaff');
  const asked = `GET ${listPath}?$expand=columns`;
  let columns: ListColumnDto[];
  try {
    const body = (await graph('GET', `${listPath}?$expand=columns`)).body as {
      columns?: ListColumnDto[];
    };
    columns = body.columns ?? [];
  } catch (error) {
    const status = statusOf(error);
    // A leaders-only list that a non-leader cannot open is the privacy promise holding, not a failure.
    if (restricted && !mayReadRestricted && (status === 403 || status === 404))
      return [
        {
          id: `list:${spec.name}`,
          title,
          asked,
          outcome: 'pass',
          got: [{ key: 'list.restrictedHidden' }],
        },
      ];
    return [
      {
        id: `list:${spec.name}`,
        title,
        asked,
        outcome: 'fail',
        got: [refused(error)],
        advice: { key: 'list.advice' },
      },
    ];
  }
  if (restricted && !mayReadRestricted)
    return [
      {
        id: `list:${spec.name}`,
        title,
        asked,
        outcome: 'fail',
        got: [{ key: 'list.restrictedVisible' }],
        advice: { key: 'list.advice' },
      },
    ];
  const byName = new Map(columns.map((column) => [column.name?.toLowerCase(), column]));
  const missing = spec.columns
    .filter((column) => !byName.has(column.name.toLowerCase()))
    .map((c) => c.name);
  const unindexed = spec.columns
    .filter(
      (column) =>
        column.indexed === 'indexed' && byName.get(column.name.toLowerCase())?.indexed !== true,
    )
    .map((column) => `${column.name} (index)`);
  const gaps = [...missing, ...unindexed];
  const indexes =
    spec.columns.filter((column) => column.indexed === 'indexed').length - unindexed.length;
  const results: TenantCheckResult[] = [
    {
      id: `list:${spec.name}`,
      title,
      asked,
      outcome: gaps.length === 0 ? 'pass' : 'fail',
      got: [
        { key: 'list.got', params: { columns: spec.columns.length - missing.length, indexes } },
        ...(gaps.length === 0
          ? []
          : [{ key: 'list.missing' as const, params: { missing: gaps.join(', ') } }]),
      ],
      ...(gaps.length === 0 ? {} : { advice: { key: 'list.advice' as const } }),
    },
  ];
  for (const column of spec.columns.filter((c) => c.indexed === 'indexed')) {
    // No Prefer: HonorNonIndexedQueriesWarningMayFailRandomly header: this is exactly what SharePoint
    // refuses for a column without an index, as the app's queries would be refused on a large list.
    const clause = probeClause(column);
    const path = `${listPath}/items?$select=id&$filter=${encodeURIComponent(clause)}&$top=1`;
    const indexTitle: CheckMessage = {
      key: 'index.title',
      params: { list: spec.name, column: column.name },
    };
    const probeAsked = `GET ${listPath}/items?$filter=${clause}&$top=1`;
    try {
      const reply = await graph('GET', path);
      results.push({
        id: `index:${spec.name}.${column.name}`,
        title: indexTitle,
        asked: probeAsked,
        outcome: 'pass',
        got: [{ key: 'index.got', params: { status: reply.status } }],
      });
    } catch (error) {
      results.push({
        id: `index:${spec.name}.${column.name}`,
        title: indexTitle,
        asked: probeAsked,
        outcome: 'fail',
        got: [refused(error)],
        advice: { key: 'index.advice' },
      });
    }
  }
  return results;
}

/** Whether the signed-in user may read leaders-only lists: by app role, else by the configured role groups. */
export async function mayReadRestrictedLists(
  graph: GraphCall,
  roles: readonly string[],
  groups: TenantCheckInput['roleGroups'],
): Promise<boolean> {
  if (roles.some((role) => leaderRoles.includes(role))) return true;
  const groupIds = [groups.teamLeader, groups.coordinator].filter(
    (id): id is string => id !== undefined,
  );
  if (groupIds.length === 0) return false;
  try {
    // https://learn.microsoft.com/en-us/graph/api/directoryobject-checkmembergroups
    const body = (await graph('POST', '/me/checkMemberGroups', { groupIds })).body as {
      value?: unknown[];
    };
    return (body.value ?? []).length > 0;
  } catch {
    return false;
  }
}
