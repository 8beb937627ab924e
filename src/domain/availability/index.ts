// Public API of the availability rules.
export type {
  AbsenceDetail,
  AgentAbsenceDetail,
  AgentAvailability,
  AutomaticReplies,
  Availability,
  AvailabilityReason,
  AvailabilitySignals,
  AvailabilityState,
  AvailabilityVerdict,
  Calendar,
  CalendarAccess,
  CalendarItem,
  CalendarItemView,
  Presence,
  PresenceDetail,
  RegisteredAbsence,
  Substitute,
  TimeSlot,
  WorkingHours,
} from './availability-types';
export type { AbsenceWithin, AvailabilityOptions } from './availability-at';
export { absenceWithin, agentViewOfAvailability, availabilityAt } from './availability-at';
export { plainTextOf } from './plain-text';
export type {
  AutomaticRepliesStatus,
  PresenceActivity,
  PresenceAvailability,
  ScheduleStatus,
} from './signal-normalizers';
export {
  normalizeActivity,
  normalizeAutomaticRepliesStatus,
  normalizeAvailability,
  normalizeScheduleStatus,
} from './signal-normalizers';
export type { ReachabilityEntry } from './team-order';
export { firstReachable, orderByReachability, soonestReachable } from './team-order';
export type { TimeInterval } from './intervals';
export { intervalContains, intervalsOverlap, mergeIntervals } from './intervals';
export type { ResolvedWorkingHours } from './working-hours';
export {
  DEFAULT_WORKING_HOURS,
  nextStartOfWork,
  resolveWorkingHours,
  workingWindowAt,
  workingWindowsBetween,
} from './working-hours';
