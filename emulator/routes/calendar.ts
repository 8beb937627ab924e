// Calendar: getSchedule (free/busy with visibility rules), event create/update/delete, mailboxSettings.
import { randomUUID } from 'node:crypto';
import { GraphHttpError } from '../http';
import type { Route, RouteContext, RouteResult } from '../http';
import { odataContext } from '../odata';
import type {
  EmulatorState,
  ShowAs,
  StoredAutomaticReplies,
  StoredEvent,
  StoredMailboxSettings,
  StoredUser,
  StoredWorkingHours,
} from '../store';
import {
  formatGraphDateTime,
  ianaZoneFor,
  instantFromDateTimeTimeZone,
  preferredTimeZone,
  weekdayNames,
} from '../time';
import {
  bodyObject,
  findUserByAddress,
  isRecord,
  property,
  requireOwnMailbox,
  targetUser,
} from './resource-helpers';

const readCalendarScopes = [
  'Calendars.ReadBasic',
  'Calendars.Read',
  'Calendars.ReadWrite',
] as const;
const writeCalendarScopes = ['Calendars.ReadWrite'] as const;

export const maxSchedulesPerRequest = 20;
export const maxScheduleWindowDays = 62;

// ---------- availabilityView ----------

/** Exchange's free/busy digits. Working elsewhere counts as free (0) for backward compatibility, as documented. */
const digitByStatus: Readonly<Record<ShowAs, number>> = {
  free: 0,
  workingElsewhere: 0,
  unknown: 0,
  tentative: 1,
  busy: 2,
  oof: 3,
};

export type BusyInterval = { start: Date; end: Date; showAs: ShowAs };

/**
 * One digit per interval from `start` to `end` (a last partial interval counts), the highest status of the items
 * overlapping it: oof 3 > busy 2 > tentative 1 > free 0.
 * Example: a busy item 09:30–10:00 in 09:00–11:00 with 30-minute intervals → `"0200"`.
 */
export function availabilityViewFor(
  items: readonly BusyInterval[],
  start: Date,
  end: Date,
  intervalMinutes: number,
): string {
  const intervalMs = intervalMinutes * 60_000;
  const slots = Math.ceil((end.getTime() - start.getTime()) / intervalMs);
  let view = '';
  for (let slot = 0; slot < slots; slot++) {
    const slotStart = start.getTime() + slot * intervalMs;
    const slotEnd = Math.min(slotStart + intervalMs, end.getTime());
    let digit = 0;
    for (const item of items) {
      if (item.start.getTime() < slotEnd && item.end.getTime() > slotStart)
        digit = Math.max(digit, digitByStatus[item.showAs] ?? 0);
    }
    view += String(digit);
  }
  return view;
}

// ---------- DTOs ----------

function dateTimeTimeZone(iso: string, zone: { name: string; zone: string }) {
  return { dateTime: formatGraphDateTime(new Date(iso), zone.zone), timeZone: zone.name };
}

export function workingHoursDto(hours: StoredWorkingHours) {
  return {
    daysOfWeek: [...hours.daysOfWeek],
    startTime: hours.startTime,
    endTime: hours.endTime,
    timeZone: { name: hours.timeZone },
  };
}

function eventsOf(state: EmulatorState, userId: string, from: Date, to: Date): StoredEvent[] {
  return state.events
    .filter(
      (event) =>
        event.userId === userId && new Date(event.start) < to && new Date(event.end) > from,
    )
    .sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
}

function scheduleInformationFor(
  state: EmulatorState,
  user: StoredUser,
  scheduleId: string,
  start: Date,
  end: Date,
  interval: number,
  zone: { name: string; zone: string },
) {
  const events = eventsOf(state, user.id, start, end);
  const showDetails = user.calendarSharing === 'details';
  const scheduleItems = events.map((event) => {
    const isPrivate = event.sensitivity === 'private';
    return {
      isPrivate,
      status: event.showAs,
      ...(showDetails && !isPrivate ? { subject: event.subject, location: event.location } : {}),
      start: dateTimeTimeZone(event.start, zone),
      end: dateTimeTimeZone(event.end, zone),
    };
  });
  const settings = state.mailboxSettings[user.id];
  return {
    scheduleId,
    availabilityView: availabilityViewFor(
      events.map((event) => ({
        start: new Date(event.start),
        end: new Date(event.end),
        showAs: event.showAs,
      })),
      start,
      end,
      interval,
    ),
    scheduleItems,
    ...(settings ? { workingHours: workingHoursDto(settings.workingHours) } : {}),
  };
}

