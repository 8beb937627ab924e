// The signal "geen werktijden": a colleague whose Outlook working hours are missing or clearly wrong, so the front
// office cannot tell "outside working hours" from "reachable" (availability rule 3 then never applies).
import type { WorkingHours } from '../availability';
import { resolveWorkingHours } from '../availability';

/**
 * Why working hours are not usable: 'missing' (none, no day, or times that cannot be read), 'wholeDay' (a span of
 * 23 hours or more, such as 00:00–23:59: Outlook's way of saying nothing was set).
 */
export type WorkingHoursProblem = 'missing' | 'wholeDay';

const wholeDayMinutes = 23 * 60;

/**
 * The problem with a person's working hours, or null when they are usable.
 * @example workingHoursProblem(null) // 'missing'
 * @example workingHoursProblem({ daysOfWeek: ['monday'], startTime: '00:00', endTime: '23:59' }) // 'wholeDay'
 * @example workingHoursProblem({ daysOfWeek: ['monday'], startTime: '08:00', endTime: '17:00' }) // null
 */
export function workingHoursProblem(hours: WorkingHours | null): WorkingHoursProblem | null {
  const resolved = resolveWorkingHours(hours);
  if (resolved === null) return 'missing';
  // An end at or before the start runs into the next day (a night shift).
  const span =
    resolved.endMinute > resolved.startMinute
      ? resolved.endMinute - resolved.startMinute
      : resolved.endMinute + 1440 - resolved.startMinute;
  return span >= wholeDayMinutes ? 'wholeDay' : null;
}
