// What a front office's open agent screens ask of Graph, against the limits Microsoft documents:
// https://learn.microsoft.com/en-us/graph/throttling-limits (presence, Outlook) and
// https://learn.microsoft.com/en-us/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online
// (resource units: 2 for a multi-item query or a delta without a token, 1 for a delta with a token).
// The directory (Microsoft Entra ID, "Identity and access service limits" on the first page): resource units per
// app and tenant, 8,000 per 10 seconds for a tenant of more than 500 users; GET users costs 2, any other identity
// path 1, $select takes 1 off and $expand adds 1, never below 1; each sub-request of a $batch counts.

export type LoggedRequest = {
  method: string;
  path: string;
  kind: 'top' | 'sub';
  status?: number;
};

type Service = 'presence' | 'outlook' | 'sharepoint' | 'directory' | 'batch' | 'other';

function serviceOf(path: string): Service {
  if (/\/\$batch/.test(path)) return 'batch';
  if (/presence/i.test(path)) return 'presence';
  if (/getSchedule|getMailTips|calendarView|\/events|mailboxSettings|sendMail/i.test(path))
    return 'outlook';
  if (/\/sites\//.test(path)) return 'sharepoint';
  if (/\/users(\/delta)?(\?|$)|\/directReports/.test(path)) return 'directory';
  return 'other';
}

/** The identity service's cost of a request to the directory, in resource units (see the top of this file). */
export function identityUnits(request: LoggedRequest): number {
  const path = decodeURIComponent(request.path);
  const base = request.method === 'GET' && /\/users(\?|$)/.test(path) ? 2 : 1;
  const select = /[?&]\$select=/.test(path) ? -1 : 0;
  const expand = /[?&]\$expand=/.test(path) ? 1 : 0;
  return Math.max(1, base + select + expand);
}

/** Directory requests (top-level and inside a $batch) of `requests`, and their resource units. */
export function directoryLoad(requests: readonly LoggedRequest[]): {
  count: number;
  units: number;
} {
  const directory = requests.filter((r) => serviceOf(r.path) === 'directory');
  return {
    count: directory.length,
    units: directory.reduce((sum, r) => sum + identityUnits(r), 0),
  };
}

/** SharePoint's cost of a Graph request in resource units (the page above, "Microsoft Graph" table). */
function resourceUnits(request: LoggedRequest): number {
  if (request.method !== 'GET') return 2;
  return /\/items\/[^/?]+(\?|$)/.test(request.path) ? 1 : 2;
}

const perMinute = (count: number) => count.toFixed(0);
const share = (used: number, limit: number) => `${((used / limit) * 100).toFixed(2)} %`;

/** Rows for one minute of one agent's screen (`minute`), scaled to `agents` agents. */
export function graphLoadRows(minute: readonly LoggedRequest[], agents: number) {
  const by = (service: Service) => minute.filter((r) => serviceOf(r.path) === service);
  const presence = by('presence').length;
  const outlook = by('outlook').length;
  const sharepoint = by('sharepoint');
  const units = sharepoint.reduce((sum, r) => sum + resourceUnits(r), 0);
  const http = minute.filter((r) => r.kind === 'top').length;
  const refused = minute.filter((r) => r.status === 429).length;
  const directory = directoryLoad(minute);
  return [
    {
      service: 'all (HTTP requests; $batch counts once)',
      'one agent / min': perMinute(http),
      [`${agents} agents / min`]: perMinute(http * agents),
      limit: '130,000 per 10 s per app',
      used: share((http * agents) / 6, 130_000),
      naive: 'one request per person per signal: 4 × people on screen',
    },
    {
      service: 'presence (getPresencesByUserId)',
      'one agent / min': perMinute(presence),
      [`${agents} agents / min`]: perMinute(presence * agents),
      limit: '1,500 per 30 s per app per tenant',
      used: share((presence * agents) / 2, 1_500),
      naive: 'GET /users/{id}/presence per person',
    },
    {
      service: 'Outlook (getSchedule, mail tips) in the agent’s mailbox',
      'one agent / min': perMinute(outlook),
      [`${agents} agents / min`]: `${perMinute(outlook * 10)} per mailbox per 10 min`,
      limit: '10,000 per 10 min per mailbox, 4 at once',
      used: `${share(outlook * 10, 10_000)}; refused (429): ${refused}`,
      naive: 'one getSchedule per person',
    },
    {
      service: 'SharePoint lists (resource units)',
      'one agent / min': `${sharepoint.length} requests, ${units} RU`,
      [`${agents} agents / min`]: `${units * agents} RU`,
      limit: '1,250 RU per min per app (tenants up to 1,000 licences)',
      used: share(units * agents, 1_250),
      naive: 'one list read per badge and page',
    },
    {
      service: 'directory (users, users/delta, directReports; Entra ID resource units)',
      'one agent / min': `${directory.count} requests, ${directory.units} RU`,
      [`${agents} agents / min`]: `${directory.units * agents} RU`,
      limit: '8,000 RU per 10 s per app per tenant (over 500 users)',
      used: share((directory.units * agents) / 6, 8_000),
      naive: 'the whole directory per visit: 50 delta pages of 100',
    },
  ];
}