function getSchedule(ctx: RouteContext): RouteResult {
  targetUser(ctx);
  const body = bodyObject(ctx);
  const schedules = property(body, 'schedules');
  if (
    !Array.isArray(schedules) ||
    schedules.length === 0 ||
    !schedules.every((item) => typeof item === 'string')
  ) {
    throw new GraphHttpError(
      400,
      'ErrorInvalidParameter',
      "The parameter 'Schedules' is missing or empty.",
    );
  }
  if (schedules.length > maxSchedulesPerRequest) {
    throw new GraphHttpError(
      400,
      'ErrorInvalidParameter',
      `Too many schedules requested: ${schedules.length}. The maximum is ${maxSchedulesPerRequest}.`,
    );
  }
  if (property(body, 'startTime') === undefined)
    throw new GraphHttpError(400, 'ErrorInvalidParameter', "The parameter 'StartTime' is missing.");
  if (property(body, 'endTime') === undefined)
    throw new GraphHttpError(400, 'ErrorInvalidParameter', "The parameter 'EndTime' is missing.");
  const start = instantFromDateTimeTimeZone(
    property(body, 'startTime'),
    'ErrorInvalidParameter',
    'StartTime',
  );
  const end = instantFromDateTimeTimeZone(
    property(body, 'endTime'),
    'ErrorInvalidParameter',
    'EndTime',
  );
  if (end.getTime() <= start.getTime()) {
    throw new GraphHttpError(
      400,
      'ErrorInvalidParameter',
      'The StartTime must be earlier than the EndTime.',
    );
  }
  if (end.getTime() - start.getTime() >= maxScheduleWindowDays * 86_400_000) {
    throw new GraphHttpError(
      400,
      'ErrorInvalidParameter',
      `The requested time window is too long; it must be shorter than ${maxScheduleWindowDays} days.`,
    );
  }
  const rawInterval = property(body, 'availabilityViewInterval');
  // The docs' own examples send the interval as a string ("15"); numbers and numeric strings are both accepted.
  const interval = rawInterval === undefined || rawInterval === null ? 30 : Number(rawInterval);
  if (!Number.isInteger(interval) || interval < 5 || interval > 1440) {
    throw new GraphHttpError(
      400,
      'ErrorInvalidParameter',
      `The availabilityViewInterval must be between 5 and 1440 minutes; got '${String(rawInterval)}'.`,
    );
  }
  const zone = preferredTimeZone(ctx.headers.prefer);
  const value = schedules.map((address) => {
    const user = findUserByAddress(ctx.state, address);
    if (!user) {
      return {
        scheduleId: address,
        availabilityView: '',
        error: {
          message: `The specified recipient '${address}' could not be found.`,
          responseCode: 'ErrorMailRecipientNotFound',
        },
        scheduleItems: [],
      };
    }
    return scheduleInformationFor(ctx.state, user, address, start, end, interval, zone);
  });
  return {
    status: 200,
    headers: zone.name === 'UTC' ? {} : { 'preference-applied': `outlook.timezone="${zone.name}"` },
    body: {
      '@odata.context': odataContext(
        ctx.graphBaseUrl,
        'Collection(microsoft.graph.scheduleInformation)',
      ),
      value,
    },
  };
}

// ---------- events ----------

const showAsValues: readonly ShowAs[] = [
  'free',
  'tentative',
  'busy',
  'oof',
  'workingElsewhere',
  'unknown',
];
const sensitivityValues: readonly StoredEvent['sensitivity'][] = [
  'normal',
  'personal',
  'private',
  'confidential',
];

