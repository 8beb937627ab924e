// Write: hands an absent person's open callback requests to their callback substitute, where that is offered.
import { useMutation } from '@tanstack/react-query';
import type { Substitute } from '../../../domain/availability';
import type { HandOverNotice } from './absences-data-source';
import { useAbsencesDataSource } from './absences-data-source';

type HandOver = {
  fromPersonId: string;
  to: Substitute;
  team: string | null;
  notice: HandOverNotice;
};

export function useReassignOpenCallbacks() {
  const source = useAbsencesDataSource();
  const reassign = source.reassignOpenCallbacks;
  const mutation = useMutation({
    mutationFn: ({ fromPersonId, to, team, notice }: HandOver) => {
      if (reassign === null) throw new Error('Handing over callbacks is not offered here.');
      return reassign(fromPersonId, to, team, notice);
    },
  });
  return { offered: reassign !== null ? ('offered' as const) : ('notOffered' as const), mutation };
}
