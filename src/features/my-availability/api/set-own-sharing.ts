// Write: the organisation-wide sharing of the user's own calendar ("Agenda openstellen", and undo). Not through the
// outbox: the user waits for the answer (it may need their consent first), and nothing is lost when it fails.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OrganizationSharing } from '../../../domain/my-availability';
import { useMyAvailabilityDataSource } from './my-availability-data-source';
import { myAvailabilityKeys } from './my-availability-keys';

export type SetSharingInput = {
  permissionId: string;
  sharing: Exclude<OrganizationSharing, 'other'>;
};

export function useSetOwnSharing() {
  const source = useMyAvailabilityDataSource();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ permissionId, sharing }: SetSharingInput) =>
      source.setSharing(permissionId, sharing),
    onSuccess: async (answer) => {
      queryClient.setQueryData(myAvailabilityKeys.sharing, answer);
      await queryClient.invalidateQueries({ queryKey: myAvailabilityKeys.signals });
    },
  });
}
