// The daily job's messages: a reminder to a person or a team's general mailbox, an escalation or the absences past
// their end to a team leader. A Teams activity for a person where the organisation uses them and the app is
// installed, else an e-mail from the front office's mailbox (an application has no /me). No citizen data: each line
// says when a request is due, where it is and who holds it; the link opens the app, where the request is.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { CallbackRequest } from '../../domain/callbacks';
import type { DailyAbsence, DailyMessage } from '../../domain/daily-run';
import { escapeHtml } from '../../domain/text';
import type { Instant } from '../../domain/time';
import { teamsCatalogAppId } from '../../graph/callbacks';
import { toGraphRequestError } from '../../graph/client';
import type { ActivityNotification } from '../../graph/mail';
import { sendActivityNotification, sendMailFrom } from '../../graph/mail';
import { formatDayTime, formatFullDay, translate } from '../../i18n';
import type { Locale, MessageKey } from '../../i18n';
import type { NotificationChannel } from '../callbacks/callback-notice';
import { htmlMessage } from '../html-message';

/** What the texts need besides the message: names, the requests and absences it names, where the app is. */
export type DailyNoticeContext = {
  now: Instant;
  locale?: Locale;
  channel: NotificationChannel;
  /** The mailbox e-mails are sent from (BRK_FRONT_OFFICE_MAILBOX). */
  senderMailbox: string;
  teamsAppId: string;
  teamsCatalogAppId: string | null;
  /** The app on the web (BRK_APP_BASE_URL), for the e-mail's link; null: no link. */
  appBaseUrl: string | null;
  people: ReadonlyMap<string, { displayName: string; mail: string | null }>;
  callbacks: ReadonlyMap<string, CallbackRequest>;
  absences: ReadonlyMap<string, DailyAbsence>;
};

export type DailySendResult = { sent: 'teamsActivity' | 'email' } | { sent: 'nobody' };

/** The app's pages (src/app/routes.ts) and static tabs (manifest) each message links to. */
const targets = {
  reminder: { route: 'mijn-terugbelverzoeken', tab: 'myCallbacks', link: 'daily.link.myCallbacks' },
  escalation: {
    route: 'terugbelverzoeken-team',
    tab: 'teamCallbacks',
    link: 'daily.link.teamCallbacks',
  },
  absences: { route: 'mijn-team', tab: 'myTeam', link: 'daily.link.myTeam' },
} as const satisfies Record<DailyMessage['kind'], { route: string; tab: string; link: MessageKey }>;

/** Declared in the manifest's activities.activityTypes. */
const activityTypes: Readonly<Record<DailyMessage['kind'], string>> = {
  reminder: 'callbackDailyReminder',
  escalation: 'callbackEscalation',
  absences: 'absencePastEnd',
};

const nameOf = (context: DailyNoticeContext, id: string | null): string =>
  id === null ? '' : (context.people.get(id)?.displayName ?? id);

/** One line per request: due today or late, unclaimed or with whom, which team. */
function callbackLine(
  context: DailyNoticeContext,
  request: CallbackRequest,
  locale: Locale,
): string {
  const due = formatFullDay(new Date(request.dueAt), locale);
  const parts = [
    htmlMessage(locale, context.now > request.dueAt ? 'daily.item.late' : 'daily.item.dueToday', {
      due,
    }),
  ];
  const holder = request.assignedToPersonId ?? request.claimedById;
  parts.push(
    holder === null
      ? htmlMessage(locale, 'daily.item.unclaimed', {
          made: formatFullDay(new Date(request.madeAt), locale),
        })
      : htmlMessage(locale, 'daily.item.holder', { name: nameOf(context, holder) }),
  );
  if (request.assignedToTeam !== null)
    parts.push(htmlMessage(locale, 'daily.item.team', { team: request.assignedToTeam }));
  return `<li>${parts.join(', ')}</li>`;
}

function absenceLine(context: DailyNoticeContext, absence: DailyAbsence, locale: Locale): string {
  const until =
    absence.expectedUntil === 'unknown'
      ? ''
      : formatDayTime(new Date(absence.expectedUntil), locale);
  return `<li>${htmlMessage(locale, 'daily.item.absence', { name: nameOf(context, absence.personId), until })}</li>`;
}

/**
 * The e-mail: subject (no citizen data) and HTML body (every name escaped).
 * @example dailyMail(reminder, context).subject // 'Herinnering: 2 terugbelverzoeken vandaag of te laat'
 */
