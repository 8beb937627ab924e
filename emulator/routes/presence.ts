// Teams presence: read one, read in bulk, set/clear presence, set the status message.
import { GraphHttpError } from '../http';
import type { Route, RouteContext, RouteResult } from '../http';
import { odataContext } from '../odata';
import type { EmulatorState, StoredPresence } from '../store';
import { formatGraphDateTime, instantFromDateTimeTimeZone } from '../time';
import { automaticRepliesActiveAt } from './mail-tips';
import { bodyObject, findUser, isRecord, property, targetUser } from './resource-helpers';

export const maxPresenceIdsPerRequest = 650;

const availabilities = [
  'Available',
  'AvailableIdle',
  'Away',
  'BeRightBack',
  'Busy',
  'BusyIdle',
  'DoNotDisturb',
  'Offline',
  'PresenceUnknown',
] as const;
const activities = [
  'Available',
  'Away',
  'BeRightBack',
  'Busy',
  'DoNotDisturb',
  'InACall',
  'InAConferenceCall',
  'Inactive',
  'InAMeeting',
  'Offline',
  'OffWork',
  'OutOfOffice',
  'PresenceUnknown',
  'Presenting',
  'UrgentInterruptionsOnly',
] as const;

/** The documented setPresence pairs, plus the ones the Teams client itself produces (set loosely, as the brief of the emulator asks). */
const allowedPairs: ReadonlySet<string> = new Set([
  'Available/Available',
  'Busy/InACall',
  'Busy/InAConferenceCall',
  'Away/Away',
  'DoNotDisturb/Presenting',
  'Busy/Busy',
  'Busy/InAMeeting',
  'DoNotDisturb/DoNotDisturb',
  'BeRightBack/BeRightBack',
  'Offline/OffWork',
  'Offline/Offline',
]);

const unknownPresence: StoredPresence = {
  availability: 'PresenceUnknown',
  activity: 'PresenceUnknown',
  statusMessage: null,
  outOfOfficeSettings: { message: null, isOutOfOffice: false },
};

/**
 * The presence Teams reports at `now`: the stored one, turned into Busy/InAMeeting while a busy calendar item runs
 * and the person has set nothing else (Teams derives presence from the calendar), with outOfOfficeSettings from the
 * automatic replies in effect, and an expired status message dropped.
 */
export function effectivePresence(
  state: EmulatorState,
  userId: string,
  now: Date,
  inMeeting: ReadonlySet<string> = usersInMeetingAt(state, now),
): StoredPresence {
  const stored = state.presences[userId];
  if (!stored) return unknownPresence;
  const presence: StoredPresence = structuredClone(stored);
  if (
    presence.availability === 'Available' &&
    presence.activity === 'Available' &&
    inMeeting.has(userId)
  ) {
    Object.assign(presence, { availability: 'Busy', activity: 'InAMeeting' });
  }
  const replies = state.mailboxSettings[userId]?.automaticRepliesSetting;
  if (replies && automaticRepliesActiveAt(replies, now)) {
    presence.outOfOfficeSettings = { isOutOfOffice: true, message: replies.internalReplyMessage };
  }
  if (
    presence.statusMessage?.expiryDateTime &&
    new Date(presence.statusMessage.expiryDateTime) <= now
  )
    presence.statusMessage = null;
  return presence;
}

/** Who has a busy (not all-day) calendar item running at `now`; computed once per request, not once per person. */
export function usersInMeetingAt(state: EmulatorState, now: Date): Set<string> {
  const at = now.toISOString();
  const users = new Set<string>();
  for (const event of state.events) {
    if (event.showAs === 'busy' && !event.isAllDay && event.start <= at && event.end > at)
      users.add(event.userId);
  }
  return users;
}

function presenceDto(id: string, presence: StoredPresence) {
  return {
    id,
    availability: presence.availability,
    activity: presence.activity,
    statusMessage: presence.statusMessage
      ? {
          message: { content: presence.statusMessage.message, contentType: 'text' },
          expiryDateTime: presence.statusMessage.expiryDateTime
            ? {
                dateTime: formatGraphDateTime(
                  new Date(presence.statusMessage.expiryDateTime),
                  'UTC',
                ),
                timeZone: 'UTC',
              }
            : null,
        }
      : null,
    outOfOfficeSettings: {
      message: presence.outOfOfficeSettings.message,
      isOutOfOffice: presence.outOfOfficeSettings.isOutOfOffice,
    },
  };
}

