// The checks on people: the signed-in user, the directory the app syncs, and the schedule, presence and mail tips
// it reads for two colleagues.
import type { GraphCall } from '../provisioning/graph-caller';
import { refused } from './check-result';
import type { CheckMessage, TenantCheckResult } from './check-result';

// Delta pages to follow at most: 200 pages is far beyond any municipality, and a bound keeps a broken
// nextLink loop from running forever.
const maxDeltaPages = 200;

type DirectoryEntry = { id: string; mail: string | null; hasManager: boolean };

export function tokenRoles(claims: Record<string, unknown>): string[] {
  return Array.isArray(claims.roles)
    ? claims.roles.filter((r): r is string => typeof r === 'string')
    : [];
}

export async function signedInCheck(
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

export async function directoryCheck(
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

export async function scheduleCheck(
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

export async function presenceCheck(graph: GraphCall, ids: string[]): Promise<TenantCheckResult> {
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

export async function mailTipsCheck(graph: GraphCall, mails: string[]): Promise<TenantCheckResult> {
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
