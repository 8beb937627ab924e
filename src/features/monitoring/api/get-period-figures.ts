// Read: the callback requests that can have been made in a period (for one team or all) and the contacts recorded in
// it, and the figures computed from them in slices, so a year (20,000 requests, 60,000 contacts) never freezes the
// page. A newer request for figures cancels the older one.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ContactReport, FiguresPeriod, FiguresReport } from '../../../domain/figures';
import { requestsOfTeam } from '../../../domain/figures';
import { DAY_MS, instantFromEpochMs } from '../../../domain/time';
import { computeContactFiguresInSlices, computeFiguresInSlices } from '../compute-in-slices';
import type { MonitoringDataSource } from './monitoring-data-source';
import { useMonitoringDataSource } from './monitoring-data-source';

/**
 * How far before the period the requests are read too (by due moment), for Herhaalverkeer: a citizen's repeat call in
 * the period is noted on the request they called about, which can have been made weeks before. A request due more
 * than 4 weeks before the period starts is left out (the definition on the page says so).
 */
export const repeatLookBackDays = 28;

/** What the figures were asked for: a period, and the team leader's team (null: every team). */
export type FiguresQuery = { period: FiguresPeriod; team: string | null };

export type PeriodFigures = {
  report: FiguresReport;
  /** The study's figures from the recorded call outcomes (same period, same team). */
  contacts: ContactReport;
  /** The HTTP requests the contacts' read took, and the contacts it read. */
  contactsRead: { httpRequests: number; read: number };
  /** The HTTP requests the read took, and the callback requests it read. */
  httpRequests: number;
  read: number;
  /** The moment the figures were computed for. */
  at: Date;
};

export const periodFiguresKey = (query: FiguresQuery | null) =>
  ['monitoring', 'periodFigures', query?.period.from, query?.period.to, query?.team] as const;

/** @example await fetchPeriodFigures(source, { period, team: null }, { signal }) */
export async function fetchPeriodFigures(
  source: MonitoringDataSource,
  { period, team }: FiguresQuery,
  {
    signal,
    onProgress,
  }: { signal: AbortSignal; onProgress: (done: number, total: number) => void },
): Promise<PeriodFigures> {
  const [read, contactsRead] = await Promise.all([
    source.readCallbacks({
      from: instantFromEpochMs(period.from - repeatLookBackDays * DAY_MS),
      to: period.to,
      team,
    }),
    source.readContacts({ ...period, team }),
  ]);
  signal.throwIfAborted();
  // The list filter is a convenience; never show another team's rows on the team leader's screen.
  const requests = team === null ? read.requests : requestsOfTeam(read.requests, team);
  const at = source.now();
  const report = await computeFiguresInSlices(
    requests,
    { period, now: instantFromEpochMs(at.getTime()), calendar: source.calendar },
    { signal, onProgress: (done, total) => signal.aborted || onProgress(done, total) },
  );
  // As with requests: never another team's calls on the team leader's screen.
  const contacts =
    team === null
      ? contactsRead.contacts
      : contactsRead.contacts.filter((contact) => contact.team === team);
  const contactReport = await computeContactFiguresInSlices(
    contacts,
    read.requests,
    {
      period,
      now: instantFromEpochMs(at.getTime()),
      calendar: source.calendar,
      repeatRequests: requests,
    },
    { signal },
  );
  return {
    report,
    contacts: contactReport,
    contactsRead: { httpRequests: contactsRead.httpRequests, read: contacts.length },
    httpRequests: read.httpRequests,
    read: requests.length,
    at,
  };
}

export const periodFiguresOptions = (
  source: MonitoringDataSource,
  query: FiguresQuery | null,
  onProgress: (done: number, total: number) => void,
) =>
  queryOptions({
    queryKey: periodFiguresKey(query),
    queryFn: ({ signal }) => {
      if (query === null) throw new Error('No period chosen.');
      return fetchPeriodFigures(source, query, { signal, onProgress });
    },
    enabled: query !== null,
  });

/** The figures for what was asked last; null until something is asked. */
export function usePeriodFigures(
  query: FiguresQuery | null,
  onProgress: (done: number, total: number) => void,
) {
  return useQuery(periodFiguresOptions(useMonitoringDataSource(), query, onProgress));
}