function requireOwnOr(ctx: RouteContext, userId: string, allScope: string): void {
  const granted =
    ctx.caller.authentication === 'application'
      ? ctx.caller.roles.includes(allScope)
      : ctx.caller.scopes.has(allScope);
  if (userId !== ctx.caller.userId && !granted) {
    throw new GraphHttpError(
      403,
      'Forbidden',
      `Access to another user's presence requires ${allScope}.`,
    );
  }
}

function getPresence(ctx: RouteContext): RouteResult {
  const user = targetUser(ctx);
  requireOwnOr(ctx, user.id, 'Presence.Read.All');
  return {
    status: 200,
    body: {
      '@odata.context': odataContext(ctx.graphBaseUrl, `users('${user.id}')/presence/$entity`),
      ...presenceDto(user.id, effectivePresence(ctx.state, user.id, ctx.now())),
    },
  };
}

function getPresencesByUserId(ctx: RouteContext): RouteResult {
  const ids = property(bodyObject(ctx), 'ids');
  if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => typeof id === 'string')) {
    throw new GraphHttpError(
      400,
      'BadRequest',
      "The request body must contain a non-empty 'ids' collection of user ids.",
    );
  }
  if (ids.length > maxPresenceIdsPerRequest) {
    throw new GraphHttpError(
      400,
      'BadRequest',
      `The number of ids (${ids.length}) exceeds the maximum of ${maxPresenceIdsPerRequest}.`,
    );
  }
  const now = ctx.now();
  const inMeeting = usersInMeetingAt(ctx.state, now);
  const usersById = new Map(
    ctx.state.users
      .filter((user) => user.deletedSeq === undefined)
      .map((user) => [user.id.toLowerCase(), user]),
  );
  const value = ids.map((id) => {
    const user = usersById.get(id.toLowerCase()) ?? findUser(ctx.state, id);
    // Graph answers an id it does not know with PresenceUnknown rather than an error.
    const presence = user ? effectivePresence(ctx.state, user.id, now, inMeeting) : unknownPresence;
    return { '@odata.type': '#microsoft.graph.presence', ...presenceDto(user?.id ?? id, presence) };
  });
  return {
    status: 200,
    body: { '@odata.context': odataContext(ctx.graphBaseUrl, 'Collection(presence)'), value },
  };
}

function ownPresenceTarget(ctx: RouteContext): string {
  const user = targetUser(ctx);
  requireOwnOr(ctx, user.id, 'Presence.ReadWrite.All');
  return user.id;
}

function pick<T extends string>(value: unknown, allowed: readonly T[], name: string): T {
  const match =
    typeof value === 'string'
      ? allowed.find((candidate) => candidate.toLowerCase() === value.toLowerCase())
      : undefined;
  if (!match)
    throw new GraphHttpError(400, 'BadRequest', `'${String(value)}' is not a valid ${name}.`);
  return match;
}

function setPresence(ctx: RouteContext): RouteResult {
  const userId = ownPresenceTarget(ctx);
  const body = bodyObject(ctx);
  const sessionId = property(body, 'sessionId');
  if (typeof sessionId !== 'string' || sessionId.trim() === '')
    throw new GraphHttpError(400, 'BadRequest', 'sessionId is required.');
  const availability = pick(property(body, 'availability'), availabilities, 'availability');
  const activity = pick(property(body, 'activity'), activities, 'activity');
  if (!allowedPairs.has(`${availability}/${activity}`)) {
    throw new GraphHttpError(
      400,
      'BadRequest',
      `The combination of availability '${availability}' and activity '${activity}' is not supported.`,
    );
  }
  const duration = property(body, 'expirationDuration');
  if (
    duration !== undefined &&
    (typeof duration !== 'string' ||
      !/^P(T(\d+H)?(\d+M)?(\d+S)?)$/.test(duration) ||
      duration === 'PT')
  ) {
    throw new GraphHttpError(
      400,
      'BadRequest',
      `expirationDuration ${JSON.stringify(duration)} is not an ISO 8601 duration such as PT1H.`,
    );
  }
  const current = ctx.state.presences[userId] ?? structuredClone(unknownPresence);
  const withoutSessions = current.withoutSessions ?? {
    availability: current.availability,
    activity: current.activity,
  };
  const sessions = { ...current.sessions, [sessionId]: { availability, activity } };
  ctx.state.presences[userId] = {
    ...current,
    ...aggregateSessions(sessions),
    sessions,
    withoutSessions,
  };
  ctx.markChanged();
  return { status: 200 };
}

