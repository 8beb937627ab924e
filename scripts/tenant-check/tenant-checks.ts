// `npm run check:tenant`: every read Bereikbaar depends on, run once against a tenant with the signed-in user's
// token, each reported as what was asked, what came back and what to do when it fails. It only reads.
import type { ColumnSpec, ListSpec } from '../../schema/lists';
import { odataString } from '../../src/graph/lists/list-query';
import { GraphCallError } from '../provisioning/graph-caller';
import type { GraphCall } from '../provisioning/graph-caller';
import { checkText } from './check-messages';
import type { CheckLocale, CheckMessageKey } from './check-messages';

export type CheckOutcome = 'pass' | 'warn' | 'fail';

/** A message key with its parameters, rendered in the reader's language at the end. */
export type CheckMessage = {
  key: CheckMessageKey;
  params?: Readonly<Record<string, string | number>>;
};

export type TenantCheckResult = {
  /** Stable id, e.g. `directory` or `index:BereikbaarTerugbelverzoeken.DueAt`. */
  id: string;
  title: CheckMessage;
  /** The Graph request, as a person would retype it. */
  asked: string;
  outcome: CheckOutcome;
  got: CheckMessage[];
  /** What to do; present unless the check passed. */
  advice?: CheckMessage;
};

export type TenantCheckInput = {
  graph: GraphCall;
  /** The site's segment below /v1.0, e.g. `/sites/contoso.sharepoint.com:/sites/bereikbaar:`. */
  site: string;
  lists: readonly ListSpec[];
  /** The manifest id of the Teams app, looked up in the org catalog. */
  teamsAppId: string;
  /** Role group ids, to tell whether the signed-in user may read the leaders-only lists. */
  roleGroups: { teamLeader: string | undefined; coordinator: string | undefined };
  now: Date;
};

/** Roles that may read lists whose readers are leaders and coordinators only. */
const leaderRoles = ['Bereikbaar.TeamLeader', 'Bereikbaar.Coordinator'];

// Delta pages to follow at most: 200 pages is far beyond any municipality, and a bound keeps a broken
// nextLink loop from running forever.
const maxDeltaPages = 200;

type DirectoryEntry = { id: string; mail: string | null; hasManager: boolean };

function refused(error: unknown): CheckMessage {
  if (error instanceof GraphCallError)
    return {
      key: 'refused',
      params: {
        status: error.status,
        code: error.code,
        message: error.graphMessage.replace(/\.$/, ''),
      },
    };
  return {
    key: 'refused',
    params: {
      status: '-',
      code: 'network',
      message: networkFailureText(error),
    },
  };
}

/**
 * What went wrong below HTTP: fetch says only "fetch failed" and keeps the reason (refused, DNS, TLS) in `cause`.
 * @example networkFailureText(new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED') })) // 'fetch failed (connect ECONNREFUSED)'
 */
export function networkFailureText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause.message : null;
  return cause === null || cause === '' ? error.message : `${error.message} (${cause})`;
}

function statusOf(error: unknown): number | null {
  return error instanceof GraphCallError ? error.status : null;
}

function tokenRoles(claims: Record<string, unknown>): string[] {
  return Array.isArray(claims.roles)
    ? claims.roles.filter((r): r is string => typeof r === 'string')
    : [];
}

async function signedInCheck(
  graph: GraphCall,
  roles: readonly string[],
): Promise<{ result: TenantCheckResult; userId: string | null }> {
  const asked = 'GET /me?$select=id,displayName,userPrincipalName';
  const title: CheckMessage = { key: 'signedIn.title' };
  try {
    const me = (await graph('GET', '/me?$select=id,displayName,userPrincipalName')).body as {
      id?: string;
      displayName?: string;
      userPrincipalName?: string;
    };
    return {
      userId: me.id ?? null,
      result: {
        id: 'signedIn',
        title,
        asked,
        outcome: 'pass',
        got: [
          {
            key: 'signedIn.got',
            params: {
              name: me.displayName ?? '?',
              upn: me.userPrincipalName ?? '?',
              roles: roles.length === 0 ? '-' : roles.join(', '),
            },
          },
        ],
      },
    };
  } catch (error) {
    return {
      userId: null,
      result: {
        id: 'signedIn',
        title,
        asked,
        outcome: 'fail',
        got: [refused(error)],
        advice: { key: 'signedIn.advice' },
      },
    };
  }
}

