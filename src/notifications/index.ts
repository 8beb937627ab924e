// The e-mails and Teams activities Bereikbaar sends: texts built through i18n (Dutch by default), sent through
// src/graph (sendMail, sendActivityNotification).
export type {
  CallbackNotificationContext,
  NotificationChannel,
  NotificationEvent,
  NotificationResult,
  ReassignNotice,
} from './callbacks/callback-notice';
export { callbackMailHtml, callbackMailSubject, dueText } from './callbacks/callback-mail';
export { callbackActivity } from './callbacks/callback-activity';
export { notifyCallbackAssignees, notifyReassignedCallback } from './callbacks/notify-callback';
export type { FrontOfficeChange, FrontOfficeNotice } from './absences/front-office-mail';
export { frontOfficeMail, notifyFrontOffice } from './absences/front-office-mail';
export type { ReminderNotice, ReminderResult } from './reminders/reminder-notice';
export { reminderActivity, reminderMail, sendReminderNotice } from './reminders/reminder-notice';
export type { DailyNoticeContext, DailySendResult } from './daily-run/daily-notice';
export { dailyActivity, dailyMail, sendDailyMessage } from './daily-run/daily-notice';