function enumValue<T extends string>(
  value: unknown,
  allowed: readonly T[],
  name: string,
): T | undefined {
  if (value === undefined || value === null) return undefined;
  const match =
    typeof value === 'string'
      ? allowed.find((candidate) => candidate.toLowerCase() === value.toLowerCase())
      : undefined;
  if (!match)
    throw new GraphHttpError(
      400,
      'RequestBodyRead',
      `Cannot convert the literal '${JSON.stringify(value)}' to the expected type 'microsoft.graph.${name}'.`,
    );
  return match;
}

function eventDto(ctx: RouteContext, event: StoredEvent, owner: StoredUser) {
  const zone = preferredTimeZone(ctx.headers.prefer);
  return {
    '@odata.context': odataContext(ctx.graphBaseUrl, `users('${owner.id}')/events/$entity`),
    '@odata.etag': `W/"${Buffer.from(event.id + event.start + event.end + event.subject)
      .toString('base64')
      .slice(0, 24)}"`,
    id: event.id,
    subject: event.subject,
    bodyPreview: '',
    importance: 'normal',
    sensitivity: event.sensitivity,
    isAllDay: event.isAllDay,
    isCancelled: false,
    isOrganizer: true,
    showAs: event.showAs,
    type: 'singleInstance',
    start: dateTimeTimeZone(event.start, zone),
    end: dateTimeTimeZone(event.end, zone),
    location: { displayName: event.location, locationType: 'default', uniqueIdType: 'unknown' },
    organizer: { emailAddress: { name: owner.displayName, address: owner.mail } },
  };
}

/** Applies Graph event properties onto `event`, validating them; returns the result without storing it. */
function eventWithChanges(body: Record<string, unknown>, event: StoredEvent): StoredEvent {
  const next = { ...event };
  const subject = property(body, 'subject');
  if (subject !== undefined) next.subject = typeof subject === 'string' ? subject : '';
  const location = property(body, 'location');
  if (location !== undefined)
    next.location =
      isRecord(location) && typeof location.displayName === 'string' ? location.displayName : '';
  if (property(body, 'start') !== undefined)
    next.start = instantFromDateTimeTimeZone(
      property(body, 'start'),
      'ErrorInvalidRequest',
      'Start',
    ).toISOString();
  if (property(body, 'end') !== undefined)
    next.end = instantFromDateTimeTimeZone(
      property(body, 'end'),
      'ErrorInvalidRequest',
      'End',
    ).toISOString();
  next.showAs = enumValue(property(body, 'showAs'), showAsValues, 'freeBusyStatus') ?? next.showAs;
  next.sensitivity =
    enumValue(property(body, 'sensitivity'), sensitivityValues, 'sensitivity') ?? next.sensitivity;
  const isAllDay = property(body, 'isAllDay');
  if (isAllDay !== undefined) next.isAllDay = isAllDay === true;
  if (new Date(next.end).getTime() < new Date(next.start).getTime()) {
    throw new GraphHttpError(
      400,
      'ErrorInvalidRequest',
      'The end time of the event must be later than its start time.',
    );
  }
  return next;
}

function createEvent(ctx: RouteContext): RouteResult {
  const owner = targetUser(ctx);
  requireOwnMailbox(ctx, owner);
  const body = bodyObject(ctx);
  if (property(body, 'start') === undefined || property(body, 'end') === undefined) {
    throw new GraphHttpError(
      400,
      'ErrorInvalidRequest',
      'Your request requires a start and an end time.',
    );
  }
  const blank: StoredEvent = {
    id: `AAMkAGxpbmRlYnVyZw${Buffer.from(randomUUID().replaceAll('-', ''), 'hex').toString('base64url')}AAA=`,
    userId: owner.id,
    subject: '',
    location: '',
    start: '',
    end: '',
    showAs: 'busy',
    sensitivity: 'normal',
    isAllDay: false,
    origin: 'user',
  };
  const event = eventWithChanges(body, blank);
  ctx.state.events.push(event);
  ctx.markChanged();
  return { status: 201, body: eventDto(ctx, event, owner) };
}

