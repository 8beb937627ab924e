// Graph DTOs (getSchedule, presence, mail tips, the absences list) → the domain's availability signals.
// Nothing here trusts a DTO's shape: missing or odd values become null or 'unknown', never a crash.
import type {
  DateTimeTimeZone,
  MailTips,
  Presence as GraphPresence,
  ScheduleInformation,
  ScheduleItem,
  WorkingHours as GraphWorkingHours,
} from '@microsoft/microsoft-graph-types';
import type { absencesList } from '../../../schema/lists';
import type {
  AutomaticReplies,
  Calendar,
  CalendarItem,
  Presence,
  RegisteredAbsence,
  Substitute,
  WorkingHours,
} from '../../domain/availability';
import { normalizeActivity, normalizeAvailability } from '../../domain/availability';
import type { Instant } from '../../domain/time';
import {
  instantAtWallClock,
  instantFromIso,
  parseLocalDate,
  resolveTimeZone,
} from '../../domain/time';
import type { ListRecord } from '../lists';
import { ianaZoneOfWindowsZone } from '../../../schema/windows-time-zones';

/** A zone name as Graph gives it (Windows, as Exchange keeps it, or IANA) as a usable IANA zone. */
const zoneFromGraph = (name: string): string =>
  resolveTimeZone(ianaZoneOfWindowsZone(name) ?? name);

/**
 * Graph's `dateTimeTimeZone` as an instant: UTC (what we ask for with `Prefer: outlook.timezone="UTC"`), an IANA
 * zone or a Windows zone name; an offset inside `dateTime` wins. Null when unreadable.
 * @example instantFromDateTimeTimeZone({ dateTime: '2026-11-23T08:00:00.0000000', timeZone: 'UTC' }) // 2026-11-23T08:00:00Z
 * @example instantFromDateTimeTimeZone({ dateTime: '2026-11-23T09:00:00', timeZone: 'W. Europe Standard Time' }) // 2026-11-23T08:00:00Z
 */
export function instantFromDateTimeTimeZone(
  value: DateTimeTimeZone | null | undefined,
): Instant | null {
  const dateTime = value?.dateTime?.trim();
  if (!dateTime) return null;
  const withOffset = instantFromIso(dateTime);
  if (withOffset !== null) return withOffset;
  const zone = (value?.timeZone ?? 'UTC').trim();
  if (zone === '' || /^(utc|gmt|etc\/utc|coordinated universal time)$/i.test(zone))
    return instantFromIso(`${dateTime}Z`);
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?$/.exec(dateTime);
  const date = match ? parseLocalDate(match[1] as string) : null;
  if (!match || date === null) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  const seconds = Number(match[4] ?? 0) + Number(`0.${match[5] ?? '0'}`);
  return (instantAtWallClock(date, minutes, zoneFromGraph(zone)) + seconds * 1000) as Instant;
}

function calendarItemFrom(item: ScheduleItem, access: 'details' | 'freeBusy'): CalendarItem | null {
  const start = instantFromDateTimeTimeZone(item.start);
  const end = instantFromDateTimeTimeZone(item.end);
  if (start === null || end === null || end <= start) return null;
  const isPrivate = item.isPrivate === true;
  const showDetails = access === 'details' && !isPrivate;
  return {
    start,
    end,
    status: typeof item.status === 'string' ? item.status : 'unknown',
    isPrivate,
    ...(showDetails && typeof item.subject === 'string' ? { subject: item.subject } : {}),
    ...(showDetails && typeof item.location === 'string' && item.location !== ''
      ? { location: item.location }
      : {}),
  };
}

/**
 * How much of the calendar we were given. Graph sends `subject`, `location` and `isPrivate` only for a calendar
 * shared with details; a free/busy-only calendar gives status and times. With no items at all, there is nothing to
 * tell them apart, and the calendar counts as readable with details (there is nothing hidden to show).
 */
export function calendarAccessOf(items: readonly ScheduleItem[]): 'details' | 'freeBusy' {
  if (items.length === 0) return 'details';
  const detailed = items.some(
    (item) =>
      item.isPrivate !== undefined || item.subject !== undefined || item.location !== undefined,
  );
  return detailed ? 'details' : 'freeBusy';
}

function workingHoursFrom(hours: GraphWorkingHours | null | undefined): WorkingHours | null {
  if (!hours || !Array.isArray(hours.daysOfWeek) || !hours.startTime || !hours.endTime) return null;
  const zone = hours.timeZone?.name ?? undefined;
  return {
    daysOfWeek: (hours.daysOfWeek as unknown[]).filter(
      (day): day is string => typeof day === 'string',
    ),
    startTime: hours.startTime,
    endTime: hours.endTime,
    ...(zone ? { timeZone: zoneFromGraph(zone) } : {}),
  };
}

export type ScheduleSignals = {
  calendar: Calendar | null;
  workingHours: WorkingHours | null;
};