async function directoryCheck(
  graph: GraphCall,
): Promise<{ result: TenantCheckResult; people: DirectoryEntry[] }> {
  // The app's own sync: delta with the manager in $select; Graph ignores $expand on delta and reports the
  // manager as `manager@delta` (https://learn.microsoft.com/en-us/graph/api/user-delta).
  const first =
    '/users/delta?$select=id,displayName,mail,userPrincipalName,jobTitle,department,manager';
  const title: CheckMessage = { key: 'directory.title' };
  const people = new Map<string, DirectoryEntry>();
  try {
    let link: string | null = first;
    for (let page = 0; link !== null && page < maxDeltaPages; page += 1) {
      const body = (await graph('GET', link)).body as {
        value?: Record<string, unknown>[];
        '@odata.nextLink'?: string;
      };
      for (const user of body.value ?? []) {
        if (typeof user.id !== 'string' || '@removed' in user) continue;
        const managers = user['manager@delta'];
        const previous = people.get(user.id);
        people.set(user.id, {
          id: user.id,
          mail: typeof user.mail === 'string' ? user.mail : (previous?.mail ?? null),
          hasManager:
            (Array.isArray(managers) && managers.length > 0) || previous?.hasManager === true,
        });
      }
      link = typeof body['@odata.nextLink'] === 'string' ? body['@odata.nextLink'] : null;
    }
  } catch (error) {
    return {
      people: [],
      result: {
        id: 'directory',
        title,
        asked: `GET ${first}`,
        outcome: 'fail',
        got: [refused(error)],
        advice: { key: 'directory.noPeople' },
      },
    };
  }
  const all = [...people.values()];
  const withManager = all.filter((person) => person.hasManager).length;
  const got: CheckMessage = { key: 'directory.got', params: { people: all.length, withManager } };
  const advice: CheckMessage | undefined =
    all.length === 0
      ? { key: 'directory.noPeople' }
      : withManager === 0
        ? { key: 'directory.noManagers' }
        : undefined;
  return {
    people: all,
    result: {
      id: 'directory',
      title,
      asked: `GET ${first}`,
      outcome: advice === undefined ? 'pass' : 'fail',
      got: [got],
      ...(advice === undefined ? {} : { advice }),
    },
  };
}

async function scheduleCheck(
  graph: GraphCall,
  mails: string[],
  now: Date,
): Promise<TenantCheckResult> {
  const asked = `POST /me/calendar/getSchedule (${mails.join(', ')})`;
  const title: CheckMessage = { key: 'schedule.title' };
  try {
    const body = (
      await graph('POST', '/me/calendar/getSchedule', {
        schedules: mails,
        startTime: { dateTime: now.toISOString().slice(0, 19), timeZone: 'UTC' },
        endTime: {
          dateTime: new Date(now.getTime() + 86_400_000).toISOString().slice(0, 19),
          timeZone: 'UTC',
        },
        availabilityViewInterval: 30,
      })
    ).body as { value?: { error?: unknown; scheduleItems?: { subject?: string }[] }[] };
    const entries = body.value ?? [];
    const read = entries.filter((entry) => entry.error === undefined || entry.error === null);
    const withSubjects = read.filter((entry) =>
      (entry.scheduleItems ?? []).some(
        (item) => typeof item.subject === 'string' && item.subject !== '',
      ),
    ).length;
    const complete = read.length === mails.length;
    return {
      id: 'schedule',
      title,
      asked,
      outcome: complete ? 'pass' : 'warn',
      got: [
        { key: 'schedule.got', params: { read: read.length, asked: mails.length, withSubjects } },
      ],
      ...(complete ? {} : { advice: { key: 'schedule.partial' } }),
    };
  } catch (error) {
    return {
      id: 'schedule',
      title,
      asked,
      outcome: 'fail',
      got: [refused(error)],
      advice: { key: 'schedule.advice' },
    };
  }
}

async function presenceCheck(graph: GraphCall, ids: string[]): Promise<TenantCheckResult> {
  const asked = `POST /communications/getPresencesByUserId (${ids.length})`;
  const title: CheckMessage = { key: 'presence.title' };
  try {
    const body = (await graph('POST', '/communications/getPresencesByUserId', { ids })).body as {
      value?: { availability?: string }[];
    };
    const values = body.value ?? [];
    return {
      id: 'presence',
      title,
      asked,
      outcome: values.length === ids.length ? 'pass' : 'warn',
      got: [
        {
          key: 'presence.got',
          params: { count: values.length, example: values[0]?.availability ?? '-' },
        },
      ],
      ...(values.length === ids.length ? {} : { advice: { key: 'presence.advice' } }),
    };
  } catch (error) {
    return {
      id: 'presence',
      title,
      asked,
      outcome: 'fail',
      got: [refused(error)],
      advice: { key: 'presence.advice' },
    };
  }
}

async function mailTipsCheck(graph: GraphCall, mails: string[]): Promise<TenantCheckResult> {
  const asked = `POST /me/getMailTips (${mails.join(', ')})`;
  const title: CheckMessage = { key: 'mailTips.title' };
  try {
    const body = (
      await graph('POST', '/me/getMailTips', {
        EmailAddresses: mails,
        MailTipsOptions: 'automaticReplies',
      })
    ).body as { value?: unknown[] };
    const count = body.value?.length ?? 0;
    return {
      id: 'mailTips',
      title,
      asked,
      outcome: count === mails.length ? 'pass' : 'warn',
      got: [{ key: 'mailTips.got', params: { count } }],
      ...(count === mails.length ? {} : { advice: { key: 'mailTips.advice' } }),
    };
  } catch (error) {
    return {
      id: 'mailTips',
      title,
      asked,
      outcome: 'fail',
      got: [refused(error)],
      advice: { key: 'mailTips.advice' },
    };
  }
}

