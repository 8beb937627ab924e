// Availability signals for the people on screen: getSchedule (20 per call), presence (650 per call), mail tips and
// the registered absences, all as sub-requests of as few `$batch` POSTs as possible, sent in parallel.
// Scopes: Calendars.ReadBasic or Calendars.Read (getSchedule), Presence.Read.All, Mail.Read (getMailTips),
// Sites.Read.All or Sites.ReadWrite.All (absences list).
import type { Client } from '@microsoft/microsoft-graph-client';
import type {
  MailTips,
  Presence as GraphPresence,
  ScheduleInformation,
} from '@microsoft/microsoft-graph-types';
import { absencesList } from '../../../schema/lists';
import type { AvailabilitySignals, RegisteredAbsence } from '../../domain/availability';
import { DAY_MS, instantFromEpochMs, isoFromInstant, startOfLocalDay } from '../../domain/time';
import type { Instant } from '../../domain/time';
import { executeBatch } from '../batch';
import type { BatchOptions, BatchRequest, BatchResponse } from '../batch';
import { GraphRequestError, toGraphRequestError } from '../client';
import { listItemsUrl, odataString, recordsFromPage, remainingRecords } from '../lists';
import type { SiteLocator } from '../lists';
import {
  automaticRepliesFrom,
  presenceFrom,
  registeredAbsenceFrom,
  scheduleSignalsFrom,
  substituteIdsOf,
} from './signal-mappers';

/** A person whose signals are wanted: directory id (presence, absences) and mail address (schedule, mail tips). */
export type PersonRef = { id: string; mail: string };

export type SignalsResult = {
  /** One entry per requested person (all-null signals when nothing could be read). */
  signals: Map<string, AvailabilitySignals>;
  /** People for whom no signal at all was obtained. */
  failedPersonIds: string[];
  /** People whose calendar gave free/busy only ("agenda niet gedeeld"). */
  calendarNotShared: string[];
  /** Colleagues named as substitute in the registered absences of the people asked for (to show their state too). */
  substituteIds: string[];
  /** True when the absences list could not be read (the registered absences are then missing, not empty). */
  absencesUnavailable: boolean;
  /** Top-level HTTP requests. */
  roundTrips: number;
  /** Sub-requests (batched strategy) or requests (naive strategy), retries included. */
  subRequests: number;
  /** Rounds of requests sent in parallel (batched: 1 without retries). */
  waves: number;
  fetchedAt: Date;
};

/** The kinds of signal one fetch can ask for. */
export type SignalKind = 'schedule' | 'presence' | 'mailTips' | 'absences';
export const allSignalKinds: readonly SignalKind[] = [
  'schedule',
  'presence',
  'mailTips',
  'absences',
];

export type SignalsOptions = BatchOptions & {
  /**
   * Which signals to fetch; default all. The monitor asks only for schedules (whether calendars are shared): every
   * getSchedule and getMailTips is an Outlook request in the caller's own mailbox, and Outlook runs at most 4 of
   * those at once, so asking for what is not used only makes the rest wait.
   */
  signals?: readonly SignalKind[];
};

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

function utcDateTime(instant: Instant) {
  return { dateTime: isoFromInstant(instant).replace(/Z$/, ''), timeZone: 'UTC' };
}

const utcPreference = { Prefer: 'outlook.timezone="UTC"' };

function scheduleBody(mails: readonly string[], now: Date) {
  const window = scheduleWindow(now);
  return {
    schedules: mails,
    startTime: utcDateTime(window.start),
    endTime: utcDateTime(window.end),
    availabilityViewInterval,
  };
}