function ownEvent(ctx: RouteContext): { owner: StoredUser; index: number; event: StoredEvent } {
  const owner = targetUser(ctx);
  requireOwnMailbox(ctx, owner);
  const index = ctx.state.events.findIndex(
    (event) => event.id === ctx.params.eventId && event.userId === owner.id,
  );
  const event = ctx.state.events[index];
  if (!event)
    throw new GraphHttpError(
      404,
      'ErrorItemNotFound',
      'The specified object was not found in the store.',
    );
  return { owner, index, event };
}

function getEvent(ctx: RouteContext): RouteResult {
  const { owner, event } = ownEvent(ctx);
  return { status: 200, body: eventDto(ctx, event, owner) };
}

function updateEvent(ctx: RouteContext): RouteResult {
  const { owner, index, event } = ownEvent(ctx);
  const next = eventWithChanges(bodyObject(ctx), event);
  ctx.state.events[index] = next;
  ctx.markChanged();
  return { status: 200, body: eventDto(ctx, next, owner) };
}

function deleteEvent(ctx: RouteContext): RouteResult {
  const { index } = ownEvent(ctx);
  ctx.state.events.splice(index, 1);
  ctx.markChanged();
  return { status: 204 };
}

// ---------- mailboxSettings ----------

const localeNames: Readonly<Record<string, string>> = {
  'nl-NL': 'Nederlands (Nederland)',
  'en-US': 'English (United States)',
  'en-GB': 'English (United Kingdom)',
};

function automaticRepliesDto(replies: StoredAutomaticReplies) {
  return {
    status: replies.status,
    externalAudience: replies.externalAudience,
    internalReplyMessage: replies.internalReplyMessage,
    externalReplyMessage: replies.externalReplyMessage,
    ...(replies.scheduledStartDateTime
      ? {
          scheduledStartDateTime: dateTimeTimeZone(replies.scheduledStartDateTime, {
            name: 'UTC',
            zone: 'UTC',
          }),
        }
      : {}),
    ...(replies.scheduledEndDateTime
      ? {
          scheduledEndDateTime: dateTimeTimeZone(replies.scheduledEndDateTime, {
            name: 'UTC',
            zone: 'UTC',
          }),
        }
      : {}),
  };
}

function mailboxSettingsDto(settings: StoredMailboxSettings) {
  return {
    archiveFolder: null,
    timeZone: settings.timeZone,
    automaticRepliesSetting: automaticRepliesDto(settings.automaticRepliesSetting),
    language: {
      locale: settings.language,
      displayName: localeNames[settings.language] ?? settings.language,
    },
    workingHours: workingHoursDto(settings.workingHours),
    dateFormat: 'd-M-yyyy',
    timeFormat: 'HH:mm',
    delegateMeetingMessageDeliveryOptions: 'sendToDelegateOnly',
    userPurpose: 'user',
  };
}

function ownMailboxSettings(ctx: RouteContext): {
  user: StoredUser;
  settings: StoredMailboxSettings;
} {
  const user = targetUser(ctx);
  requireOwnMailbox(ctx, user);
  const settings = ctx.state.mailboxSettings[user.id];
  if (!settings)
    throw new GraphHttpError(
      404,
      'ErrorNonExistentMailbox',
      `No mailbox is associated with user '${user.id}'.`,
    );
  return { user, settings };
}

function getMailboxSettings(ctx: RouteContext): RouteResult {
  const { user, settings } = ownMailboxSettings(ctx);
  return {
    status: 200,
    body: {
      '@odata.context': odataContext(ctx.graphBaseUrl, `users('${user.id}')/mailboxSettings`),
      ...mailboxSettingsDto(settings),
    },
  };
}

function getMailboxSetting(name: 'automaticRepliesSetting' | 'workingHours') {
  return (ctx: RouteContext): RouteResult => {
    const { user, settings } = ownMailboxSettings(ctx);
    const value =
      name === 'workingHours'
        ? workingHoursDto(settings.workingHours)
        : automaticRepliesDto(settings.automaticRepliesSetting);
    return {
      status: 200,
      body: {
        '@odata.context': odataContext(
          ctx.graphBaseUrl,
          `users('${user.id}')/mailboxSettings/${name}`,
        ),
        ...value,
      },
    };
  };
}

