// The e-mail that tells the front office (KCP) about an absence: registered, changed (which fields) or ended: who,
// from, until when, who takes over, the note.
// It is built from the front-office view only (no kind can be passed in): the front office must not learn the reason.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { Absence, FrontOfficeField } from '../../domain/absences';
import type { Instant } from '../../domain/time';
import { escapeHtml, multilineHtml } from '../../domain/text';
import { sendMail } from '../../graph/mail';
import type { OutgoingMail } from '../../graph/mail';
import { formatFullDateTime, translate } from '../../i18n';
import type { Locale, MessageKey } from '../../i18n';

/** What happened to the absence: newly registered (the default), changed in the listed fields, or ended. */
export type FrontOfficeChange =
  | { kind: 'registered' }
  | { kind: 'changed'; fields: readonly FrontOfficeField[] }
  | { kind: 'ended'; at: Instant };

/** What the mail may show: the absence without its kind, and names for the ids in it. */
export type FrontOfficeNotice = {
  absence: Omit<Absence, 'kind'>;
  personName: string;
  /** Display name per person id (substitutes, the leader). */
  nameOf: (personId: string) => string;
  /** The leader who registered, changed or ended it. */
  registeredByName: string;
  change?: FrontOfficeChange;
  /** The language of the mail; Dutch when not given. */
  locale?: Locale;
};

const fieldKeys: Readonly<Record<FrontOfficeField, MessageKey>> = {
  from: 'notifications.frontOffice.field.from',
  until: 'notifications.frontOffice.field.until',
  calls: 'notifications.frontOffice.field.calls',
  callbacks: 'notifications.frontOffice.field.callbacks',
  note: 'notifications.frontOffice.field.note',
};

function substituteText(
  substitute: Absence['substituteForCalls'],
  nameOf: (id: string) => string,
  locale: Locale,
): string {
  if (substitute === null) return translate(locale, 'notifications.frontOffice.noSubstitute');
  return substitute.kind === 'person'
    ? nameOf(substitute.personId)
    : translate(locale, 'notifications.frontOffice.teamMailbox', { mailbox: substitute.mailbox });
}

/**
 * The notice as an e-mail to the front-office mailbox, in Dutch unless asked otherwise, every typed or looked-up
 * text HTML-escaped. A change names the fields that changed (marked in the table too); an end says since when the
 * person is back.
 * @example frontOfficeMail('kcp@lindeburg.example', notice).subject // 'Afwezig: Pieter van der Berg'
 * @example frontOfficeMail(mailbox, { ...notice, change: { kind: 'changed', fields: ['until'] } }).subject
 * // 'Afwezigheid gewijzigd: Pieter van der Berg'
 */
export function frontOfficeMail(mailbox: string, notice: FrontOfficeNotice): OutgoingMail {
  const { absence, nameOf } = notice;
  const locale = notice.locale ?? 'nl';
  const t = (key: MessageKey, params?: Readonly<Record<string, string>>) =>
    translate(locale, key, params);
  const dateTime = (at: number) => formatFullDateTime(new Date(at), locale);
  const change = notice.change ?? { kind: 'registered' };
  const until =
    absence.expectedUntil === 'unknown'
      ? t('notifications.frontOffice.untilUnknown')
      : dateTime(absence.expectedUntil);
  const changed = new Set<FrontOfficeField>(change.kind === 'changed' ? change.fields : []);
  const row = (field: FrontOfficeField, value: string): [string, string] => [
    changed.has(field)
      ? t('notifications.frontOffice.changed', { label: t(fieldKeys[field]) })
      : t(fieldKeys[field]),
    value,
  ];
  const byLabel = t(
    change.kind === 'registered'
      ? 'notifications.frontOffice.field.registeredBy'
      : 'notifications.frontOffice.field.changedBy',
  );
  const person = t('notifications.frontOffice.field.person');
  const rows: [string, string][] =
    change.kind === 'ended'
      ? [
          [person, notice.personName],
          [t('notifications.frontOffice.field.backSince'), dateTime(change.at)],
          [t('notifications.frontOffice.field.registeredBy'), notice.registeredByName],
        ]
      : [
          [person, notice.personName],
          row('from', dateTime(absence.from)),
          row('until', until),
          row('calls', substituteText(absence.substituteForCalls, nameOf, locale)),
          row('callbacks', substituteText(absence.substituteForCallbacks, nameOf, locale)),
          ...(absence.noteForFrontOffice || changed.has('note')
            ? [row('note', absence.noteForFrontOffice ?? t('notifications.frontOffice.noNote'))]
            : []),
          [byLabel, notice.registeredByName],
        ];
  const table = rows
    .map(
      ([label, value]) =>
        `<tr><th align="left">${escapeHtml(label)}</th><td>${multilineHtml(value)}</td></tr>`,
    )
    .join('');
  const name = notice.personName;
  const intro =
    change.kind === 'registered'
      ? t('notifications.frontOffice.intro.registered', { name })
      : change.kind === 'ended'
        ? t('notifications.frontOffice.intro.ended', { name })
        : t('notifications.frontOffice.intro.changed', {
            name,
            fields: change.fields
              .map((field) => t(fieldKeys[field]).toLocaleLowerCase(locale))
              .join(', '),
          });
  const subject = t(
    change.kind === 'registered'
      ? 'notifications.frontOffice.subject.registered'
      : change.kind === 'ended'
        ? 'notifications.frontOffice.subject.ended'
        : 'notifications.frontOffice.subject.changed',
    { name },
  );
  return { to: [mailbox], subject, htmlBody: `<p>${escapeHtml(intro)}</p><table>${table}</table>` };
}

/**
 * Sends the notice to the front-office mailbox (`config.organisation.frontOfficeMailbox`); nothing when none is set.
 * Scope: Mail.Send.
 * @example await notifyFrontOffice(client, 'kcp@lindeburg.example', notice)
 */
export async function notifyFrontOffice(
  client: Client,
  mailbox: string | null,
  notice: FrontOfficeNotice,
): Promise<'sent' | 'notConfigured'> {
  if (mailbox === null || mailbox.trim() === '') return 'notConfigured';
  await sendMail(client, frontOfficeMail(mailbox.trim(), notice));
  return 'sent';
}
