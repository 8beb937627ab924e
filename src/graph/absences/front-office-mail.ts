// The e-mail that tells the front office (KCP) about a new absence: who, from, until when, who takes over, the note.
// It is built from the front-office view only (no kind can be passed in): the front office must not learn the reason.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { Absence } from '../../domain/absences';
import { escapeHtml, multilineHtml } from '../../domain/text';
import { sendMail } from '../mail';
import type { OutgoingMail } from '../mail';

/** What the mail may show: the absence without its kind, and names for the ids in it. */
export type FrontOfficeNotice = {
  absence: Omit<Absence, 'kind'>;
  personName: string;
  /** Display name per person id (substitutes, the leader). */
  nameOf: (personId: string) => string;
  registeredByName: string;
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
 * The notice as an e-mail to the front-office mailbox, in Dutch, every typed or looked-up text HTML-escaped.
 * @example frontOfficeMail('kcp@lindeburg.example', notice).subject // 'Afwezig: Pieter van der Berg'
 */
export function frontOfficeMail(mailbox: string, notice: FrontOfficeNotice): OutgoingMail {
  const { absence, nameOf } = notice;
  const until =
    absence.expectedUntil === 'unknown'
      ? 'onbekend (tot de teamleider het beëindigt)'
      : dateTime.format(new Date(absence.expectedUntil));
  const rows: [string, string][] = [
    ['Medewerker', notice.personName],
    ['Afwezig vanaf', dateTime.format(new Date(absence.from))],
    ['Verwacht tot', until],
    ['Vervanger telefoon', substituteText(absence.substituteForCalls, nameOf)],
    ['Vervanger terugbelverzoeken', substituteText(absence.substituteForCallbacks, nameOf)],
    ...(absence.noteForFrontOffice
      ? ([['Toelichting', absence.noteForFrontOffice]] as [string, string][])
      : []),
    ['Gemeld door', notice.registeredByName],
  ];
  const table = rows
    .map(
      ([label, value]) =>
        `<tr><th align="left">${escapeHtml(label)}</th><td>${multilineHtml(value)}</td></tr>`,
    )
    .join('');
  return {
    to: [mailbox],
    subject: `Afwezig: ${notice.personName}`,
    htmlBody: `<p>${escapeHtml(notice.personName)} is afwezig. Verbind door met de vervanger.</p><table>${table}</table>`,
  };
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
