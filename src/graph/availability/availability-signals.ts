// Availability signals for the people on screen: getSchedule (20 per call), presence (650 per call), mail tips and
// the registered absences, all as sub-requests of as few `$batch` POSTs as possible, sent in parallel.
// Scopes: Calendars.ReadBasic or Calendars.Read (getSchedule), Presence.Read.All, Mail.Read (getMailTips),
// Sites.Read.All or Sites.ReadWrite.All (absences list).
import type { Client } from '@microsoft/microsoft-graph-client';
import { absencesList } from '../../../schema/lists';
import { executeBatch } from '../batch';
import type { BatchOptions, BatchResponse } from '../batch';
import { GraphRequestError } from '../client';
import { remainingRecords } from '../lists';
import type { SiteLocator } from '../lists';
import type { SignalsResult } from './signals-collector';
import { SignalsCollector } from './signals-collector';
import type { PersonRef, SignalKind } from './signal-requests';
import { planSignalRequests } from './signal-requests';

export type { SignalsResult } from './signals-collector';
export type { PersonRef, SignalKind } from './signal-requests';
export {
  allSignalKinds,
  chunked,
  currentAbsencesFilter,
  mailTipsChunkSize,
  planSignalRequests,
  presenceChunkSize,
  scheduleChunkSize,
  scheduleWindow,
  scheduleWindowDays,
} from './signal-requests';
export { fetchAvailabilitySignalsNaively } from './signals-naive';

export type SignalsOptions = BatchOptions & {
  /**
   * Which signals to fetch; default all. The monitor asks only for schedules (whether calendars are shared): every
   * getSchedule and getMailTips is an Outlook request in the caller's own mailbox, and Outlook runs at most 4 of
   * those at once, so asking for what is not used only makes the rest wait.
   */
  signals?: readonly SignalKind[];
};
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
