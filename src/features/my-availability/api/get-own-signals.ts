// Read: the signed-in user's own availability signals, refreshed like the agent screen (every minute while visible,
// and on return to the page after longer than that).
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MyAvailabilityDataSource } from './my-availability-data-source';
import { useMyAvailabilityDataSource } from './my-availability-data-source';
import { myAvailabilityKeys } from './my-availability-keys';

export const REFRESH_INTERVAL_MS = 60_000;

export const ownSignalsOptions = (source: MyAvailabilityDataSource) =>
  queryOptions({
    queryKey: myAvailabilityKeys.signals,
    queryFn: () => source.readOwnSignals(),
    refetchInterval: REFRESH_INTERVAL_MS,
    staleTime: REFRESH_INTERVAL_MS,
    refetchOnWindowFocus: true,
  });

export function useOwnSignals() {
  return useQuery(ownSignalsOptions(useMyAvailabilityDataSource()));
}
