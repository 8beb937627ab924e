// A reminder about a monitor signal ("agenda niet gedeeld", "geen werktijden"), sent to one colleague: a Teams
// activity that opens "Mijn bereikbaarheid" where the organisation uses Teams activities and the app is installed for
// the person, otherwise an e-mail with a link to the same page. Texts in Dutch by default, no personal data but the
// recipient's own name.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { ReminderTopic } from '../../domain/reminders';
import { escapeHtml } from '../../domain/text';
import { teamsCatalogAppId } from '../../graph/callbacks';
import { toGraphRequestError } from '../../graph/client';
import type { ActivityNotification } from '../../graph/mail';
import { sendActivityNotification, sendMail } from '../../graph/mail';
import { myAvailabilityDeepLink } from '../../graph/monitoring';
import { translate } from '../../i18n';
import type { Locale, MessageKey } from '../../i18n';
import { htmlMessage } from '../html-message';
import type { NotificationChannel } from '../callbacks/callback-notice';

/** Whom to remind, of what, and how to reach the app. */
export type ReminderNotice = {
  topic: ReminderTopic;
  recipient: { id: string; displayName: string; mail: string | null };
  /** The coordinator who sends it, for the signature. */
  senderName: string;
  channel: NotificationChannel;
  /** The app's id in Teams (the manifest's `id`), to find its catalog id for the deep link. */
  teamsAppId: string;
  teamsCatalogAppId: string | null;
  /** "Mijn bereikbaarheid" in the app on the web, for the e-mail; null when not known. */
  webUrl: string | null;
  locale?: Locale;
};

export type ReminderResult = { sent: 'teamsActivity' | 'email' } | { sent: 'nobody' };

const subjectKeys: Readonly<Record<ReminderTopic, MessageKey>> = {
  calendarNotShared: 'reminders.notice.calendarNotShared.subject',
  workingHoursMissing: 'reminders.notice.workingHoursMissing.subject',
};
const bodyKeys: Readonly<Record<ReminderTopic, MessageKey>> = {
  calendarNotShared: 'reminders.notice.calendarNotShared.body',
  workingHoursMissing: 'reminders.notice.workingHoursMissing.body',
};

/**
 * The activity: the topic opens the "Mijn bereikbaarheid" tab; the preview says what to do.
 * @example reminderActivity('calendarNotShared', catalogId).previewText.content // "Open uw agenda voor collega's: …"
 */
export function reminderActivity(
  topic: ReminderTopic,
  catalogAppId: string,
  locale: Locale = 'nl',
): ActivityNotification {
  const what = translate(locale, subjectKeys[topic]);
  return {
    topic: {
      source: 'text',
      value: translate(locale, 'reminders.notice.activity.topic'),
      webUrl: myAvailabilityDeepLink(catalogAppId),
    },
    // Declared in the manifest's activities.activityTypes.
    activityType: 'availabilityReminder',
    previewText: { content: `${what}: ${translate(locale, 'reminders.notice.activity.action')}` },
    templateParameters: [{ name: 'what', value: what }],
  };
}

/**
 * The e-mail: subject and HTML body (the names escaped).
 * @example reminderMail(notice).subject // "Herinnering: open uw agenda voor collega's"
 */
export function reminderMail(
  notice: Pick<ReminderNotice, 'topic' | 'recipient' | 'senderName' | 'webUrl' | 'locale'>,
): { subject: string; htmlBody: string } {
  const locale = notice.locale ?? 'nl';
  const subject = translate(locale, 'reminders.notice.mail.subject', {
    what: translate(locale, subjectKeys[notice.topic]),
  });
  const link =
    notice.webUrl === null
      ? `<p>${htmlMessage(locale, 'reminders.notice.mail.noLink')}</p>`
      : `<p><a href="${escapeHtml(notice.webUrl)}">${htmlMessage(locale, 'reminders.notice.mail.link')}</a></p>`;
  const htmlBody = [
    `<p>${htmlMessage(locale, 'reminders.notice.mail.greeting', { name: notice.recipient.displayName })}</p>`,
    `<p>${htmlMessage(locale, bodyKeys[notice.topic])}</p>`,
    link,
    `<p>${htmlMessage(locale, 'reminders.notice.mail.signature', { name: notice.senderName })}</p>`,
  ].join('');
  return { subject, htmlBody };
}

class AppNotInCatalogError extends Error {
  override readonly name = 'AppNotInCatalogError';
}

/**
 * Sends one reminder. A Teams activity refused for any reason (403/404: the app is not installed for the person; the
 * app not in the catalog) falls back to e-mail; a transient failure of the activity or the e-mail (no answer, 429 the
 * client gave up on, 5xx) throws a GraphRequestError, so the caller can say so and try again later.
 * @example await sendReminderNotice(client, { topic: 'calendarNotShared', recipient, senderName: 'Ingrid Bakker', channel: 'teamsActivity', teamsAppId, teamsCatalogAppId: null, webUrl })
 * // { sent: 'teamsActivity' }
 */
export async function sendReminderNotice(
  client: Client,
  notice: ReminderNotice,
): Promise<ReminderResult> {
  const locale = notice.locale ?? 'nl';
  if (notice.channel === 'teamsActivity') {
    try {
      const catalogId = await teamsCatalogAppId(client, {
        manifestId: notice.teamsAppId,
        configured: notice.teamsCatalogAppId,
      });
      if (catalogId === null) throw new AppNotInCatalogError(notice.teamsAppId);
      await sendActivityNotification(
        client,
        notice.recipient.id,
        reminderActivity(notice.topic, catalogId, locale),
      );
      return { sent: 'teamsActivity' };
    } catch (error) {
      if (!(error instanceof AppNotInCatalogError)) {
        const failure = toGraphRequestError(error);
        if (failure.status === 0 || failure.status === 429 || failure.status >= 500) throw failure;
      }
    }
  }
  if (notice.recipient.mail === null) return { sent: 'nobody' };
  try {
    await sendMail(client, { to: [notice.recipient.mail], ...reminderMail(notice) });
  } catch (error) {
    throw toGraphRequestError(error);
  }
  return { sent: 'email' };
}
