// Sending e-mail as the signed-in user (Mail.Send). Callers build the HTML body from escaped text only.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { Message } from '@microsoft/microsoft-graph-types';

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
 *
 * sendMail is not idempotent and leaves nothing to look up afterwards (no id comes back; Sent Items may not be
 * kept, and fills in later), so the Graph client never repeats it after a 503/504 or a dropped connection: the
 * mail may have been sent. Only a 429 is repeated (Graph refused it, nothing was sent). What happens after a lost
 * answer is the caller's decision. The callbacks outbox tries a notification again later, because a duplicate
 * notice of the same request (same subject, same link, one item in the list) is less bad than an assignee who never
 * hears of a citizen waiting for a callback within two working days. The front-office notice of an absence is not
 * tried again: the screen says the mail could not be sent and that the front office sees the absence in Bereikbaar
 * all the same (it reads the absences list), so a missing notice loses nothing and a duplicate would add nothing.
 * @example await sendMail(client, { to: ['burgerzaken@lindeburg.example'], subject: 'Terugbelverzoek', htmlBody: '<p>…</p>' })
 */
export async function sendMail(client: Client, mail: OutgoingMail): Promise<void> {
  await client.api('/me/sendMail').post(sendMailBody(mail));
}

/** The body of a sendMail request (also `/users/{mailbox}/sendMail`, see send-mail-from.ts). */
export function sendMailBody(mail: OutgoingMail): { message: Message; saveToSentItems: boolean } {
  const recipients = (addresses: readonly string[] | undefined) =>
    (addresses ?? []).map((address) => ({ emailAddress: { address } }));
  return {
    message: {
      subject: mail.subject,
      body: { contentType: 'html', content: mail.htmlBody },
      toRecipients: recipients(mail.to),
      ccRecipients: recipients(mail.cc),
    },
    saveToSentItems: mail.sentItems !== 'doNotSave',
  };
}