/**
 * One `scheduleInformation` as calendar and working hours; a per-schedule `error` gives no calendar.
 * @example scheduleSignalsFrom({ scheduleId: 'a@x', scheduleItems: [{ status: 'busy', start, end }] })
 * // { calendar: { access: 'freeBusy', items: [{ status: 'busy', isPrivate: false, … }] }, workingHours: null }
 */
export function scheduleSignalsFrom(info: ScheduleInformation): ScheduleSignals {
  if (info.error) return { calendar: null, workingHours: workingHoursFrom(info.workingHours) };
  const raw = Array.isArray(info.scheduleItems) ? info.scheduleItems : [];
  const access = calendarAccessOf(raw);
  const items = raw
    .map((item) => calendarItemFrom(item, access))
    .filter((item): item is CalendarItem => item !== null);
  return { calendar: { access, items }, workingHours: workingHoursFrom(info.workingHours) };
}

/**
 * Teams presence as the domain's raw-string presence (the rules normalise case and unknown values); null when
 * both availability and activity are unknown ('PresenceUnknown') and the person is not out of office.
 * @example presenceFrom({ availability: 'Busy', activity: 'InACall' }) // { availability: 'Busy', activity: 'InACall', isOutOfOffice: false }
 */
export function presenceFrom(presence: GraphPresence | null | undefined): Presence | null {
  if (!presence) return null;
  const isOutOfOffice = presence.outOfOfficeSettings?.isOutOfOffice === true;
  // 'PresenceUnknown' (Graph's answer for an id it cannot resolve) tells nothing: no presence signal.
  if (
    !isOutOfOffice &&
    normalizeAvailability(presence.availability) === 'unknown' &&
    normalizeActivity(presence.activity) === 'unknown'
  )
    return null;
  return {
    availability: typeof presence.availability === 'string' ? presence.availability : 'unknown',
    activity: typeof presence.activity === 'string' ? presence.activity : 'unknown',
    isOutOfOffice,
  };
}

/**
 * The automatic-replies mail tip: an empty message means none are being sent now; a scheduled window gives start and
 * end; a message without a window is "always on". Null when the tip has an error or lacks automaticReplies.
 * @example automaticRepliesFrom({ automaticReplies: { message: '' } }) // { status: 'disabled' }
 */
export function automaticRepliesFrom(tips: MailTips | null | undefined): AutomaticReplies | null {
  if (!tips || tips.error || !tips.automaticReplies) return null;
  const { message, scheduledStartTime, scheduledEndTime } = tips.automaticReplies;
  if (typeof message !== 'string' || message.trim() === '') return { status: 'disabled' };
  const start = instantFromDateTimeTimeZone(scheduledStartTime);
  const end = instantFromDateTimeTimeZone(scheduledEndTime);
  if (start === null && end === null) return { status: 'alwaysEnabled', message };
  return {
    status: 'scheduled',
    message,
    ...(start !== null ? { start } : {}),
    ...(end !== null ? { end } : {}),
  };
}

export type AbsenceRecord = ListRecord<typeof absencesList>;

function substituteFrom(personId: string | null, mailbox: string | null): Substitute | undefined {
  if (personId) return { kind: 'person', personId };
  if (mailbox) return { kind: 'teamMailbox', mailbox };
  return undefined;
}

/**
 * An absences-list record as a registered absence (without the kind: that lives in the reasons list).
 * @example registeredAbsenceFrom(record) // { id: '1', personId: 'p1', from, expectedUntil: 'unknown', substituteForCalls: { kind: 'person', personId: 'p2' } }
 */
export function registeredAbsenceFrom(record: AbsenceRecord, kind?: string): RegisteredAbsence {
  const fields = record.fields;
  const calls = substituteFrom(fields.CallsSubstituteId, null);
  const callbacks = substituteFrom(fields.CallbacksSubstituteId, fields.CallbacksSubstituteMailbox);
  return {
    id: record.id,
    personId: fields.PersonId,
    from: fields.StartsAt,
    expectedUntil: fields.ExpectedUntil ?? 'unknown',
    ...(fields.EndedAt !== null ? { endedAt: fields.EndedAt } : {}),
    ...(kind !== undefined ? { kind } : {}),
    ...(calls ? { substituteForCalls: calls } : {}),
    ...(callbacks ? { substituteForCallbacks: callbacks } : {}),
    ...(fields.NoteForFrontOffice ? { noteForFrontOffice: fields.NoteForFrontOffice } : {}),
  };
}

/** The person ids that substitute in any of the absences (for calls or callbacks), each once. */
export function substituteIdsOf(absences: readonly RegisteredAbsence[]): string[] {
  const ids = new Set<string>();
  for (const absence of absences)
    for (const substitute of [absence.substituteForCalls, absence.substituteForCallbacks])
      if (substitute?.kind === 'person') ids.add(substitute.personId);
  return [...ids];
}
