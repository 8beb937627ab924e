// Wire shapes shared by the schedule, events and mailbox settings.
import type { StoredWorkingHours } from '../../store';
import { formatGraphDateTime } from '../../time';

export function dateTimeTimeZone(iso: string, zone: { name: string; zone: string }) {
  return { dateTime: formatGraphDateTime(new Date(iso), zone.zone), timeZone: zone.name };
}

export function workingHoursDto(hours: StoredWorkingHours) {
  return {
    daysOfWeek: [...hours.daysOfWeek],
    startTime: hours.startTime,
    endTime: hours.endTime,
    timeZone: hours.customTimeZone
      ? structuredClone(hours.customTimeZone)
      : { name: hours.timeZone },
  };
}
