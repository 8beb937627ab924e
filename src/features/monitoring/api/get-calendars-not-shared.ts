// Read: which of the given people share their calendar as free/busy only (from their schedules alone).
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PersonRef } from '../../../graph/availability';
import type { MonitoringDataSource } from './monitoring-data-source';
import { useMonitoringDataSource } from './monitoring-data-source';

export const calendarsNotSharedKey = (people: readonly PersonRef[]) =>
  ['monitoring', 'calendarsNotShared', people.map((person) => person.id).join(',')] as const;

export const calendarsNotSharedOptions = (
  source: MonitoringDataSource,
  people: readonly PersonRef[],
) =>
  queryOptions({
    queryKey: calendarsNotSharedKey(people),
    queryFn: () => source.calendarNotShared([...people]),
  });

export function useCalendarsNotShared(people: readonly PersonRef[]) {
  return useQuery(calendarsNotSharedOptions(useMonitoringDataSource(), people));
}
