// PATCHes of working hours and automatic replies, validated as Exchange does.
import { GraphHttpError } from '../../http';
import type { StoredAutomaticReplies, StoredWorkingHours } from '../../store';
import { instantFromDateTimeTimeZone, weekdayNames } from '../../time';
import { isRecord, property } from '../resource-helpers';
import { customTimeZone, customTimeZoneType, timeOfDay, validZoneName } from './time-zone-values';
import { enumValue } from './event-changes';

export function patchWorkingHours(
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

export function patchAutomaticReplies(
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
