// What the availability screen needs from outside, as one small seam: the Graph implementation in
// production (graph-data-source.ts), a fake in tests.
import { createContext, useContext } from 'react';
import type { WorkingDayCalendar } from '../../../domain/working-days';
import type { PersonRef, SignalsResult } from '../../../graph/availability';
import type { DirectorySnapshot } from '../../../graph/people';

export type AvailabilityDataSource = {
  /** The directory as last cached on this device, or null the first time. Must not touch the network. */
  loadCachedDirectory: () => Promise<DirectorySnapshot | null>;
  /** Brings the directory up to date (incrementally from `previous`) and caches the result. */
  syncDirectory: (previous: DirectorySnapshot | null) => Promise<DirectorySnapshot>;
  /** Availability signals for a few dozen people at most, in as few round trips as the layer can. */
  fetchSignals: (people: PersonRef[], now: Date) => Promise<SignalsResult>;
  /** The clock; injected so tests can fix the time. */
  now: () => Date;
  /** The organisation's holidays and closing days ("until" of an absence skips them); none when absent. */
  workingDayCalendar?: WorkingDayCalendar;
};

const AvailabilityDataSourceContext = createContext<AvailabilityDataSource | null>(null);

/** Provides the data source to the screen's hooks. */
export const AvailabilityDataSourceProvider = AvailabilityDataSourceContext.Provider;

export function useAvailabilityDataSource(): AvailabilityDataSource {
  const source = useContext(AvailabilityDataSourceContext);
  if (source === null)
    throw new Error(
      'useAvailabilityDataSource() needs an <AvailabilityDataSourceProvider> above it',
    );
  return source;
}
