// getSchedule: free/busy per mailbox, with what each caller may see of each event.
import { GraphHttpError } from '../../http';
import type { RouteContext, RouteResult } from '../../http';
import { odataContext } from '../../odata';
import type { EmulatorState, StoredEvent, StoredUser } from '../../store';
import { instantFromDateTimeTimeZone, preferredTimeZone } from '../../time';
import { bodyObject, findUserByAddress, property, targetUser } from '../resource-helpers';
import { availabilityViewFor } from './availability-view';
import { dateTimeTimeZone, workingHoursDto } from './dtos';

export const maxSchedulesPerRequest = 20;
export const maxScheduleWindowDays = 62;

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
  callerId: string,
  user: StoredUser,
  scheduleId: string,
  start: Date,
  end: Date,
  interval: number,
  zone: { name: string; zone: string },
) {
  const events = eventsOf(state, user.id, start, end);
  // The "My Organization" calendarPermission decides, at once: limitedRead and up add subject, location and isPrivate;
  // freeBusyRead gives status, start and end (as the getSchedule examples show); a private item never shows its
  // subject to colleagues. The owner sees their own calendar in full. `none` shares not even free/busy (see below).
  const showDetails =
    user.id === callerId ||
    (user.calendarSharing !== 'freeBusyRead' && user.calendarSharing !== 'none');
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

export function getSchedule(ctx: RouteContext): RouteResult {
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
    if (user.calendarSharing === 'none' && user.id !== ctx.caller.userId) {
      return {
        scheduleId: address,
        availabilityView: '',
        error: {
          message: `You do not have permission to view the free/busy information of '${address}'.`,
          responseCode: 'ErrorNoFreeBusyAccess',
        },
        scheduleItems: [],
      };
    }
    return scheduleInformationFor(
      ctx.state,
      ctx.caller.userId,
      user,
      address,
      start,
      end,
      interval,
      zone,
    );
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