export function dailyMail(
  message: DailyMessage,
  context: DailyNoticeContext,
): { subject: string; htmlBody: string } {
  const locale = context.locale ?? 'nl';
  const count = message.subjectIds.length;
  const team = message.teamName ?? '';
  const mailbox = message.recipient.kind === 'mailbox';
  const subjectKey: MessageKey =
    message.kind === 'absences'
      ? 'daily.absences.subject'
      : message.kind === 'escalation'
        ? 'daily.escalation.subject'
        : mailbox
          ? 'daily.mailbox.subject'
          : 'daily.reminder.subject';
  const introKey: MessageKey =
    message.kind === 'absences'
      ? 'daily.absences.intro'
      : message.kind === 'escalation'
        ? 'daily.escalation.intro'
        : mailbox
          ? 'daily.mailbox.intro'
          : 'daily.reminder.intro';
  const greeting =
    message.recipient.kind === 'mailbox'
      ? htmlMessage(locale, 'daily.greeting.team', { team: message.recipient.teamName })
      : htmlMessage(locale, 'daily.greeting.person', {
          name: nameOf(context, message.recipient.personId),
        });
  const lines = message.subjectIds.flatMap((id) => {
    if (message.kind === 'absences') {
      const absence = context.absences.get(id);
      return absence === undefined ? [] : [absenceLine(context, absence, locale)];
    }
    const request = context.callbacks.get(id);
    return request === undefined ? [] : [callbackLine(context, request, locale)];
  });
  const target = targets[message.kind];
  const link =
    context.appBaseUrl === null
      ? `<p>${htmlMessage(locale, 'daily.noLink')}</p>`
      : `<p><a href="${escapeHtml(`${context.appBaseUrl.replace(/#.*$/, '')}#/${target.route}`)}">${htmlMessage(locale, target.link)}</a></p>`;
  return {
    subject: translate(locale, subjectKey, { count, team }),
    htmlBody: [
      `<p>${greeting}</p>`,
      `<p>${htmlMessage(locale, introKey)}</p>`,
      `<ul>${lines.join('')}</ul>`,
      link,
      `<p>${htmlMessage(locale, 'daily.signature')}</p>`,
    ].join(''),
  };
}

/**
 * The Teams activity: opens the app's tab for the message; the preview says how many.
 * @example dailyActivity(reminder, catalogId).previewText.content // 'Herinnering: 2 terugbelverzoeken vandaag of te laat'
 */
export function dailyActivity(
  message: DailyMessage,
  catalogAppId: string,
  locale: Locale = 'nl',
): ActivityNotification {
  const count = message.subjectIds.length;
  const team = message.teamName ?? '';
  const previewKey: MessageKey =
    message.kind === 'absences'
      ? 'daily.activity.absences'
      : message.kind === 'escalation'
        ? 'daily.activity.escalation'
        : 'daily.activity.reminder';
  return {
    topic: {
      source: 'text',
      value: translate(
        locale,
        message.kind === 'absences'
          ? 'daily.activity.topic.team'
          : 'daily.activity.topic.callbacks',
      ),
      webUrl: `https://teams.microsoft.com/l/entity/${encodeURIComponent(catalogAppId)}/${targets[message.kind].tab}`,
    },
    activityType: activityTypes[message.kind],
    previewText: { content: translate(locale, previewKey, { count, team }) },
    templateParameters: [
      { name: 'count', value: String(count) },
      ...(message.kind === 'escalation' ? [{ name: 'team', value: team }] : []),
    ],
  };
}

class AppNotInCatalogError extends Error {
  override readonly name = 'AppNotInCatalogError';
}

/**
 * Sends one message. A person: a Teams activity when the channel is Teams activities (refused: 403/404, not in the
 * catalog → e-mail); a team's general mailbox: e-mail. A transient failure (no answer, a 429 the client gave up on,
 * 5xx) or a refused e-mail throws a GraphRequestError; the caller decides what it means (recorded before sending).
 * @example await sendDailyMessage(client, reminder, context) // { sent: 'teamsActivity' }
 */
export async function sendDailyMessage(
  client: Client,
  message: DailyMessage,
  context: DailyNoticeContext,
): Promise<DailySendResult> {
  const locale = context.locale ?? 'nl';
  if (message.recipient.kind === 'person' && context.channel === 'teamsActivity') {
    try {
      const catalogId = await teamsCatalogAppId(client, {
        manifestId: context.teamsAppId,
        configured: context.teamsCatalogAppId,
      });
      if (catalogId === null) throw new AppNotInCatalogError(context.teamsAppId);
      await sendActivityNotification(
        client,
        message.recipient.personId,
        dailyActivity(message, catalogId, locale),
      );
      return { sent: 'teamsActivity' };
    } catch (error) {
      if (!(error instanceof AppNotInCatalogError)) {
        const failure = toGraphRequestError(error);
        if (failure.status === 0 || failure.status === 429 || failure.status >= 500) throw failure;
      }
    }
  }
  const address =
    message.recipient.kind === 'mailbox'
      ? message.recipient.mailbox
      : (context.people.get(message.recipient.personId)?.mail ?? null);
  if (address === null || address === '') return { sent: 'nobody' };
  try {
    await sendMailFrom(client, context.senderMailbox, {
      to: [address],
      ...dailyMail(message, context),
    });
  } catch (error) {
    throw toGraphRequestError(error);
  }
  return { sent: 'email' };
}
