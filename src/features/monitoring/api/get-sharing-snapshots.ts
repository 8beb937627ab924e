// Read: the recorded weekly measurements of calendar sharing from a week on (the trend on the monitor).
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { IsoWeek } from '../../../domain/figures';
import type { MonitoringDataSource } from './monitoring-data-source';
import { useMonitoringDataSource } from './monitoring-data-source';

export const sharingSnapshotsKey = (fromWeek: IsoWeek) =>
  ['monitoring', 'sharingSnapshots', fromWeek] as const;

export const sharingSnapshotsOptions = (source: MonitoringDataSource, fromWeek: IsoWeek) =>
  queryOptions({
    queryKey: sharingSnapshotsKey(fromWeek),
    queryFn: () => source.readSharingSnapshots(fromWeek),
  });

export function useSharingSnapshots(fromWeek: IsoWeek) {
  return useQuery(sharingSnapshotsOptions(useMonitoringDataSource(), fromWeek));
}
