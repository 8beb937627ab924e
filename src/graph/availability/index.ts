// Availability signals from Graph for the people on screen.
export type { PersonRef, SignalKind, SignalsOptions, SignalsResult } from './availability-signals';
export {
  allSignalKinds,
  chunked,
  currentAbsencesFilter,
  fetchAvailabilitySignals,
  fetchAvailabilitySignalsNaively,
  mailTipsChunkSize,
  planSignalRequests,
  presenceChunkSize,
  scheduleChunkSize,
  scheduleWindow,
} from './availability-signals';
export {
  automaticRepliesFrom,
  calendarAccessOf,
  instantFromDateTimeTimeZone,
  presenceFrom,
  registeredAbsenceFrom,
  scheduleSignalsFrom,
  substituteIdsOf,
} from './signal-mappers';
export { availabilityScopes } from './scopes';
