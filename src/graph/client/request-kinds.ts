// What the client may do with a request on its own: repeat it after a lost answer (only when repeating
// cannot change anything twice), and how many of Outlook's concurrent requests it takes.

/** A request as the middleware sees it: method, path below the version, and the JSON body when there is one. */
export type RequestShape = { method: string; path: string; body: unknown };

/**
 * POST actions that only read: repeating one cannot change anything. getSchedule and getMailTips read
 * free/busy and mail tips, getPresencesByUserId reads presence; check/get member groups and objects read
 * memberships. Every other POST (create, sendMail, actions) is treated as a write.
 */
const readOnlyActions =
  /\/(calendar\/getschedule|getschedule|getmailtips|getpresencesbyuserid|checkmembergroups|checkmemberobjects|getmembergroups|getmemberobjects)$/i;

function pathOnly(path: string): string {
  return path.split('?')[0]?.replace(/\/+$/, '') ?? '';
}

function batchRequestsOf(body: unknown): RequestShape[] | null {
  const requests = (body as { requests?: unknown } | null)?.requests;
  if (!Array.isArray(requests)) return null;
  return requests.map((entry) => {
    const request = (entry ?? {}) as { method?: unknown; url?: unknown; body?: unknown };
    return {
      method: typeof request.method === 'string' ? request.method : '',
      path: typeof request.url === 'string' ? request.url : '',
      body: request.body,
    };
  });
}

const isBatch = (path: string) => /^\/?(v1\.0\/|beta\/)?\$batch$/i.test(pathOnly(path));

/**
 * True when sending the request twice has the same effect as sending it once: reads (GET, HEAD), the read-only
 * POST actions above, and a `$batch` whose every sub-request is itself safe — Graph runs each sub-request on its
 * own, so a batch that only reads only reads, however often it is sent. A batch with one write in it is not safe:
 * the write may have been committed before the answer was lost.
 * @example isSafeToRepeat({ method: 'GET', path: '/me', body: undefined }) // true
 * @example isSafeToRepeat({ method: 'POST', path: '/sites/x/lists/y/items', body: {} }) // false
 */
export function isSafeToRepeat(request: RequestShape): boolean {
  const method = request.method.toUpperCase();
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return true;
  if (method !== 'POST') return false;
  if (isBatch(request.path)) {
    const requests = batchRequestsOf(request.body);
    return requests !== null && requests.length > 0 && requests.every(isSafeToRepeat);
  }
  return readOnlyActions.test(pathOnly(request.path));
}

/**
 * Requests served by Outlook (Exchange), which runs at most 4 of them at once per app and mailbox: calendars,
 * events, free/busy (getSchedule), mail, mail tips, mailbox settings, contacts, people, photos.
 * https://learn.microsoft.com/en-us/graph/throttling-limits#outlook-service-limits
 */
const outlookSegment =
  /^\/?(me|users\/[^/]+)\/(calendar|calendars|calendargroups|calendarview|events|mailboxsettings|getmailtips|sendmail|messages|mailfolders|contacts|contactfolders|people|photo|photos|outlook|findmeetingtimes)(\/|$)/i;

/** The mailbox an Outlook request works in (`me`, or the user id or UPN of `/users/{id}/…`), or null. */
export function outlookMailboxOf(path: string): string | null {
  const match = outlookSegment.exec(pathOnly(path).replace(/^\/?(v1\.0|beta)(?=\/)/i, ''));
  if (match === null) return null;
  const owner = match[1] ?? '';
  return owner.toLowerCase() === 'me'
    ? 'me'
    : decodeURIComponent(owner.slice('users/'.length)).toLowerCase();
}

/** Graph runs at most this many Outlook requests of one app at once (per mailbox; also inside `$batch`). */
export const outlookConcurrencyLimit = 4;

/**
 * How many of Outlook's concurrent slots a request takes while it is under way. A plain Outlook request takes one.
 * Inside a `$batch` Graph runs up to 4 Outlook sub-requests in parallel, so a batch takes as many slots as it has
 * Outlook sub-requests, at most 4 — or one when it is sequential (`dependsOn`), as the throttling page describes.
 * @example outlookSlotsOf({ method: 'POST', path: '/me/calendar/getSchedule', body: {} }) // 1
 */
export function outlookSlotsOf(request: RequestShape): number {
  if (!isBatch(request.path)) return outlookMailboxOf(request.path) === null ? 0 : 1;
  const raw = (request.body as { requests?: unknown } | null)?.requests;
  const requests = batchRequestsOf(request.body) ?? [];
  const outlook = requests.filter((sub) => outlookMailboxOf(sub.path) !== null).length;
  if (outlook === 0) return 0;
  const sequential =
    Array.isArray(raw) &&
    raw.some((entry) => Array.isArray((entry as { dependsOn?: unknown } | null)?.dependsOn));
  return sequential ? 1 : Math.min(outlook, outlookConcurrencyLimit);
}