async function siteCheck(graph: GraphCall, site: string): Promise<TenantCheckResult> {
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

async function listChecks(
  graph: GraphCall,
  site: string,
  spec: ListSpec,
  mayReadRestricted: boolean,
): Promise<TenantCheckResult[]> {
  const listPath = `${site}/lists/${encodeURIComponent(spec.name)}`;
  const title: CheckMessage = { key: 'list.title', params: { list: spec.name } };
  const restricted = spec.readers === 'leadersAndCoordinators';
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

async function teamsAppCheck(graph: GraphCall, manifestId: string): Promise<TenantCheckResult> {
  const filter = `externalId eq ${odataString(manifestId)}`;
  const asked = `GET /appCatalogs/teamsApps?$filter=${filter}`;
  const title: CheckMessage = { key: 'teamsApp.title' };
  try {
    const body = (
      await graph('GET', `/appCatalogs/teamsApps?$filter=${encodeURIComponent(filter)}`)
    ).body as {
      value?: { id?: string }[];
    };
    const id = body.value?.[0]?.id;
    if (typeof id === 'string')
      return {
        id: 'teamsApp',
        title,
        asked,
        outcome: 'pass',
        got: [{ key: 'teamsApp.got', params: { id } }],
      };
    return {
      id: 'teamsApp',
      title,
      asked,
      outcome: 'fail',
      got: [{ key: 'teamsApp.notFound', params: { manifestId } }],
      advice: { key: 'teamsApp.advice' },
    };
  } catch (error) {
    return {
      id: 'teamsApp',
      title,
      asked,
      outcome: 'fail',
      got: [refused(error)],
      advice: { key: 'teamsApp.advice' },
    };
  }
}

/** Whether the signed-in user may read leaders-only lists: by app role, else by the configured role groups. */
async function mayReadRestrictedLists(
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

/**
 * Runs every check, in the order a person would fix them (sign-in first, the catalog last).
 * @example (await runTenantChecks({ graph, site, lists: allLists, … })).every((r) => r.outcome !== 'fail')
 */
export async function runTenantChecks(
  input: TenantCheckInput & { tokenClaims: Record<string, unknown> },
): Promise<TenantCheckResult[]> {
  const { graph } = input;
  const roles = tokenRoles(input.tokenClaims);
  const signedIn = await signedInCheck(graph, roles);
  const results: TenantCheckResult[] = [signedIn.result];
  if (signedIn.result.outcome === 'fail') return results;

  const directory = await directoryCheck(graph);
  results.push(directory.result);
  // Two colleagues with a mailbox: the signed-in user first when listed, as getSchedule needs real addresses.
  const withMail = directory.people.filter((person) => person.mail !== null);
  const two = [
    ...withMail.filter((person) => person.id === signedIn.userId),
    ...withMail.filter((person) => person.id !== signedIn.userId),
  ].slice(0, 2);
  if (two.length > 0) {
    const mails = two.map((person) => person.mail as string);
    results.push(await scheduleCheck(graph, mails, input.now));
    results.push(
      await presenceCheck(
        graph,
        two.map((person) => person.id),
      ),
    );
    results.push(await mailTipsCheck(graph, mails));
  }

  const site = await siteCheck(graph, input.site);
  results.push(site);
  if (site.outcome === 'pass') {
    const mayRead = await mayReadRestrictedLists(graph, roles, input.roleGroups);
    for (const spec of input.lists)
      results.push(...(await listChecks(graph, input.site, spec, mayRead)));
  }
  results.push(await teamsAppCheck(graph, input.teamsAppId));
  return results;
}

const marks: Record<CheckOutcome, string> = { pass: '✓', warn: '!', fail: '✗' };

/**
 * One line per check: mark, title, what was asked, what came back, and for a failure what to do.
 * @example formatCheckLine('en', result) // "✓ ok  Signed in: GET /me?… → Ingrid Bakker (…)"
 */
export function formatCheckLine(locale: CheckLocale, result: TenantCheckResult): string {
  const render = (message: CheckMessage): string => checkText(locale, message.key, message.params);
  const got = result.got.map(render).join('; ');
  const advice =
    result.advice === undefined
      ? ''
      : ` ${checkText(locale, 'label.advice')}: ${render(result.advice)}`;
  return `${marks[result.outcome]} ${checkText(locale, `outcome.${result.outcome}`)}  ${render(result.title)}: ${result.asked} → ${got}.${advice}`;
}

/** The closing line: counts per outcome. */
export function formatCheckSummary(
  locale: CheckLocale,
  results: readonly TenantCheckResult[],
): string {
  const count = (outcome: CheckOutcome): number =>
    results.filter((r) => r.outcome === outcome).length;
  return checkText(locale, 'summary', {
    passed: count('pass'),
    warned: count('warn'),
    failed: count('fail'),
    total: results.length,
  });
}