function mailTipsBody(mails: readonly string[]) {
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

type PlannedRequest = {
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

/** Collects the signals of one request at a time, then answers the result. */
class SignalsCollector {
  readonly signals = new Map<string, AvailabilitySignals>();
  private readonly byMail = new Map<string, string>();
  private absences: RegisteredAbsence[] = [];
  absencesUnavailable = false;

  constructor(private readonly people: readonly PersonRef[]) {
    for (const person of people) {
      this.signals.set(person.id, {
        personId: person.id,
        calendar: null,
        workingHours: null,
        presence: null,
        automaticReplies: null,
        registeredAbsences: [],
      });
      if (person.mail) this.byMail.set(person.mail.toLowerCase(), person.id);
    }
  }

  private update(personId: string | undefined, patch: Partial<AvailabilitySignals>): void {
    const current = personId === undefined ? undefined : this.signals.get(personId);
    if (current && personId !== undefined) this.signals.set(personId, { ...current, ...patch });
  }

  schedules(body: unknown): void {
    const value = (body as { value?: ScheduleInformation[] } | null)?.value ?? [];
    for (const info of value) {
      const personId = this.byMail.get((info.scheduleId ?? '').toLowerCase());
      this.update(personId, scheduleSignalsFrom(info));
    }
  }

  presences(body: unknown): void {
    const value = (body as { value?: GraphPresence[] } | null)?.value ?? [];
    for (const presence of value) this.presence(presence);
  }

  presence(presence: GraphPresence | null | undefined): void {
    if (presence && typeof presence.id === 'string')
      this.update(presence.id, { presence: presenceFrom(presence) });
  }

  mailTips(body: unknown): void {
    const value = (body as { value?: MailTips[] } | null)?.value ?? [];
    for (const tips of value) {
      const personId = this.byMail.get((tips.emailAddress?.address ?? '').toLowerCase());
      this.update(personId, { automaticReplies: automaticRepliesFrom(tips) });
    }
  }

  addAbsences(records: ReturnType<typeof recordsFromPage<typeof absencesList>>): void {
    this.absences.push(...records.map((record) => registeredAbsenceFrom(record)));
  }

  result(counts: {
    roundTrips: number;
    subRequests: number;
    waves: number;
    fetchedAt: Date;
  }): SignalsResult {
    const byPerson = new Map<string, RegisteredAbsence[]>();
    for (const absence of this.absences) {
      const list = byPerson.get(absence.personId) ?? [];
      list.push(absence);
      byPerson.set(absence.personId, list);
    }
    const failedPersonIds: string[] = [];
    const calendarNotShared: string[] = [];
    const relevant: RegisteredAbsence[] = [];
    for (const person of this.people) {
      const registeredAbsences = byPerson.get(person.id) ?? [];
      relevant.push(...registeredAbsences);
      this.update(person.id, { registeredAbsences });
      const signals = this.signals.get(person.id);
      if (!signals) continue;
      if (signals.calendar?.access === 'freeBusy') calendarNotShared.push(person.id);
      if (
        signals.calendar === null &&
        signals.presence === null &&
        signals.automaticReplies === null &&
        registeredAbsences.length === 0
      )
        failedPersonIds.push(person.id);
    }
    return {
      signals: this.signals,
      failedPersonIds,
      calendarNotShared,
      substituteIds: substituteIdsOf(relevant),
      absencesUnavailable: this.absencesUnavailable,
      ...counts,
    };
  }
}

const isOk = (response: BatchResponse | undefined): response is BatchResponse =>
  response !== undefined && response.status >= 200 && response.status < 300;

/**
 * Signals for the people on screen in as few HTTP round trips as possible: one `$batch` for up to 20 sub-requests
 * (a colleague, or a team of 40: 2 schedule chunks + presence + mail tips + absences), several in parallel beyond
 * that — the Graph client holds back a batch while the Outlook requests under way (getSchedule and getMailTips
 * run in the caller's own mailbox, at most 4 at once) leave no room for its own, so everyone's 395 people go out
 * in 2 batches one after the other instead of together. Throttled (429) and failed (503/504) sub-requests are
 * re-sent after their Retry-After, at most
 * `maxRetries` (3) rounds. A failure for some people never fails the others; throws a GraphRequestError
 * when nothing at all came back: no batch answered (offline, signed out) or every sub-request failed.
 * @example const { signals } = await fetchAvailabilitySignals(client, { sitePath }, [{ id, mail }], new Date())
 */
export async function fetchAvailabilitySignals(
  client: Client,
  site: SiteLocator,
  people: readonly PersonRef[],
  now: Date,
  options: SignalsOptions = {},
): Promise<SignalsResult> {
  const plan = planSignalRequests(site, people, now, options.signals);
  const collector = new SignalsCollector(people);
  const outcome = await executeBatch(
    client,
    plan.map((planned) => planned.request),
    options,
  );
  let roundTrips = outcome.roundTrips;
  if (plan.length > 0 && outcome.batchErrors.length > 0) {
    const anyAnswered = [...outcome.responses.values()].some((response) => response.status !== 0);
    const [first] = outcome.batchErrors;
    if (!anyAnswered && first) throw first;
  }
  const failedEverywhere =
    plan.length > 0 && !plan.some((planned) => isOk(outcome.responses.get(planned.request.id)));
  if (failedEverywhere) {
    // Nothing new is known about anyone: a failed refresh, so the caller keeps what it had and says so.
    const sample = outcome.responses.get(plan[0]?.request.id ?? '');
    const body = sample?.body as { error?: { code?: unknown; message?: unknown } } | undefined;
    throw new GraphRequestError(
      sample?.status ?? 0,
      typeof body?.error?.code === 'string' ? body.error.code : 'serviceNotAvailable',
      typeof body?.error?.message === 'string'
        ? body.error.message
        : 'No availability signal could be fetched.',
      null,
      null,
    );
  }
  for (const planned of plan) {
    const response = outcome.responses.get(planned.request.id);
    if (!isOk(response)) {
      if (planned.kind === 'absences') collector.absencesUnavailable = true;
      continue;
    }
    if (planned.kind === 'schedule') collector.schedules(response.body);
    else if (planned.kind === 'presence') collector.presences(response.body);
    else if (planned.kind === 'mailTips') collector.mailTips(response.body);
    else {
      // Rarely more than one page; the rest follows outside the batch.
      try {
        const before = countingClient(client);
        collector.addAbsences(await remainingRecords(before.client, absencesList, response.body));
        roundTrips += before.count();
      } catch {
        collector.absencesUnavailable = true;
      }
    }
  }
  return collector.result({
    roundTrips,
    subRequests: outcome.subRequests,
    waves: outcome.waves,
    fetchedAt: now,
  });
}

/** Counts the requests made through `client.api(...)` (for round-trip figures). */
function countingClient(client: Client): { client: Client; count: () => number } {
  let count = 0;
  const proxy = new Proxy(client, {
    get(target, property, receiver) {
      if (property === 'api')
        return (path: string) => {
          count++;
          return target.api(path);
        };
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
  return { client: proxy, count: () => count };
}

/** Runs tasks with at most `limit` at a time. */
async function inPool<T>(tasks: readonly (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array<T>(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await (tasks[index] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

/**
 * The naive strategy, for the benchmark: one request per person per signal (getSchedule for one, GET presence,
 * getMailTips for one, the absences filtered by PersonId), 20 at a time. Same result type.
 */
export async function fetchAvailabilitySignalsNaively(
  client: Client,
  site: SiteLocator,
  people: readonly PersonRef[],
  now: Date,
): Promise<SignalsResult> {
  const unique = [...new Map(people.map((person) => [person.id, person])).values()];
  const collector = new SignalsCollector(unique);
  let requests = 0;
  const attempt = async (call: () => Promise<unknown>, apply: (body: unknown) => void) => {
    requests++;
    try {
      apply(await call());
    } catch (error) {
      toGraphRequestError(error); // normalised and dropped: this person simply lacks the signal
    }
  };
  const tasks: (() => Promise<void>)[] = [];
  for (const person of unique) {
    if (person.mail) {
      tasks.push(() =>
        attempt(
          () =>
            client
              .api('/me/calendar/getSchedule')
              .header('Prefer', utcPreference.Prefer)
              .post(scheduleBody([person.mail], now)),
          (body) => collector.schedules(body),
        ),
      );
      tasks.push(() =>
        attempt(
          () => client.api('/me/getMailTips').post(mailTipsBody([person.mail])),
          (body) => collector.mailTips(body),
        ),
      );
    }
    tasks.push(() =>
      attempt(
        () => client.api(`/users/${encodeURIComponent(person.id)}/presence`).get(),
        (body) => collector.presence(body as GraphPresence),
      ),
    );
    tasks.push(() =>
      attempt(
        () =>
          client
            .api(
              listItemsUrl(site, absencesList, {
                filter: `fields/PersonId eq ${odataString(person.id)} and ${currentAbsencesFilter(now)}`,
              }),
            )
            .get(),
        (body) => collector.addAbsences(recordsFromPage(absencesList, body)),
      ),
    );
  }
  await inPool(tasks, 20);
  return collector.result({
    roundTrips: requests,
    subRequests: requests,
    waves: 1,
    fetchedAt: now,
  });
}
