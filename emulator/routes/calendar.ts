// Calendar: getSchedule (free/busy with visibility rules), event create/update/delete, mailboxSettings.
import { randomUUID } from 'node:crypto';
import { GraphHttpError } from '../http';
import type { Route, RouteContext, RouteResult } from '../http';
import { odataContext } from '../odata';
import type {
  EmulatorState,
  ShowAs,
  StoredAttendee,
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
    timeZone: hours.customTimeZone
      ? structuredClone(hours.customTimeZone)
      : { name: hours.timeZone },
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
  // Subject, location and isPrivate come only with a calendar shared with details; a free/busy-only calendar gives
  // status, start and end (as the getSchedule examples show), and a private item never shows its subject.
  const scheduleItems = events.map((event) => {
    const isPrivate = event.sensitivity === 'private';
    return {
      ...(showDetails ? { isPrivate } : {}),
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

const neverTime = '0001-01-01T00:00:00Z';

function eventChangeKey(event: StoredEvent): string {
  return Buffer.from(
    event.id + event.start + event.end + event.subject + (event.lastModifiedDateTime ?? ''),
  )
    .toString('base64')
    .slice(0, 24);
}

function htmlBody(content: string): string {
  return /^\s*<html/i.test(content) ? content : `<html><head></head><body>${content}</body></html>`;
}

function bodyPreview(body: StoredEvent['body']): string {
  if (!body) return '';
  const text =
    body.contentType === 'html'
      ? body.content
          .replace(/<head>[\s\S]*?<\/head>/gi, '')
          .replace(/<[^>]*>/g, ' ')
          .replace(/\s+/g, ' ')
          .trim()
      : body.content;
  return text.slice(0, 255);
}

/** An event as Graph returns it, with the defaults Exchange fills in for what the emulator does not model. */
function eventDto(ctx: RouteContext, event: StoredEvent, owner: StoredUser) {
  const zone = preferredTimeZone(ctx.headers.prefer);
  const changeKey = eventChangeKey(event);
  const created = event.createdDateTime ?? `${ctx.state.seedWeekStart}T00:00:00.0000000Z`;
  const hasLocation = event.location.trim() !== '';
  return {
    '@odata.context': odataContext(ctx.graphBaseUrl, `users('${owner.id}')/events/$entity`),
    '@odata.etag': `W/"${changeKey}"`,
    id: event.id,
    createdDateTime: created,
    lastModifiedDateTime: event.lastModifiedDateTime ?? created,
    changeKey,
    categories: [...(event.categories ?? [])],
    originalStartTimeZone: event.originalStartTimeZone ?? 'UTC',
    originalEndTimeZone: event.originalEndTimeZone ?? 'UTC',
    iCalUId: `040000008200E00074C5B7101A82E008${Buffer.from(event.id).toString('hex').slice(0, 64).toUpperCase()}`,
    reminderMinutesBeforeStart: event.reminderMinutesBeforeStart ?? 15,
    isReminderOn: event.isReminderOn ?? true,
    hasAttachments: false,
    subject: event.subject,
    bodyPreview: bodyPreview(event.body),
    importance: event.importance ?? 'normal',
    sensitivity: event.sensitivity,
    isAllDay: event.isAllDay,
    isCancelled: false,
    isOrganizer: true,
    responseRequested: event.responseRequested ?? true,
    seriesMasterId: null,
    showAs: event.showAs,
    type: 'singleInstance',
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(event.id)}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: event.isOnlineMeeting ?? false,
    onlineMeetingProvider: event.onlineMeetingProvider ?? 'unknown',
    onlineMeeting: event.isOnlineMeeting
      ? {
          joinUrl: `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(event.id)}`,
        }
      : null,
    hideAttendees: event.hideAttendees ?? false,
    responseStatus: { response: 'organizer', time: neverTime },
    body: event.body
      ? {
          contentType: event.body.contentType,
          content:
            event.body.contentType === 'html' ? htmlBody(event.body.content) : event.body.content,
        }
      : { contentType: 'html', content: '' },
    start: dateTimeTimeZone(event.start, zone),
    end: dateTimeTimeZone(event.end, zone),
    location: hasLocation
      ? {
          displayName: event.location,
          locationType: 'default',
          uniqueId: event.location,
          uniqueIdType: 'private',
        }
      : { displayName: '', locationType: 'default', uniqueIdType: 'unknown' },
    locations: hasLocation
      ? [{ displayName: event.location, locationType: 'default', uniqueIdType: 'unknown' }]
      : [],
    recurrence: null,
    attendees: (event.attendees ?? []).map((attendee) => ({
      type: attendee.type,
      status: { response: 'none', time: neverTime },
      emailAddress: { ...attendee.emailAddress },
    })),
    organizer: { emailAddress: { name: owner.displayName, address: owner.mail } },
  };
}

function invalidEventProperty(name: string, value: unknown, type: string): GraphHttpError {
  return new GraphHttpError(
    400,
    'RequestBodyRead',
    `Cannot convert the literal '${JSON.stringify(value)}' to the expected type '${type}' (${name}).`,
  );
}

function booleanProperty(body: Record<string, unknown>, name: string): boolean | undefined {
  const value = property(body, name);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw invalidEventProperty(name, value, 'Edm.Boolean');
  return value;
}

function attendeesFrom(value: unknown): StoredAttendee[] {
  if (!Array.isArray(value))
    throw invalidEventProperty('attendees', value, 'Collection(microsoft.graph.attendee)');
  return value.map((entry) => {
    const address = isRecord(entry) && isRecord(entry.emailAddress) ? entry.emailAddress : null;
    if (!address || typeof address.address !== 'string' || address.address.trim() === '')
      throw new GraphHttpError(
        400,
        'ErrorInvalidRequest',
        'An attendee needs an emailAddress with an address.',
      );
    return {
      type:
        enumValue(
          isRecord(entry) ? entry.type : undefined,
          ['required', 'optional', 'resource'] as const,
          'attendeeType',
        ) ?? 'required',
      emailAddress: {
        name: typeof address.name === 'string' ? address.name : address.address,
        address: address.address,
      },
    };
  });
}

/** Applies Graph event properties onto `event`, validating them; returns the result without storing it. */
function eventWithChanges(
  body: Record<string, unknown>,
  event: StoredEvent,
  now: Date,
): StoredEvent {
  const next: StoredEvent = { ...event, lastModifiedDateTime: now.toISOString() };
  const subject = property(body, 'subject');
  if (subject !== undefined) next.subject = typeof subject === 'string' ? subject : '';
  const location = property(body, 'location');
  if (location !== undefined)
    next.location =
      isRecord(location) && typeof location.displayName === 'string' ? location.displayName : '';
  const start = property(body, 'start');
  if (start !== undefined) {
    next.start = instantFromDateTimeTimeZone(start, 'ErrorInvalidRequest', 'Start').toISOString();
    if (isRecord(start) && typeof start.timeZone === 'string')
      next.originalStartTimeZone = start.timeZone;
  }
  const end = property(body, 'end');
  if (end !== undefined) {
    next.end = instantFromDateTimeTimeZone(end, 'ErrorInvalidRequest', 'End').toISOString();
    if (isRecord(end) && typeof end.timeZone === 'string') next.originalEndTimeZone = end.timeZone;
  }
  next.showAs = enumValue(property(body, 'showAs'), showAsValues, 'freeBusyStatus') ?? next.showAs;
  next.sensitivity =
    enumValue(property(body, 'sensitivity'), sensitivityValues, 'sensitivity') ?? next.sensitivity;
  next.importance =
    enumValue(property(body, 'importance'), ['low', 'normal', 'high'] as const, 'importance') ??
    next.importance;
  const isAllDay = property(body, 'isAllDay');
  if (isAllDay !== undefined) next.isAllDay = isAllDay === true;
  const eventBody = property(body, 'body');
  if (eventBody !== undefined && eventBody !== null) {
    if (!isRecord(eventBody))
      throw invalidEventProperty('body', eventBody, 'microsoft.graph.itemBody');
    next.body = {
      contentType:
        enumValue(eventBody.contentType, ['text', 'html'] as const, 'bodyType') ?? 'text',
      content: typeof eventBody.content === 'string' ? eventBody.content : '',
    };
  }
  const attendees = property(body, 'attendees');
  if (attendees !== undefined && attendees !== null) next.attendees = attendeesFrom(attendees);
  const categories = property(body, 'categories');
  if (categories !== undefined && categories !== null) {
    if (!Array.isArray(categories) || !categories.every((category) => typeof category === 'string'))
      throw invalidEventProperty('categories', categories, 'Collection(Edm.String)');
    next.categories = categories;
  }
  const reminder = property(body, 'reminderMinutesBeforeStart');
  if (reminder !== undefined && reminder !== null) {
    if (typeof reminder !== 'number' || !Number.isInteger(reminder) || reminder < 0)
      throw invalidEventProperty('reminderMinutesBeforeStart', reminder, 'Edm.Int32');
    next.reminderMinutesBeforeStart = reminder;
  }
  next.isReminderOn = booleanProperty(body, 'isReminderOn') ?? next.isReminderOn;
  next.responseRequested = booleanProperty(body, 'responseRequested') ?? next.responseRequested;
  next.isOnlineMeeting = booleanProperty(body, 'isOnlineMeeting') ?? next.isOnlineMeeting;
  next.hideAttendees = booleanProperty(body, 'hideAttendees') ?? next.hideAttendees;
  next.onlineMeetingProvider =
    enumValue(
      property(body, 'onlineMeetingProvider'),
      ['teamsForBusiness', 'skypeForBusiness', 'skypeForConsumer', 'unknown'] as const,
      'onlineMeetingProviderType',
    ) ?? next.onlineMeetingProvider;
  for (const name of ['originalStartTimeZone', 'originalEndTimeZone'] as const) {
    const value = property(body, name);
    if (typeof value === 'string') next[name] = value;
  }
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
  const event = eventWithChanges(body, blank, ctx.now());
  event.createdDateTime = event.lastModifiedDateTime;
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
  const next = eventWithChanges(bodyObject(ctx), event, ctx.now());
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

function validZoneName(value: unknown, property: string, code = 'ErrorInvalidParameter'): string {
  if (typeof value !== 'string' || !ianaZoneFor(value)) {
    throw new GraphHttpError(
      400,
      code,
      code === 'InvalidTimeZone'
        ? 'Time Zone settings provided are invalid.'
        : `The time zone '${String(value)}' in ${property} is not supported.`,
    );
  }
  return value;
}

const customTimeZoneType = '#microsoft.graph.customTimeZone';

function invalidTimeZone(): GraphHttpError {
  return new GraphHttpError(400, 'InvalidTimeZone', 'Time Zone settings provided are invalid.');
}

/** A standardTimeZoneOffset / daylightTimeZoneOffset of a custom time zone, with Graph's lower-case day names. */
function timeZoneOffset(value: unknown, daylight: boolean): Record<string, unknown> {
  if (!isRecord(value)) throw invalidTimeZone();
  const numbers = ['dayOccurrence', 'month', 'year', ...(daylight ? ['daylightBias'] : [])];
  const result: Record<string, unknown> = {};
  if (daylight) result.daylightBias = property(value, 'daylightBias');
  result.time = timeOfDay(property(value, 'time') ?? '00:00:00', 'time');
  for (const name of numbers) {
    const number = property(value, name);
    if (number !== undefined && (typeof number !== 'number' || !Number.isInteger(number)))
      throw invalidTimeZone();
    result[name] = number ?? 0;
  }
  const day = property(value, 'dayOfWeek');
  if (day !== undefined) {
    const match =
      typeof day === 'string'
        ? weekdayNames.find((name) => name.toLowerCase() === day.toLowerCase())
        : undefined;
    if (!match) throw invalidTimeZone();
    result.dayOfWeek = match;
  }
  return result;
}

/** `#microsoft.graph.customTimeZone` as mailboxSettings accepts it for working hours. */
function customTimeZone(value: Record<string, unknown>): Record<string, unknown> {
  const bias = property(value, 'bias');
  const name = property(value, 'name');
  if (
    typeof bias !== 'number' ||
    !Number.isInteger(bias) ||
    typeof name !== 'string' ||
    !name.trim()
  )
    throw invalidTimeZone();
  const result: Record<string, unknown> = { '@odata.type': customTimeZoneType, bias, name };
  const standard = property(value, 'standardOffset');
  if (standard !== undefined) result.standardOffset = timeZoneOffset(standard, false);
  const daylight = property(value, 'daylightOffset');
  if (daylight !== undefined) result.daylightOffset = timeZoneOffset(daylight, true);
  return result;
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
    next.daysOfWeek = days.map((day) => {
      const match =
        typeof day === 'string'
          ? weekdayNames.find((name) => name.toLowerCase() === day.toLowerCase())
          : undefined;
      if (!match)
        throw new GraphHttpError(
          400,
          'InvalidArguments',
          `Requested value '${String(day)}' was not found.`,
        );
      return match;
    });
  }
  if (property(patch, 'startTime') !== undefined)
    next.startTime = timeOfDay(property(patch, 'startTime'), 'startTime');
  if (property(patch, 'endTime') !== undefined)
    next.endTime = timeOfDay(property(patch, 'endTime'), 'endTime');
  const zone = property(patch, 'timeZone');
  if (zone !== undefined) {
    if (isRecord(zone) && property(zone, '@odata.type') === customTimeZoneType) {
      const custom = customTimeZone(zone);
      next.customTimeZone = custom;
      next.timeZone = custom.name as string;
    } else {
      next.timeZone = validZoneName(
        isRecord(zone) ? property(zone, 'name') : zone,
        'workingHours.timeZone',
        'InvalidTimeZone',
      );
      delete next.customTimeZone;
    }
  }
  if (next.endTime <= next.startTime)
    throw new GraphHttpError(
      400,
      'ErrorInvalidTimeSettings',
      'Start Time should occur before End Time.',
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
