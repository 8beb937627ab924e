// Switching the signed-in user's automatic replies on or off: PATCH /me/mailboxSettings with automaticRepliesSetting.
// Needs MailboxSettings.ReadWrite, asked only then (automaticRepliesWriteScopes). What is on now is read through
// getMailTips with the availability signals (Mail.Read, asked at sign-in), as every colleague's is.
// https://learn.microsoft.com/en-us/graph/api/user-update-mailboxsettings
import type { Client } from '@microsoft/microsoft-graph-client';
import type { AutomaticRepliesSetting } from '@microsoft/microsoft-graph-types';
import type { AutomaticRepliesDraft } from '../../domain/my-availability';
import type { Instant } from '../../domain/time';
import { isoFromInstant } from '../../domain/time';

/** An instant as Graph's dateTimeTimeZone in UTC ("2026-12-01T08:00:00.0000000"). */
function utcDateTime(instant: Instant) {
  return { dateTime: isoFromInstant(instant).replace(/\.\d{3}Z$/, '.0000000'), timeZone: 'UTC' };
}

/** The text as the HTML Exchange stores replies in: escaped, line breaks kept. */
function replyHtml(text: string): string {
  const escaped = text
    .trim()
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
  return escaped.split(/\r?\n/).join('<br>');
}

/**
 * The PATCH body for a draft the domain accepted: the same message inside and outside the organisation (citizens
 * who mail get it too); external audience left as it is.
 * @example automaticRepliesPatch({ mode: 'off', start: null, end: null, message: '' }) // { automaticRepliesSetting: { status: 'disabled' } }
 */
export function automaticRepliesPatch(draft: AutomaticRepliesDraft): {
  automaticRepliesSetting: AutomaticRepliesSetting;
} {
  if (draft.mode === 'off') return { automaticRepliesSetting: { status: 'disabled' } };
  const message = replyHtml(draft.message);
  const setting: AutomaticRepliesSetting = {
    status: draft.mode === 'on' ? 'alwaysEnabled' : 'scheduled',
    internalReplyMessage: message,
    externalReplyMessage: message,
  };
  if (draft.mode === 'scheduled' && draft.start !== null && draft.end !== null) {
    setting.scheduledStartDateTime = utcDateTime(draft.start);
    setting.scheduledEndDateTime = utcDateTime(draft.end);
  }
  return { automaticRepliesSetting: setting };
}

/** Saves the automatic replies of the signed-in user. */
export async function updateOwnAutomaticReplies(
  client: Client,
  draft: AutomaticRepliesDraft,
): Promise<void> {
  await client.api('/me/mailboxSettings').patch(automaticRepliesPatch(draft));
}
