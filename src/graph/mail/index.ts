export { sendMail } from './send-mail';
export { mailScopes } from './scopes';
export type { OutgoingMail } from './send-mail';
