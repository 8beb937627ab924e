// Read: the absences nobody has ended yet (for the signals: no substitute, past the expected end).
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MonitoringDataSource } from './monitoring-data-source';
import { useMonitoringDataSource } from './monitoring-data-source';

export const openAbsencesKey = ['monitoring', 'openAbsences'] as const;

export const openAbsencesOptions = (source: MonitoringDataSource) =>
  queryOptions({ queryKey: openAbsencesKey, queryFn: () => source.readOpenAbsences() });

export function useOpenAbsences() {
  return useQuery(openAbsencesOptions(useMonitoringDataSource()));
}
