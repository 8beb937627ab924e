// Public API of the daily job's planning: what to send and remove on a working day, nothing on a closed day.
export type {
  ClosedReason,
  DailyAbsence,
  DailyInput,
  DailyMessage,
  DailyMessageKind,
  DailyPlan,
  DailyRecipient,
  DailyRunSummary,
  DailyTeam,
  RetentionStep,
} from './daily-plan';
export { closedReason, dailyKey, emptyDailyRunSummary, planDailyRun } from './daily-plan';
