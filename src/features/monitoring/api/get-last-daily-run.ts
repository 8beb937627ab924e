// Read: the daily job's last run (`npm run daily`), for the monitor's "Laatste dagelijkse controle".
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MonitoringDataSource } from './monitoring-data-source';
import { useMonitoringDataSource } from './monitoring-data-source';

export const lastDailyRunKey = ['monitoring', 'lastDailyRun'] as const;

export const lastDailyRunOptions = (source: MonitoringDataSource) =>
  queryOptions({
    queryKey: lastDailyRunKey,
    queryFn: () => source.readLastDailyRun(),
  });

export function useLastDailyRun() {
  return useQuery(lastDailyRunOptions(useMonitoringDataSource()));
}
