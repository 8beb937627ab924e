// Sending e-mail from a named mailbox (`POST /users/{mailbox}/sendMail`): the daily job signs in as the application,
// which has no /me. Mail.Send as an application permission reaches every mailbox unless Exchange limits it; deploy.md
// limits it to the front office's mailbox.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { OutgoingMail } from './send-mail';
import { sendMailBody } from './send-mail';

/**
 * Sends one e-mail from `mailbox` (https://learn.microsoft.com/en-us/graph/api/user-sendmail); Graph answers 202.
 * Not idempotent (see sendMail): the caller records it before sending.
 * @example await sendMailFrom(client, 'kcp@lindeburg.example', { to: ['pieter@lindeburg.example'], subject, htmlBody })
 */
export async function sendMailFrom(
  client: Client,
  mailbox: string,
  mail: OutgoingMail,
): Promise<void> {
  await client.api(`/users/${encodeURIComponent(mailbox)}/sendMail`).post(sendMailBody(mail));
}
