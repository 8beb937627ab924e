// Read: what the schedules of the given people tell about their calendar (titles shown or free/busy only) and their
// working hours; one read for the signals "agenda niet gedeeld" and "geen werktijden" and the sharing share.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PersonRef } from '../../../graph/availability';
import type { MonitoringDataSource } from './monitoring-data-source';
import { useMonitoringDataSource } from './monitoring-data-source';

export const calendarChecksKey = (people: readonly PersonRef[]) =>
  ['monitoring', 'calendarChecks', people.map((person) => person.id).join(',')] as const;

export const calendarChecksOptions = (source: MonitoringDataSource, people: readonly PersonRef[]) =>
  queryOptions({
    queryKey: calendarChecksKey(people),
    queryFn: () => source.calendarChecks([...people]),
  });

export function useCalendarChecks(people: readonly PersonRef[]) {
  return useQuery(calendarChecksOptions(useMonitoringDataSource(), people));
}
