// Event properties from a request body, validated as Graph does.
import { GraphHttpError } from '../../http';
import type { ShowAs, StoredAttendee, StoredEvent } from '../../store';
import { instantFromDateTimeTimeZone } from '../../time';
import { isRecord, property } from '../resource-helpers';

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

export function enumValue<T extends string>(
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
export function eventWithChanges(
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
