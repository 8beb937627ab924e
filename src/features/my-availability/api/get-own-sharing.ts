// Read: how the signed-in user's calendar is shared with the organisation (the "My Organization" entry).
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MyAvailabilityDataSource } from './my-availability-data-source';
import { useMyAvailabilityDataSource } from './my-availability-data-source';
import { myAvailabilityKeys } from './my-availability-keys';

export const ownSharingOptions = (source: MyAvailabilityDataSource) =>
  queryOptions({
    queryKey: myAvailabilityKeys.sharing,
    queryFn: () => source.readSharing(),
    staleTime: 60_000,
  });

export function useOwnSharing() {
  return useQuery(ownSharingOptions(useMyAvailabilityDataSource()));
}
