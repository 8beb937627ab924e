export { sendMail, sendMailScopes } from './send-mail';
export type { OutgoingMail } from './send-mail';
