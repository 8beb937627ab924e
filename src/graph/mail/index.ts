// Sending as the signed-in user: e-mail, and Teams activity feed notifications. Texts are built by the caller.
export { sendMail, sendMailScopes } from './send-mail';
export type { OutgoingMail } from './send-mail';
export {
  sendActivityNotification,
  sendActivityNotificationScopes,
} from './send-activity-notification';
export type { ActivityNotification } from './send-activity-notification';
