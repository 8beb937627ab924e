// The naive strategy, kept for the round-trips benchmark: one request per person per signal.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { Presence as GraphPresence } from '@microsoft/microsoft-graph-types';
import { absencesList } from '../../../schema/lists';
import { toGraphRequestError } from '../client';
import { listItemsUrl, odataString, recordsFromPage } from '../lists';
import type { SiteLocator } from '../lists';
import type { SignalsResult } from './signals-collector';
import { SignalsCollector } from './signals-collector';
import type { PersonRef } from './signal-requests';
import {
  currentAbsencesFilter,
  mailTipsBody,
  scheduleBody,
  utcPreference,
} from './signal-requests';

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