function validZoneName(value: unknown, property: string): string {
  if (typeof value !== 'string' || !ianaZoneFor(value)) {
    throw new GraphHttpError(
      400,
      'ErrorInvalidParameter',
      `The time zone '${String(value)}' in ${property} is not supported.`,
    );
  }
  return value;
}

function timeOfDay(value: unknown, name: string): string {
  const match =
    typeof value === 'string' ? /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,7})?)?$/.exec(value) : null;
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) {
    throw new GraphHttpError(
      400,
      'RequestBodyRead',
      `Cannot convert the literal '${JSON.stringify(value)}' to the expected type 'Edm.TimeOfDay' (${name}).`,
    );
  }
  return `${match[1]}:${match[2]}:${match[3] ?? '00'}.0000000`;
}

function patchWorkingHours(
  current: StoredWorkingHours,
  patch: Record<string, unknown>,
): StoredWorkingHours {
  const next = { ...current };
  const days = property(patch, 'daysOfWeek');
  if (days !== undefined) {
    if (!Array.isArray(days))
      throw new GraphHttpError(
        400,
        'RequestBodyRead',
        'workingHours.daysOfWeek must be a collection.',
      );
    next.daysOfWeek = days.map((day) => enumValue(day, weekdayNames, 'dayOfWeek') as string);
  }
  if (property(patch, 'startTime') !== undefined)
    next.startTime = timeOfDay(property(patch, 'startTime'), 'startTime');
  if (property(patch, 'endTime') !== undefined)
    next.endTime = timeOfDay(property(patch, 'endTime'), 'endTime');
  const zone = property(patch, 'timeZone');
  if (zone !== undefined)
    next.timeZone = validZoneName(isRecord(zone) ? zone.name : zone, 'workingHours.timeZone');
  if (next.endTime <= next.startTime)
    throw new GraphHttpError(
      400,
      'ErrorInvalidParameter',
      'workingHours.endTime must be later than startTime.',
    );
  return next;
}

function patchAutomaticReplies(
  current: StoredAutomaticReplies,
  patch: Record<string, unknown>,
): StoredAutomaticReplies {
  const next = { ...current };
  next.status =
    enumValue(
      property(patch, 'status'),
      ['disabled', 'alwaysEnabled', 'scheduled'] as const,
      'automaticRepliesStatus',
    ) ?? next.status;
  next.externalAudience =
    enumValue(
      property(patch, 'externalAudience'),
      ['none', 'contactsOnly', 'all'] as const,
      'externalAudienceScope',
    ) ?? next.externalAudience;
  const internal = property(patch, 'internalReplyMessage');
  if (typeof internal === 'string') next.internalReplyMessage = internal;
  const external = property(patch, 'externalReplyMessage');
  if (typeof external === 'string') next.externalReplyMessage = external;
  if (property(patch, 'scheduledStartDateTime') !== undefined) {
    next.scheduledStartDateTime = instantFromDateTimeTimeZone(
      property(patch, 'scheduledStartDateTime'),
      'ErrorInvalidParameter',
      'scheduledStartDateTime',
    ).toISOString();
  }
  if (property(patch, 'scheduledEndDateTime') !== undefined) {
    next.scheduledEndDateTime = instantFromDateTimeTimeZone(
      property(patch, 'scheduledEndDateTime'),
      'ErrorInvalidParameter',
      'scheduledEndDateTime',
    ).toISOString();
  }
  if (next.status === 'scheduled') {
    if (!next.scheduledStartDateTime || !next.scheduledEndDateTime) {
      throw new GraphHttpError(
        400,
        'ErrorInvalidParameter',
        'Scheduled automatic replies need scheduledStartDateTime and scheduledEndDateTime.',
      );
    }
    if (next.scheduledEndDateTime <= next.scheduledStartDateTime) {
      throw new GraphHttpError(
        400,
        'ErrorInvalidParameter',
        'The scheduledEndDateTime must be later than the scheduledStartDateTime.',
      );
    }
  }
  return next;
}