/** Among application sessions DoNotDisturb beats Busy beats Available beats Away, as setPresence documents. */
const sessionPrecedence = ['DoNotDisturb', 'Busy', 'Available', 'BeRightBack', 'Away', 'Offline'];

function aggregateSessions(sessions: Record<string, { availability: string; activity: string }>): {
  availability: string;
  activity: string;
} {
  const rank = (availability: string) => {
    const index = sessionPrecedence.indexOf(availability);
    return index < 0 ? sessionPrecedence.length : index;
  };
  const [winner] = Object.values(sessions).sort(
    (a, b) => rank(a.availability) - rank(b.availability),
  );
  return winner ? { ...winner } : { availability: 'Offline', activity: 'Offline' };
}

function clearPresence(ctx: RouteContext): RouteResult {
  const userId = ownPresenceTarget(ctx);
  const sessionId = property(bodyObject(ctx), 'sessionId');
  if (typeof sessionId !== 'string' || sessionId.trim() === '')
    throw new GraphHttpError(400, 'BadRequest', 'sessionId is required.');
  const current = ctx.state.presences[userId];
  // An unknown session is a 404, as clearPresence documents.
  if (!current?.sessions?.[sessionId])
    throw new GraphHttpError(404, 'NotFound', `The presence session '${sessionId}' was not found.`);
  const sessions = { ...current.sessions };
  delete sessions[sessionId];
  const next: StoredPresence = { ...current, sessions };
  if (Object.keys(sessions).length === 0) {
    // The last application session is gone: back to what the user's own clients showed before.
    Object.assign(
      next,
      current.withoutSessions ?? { availability: 'Offline', activity: 'Offline' },
    );
    delete next.sessions;
    delete next.withoutSessions;
  } else {
    Object.assign(next, aggregateSessions(sessions));
  }
  ctx.state.presences[userId] = next;
  ctx.markChanged();
  return { status: 200 };
}

function setStatusMessage(ctx: RouteContext): RouteResult {
  const userId = ownPresenceTarget(ctx);
  const statusMessage = property(bodyObject(ctx), 'statusMessage');
  if (!isRecord(statusMessage))
    throw new GraphHttpError(400, 'BadRequest', 'statusMessage is required.');
  const message = statusMessage.message;
  const content =
    isRecord(message) && typeof message.content === 'string' ? message.content : undefined;
  if (content === undefined)
    throw new GraphHttpError(400, 'BadRequest', 'statusMessage.message.content is required.');
  const expiry = statusMessage.expiryDateTime;
  const expiryDateTime = isRecord(expiry)
    ? instantFromDateTimeTimeZone(expiry, 'BadRequest', 'expiryDateTime').toISOString()
    : null;
  const current = ctx.state.presences[userId] ?? structuredClone(unknownPresence);
  ctx.state.presences[userId] = {
    ...current,
    statusMessage: content === '' ? null : { message: content, expiryDateTime },
  };
  ctx.markChanged();
  return { status: 200 };
}

export const presenceRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: '/users/:id/presence',
    anyOfScopes: ['Presence.Read', 'Presence.Read.All'],
    anyOfAppPermissions: ['Presence.Read.All'],
    handler: getPresence,
  },
  {
    method: 'POST',
    pattern: '/communications/getPresencesByUserId',
    anyOfScopes: ['Presence.Read.All'],
    anyOfAppPermissions: ['Presence.Read.All'],
    handler: getPresencesByUserId,
  },
  {
    method: 'POST',
    pattern: '/users/:id/presence/setPresence',
    anyOfScopes: ['Presence.ReadWrite', 'Presence.ReadWrite.All'],
    anyOfAppPermissions: ['Presence.ReadWrite.All'],
    handler: setPresence,
  },
  {
    method: 'POST',
    pattern: '/users/:id/presence/clearPresence',
    anyOfScopes: ['Presence.ReadWrite', 'Presence.ReadWrite.All'],
    anyOfAppPermissions: ['Presence.ReadWrite.All'],
    handler: clearPresence,
  },
  {
    method: 'POST',
    pattern: '/users/:id/presence/setStatusMessage',
    anyOfScopes: ['Presence.ReadWrite', 'Presence.ReadWrite.All'],
    anyOfAppPermissions: ['Presence.ReadWrite.All'],
    handler: setStatusMessage,
  },
];
