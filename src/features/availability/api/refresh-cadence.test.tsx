// @vitest-environment jsdom
// How often the agent screen's reads ask Graph when nobody touches it: the idle budget is one list query per
// minute per data source (getSchedule, presence, mail tips and absences travel in one signals fetch), and the
// directory syncs once per session. Fake timers: minutes pass without waiting for them.
import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { AvailabilitySignals } from '../../../domain/availability';
import type { PersonSummary } from '../../../domain/people';
import type { PersonRef, SignalsResult } from '../../../graph/availability';
import { createQueryClient } from '../../../graph/client';
import type { DirectorySnapshot } from '../../../graph/people';
import type { AvailabilityDataSource } from './availability-data-source';
import { AvailabilityDataSourceProvider } from './availability-data-source';
import { useAvailabilitySignals } from './get-availability-signals';
import { useDirectory } from './get-directory';

const minute = 60_000;

function person(id: string): PersonSummary {
  return {
    id,
    displayName: id,
    givenName: null,
    surname: null,
    jobTitle: null,
    department: null,
    team: null,
    mail: `${id}@lindeburg.example`,
    phones: [],
    topics: [],
  };
}

const anna = person('p-anna');
const bas = person('p-bas');
const snapshot: DirectorySnapshot = {
  people: [anna, bas],
  teams: [],
  deltaLink: null,
  syncedAt: '2026-03-30T07:00:00.000Z',
};

function signalsOf(personId: string): AvailabilitySignals {
  return {
    personId,
    calendar: { access: 'details', items: [] },
    workingHours: null,
    presence: { availability: 'Available', activity: 'Available', isOutOfOffice: false },
    automaticReplies: null,
    registeredAbsences: [],
  };
}

function countingSource() {
  const fetchSignals = vi.fn((people: PersonRef[], now: Date): Promise<SignalsResult> =>
    Promise.resolve({
      signals: new Map(people.map((ref) => [ref.id, signalsOf(ref.id)])),
      failedPersonIds: [],
      calendarNotShared: [],
      substituteIds: [],
      absencesUnavailable: false,
      roundTrips: 1,
      subRequests: people.length,
      waves: 1,
      fetchedAt: now,
    }),
  );
  const loadCachedDirectory = vi.fn(() => Promise.resolve(snapshot));
  const syncDirectory = vi.fn(() => Promise.resolve(snapshot));
  const source: AvailabilityDataSource = {
    loadCachedDirectory,
    syncDirectory,
    fetchSignals,
    now: () => new Date(),
  };
  return { source, fetchSignals, loadCachedDirectory, syncDirectory };
}

function renderReads(source: AvailabilityDataSource, people: readonly PersonSummary[]) {
  const client = createQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>
      <AvailabilityDataSourceProvider value={source}>{children}</AvailabilityDataSourceProvider>
    </QueryClientProvider>
  );
  return renderHook(
    ({ onScreen }) => ({ signals: useAvailabilitySignals(onScreen), directory: useDirectory() }),
    { wrapper, initialProps: { onScreen: people } },
  );
}

const passes = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: false });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the agent screen left alone', () => {
  it('fetches the signals of the people on screen once, then once a minute, and syncs the directory once', async () => {
    const { source, fetchSignals, syncDirectory, loadCachedDirectory } = countingSource();
    const { result } = renderReads(source, [anna, bas, anna]);
    await passes(1_000);
    expect(fetchSignals).toHaveBeenCalledTimes(1);
    expect(fetchSignals.mock.calls[0]?.[0].map((ref) => ref.id)).toEqual(['p-anna', 'p-bas']);
    expect(result.current.signals.entries.get('p-bas')?.signals).not.toBeNull();
    expect(result.current.directory.sync).toBe('synced');

    await passes(10 * minute);
    // One fetch a minute: the first, and one for each of the ten minutes after it.
    expect(fetchSignals).toHaveBeenCalledTimes(11);
    expect(syncDirectory).toHaveBeenCalledTimes(1);
    expect(loadCachedDirectory).toHaveBeenCalledTimes(1);
  });

  it('makes no signals request while nobody is on screen', async () => {
    const { source, fetchSignals } = countingSource();
    renderReads(source, []);
    await passes(5 * minute);
    expect(fetchSignals).not.toHaveBeenCalled();
  });

  it('fetches a burst of changes of who is on screen once, and keeps to one refresh a minute after it', async () => {
    const { source, fetchSignals } = countingSource();
    const { rerender } = renderReads(source, [anna]);
    await passes(1_000);
    expect(fetchSignals).toHaveBeenCalledTimes(1);
    // Typing: three result lists within a few milliseconds of each other.
    rerender({ onScreen: [bas] });
    await passes(5);
    rerender({ onScreen: [anna, bas] });
    await passes(5);
    rerender({ onScreen: [bas, anna] });
    await passes(1_000);
    expect(fetchSignals).toHaveBeenCalledTimes(2);
    expect(fetchSignals.mock.calls[1]?.[0].map((ref) => ref.id)).toEqual(['p-anna', 'p-bas']);
    await passes(3 * minute);
    expect(fetchSignals).toHaveBeenCalledTimes(5);
  });

  it('keeps the last states after a failed refresh, marked stale, and tries again sooner', async () => {
    const { source, fetchSignals } = countingSource();
    const { result } = renderReads(source, [anna]);
    await passes(1_000);
    const known = result.current.signals.entries.get('p-anna')?.signals;
    expect(known).not.toBeNull();
    expect(result.current.signals.failedAt).toBeNull();

    fetchSignals.mockRejectedValue(new Error('offline'));
    await passes(minute);
    expect(fetchSignals).toHaveBeenCalledTimes(2);
    expect(result.current.signals.failedAt).not.toBeNull();
    expect(result.current.signals.entries.get('p-anna')?.signals).toBe(known);

    // After a failure the next attempt comes after 15 s, not a minute; a success clears the mark.
    fetchSignals.mockImplementation((people: PersonRef[], now: Date) =>
      Promise.resolve({
        signals: new Map(people.map((ref) => [ref.id, signalsOf(ref.id)])),
        failedPersonIds: [],
        calendarNotShared: [],
        substituteIds: [],
        absencesUnavailable: false,
        roundTrips: 1,
        subRequests: 1,
        waves: 1,
        fetchedAt: now,
      }),
    );
    await passes(15_000);
    expect(fetchSignals).toHaveBeenCalledTimes(3);
    expect(result.current.signals.failedAt).toBeNull();
  });
});
