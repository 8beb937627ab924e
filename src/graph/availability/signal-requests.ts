// The sub-requests one signals fetch is made of: getSchedule (20 people per call), presence (650), mail tips (50)
// and one query of the registered absences.
import { absencesList } from '../../../schema/lists';
import { DAY_MS, instantFromEpochMs, isoFromInstant, startOfLocalDay } from '../../domain/time';
import type { Instant } from '../../domain/time';
import type { BatchRequest } from '../batch';
import { listItemsUrl, odataString } from '../lists';
import type { SiteLocator } from '../lists';

/** A person whose signals are wanted: directory id (presence, absences) and mail address (schedule, mail tips). */
export type PersonRef = { id: string; mail: string };

/** The kinds of signal one fetch can ask for. */
export type SignalKind = 'schedule' | 'presence' | 'mailTips' | 'absences';
export const allSignalKinds: readonly SignalKind[] = [
  'schedule',
  'presence',
  'mailTips',
  'absences',
];

export const scheduleChunkSize = 20;
export const presenceChunkSize = 650;
/**
 * Recipients per getMailTips. Graph's reference names no limit; Exchange reports its own as
 * MaxRecipientsPerGetMailTipsRequest. 50 stays well inside what Exchange Online and the emulator (100) accept.
 */
export const mailTipsChunkSize = 50;
/** The schedule window: today (Amsterdam) and the next 6 days, so out-of-office periods and "until" are known. */
export const scheduleWindowDays = 7;
const availabilityViewInterval = 15;

/**
 * Splits a list into chunks of at most `size`.
 * @example chunked([1, 2, 3], 2) // [[1, 2], [3]]
 */
export function chunked<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    chunks.push(items.slice(start, start + size));
  return chunks;
}

/**
 * The getSchedule window for `now`: start of today in Europe/Amsterdam, seven days long.
 * @example scheduleWindow(new Date('2026-11-25T10:00:00Z')) // { start: 2026-11-24T23:00:00Z, end: 2026-12-01T23:00:00Z }
 */
export function scheduleWindow(now: Date): { start: Instant; end: Instant } {
  const start = startOfLocalDay(instantFromEpochMs(now.getTime()));
  return { start, end: instantFromEpochMs(start + scheduleWindowDays * DAY_MS) };
}

export function utcDateTime(instant: Instant) {
  return { dateTime: isoFromInstant(instant).replace(/Z$/, ''), timeZone: 'UTC' };
}
export const utcPreference = { Prefer: 'outlook.timezone="UTC"' };
export function scheduleBody(mails: readonly string[], now: Date) {
  const window = scheduleWindow(now);
  return {
    schedules: mails,
    startTime: utcDateTime(window.start),
    endTime: utcDateTime(window.end),
    availabilityViewInterval,
  };
}
export function mailTipsBody(mails: readonly string[]) {
  return { EmailAddresses: mails, MailTipsOptions: 'automaticReplies' };
}

/**
 * The filter for absences that matter now: not ended, and expected to end in the future or open-ended. Only indexed
 * columns; the instant is ours, never user input, but goes through the same escaping.
 */
export function currentAbsencesFilter(now: Date): string {
  const at = odataString(now.toISOString().replace(/\.\d+Z$/, 'Z'));
  // State first: `EndedAt eq null` is no indexed clause SharePoint can answer on a list past 5,000 items.
  return `fields/State eq 'open' and (fields/ExpectedUntil eq null or fields/ExpectedUntil ge ${at})`;
}
export type PlannedRequest = {
  request: BatchRequest;
  kind: 'schedule' | 'presence' | 'mailTips' | 'absences';
  people: readonly PersonRef[];
};

/**
 * The sub-requests for a set of people: schedule chunks of 20, presence chunks of 650, mail-tips chunks of 50 and
 * one absences query. Ids are unique (`schedule-0`, `presence-0`, `mailTips-0`, `absences`).
 * @example planSignalRequests(site, people21, now).filter((p) => p.kind === 'schedule').length // 2
 */
export function planSignalRequests(
  site: SiteLocator,
  people: readonly PersonRef[],
  now: Date,
  kinds: readonly SignalKind[] = allSignalKinds,
): PlannedRequest[] {
  const unique = [...new Map(people.map((person) => [person.id, person])).values()];
  const withMail = unique.filter((person) => person.mail.trim() !== '');
  const wanted = new Set(kinds);
  const plan: PlannedRequest[] = [];
  chunked(wanted.has('schedule') ? withMail : [], scheduleChunkSize).forEach((chunk, index) =>
    plan.push({
      kind: 'schedule',
      people: chunk,
      request: {
        id: `schedule-${index}`,
        method: 'POST',
        url: '/me/calendar/getSchedule',
        headers: { ...utcPreference },
        body: scheduleBody(
          chunk.map((person) => person.mail),
          now,
        ),
      },
    }),
  );
  chunked(wanted.has('presence') ? unique : [], presenceChunkSize).forEach((chunk, index) =>
    plan.push({
      kind: 'presence',
      people: chunk,
      request: {
        id: `presence-${index}`,
        method: 'POST',
        url: '/communications/getPresencesByUserId',
        body: { ids: chunk.map((person) => person.id) },
      },
    }),
  );
  chunked(wanted.has('mailTips') ? withMail : [], mailTipsChunkSize).forEach((chunk, index) =>
    plan.push({
      kind: 'mailTips',
      people: chunk,
      request: {
        id: `mailTips-${index}`,
        method: 'POST',
        url: '/me/getMailTips',
        body: mailTipsBody(chunk.map((person) => person.mail)),
      },
    }),
  );
  if (wanted.has('absences') && unique.length > 0)
    plan.push({
      kind: 'absences',
      people: unique,
      request: {
        id: 'absences',
        method: 'GET',
        url: listItemsUrl(site, absencesList, { filter: currentAbsencesFilter(now) }),
      },
    });
  return plan;
}
