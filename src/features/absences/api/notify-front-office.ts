// Write: the front office's e-mail about a new, changed or ended absence (never its kind).
import { useMutation } from '@tanstack/react-query';
import type { FrontOfficeNotice } from '../../../notifications';
import { useAbsencesDataSource } from './absences-data-source';

export function useNotifyFrontOffice() {
  const source = useAbsencesDataSource();
  return useMutation({
    mutationFn: (notice: FrontOfficeNotice) => source.notifyFrontOffice(notice),
  });
}
