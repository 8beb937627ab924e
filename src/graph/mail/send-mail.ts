// Sending e-mail as the signed-in user (Mail.Send). Callers build the HTML body from escaped text only.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { Message } from '@microsoft/microsoft-graph-types';

export const sendMailScopes = ['Mail.Send'] as const;

export type OutgoingMail = {
  to: readonly string[];
  cc?: readonly string[];
  subject: string;
  /** HTML; every user-typed part must already be escaped (see escapeHtml in src/domain/text). */
  htmlBody: string;
  /** Keep a copy in the sender's Sent Items (Graph's default) or not. */
  sentItems?: 'save' | 'doNotSave';
};

/**
 * Sends one e-mail through `POST /me/sendMail`; Graph answers 202 with no body.
 * @example await sendMail(client, { to: ['burgerzaken@lindeburg.example'], subject: 'Terugbelverzoek', htmlBody: '<p>…</p>' })
 */
export async function sendMail(client: Client, mail: OutgoingMail): Promise<void> {
  const recipients = (addresses: readonly string[] | undefined) =>
    (addresses ?? []).map((address) => ({ emailAddress: { address } }));
  const message: Message = {
    subject: mail.subject,
    body: { contentType: 'html', content: mail.htmlBody },
    toRecipients: recipients(mail.to),
    ccRecipients: recipients(mail.cc),
  };
  await client
    .api('/me/sendMail')
    .post({ message, saveToSentItems: mail.sentItems !== 'doNotSave' });
}
