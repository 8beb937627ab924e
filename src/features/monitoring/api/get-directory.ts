// Read: people and teams (names for ids, who is in which team, who leads it).
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MonitoringDataSource } from './monitoring-data-source';
import { useMonitoringDataSource } from './monitoring-data-source';

export const monitoringDirectoryKey = ['monitoring', 'directory'] as const;

export const monitoringDirectoryOptions = (source: MonitoringDataSource) =>
  queryOptions({ queryKey: monitoringDirectoryKey, queryFn: () => source.loadDirectory() });

export function useMonitoringDirectory() {
  return useQuery(monitoringDirectoryOptions(useMonitoringDataSource()));
}