function updateMailboxSettings(ctx: RouteContext): RouteResult {
  const { user, settings } = ownMailboxSettings(ctx);
  const body = bodyObject(ctx);
  const next: StoredMailboxSettings = structuredClone(settings);
  const changed: Record<string, unknown> = {};
  const replies = property(body, 'automaticRepliesSetting');
  if (replies !== undefined) {
    if (!isRecord(replies))
      throw new GraphHttpError(
        400,
        'RequestBodyRead',
        'automaticRepliesSetting must be an object.',
      );
    next.automaticRepliesSetting = patchAutomaticReplies(next.automaticRepliesSetting, replies);
    changed.automaticRepliesSetting = automaticRepliesDto(next.automaticRepliesSetting);
  }
  const hours = property(body, 'workingHours');
  if (hours !== undefined) {
    if (!isRecord(hours))
      throw new GraphHttpError(400, 'RequestBodyRead', 'workingHours must be an object.');
    next.workingHours = patchWorkingHours(next.workingHours, hours);
    changed.workingHours = workingHoursDto(next.workingHours);
  }
  const timeZone = property(body, 'timeZone');
  if (timeZone !== undefined) {
    next.timeZone = validZoneName(timeZone, 'timeZone');
    changed.timeZone = next.timeZone;
  }
  const language = property(body, 'language');
  if (language !== undefined) {
    const locale = isRecord(language) ? language.locale : undefined;
    if (typeof locale !== 'string' || !/^[a-z]{2,3}-[A-Z]{2}$/.test(locale)) {
      throw new GraphHttpError(
        400,
        'ErrorInvalidParameter',
        `The language locale '${String(locale)}' is not valid.`,
      );
    }
    next.language = locale;
    changed.language = { locale, displayName: localeNames[locale] ?? locale };
  }
  ctx.state.mailboxSettings[user.id] = next;
  ctx.markChanged();
  return {
    status: 200,
    body: {
      '@odata.context': odataContext(ctx.graphBaseUrl, `users('${user.id}')/mailboxSettings`),
      ...changed,
    },
  };
}

export const calendarRoutes: readonly Route[] = [
  {
    method: 'POST',
    pattern: '/users/:id/calendar/getSchedule',
    anyOfScopes: readCalendarScopes,
    handler: getSchedule,
  },
  {
    method: 'POST',
    pattern: '/users/:id/events',
    anyOfScopes: writeCalendarScopes,
    handler: createEvent,
  },
  {
    method: 'POST',
    pattern: '/users/:id/calendar/events',
    anyOfScopes: writeCalendarScopes,
    handler: createEvent,
  },
  {
    method: 'GET',
    pattern: '/users/:id/events/:eventId',
    anyOfScopes: ['Calendars.Read', 'Calendars.ReadWrite'],
    handler: getEvent,
  },
  {
    method: 'PATCH',
    pattern: '/users/:id/events/:eventId',
    anyOfScopes: writeCalendarScopes,
    handler: updateEvent,
  },
  {
    method: 'DELETE',
    pattern: '/users/:id/events/:eventId',
    anyOfScopes: writeCalendarScopes,
    handler: deleteEvent,
  },
  {
    method: 'GET',
    pattern: '/users/:id/mailboxSettings',
    anyOfScopes: ['MailboxSettings.Read', 'MailboxSettings.ReadWrite'],
    handler: getMailboxSettings,
  },
  {
    method: 'GET',
    pattern: '/users/:id/mailboxSettings/automaticRepliesSetting',
    anyOfScopes: ['MailboxSettings.Read', 'MailboxSettings.ReadWrite'],
    handler: getMailboxSetting('automaticRepliesSetting'),
  },
  {
    method: 'GET',
    pattern: '/users/:id/mailboxSettings/workingHours',
    anyOfScopes: ['MailboxSettings.Read', 'MailboxSettings.ReadWrite'],
    handler: getMailboxSetting('workingHours'),
  },
  {
    method: 'PATCH',
    pattern: '/users/:id/mailboxSettings',
    anyOfScopes: ['MailboxSettings.ReadWrite'],
    handler: updateMailboxSettings,
  },
];
