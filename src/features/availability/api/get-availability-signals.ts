// Read: availability signals for the people on screen, one query per set of people (one `$batch` round for
// all of them), refreshed every minute while the page is visible and when the agent returns to it after
// longer than that. A failed refresh keeps the last answer (the library keeps `data` beside the error) and
// says when it failed; a refresh comes sooner after a failure.
import type { QueryClient } from '@tanstack/react-query';
import { keepPreviousData, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import type { AvailabilitySignals } from '../../../domain/availability';
import type { PersonSummary } from '../../../domain/people';
import type { PersonRef, SignalsResult } from '../../../graph/availability';
import type { AvailabilityDataSource } from './availability-data-source';
import { useAvailabilityDataSource } from './availability-data-source';

/** What is known about one person's signals. */
export type SignalEntry = {
  /** Null when the person's signals were never fetched successfully. */
  signals: AvailabilitySignals | null;
  calendarNotShared: boolean;
  fetchedAt: Date;
  /** The last attempt for this person failed (older signals, if any, are kept). */
  failed: boolean;
};

/** One answer of the signals query. */
export type SignalsData = { entries: ReadonlyMap<string, SignalEntry>; fetchedAt: Date };

/** A refresh that brought nothing: when it failed, by the screen's clock ("vernieuwen mislukt om 10:00"). */
export class SignalsFetchError extends Error {
  constructor(
    readonly failedAt: Date,
    cause: unknown,
  ) {
    super('No availability signal could be fetched', { cause });
    this.name = 'SignalsFetchError';
  }
}

export const availabilityKeys = {
  all: ['availability'] as const,
  /** One set of people, in id order (the same people in another order are the same query). */
  signals: (personIds: readonly string[]) => ['availability', 'signals', ...personIds] as const,
};

/**
 * The signals of `people` as entries by person id: one call of the data source (one `$batch` round on Graph).
 * @example await fetchSignalEntries(source, [{ id: 'p-anna', mail: 'anna@…' }]) // { entries: Map { 'p-anna' → … }, fetchedAt }
 */
export async function fetchSignalEntries(
  source: AvailabilityDataSource,
  people: PersonRef[],
): Promise<SignalsData> {
  let result: SignalsResult;
  try {
    result = await source.fetchSignals(people, source.now());
  } catch (error) {
    throw new SignalsFetchError(source.now(), error);
  }
  const failed = new Set(result.failedPersonIds);
  const notShared = new Set(result.calendarNotShared);
  const entries = new Map<string, SignalEntry>();
  for (const person of people) {
    const signals = result.signals.get(person.id);
    const ok = signals !== undefined && !failed.has(person.id);
    entries.set(person.id, {
      signals: ok ? signals : null,
      calendarNotShared: ok && notShared.has(person.id),
      fetchedAt: result.fetchedAt,
      failed: !ok,
    });
  }
  return { entries, fetchedAt: result.fetchedAt };
}

/**
 * A new answer laid over the previous one of the same query: a person whose signals could not be read this time
 * keeps the older ones, marked failed.
 * @example keepKnownSignals(previous, next).entries.get('p-anna')?.signals // Anna's older signals when next failed for her
 */
export function keepKnownSignals(
  previous: SignalsData | undefined,
  next: SignalsData,
): SignalsData {
  // The same answer again (the library also lays placeholder data over itself): unchanged, so nothing re-renders.
  if (previous === undefined || previous === next) return next;
  let entries: Map<string, SignalEntry> | null = null;
  for (const [id, entry] of next.entries) {
    const known = previous.entries.get(id);
    if (!entry.failed || !known?.signals) continue;
    entries ??= new Map(next.entries);
    entries.set(id, { ...known, failed: true });
  }
  return entries === null ? next : { entries, fetchedAt: next.fetchedAt };
}

export type SignalsTiming = {
  /** Default 60 s. */
  refreshIntervalMs?: number;
  /** How soon to try again after a failed refresh. Default 15 s. */
  retryAfterFailureMs?: number;
};

/** The query of one set of people; `people` unique and in id order. */
export const availabilitySignalsOptions = (
  source: AvailabilityDataSource,
  people: PersonRef[],
  { refreshIntervalMs = 60_000, retryAfterFailureMs = 15_000 }: SignalsTiming = {},
) =>
  queryOptions({
    queryKey: availabilityKeys.signals(people.map((person) => person.id)),
    queryFn: () => fetchSignalEntries(source, people),
    enabled: people.length > 0,
    // Who is on screen changes as the agent types: the states known so far stay until the new ones are in.
    placeholderData: keepPreviousData,
    refetchInterval: (query) =>
      query.state.status === 'error' ? retryAfterFailureMs : refreshIntervalMs,
    // Back on the page after longer than a refresh interval (the interval pauses while it is hidden): once.
    staleTime: refreshIntervalMs,
    refetchOnWindowFocus: true,
    structuralSharing: (previous, next) =>
      keepKnownSignals(previous as SignalsData | undefined, next as SignalsData),
  });

export type SignalsState = {
  entries: ReadonlyMap<string, SignalEntry>;
  /** When the last successful fetch completed; null before the first. */
  lastUpdatedAt: Date | null;
  /** When the last refresh failed; null once one succeeds again. */
  failedAt: Date | null;
  refreshing: boolean;
  /** Refetches everyone on screen now (joins a refresh under way). */
  refresh: () => void;
};

export type SignalsOptions = SignalsTiming & {
  /** Coalesces a burst of keystrokes into one fetch for the people then on screen. Default 60 ms. */
  fetchDelayMs?: number;
};

/** `key` once it has stayed the same for `delayMs`; the first key at once. */
function useSettled(key: string, delayMs: number): string {
  const [settled, setSettled] = useState(key);
  useEffect(() => {
    if (key === settled) return;
    const timer = setTimeout(() => setSettled(key), delayMs);
    return () => clearTimeout(timer);
  }, [key, delayMs, settled]);
  return settled;
}

const noEntries: ReadonlyMap<string, SignalEntry> = new Map();

/**
 * The signals of `ids` from a query already in the cache that holds all of them (the people on screen before one
 * left it: the previous card when the agent opens a result), with that answer's age; undefined when none does.
 * A smaller set of people is then no new request: its states are the ones just shown.
 */
export function signalsCoveredInCache(
  queryClient: QueryClient,
  ids: readonly string[],
): { data: SignalsData; updatedAt: number } | undefined {
  if (ids.length === 0) return undefined;
  // The freshest such answer: an older one may be past its refresh interval and would be fetched again at once.
  let best: { data: SignalsData; updatedAt: number } | undefined;
  for (const [key, data] of queryClient.getQueriesData<SignalsData>({
    queryKey: [...availabilityKeys.all, 'signals'],
  })) {
    if (data === undefined || !ids.every((id) => data.entries.has(id))) continue;
    const updatedAt = queryClient.getQueryState(key)?.dataUpdatedAt ?? 0;
    if (best === undefined || updatedAt > best.updatedAt) best = { data, updatedAt };
  }
  if (best === undefined) return undefined;
  const entries = new Map<string, SignalEntry>();
  for (const id of ids) entries.set(id, best.data.entries.get(id) as SignalEntry);
  return { data: { entries, fetchedAt: best.data.fetchedAt }, updatedAt: best.updatedAt };
}

/** Signals for `people` (the results, card, substitutes or team on screen); see {@link SignalsState}. */
export function useAvailabilitySignals(
  people: readonly PersonSummary[],
  { fetchDelayMs = 60, ...timing }: SignalsOptions = {},
): SignalsState {
  const source = useAvailabilityDataSource();
  // The people as one text (id and mail, in id order): the query's identity, settled over a burst of keystrokes.
  const peopleKey = [...new Map(people.map((person) => [person.id, person.mail ?? '']))]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, mail]) => `${id}\t${mail}`)
    .join('\n');
  const settledKey = useSettled(peopleKey, fetchDelayMs);
  const settledRefs = useMemo(
    () =>
      settledKey === ''
        ? []
        : settledKey.split('\n').map((line): PersonRef => {
            const [id = '', mail = ''] = line.split('\t');
            return { id, mail };
          }),
    [settledKey],
  );
  const queryClient = useQueryClient();
  const query = useQuery({
    ...availabilitySignalsOptions(source, settledRefs, timing),
    initialData: () =>
      signalsCoveredInCache(
        queryClient,
        settledRefs.map((ref) => ref.id),
      )?.data,
    initialDataUpdatedAt: () =>
      signalsCoveredInCache(
        queryClient,
        settledRefs.map((ref) => ref.id),
      )?.updatedAt,
  });
  const failedAt = query.isError
    ? query.error instanceof SignalsFetchError
      ? query.error.failedAt
      : source.now()
    : null;
  const entries = useMemo(() => {
    const known = query.data?.entries ?? noEntries;
    if (failedAt === null) return known;
    // Nothing came back: whoever was never fetched is failed, not still loading.
    const withFailures = new Map(known);
    for (const ref of settledRefs)
      if (!withFailures.has(ref.id))
        withFailures.set(ref.id, {
          signals: null,
          calendarNotShared: false,
          fetchedAt: failedAt,
          failed: true,
        });
    return withFailures;
  }, [query.data, failedAt, settledRefs]);
  const { refetch } = query;
  return {
    entries,
    lastUpdatedAt: query.data?.fetchedAt ?? null,
    failedAt,
    refreshing: query.isRefetching,
    refresh: () => {
      if (settledRefs.length > 0) void refetch({ cancelRefetch: false });
    },
  };
}
