// The raw signals read once into what the availability rules need (never throws on odd input), and the
// absence periods every rule shares.
import type { Instant } from '../time';
import { earlierInstant } from '../time';
import type {
  AvailabilitySignals,
  CalendarAccess,
  CalendarItemView,
  PresenceDetail,
  RegisteredAbsence,
} from './availability-types';
import type { TimeInterval } from './intervals';
import { OPEN_END, OPEN_START, intervalContains, mergeIntervals } from './intervals';
import { plainTextOf } from './plain-text';
import type { ScheduleStatus } from './signal-normalizers';
import {
  normalizeActivity,
  normalizeAutomaticRepliesStatus,
  normalizeAvailability,
  normalizeScheduleStatus,
} from './signal-normalizers';
import type { ResolvedWorkingHours } from './working-hours';
import { resolveWorkingHours } from './working-hours';

/** Statuses that make a calendar block (they merge into one contiguous busy period). */
export const BLOCKING_STATUSES: ReadonlySet<ScheduleStatus> = new Set(['busy', 'tentative', 'oof']);

/** A calendar item as read: the same shape the card shows. */
export type NormalizedItem = CalendarItemView;

/** Everything the rules need, read once from the raw signals; never throws on odd input. */
export type ReadSignals = {
  calendarAccess: CalendarAccess;
  items: NormalizedItem[];
  absences: RegisteredAbsence[];
  presence: PresenceDetail | null;
  presenceOutOfOffice: boolean;
  automaticRepliesIntervals: TimeInterval[];
  automaticRepliesMessage: string | null;
  workingHours: ResolvedWorkingHours | null;
};

/** The list, or empty when a sloppy mapper passed something else. */
const listOf = <T>(value: readonly T[] | null | undefined): readonly T[] =>
  Array.isArray(value) ? (value as readonly T[]) : [];

export const isInstant = (value: unknown): value is Instant =>
  typeof value === 'number' && !Number.isNaN(value);

export const nonEmptyText = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

export const readSignals = (signals: AvailabilitySignals): ReadSignals => {
  const calendar = signals.calendar;
  const calendarAccess: CalendarAccess =
    calendar && (calendar.access === 'details' || calendar.access === 'freeBusy')
      ? calendar.access
      : 'none';
  const items: NormalizedItem[] =
    calendar && calendarAccess !== 'none'
      ? listOf(calendar.items)
          .filter(
            (item) => item && isInstant(item.start) && isInstant(item.end) && item.end > item.start,
          )
          .map((item) => {
            const visibility =
              calendarAccess === 'details' && item.isPrivate !== true ? 'details' : 'hidden';
            const view: NormalizedItem = {
              start: item.start,
              end: item.end,
              status: normalizeScheduleStatus(item.status),
              visibility,
            };
            const subject = nonEmptyText(item.subject);
            const location = nonEmptyText(item.location);
            if (visibility === 'details' && subject !== undefined) view.subject = subject;
            if (visibility === 'details' && location !== undefined) view.location = location;
            return view;
          })
          .sort((a, b) => a.start - b.start)
      : [];

  const absences = listOf(signals.registeredAbsences).filter(
    (absence) => absence && absence.personId === signals.personId && isInstant(absence.from),
  );

  const rawPresence = signals.presence;
  const presence: PresenceDetail | null = rawPresence
    ? {
        availability: normalizeAvailability(rawPresence.availability),
        activity: normalizeActivity(rawPresence.activity),
      }
    : null;
  const presenceOutOfOffice =
    rawPresence !== null &&
    (rawPresence.isOutOfOffice === true || presence?.activity === 'outOfOffice');

  const replies = signals.automaticReplies;
  const repliesStatus = replies ? normalizeAutomaticRepliesStatus(replies.status) : 'disabled';
  const automaticRepliesIntervals: TimeInterval[] =
    repliesStatus === 'alwaysEnabled'
      ? [{ start: OPEN_START, end: OPEN_END }]
      : repliesStatus === 'scheduled' && replies
        ? [
            {
              start: isInstant(replies.start) ? replies.start : OPEN_START,
              end: isInstant(replies.end) ? replies.end : OPEN_END,
            },
          ]
        : [];

  return {
    calendarAccess,
    items,
    absences,
    presence,
    presenceOutOfOffice,
    automaticRepliesIntervals,
    automaticRepliesMessage: replies ? plainTextOf(replies.message) : null,
    workingHours: resolveWorkingHours(signals.workingHours),
  };
};

/** The effective period of a registered absence: ends at the expected end or when ended, whichever first. */
export const absencePeriod = (absence: RegisteredAbsence): TimeInterval => {
  const expectedEnd = isInstant(absence.expectedUntil) ? absence.expectedUntil : OPEN_END;
  const end = isInstant(absence.endedAt)
    ? earlierInstant(expectedEnd, absence.endedAt)
    : expectedEnd;
  return { start: absence.from, end };
};

/** The registered absence that decides at t when several cover it: the one that lasts longest. */
export const decidingAbsenceAt = (
  absences: readonly RegisteredAbsence[],
  at: Instant,
): { absence: RegisteredAbsence; period: TimeInterval } | undefined =>
  absences
    .map((absence) => ({ absence, period: absencePeriod(absence) }))
    .filter(({ period }) => intervalContains(period, at))
    .sort((a, b) => b.period.end - a.period.end || b.period.start - a.period.start)[0];

/** Every absence signal with a known period, merged: registered absences, oof items, automatic replies. */
export const absenceBlocks = (read: ReadSignals): TimeInterval[] =>
  mergeIntervals([
    ...read.absences.map(absencePeriod),
    ...read.items.filter((item) => item.status === 'oof'),
    ...read.automaticRepliesIntervals,
  ]);
