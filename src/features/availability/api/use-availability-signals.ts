// Availability signals for the people on screen: fetched in one call per change of who is visible
// (already-known people are reused), refreshed every minute and when the window regains focus.
// A failed refresh keeps the last known signals and says when it failed.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AvailabilitySignals } from '../../../domain/availability';
import type { PersonSummary } from '../../../domain/people';
import type { PersonRef } from '../../../graph/availability';
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

export type SignalsState = {
  entries: ReadonlyMap<string, SignalEntry>;
  /** When the last successful fetch completed; null before the first. */
  lastUpdatedAt: Date | null;
  /** When the last refresh failed; null once one succeeds again. */
  failedAt: Date | null;
  refreshing: boolean;
  /** Refetches everyone on screen now. */
  refresh: () => void;
};

export type SignalsOptions = {
  /** Default 60 s. */
  refreshIntervalMs?: number;
  /** How soon to try again after a failed refresh. Default 15 s. */
  retryAfterFailureMs?: number;
  /** Window focus refreshes at most this often. Default 10 s. */
  focusRefreshGapMs?: number;
  /** Coalesces a burst of keystrokes into one fetch of the newly visible people. Default 60 ms. */
  fetchDelayMs?: number;
};

function refOf(person: PersonSummary): PersonRef {
  return { id: person.id, mail: person.mail ?? '' };
}

/** Signals for `people` (the results, card, substitutes or team on screen); see {@link SignalsState}. */
export function useAvailabilitySignals(
  people: readonly PersonSummary[],
  options: SignalsOptions = {},
): SignalsState {
  const {
    refreshIntervalMs = 60_000,
    retryAfterFailureMs = 15_000,
    focusRefreshGapMs = 10_000,
    fetchDelayMs = 60,
  } = options;
  const source = useAvailabilityDataSource();
  const [entries, setEntries] = useState<ReadonlyMap<string, SignalEntry>>(() => new Map());
  const [lastUpdatedAt, setLastUpdatedAt] = useState<Date | null>(null);
  const [failedAt, setFailedAt] = useState<Date | null>(null);
  const [refreshing, setRefreshing] = useState(false);

  const entriesRef = useRef(entries);
  const peopleRef = useRef(people);
  const inFlight = useRef(new Set<string>());
  const refreshInFlight = useRef(false);
  const lastAttemptAt = useRef(0);
  const mounted = useRef(true);
  useEffect(() => {
    entriesRef.current = entries;
  }, [entries]);
  useEffect(() => {
    peopleRef.current = people;
  }, [people]);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const fetchFor = useCallback(
    async (refs: PersonRef[]): Promise<void> => {
      if (refs.length === 0) return;
      for (const ref of refs) inFlight.current.add(ref.id);
      lastAttemptAt.current = Date.now();
      try {
        const result = await source.fetchSignals(refs, source.now());
        if (!mounted.current) return;
        const failed = new Set(result.failedPersonIds);
        const notShared = new Set(result.calendarNotShared);
        setEntries((previous) => {
          const next = new Map(previous);
          for (const ref of refs) {
            const known = previous.get(ref.id);
            if (known !== undefined && known.fetchedAt > result.fetchedAt) continue;
            const signals = result.signals.get(ref.id);
            if (signals !== undefined && !failed.has(ref.id)) {
              next.set(ref.id, {
                signals,
                calendarNotShared: notShared.has(ref.id),
                fetchedAt: result.fetchedAt,
                failed: false,
              });
            } else {
              next.set(ref.id, {
                signals: known?.signals ?? null,
                calendarNotShared: known?.calendarNotShared ?? false,
                fetchedAt: known?.fetchedAt ?? result.fetchedAt,
                failed: true,
              });
            }
          }
          return next;
        });
        setLastUpdatedAt(result.fetchedAt);
        setFailedAt(null);
      } catch {
        if (!mounted.current) return;
        setEntries((previous) => {
          const next = new Map(previous);
          for (const ref of refs) {
            const known = previous.get(ref.id);
            next.set(ref.id, {
              signals: known?.signals ?? null,
              calendarNotShared: known?.calendarNotShared ?? false,
              fetchedAt: known?.fetchedAt ?? source.now(),
              failed: true,
            });
          }
          return next;
        });
        setFailedAt(source.now());
      } finally {
        for (const ref of refs) inFlight.current.delete(ref.id);
      }
    },
    [source],
  );

  const refresh = useCallback(() => {
    if (refreshInFlight.current) return;
    const seen = new Set<string>();
    const refs = peopleRef.current.filter((person) => {
      if (seen.has(person.id)) return false;
      seen.add(person.id);
      return true;
    });
    if (refs.length === 0) return;
    refreshInFlight.current = true;
    setRefreshing(true);
    void fetchFor(refs.map(refOf)).finally(() => {
      refreshInFlight.current = false;
      if (mounted.current) setRefreshing(false);
    });
  }, [fetchFor]);

  // Newly visible people: one fetch for all of them, once the burst of keystrokes settles.
  const missingKey = people
    .filter((person) => !entries.has(person.id))
    .map((person) => person.id)
    .join('\n');
  useEffect(() => {
    if (missingKey === '') return;
    const timer = setTimeout(() => {
      const seen = new Set<string>();
      const missing = peopleRef.current.filter((person) => {
        if (seen.has(person.id) || entriesRef.current.has(person.id)) return false;
        if (inFlight.current.has(person.id)) return false;
        seen.add(person.id);
        return true;
      });
      void fetchFor(missing.map(refOf));
    }, fetchDelayMs);
    return () => clearTimeout(timer);
  }, [missingKey, fetchDelayMs, fetchFor]);

  // Every minute while the page is visible, and on returning to it.
  useEffect(() => {
    const timer = setInterval(() => {
      if (typeof document === 'undefined' || document.visibilityState !== 'hidden') refresh();
    }, refreshIntervalMs);
    const onReturn = () => {
      if (document.visibilityState === 'hidden') return;
      if (Date.now() - lastAttemptAt.current < focusRefreshGapMs) return;
      refresh();
    };
    window.addEventListener('focus', onReturn);
    document.addEventListener('visibilitychange', onReturn);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', onReturn);
      document.removeEventListener('visibilitychange', onReturn);
    };
  }, [refresh, refreshIntervalMs, focusRefreshGapMs]);

  // After a failure, try again sooner than the regular interval.
  useEffect(() => {
    if (failedAt === null) return;
    const timer = setTimeout(refresh, retryAfterFailureMs);
    return () => clearTimeout(timer);
  }, [failedAt, refresh, retryAfterFailureMs]);

  return { entries, lastUpdatedAt, failedAt, refreshing, refresh };
}
