// Telling the assignee about a callback request: a Teams activity notification where the organisation
// chose that (falling back to e-mail when the app is not installed for the person), otherwise e-mail;
// a team request (nobody assigned) e-mails the team's general mailbox.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { CallbackRequest } from '../../domain/callbacks';
import { teamsCatalogAppId } from '../../graph/callbacks';
import { toGraphRequestError } from '../../graph/client';
import { sendActivityNotification, sendMail } from '../../graph/mail';
import { callbackActivity } from './callback-activity';
import { callbackMailHtml, callbackMailSubject } from './callback-mail';
import type {
  CallbackNotificationContext,
  NotificationResult,
  ReassignNotice,
} from './callback-notice';

/**
 * Notifies whoever the request is for. Throws on a transient failure of the e-mail (network, 429,
 * 5xx) so the caller can try again later; a Teams activity that fails for any reason (403/404: the
 * app is not installed for the person) falls back to e-mail.
 * @example await notifyCallbackAssignees(client, request, { channel: 'teamsActivity', teamsAppId, event: { kind: 'created' }, assignee: { id, mail }, madeByName: 'Sanne de Vries', linkUrl: null })
 * // { sent: 'teamsActivity', to: id }
 */
export async function notifyCallbackAssignees(
  client: Client,
  request: CallbackRequest,
  context: CallbackNotificationContext,
): Promise<NotificationResult> {
  const { phoneText } = await import('./phone-text');
  const locale = context.locale ?? 'nl';
  const mail = {
    subject: callbackMailSubject(request, context.event, Date.now(), locale),
    htmlBody: callbackMailHtml(request, { ...context, phoneText }),
  };
  if (context.assignee !== null) {
    let activityFailed: 'yes' | 'no' = 'no';
    if (context.channel === 'teamsActivity') {
      try {
        const catalogId = await teamsCatalogAppId(client, {
          manifestId: context.teamsAppId,
          configured: context.teamsCatalogAppId,
        });
        // Not in the organisation's catalog: nobody can receive its activities; e-mail instead.
        if (catalogId === null) throw new AppNotInCatalogError(context.teamsAppId);
        await sendActivityNotification(
          client,
          context.assignee.id,
          callbackActivity(request, context.event, catalogId, locale),
        );
        return { sent: 'teamsActivity', to: context.assignee.id };
      } catch (error) {
        if (!(error instanceof AppNotInCatalogError)) {
          const failure = toGraphRequestError(error);
          if (failure.status === 0) throw failure;
        }
        // Refused (403: the app is not installed for the person), or the app is not in the catalog.
        activityFailed = 'yes';
      }
    }
    if (context.assignee.mail === null) return { sent: 'nobody' };
    await sendOrThrow(client, [context.assignee.mail], mail);
    return { sent: 'email', to: context.assignee.mail, afterActivityFailed: activityFailed };
  }
  if (request.teamMailbox !== null) {
    await sendOrThrow(client, [request.teamMailbox], mail);
    return { sent: 'email', to: request.teamMailbox, afterActivityFailed: 'no' };
  }
  return { sent: 'nobody' };
}

class AppNotInCatalogError extends Error {
  override readonly name = 'AppNotInCatalogError';
  constructor(manifestId: string) {
    super(`No app with externalId ${manifestId} in the organisation's Teams catalog.`);
  }
}

/**
 * Tells the new assignee of a reassigned request, the same way as a new request: a Teams activity
 * (falling back to e-mail), or e-mail; a request given to the team mailbox e-mails that mailbox.
 * Throws like {@link notifyCallbackAssignees}.
 * @example await notifyReassignedCallback(client, reassigned.request, { channel: 'email', teamsAppId, linkUrl: null, byName: 'Mohamed el Amrani', assigneeMail: 'anna@…', madeByNameOf })
 * // { sent: 'email', to: 'anna@…', afterActivityFailed: 'no' }
 */
export function notifyReassignedCallback(
  client: Client,
  request: CallbackRequest,
  notice: ReassignNotice,
): Promise<NotificationResult> {
  return notifyCallbackAssignees(client, request, {
    channel: notice.channel,
    teamsAppId: notice.teamsAppId,
    teamsCatalogAppId: notice.teamsCatalogAppId,
    event: { kind: 'reassigned', byName: notice.byName },
    assignee:
      request.assignedToPersonId === null
        ? null
        : { id: request.assignedToPersonId, mail: notice.assigneeMail },
    madeByName: notice.madeByNameOf(request.madeById),
    linkUrl: notice.linkUrl,
    locale: notice.locale,
  });
}

async function sendOrThrow(
  client: Client,
  to: readonly string[],
  mail: { subject: string; htmlBody: string },
): Promise<void> {
  try {
    await sendMail(client, { to, ...mail });
  } catch (error) {
    // Normalised so the caller can tell transient failures (retry later) from refusals.
    throw toGraphRequestError(error);
  }
}
