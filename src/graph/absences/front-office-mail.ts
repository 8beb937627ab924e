// The e-mail that tells the front office (KCP) about an absence: registered, changed (which fields) or ended: who,
// from, until when, who takes over, the note.
// It is built from the front-office view only (no kind can be passed in): the front office must not learn the reason.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { Absence, FrontOfficeField } from '../../domain/absences';
import type { Instant } from '../../domain/time';
import { escapeHtml, multilineHtml } from '../../domain/text';
import { sendMail } from '../mail';
import type { OutgoingMail } from '../mail';

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
};

const fieldLabels: Readonly<Record<FrontOfficeField, string>> = {
  from: 'Afwezig vanaf',
  until: 'Verwacht tot',
  calls: 'Vervanger telefoon',
  callbacks: 'Vervanger terugbelverzoeken',
  note: 'Toelichting',
};

const dateTime = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function substituteText(
  substitute: Absence['substituteForCalls'],
  nameOf: (id: string) => string,
): string {
  if (substitute === null) return 'geen vervanger opgegeven';
  return substitute.kind === 'person'
    ? nameOf(substitute.personId)
    : `algemene teammailbox ${substitute.mailbox}`;
}

/**
 * The notice as an e-mail to the front-office mailbox, in Dutch, every typed or looked-up text HTML-escaped. A change
 * names the fields that changed (marked in the table too); an end says since when the person is back.
 * @example frontOfficeMail('kcp@lindeburg.example', notice).subject // 'Afwezig: Pieter van der Berg'
 * @example frontOfficeMail(mailbox, { ...notice, change: { kind: 'changed', fields: ['until'] } }).subject
 * // 'Afwezigheid gewijzigd: Pieter van der Berg'
 */
export function frontOfficeMail(mailbox: string, notice: FrontOfficeNotice): OutgoingMail {
  const { absence, nameOf } = notice;
  const change = notice.change ?? { kind: 'registered' };
  const until =
    absence.expectedUntil === 'unknown'
      ? 'onbekend (tot de teamleider het beëindigt)'
      : dateTime.format(new Date(absence.expectedUntil));
  const changed = new Set<FrontOfficeField>(change.kind === 'changed' ? change.fields : []);
  const row = (field: FrontOfficeField, value: string): [string, string] => [
    changed.has(field) ? `${fieldLabels[field]} (gewijzigd)` : fieldLabels[field],
    value,
  ];
  const byLabel = change.kind === 'registered' ? 'Gemeld door' : 'Gewijzigd door';
  const rows: [string, string][] =
    change.kind === 'ended'
      ? [
          ['Medewerker', notice.personName],
          ['Weer aanwezig sinds', dateTime.format(new Date(change.at))],
          ['Gemeld door', notice.registeredByName],
        ]
      : [
          ['Medewerker', notice.personName],
          row('from', dateTime.format(new Date(absence.from))),
          row('until', until),
          row('calls', substituteText(absence.substituteForCalls, nameOf)),
          row('callbacks', substituteText(absence.substituteForCallbacks, nameOf)),
          ...(absence.noteForFrontOffice || changed.has('note')
            ? [row('note', absence.noteForFrontOffice ?? 'geen')]
            : []),
          [byLabel, notice.registeredByName],
        ];
  const table = rows
    .map(
      ([label, value]) =>
        `<tr><th align="left">${escapeHtml(label)}</th><td>${multilineHtml(value)}</td></tr>`,
    )
    .join('');
  const name = escapeHtml(notice.personName);
  const intro =
    change.kind === 'registered'
      ? `<p>${name} is afwezig. Verbind door met de vervanger.</p>`
      : change.kind === 'ended'
        ? `<p>${name} is weer aanwezig. Verbind weer gewoon door.</p>`
        : `<p>De afwezigheid van ${name} is gewijzigd: ${escapeHtml(
            change.fields.map((field) => fieldLabels[field].toLowerCase()).join(', '),
          )}.</p>`;
  const subject =
    change.kind === 'registered'
      ? `Afwezig: ${notice.personName}`
      : change.kind === 'ended'
        ? `Weer aanwezig: ${notice.personName}`
        : `Afwezigheid gewijzigd: ${notice.personName}`;
  return { to: [mailbox], subject, htmlBody: `${intro}<table>${table}</table>` };
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
