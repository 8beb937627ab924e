// Public API of the monitoring figures: per team and ISO week, rates, norm and baseline.
export type { IsoWeek } from './iso-week';
export { isoWeekMonday, isoWeekOf, isoWeeksFromTo } from './iso-week';
export type { WorkingTimeMeter } from './working-time-meter';
export { createWorkingTimeMeter } from './working-time-meter';
export type {
  CallbackFigures,
  FiguresAccumulator,
  FiguresOptions,
  FiguresPeriod,
  FiguresReport,
  OverdueByPerson,
  OverdueRequest,
  TeamFigures,
  WeekFigures,
} from './callback-figures';
export {
  computeFigures,
  createFiguresAccumulator,
  medianOf,
  overdueByPerson,
} from './callback-figures';
export type { AbsenceSignals, MissingSubstitute } from './absence-signals';
export { absenceSignals } from './absence-signals';
export type { CallbackNorms, FigureRates, NormVerdict, Rate } from './norms';
export {
  DEFAULT_CALLBACK_NORMS,
  STUDY_BASELINE,
  figureRates,
  normVerdict,
  rateVerdict,
} from './norms';
export type { ScopedTeam, SignalScope } from './team-scope';
export { groupByTeam, requestsOfTeam, signalScope, teamsLedBy } from './team-scope';
export type { WorkingHoursProblem } from './working-hours-signal';
export { workingHoursProblem } from './working-hours-signal';
export type { CalendarSharing, SharingCount, SharingSnapshot } from './calendar-sharing';
export { sharingCounts, sharingShare, weeklySharing } from './calendar-sharing';
export type {
  ContactFigures,
  ContactFiguresAccumulator,
  ContactFiguresOptions,
  ContactRates,
  ContactReport,
  ContactTeamFigures,
  ContactWeek,
} from './contact-figures';
export {
  CONTACT_STUDY_BASELINE,
  computeContactFigures,
  contactRates,
  createContactFiguresAccumulator,
} from './contact-figures';
export type { RepeatEvent, RepeatTally } from './repeat-traffic';
export { repeatEventsOf, repeatTrafficRate } from './repeat-traffic';
