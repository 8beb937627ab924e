// The e-mail about a callback request: a subject without citizen data, and a body in which everything the citizen
// said is HTML-escaped.
import type { CallbackChannel, CallbackRequest } from '../../domain/callbacks';
import { escapeHtml, multilineHtml } from '../../domain/text';
import { formatFullDay, translate } from '../../i18n';
import type { Locale, MessageKey } from '../../i18n';
import { htmlMessage } from '../html-message';
import type { CallbackNotificationContext, NotificationEvent } from './callback-notice';

const channelKeys: Readonly<Record<CallbackChannel, MessageKey>> = {
  phone: 'notifications.callback.channel.phone',
  email: 'notifications.callback.channel.email',
  desk: 'notifications.callback.channel.desk',
  chat: 'notifications.callback.channel.chat',
};

/**
 * The due moment as a written-out day in Europe/Amsterdam.
 * @example dueText(Date.parse('2026-12-01T22:59:59.999Z')) // 'dinsdag 1 december 2026'
 */
export function dueText(dueAt: number, locale: Locale = 'nl'): string {
  return formatFullDay(new Date(dueAt), locale);
}

export const isLate = (request: CallbackRequest, now: number): boolean =>
  request.status === 'open' && now > request.dueAt;

/** The e-mail's subject: no citizen data (subjects show in previews and notifications). */
export function callbackMailSubject(
  request: CallbackRequest,
  event: NotificationEvent = { kind: 'created' },
  now: number = Date.now(),
  locale: Locale = 'nl',
): string {
  const what = translate(
    locale,
    event.kind === 'repeatCall'
      ? 'notifications.repeatCall.subject'
      : event.kind === 'reassigned'
        ? request.assignedToPersonId === null
          ? 'notifications.callback.subject.reassignedToTeam'
          : 'notifications.callback.subject.reassignedToYou'
        : 'notifications.callback.subject.created',
  );
  // A request handed on after its due moment says so: the date in it lies in the past.
  return translate(
    locale,
    isLate(request, now)
      ? 'notifications.callback.subject.late'
      : 'notifications.callback.subject.due',
    { what, due: dueText(request.dueAt, locale) },
  );
}

/**
 * The e-mail's HTML body. Every value that came from a person's typing is escaped here.
 * @example callbackMailHtml({ ...request, question: '<script>' }, context).includes('&lt;script&gt;') // true
 */
export function callbackMailHtml(
  request: CallbackRequest,
  context: Pick<CallbackNotificationContext, 'madeByName' | 'linkUrl' | 'locale'> & {
    event?: NotificationEvent;
    /** The phone as people read it ("06 12345601"); the stored E.164 form when not given. */
    phoneText?: (e164: string) => string;
    now?: number;
  },
): string {
  const event = context.event ?? { kind: 'created' };
  const now = context.now ?? Date.now();
  const locale = context.locale ?? 'nl';
  const readable = context.phoneText ?? ((e164: string) => e164);
  const text = (key: MessageKey) => htmlMessage(locale, key);
  const row = (label: MessageKey, valueHtml: string) =>
    `<tr><th align="left" valign="top">${text(label)}</th><td>${valueHtml}</td></tr>`;
  const phone = request.citizen.phone;
  const due = dueText(request.dueAt, locale);
  const team = request.assignedToTeam;
  const rows = [
    row('notifications.callback.field.name', escapeHtml(request.citizen.name)),
    phone === null
      ? ''
      : row(
          'notifications.callback.field.phone',
          `<a href="tel:${escapeHtml(phone)}">${escapeHtml(readable(phone))}</a>`,
        ),
    request.citizen.email === null
      ? ''
      : row('notifications.callback.field.email', escapeHtml(request.citizen.email)),
    row('notifications.callback.field.question', multilineHtml(request.question)),
    request.preferredTime === null
      ? ''
      : row('notifications.callback.field.preferredTime', escapeHtml(request.preferredTime)),
    row('notifications.callback.field.channel', text(channelKeys[request.channel])),
    row(
      'notifications.callback.field.due',
      isLate(request, now)
        ? htmlMessage(
            locale,
            'notifications.callback.due.late',
            { date: due },
            { late: `<strong>${text('notifications.callback.late')}</strong>` },
          )
        : htmlMessage(locale, 'notifications.callback.due', { date: due }),
    ),
    row('notifications.callback.field.madeBy', escapeHtml(context.madeByName)),
    event.kind === 'reassigned'
      ? row('notifications.callback.field.assignedBy', escapeHtml(event.byName))
      : '',
  ].join('');
  const link =
    context.linkUrl === null
      ? ''
      : `<p><a href="${escapeHtml(context.linkUrl)}">${text('notifications.callback.link')}</a></p>`;
  const whom =
    request.assignedToPersonId === null && team !== null
      ? `<p>${htmlMessage(locale, 'notifications.callback.forTeam', { team })}</p>`
      : '';
  const intro =
    event.kind === 'repeatCall'
      ? htmlMessage(locale, 'notifications.repeatCall.intro', { byName: event.byName })
      : event.kind === 'reassigned'
        ? request.assignedToPersonId === null
          ? text('notifications.callback.intro.reassignedToTeam')
          : text('notifications.callback.intro.reassignedToYou')
        : request.assignedToPersonId === null && team !== null
          ? htmlMessage(locale, 'notifications.callback.intro.createdForTeam', { team })
          : text('notifications.callback.intro.createdForYou');
  // The mail outlives the list's retention (it sits in a mailbox): say what to do with it.
  const retention = `<p>${text('notifications.callback.retention')}</p>`;
  return `<p>${intro}</p>${whom}<table>${rows}</table>${link}${retention}`;
}
