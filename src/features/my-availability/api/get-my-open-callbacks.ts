// Read: the callback requests assigned to the signed-in user that are still open.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MyAvailabilityDataSource } from './my-availability-data-source';
import { useMyAvailabilityDataSource } from './my-availability-data-source';
import { myAvailabilityKeys } from './my-availability-keys';

export const myOpenCallbacksOptions = (source: MyAvailabilityDataSource) =>
  queryOptions({
    queryKey: myAvailabilityKeys.callbacks,
    queryFn: () => source.readOpenCallbacks(),
    staleTime: 60_000,
  });

export function useMyOpenCallbacks() {
  return useQuery(myOpenCallbacksOptions(useMyAvailabilityDataSource()));
}
