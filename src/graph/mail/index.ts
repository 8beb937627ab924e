// Sending as the signed-in user: e-mail, and Teams activity feed notifications. Texts are built by the caller.
export { sendMail } from './send-mail';
export { sendMailFrom } from './send-mail-from';
export type { OutgoingMail } from './send-mail';
export { sendActivityNotification } from './send-activity-notification';
export type { ActivityNotification } from './send-activity-notification';
export { mailScopes } from './scopes';
