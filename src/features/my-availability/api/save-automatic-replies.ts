// Write: the user's automatic replies (on, on for a period, off). The form keeps what was typed when it fails.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AutomaticRepliesDraft } from '../../../domain/my-availability';
import { useMyAvailabilityDataSource } from './my-availability-data-source';
import { myAvailabilityKeys } from './my-availability-keys';

export function useSaveAutomaticReplies() {
  const source = useMyAvailabilityDataSource();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: AutomaticRepliesDraft) => source.saveAutomaticReplies(draft),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myAvailabilityKeys.signals }),
  });
}
