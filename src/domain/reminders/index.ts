// Public API of the reminders about the monitor's signals: at most one a week per person and topic.
export type { RecordedReminder, ReminderDecision, ReminderTopic } from './reminder-rules';
export {
  REMINDER_INTERVAL_MS,
  reminderDecisions,
  reminderIdOf,
  reminderTopics,
  reminderWindowStart,
} from './reminder-rules';
