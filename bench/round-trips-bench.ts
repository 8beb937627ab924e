// HTTP round trips and sub-requests to show colleagues' availability, batched versus one request per
// person per signal, against the demo tenant with injected latency.
import { performance } from 'node:perf_hooks';
import type { RunningEmulator } from '../emulator/server';
import { createGraphClient } from '../src/graph/client';
import { syncPeopleDirectory } from '../src/graph/people/people-directory';
import {
  fetchAvailabilitySignals,
  fetchAvailabilitySignalsNaively,
  type PersonRef,
} from '../src/graph/availability/availability-signals';

export type RoundTripRow = {
  scenario: string;
  people: number;
  strategy: 'batched' | 'naive';
  httpRequests: number;
  subRequests: number;
  /** Requests and sub-requests the demo tenant refused with 429 (Outlook's 4 at once per mailbox, say). */
  refused: number;
  elapsedMs: number;
};

type RequestLog = { count: number; requests: { kind: 'top' | 'sub'; status: number }[] };

/** How long each Outlook request takes inside its mailbox, so that Outlook's limit of 4 at once is in play. */
const mailboxLatencyMs = 20;

async function control(
  emulator: RunningEmulator,
  method: string,
  path: string,
  body?: unknown,
): Promise<unknown> {
  const response = await fetch(`${emulator.url}/_emulator/${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return response.headers.get('content-type')?.includes('json') ? response.json() : null;
}

export async function measureRoundTrips(
  emulator: RunningEmulator,
  agentUpn: string,
  latencyMs: number,
): Promise<{ rows: RoundTripRow[]; directoryPeople: number }> {
  const token = emulator.tokenFor(agentUpn);
  const client = createGraphClient({
    authProvider: { getAccessToken: () => Promise.resolve(token) },
    graphBaseUrl: emulator.url,
  });
  const site = { sitePath: 'lindeburg.sharepoint.com:/sites/bereikbaar' };

  // The directory is cached after the first visit; the figures below are for a tab that already has it.
  const directory = await syncPeopleDirectory(client, site, null);
  const refs = (ids: readonly string[]): PersonRef[] =>
    ids.flatMap((id) => {
      const person = directory.people.find((p) => p.id === id);
      return person?.mail ? [{ id: person.id, mail: person.mail }] : [];
    });
  const everyone = refs(directory.people.map((p) => p.id));
  const one = everyone.slice(0, 1);
  const forty = everyone.slice(0, 40);

  await control(emulator, 'POST', 'faults', { latencyMs, mailboxLatencyMs });
  const rows: RoundTripRow[] = [];
  const scenarios = [
    ['one colleague', one],
    ['a team of 40', forty],
    [`all people of the seed`, everyone],
  ] as const;
  for (const [scenario, people] of scenarios) {
    for (const strategy of ['batched', 'naive'] as const) {
      await control(emulator, 'DELETE', 'requests');
      const start = performance.now();
      const fetchSignals =
        strategy === 'batched' ? fetchAvailabilitySignals : fetchAvailabilitySignalsNaively;
      await fetchSignals(client, site, people, new Date());
      const elapsedMs = performance.now() - start;
      const log = (await control(emulator, 'GET', 'requests')) as RequestLog;
      rows.push({
        scenario,
        people: people.length,
        strategy,
        httpRequests: log.requests.filter((r) => r.kind === 'top').length,
        subRequests: log.requests.filter((r) => r.kind === 'sub').length,
        refused: log.requests.filter((r) => r.status === 429).length,
        elapsedMs,
      });
    }
  }
  await control(emulator, 'DELETE', 'faults');
  return { rows, directoryPeople: directory.people.length };
}
