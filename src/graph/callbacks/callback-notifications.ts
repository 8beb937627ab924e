// Telling the assignee about a callback request: a Teams activity notification where the organisation
// chose that (falling back to e-mail when the app is not installed for the person), otherwise e-mail;
// a team request (nobody assigned) e-mails the team's general mailbox. Everything the citizen said is
// HTML-escaped. Scopes: Mail.Send; TeamsActivity.Send for the activity, AppCatalog.Read.All to look up the app's
// catalog id when it is not configured.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { CallbackChannel, CallbackRequest } from '../../domain/callbacks';
import { escapeHtml, multilineHtml } from '../../domain/text';
import { toGraphRequestError } from '../client';
import { odataString } from '../lists';
import { sendMail } from '../mail';

export type NotificationChannel = 'email' | 'teamsActivity';

/**
 * The entity id of the "Mijn terugbelverzoeken" static tab in manifest/manifest.template.json.
 */
export const myCallbacksTabEntityId = 'myCallbacks';

/**
 * A Teams deep link that opens the app's "Mijn terugbelverzoeken" tab (where the activity takes the
 * assignee). For an app uploaded to the organisation's catalog the id is its catalog id (teamsApp `id`), not the
 * manifest's `id` (`externalId`): see {@link teamsCatalogAppId}.
 * @example myCallbacksDeepLink('5d3c9b7e-2a41-4f6e-9c08-b1e7a4d2f36c')
 * // 'https://teams.microsoft.com/l/entity/5d3c9b7e-2a41-4f6e-9c08-b1e7a4d2f36c/myCallbacks'
 */
export function myCallbacksDeepLink(teamsAppId: string): string {
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(teamsAppId)}/${myCallbacksTabEntityId}`;
}

const catalogIds = new WeakMap<Client, Map<string, Promise<string | null>>>();

/**
 * The app's id in the organisation's Teams catalog: the configured one (BRK_TEAMS_CATALOG_APP_ID), else looked up
 * once per client by the manifest id, as documented (`GET /appCatalogs/teamsApps?$filter=externalId eq '…'`,
 * https://learn.microsoft.com/en-us/graph/api/appcatalogs-list-teamsapps). Null: the app is not in the catalog.
 * A failed lookup is not cached, so the next notification asks again.
 * @example await teamsCatalogAppId(client, { manifestId: defaultTeamsAppId, configured: null }) // 'e3e29acb-…'
 */
export function teamsCatalogAppId(
  client: Client,
  app: { manifestId: string; configured: string | null },
): Promise<string | null> {
  if (app.configured !== null) return Promise.resolve(app.configured);
  let perClient = catalogIds.get(client);
  if (perClient === undefined) {
    perClient = new Map();
    catalogIds.set(client, perClient);
  }
  const known = perClient.get(app.manifestId);
  if (known !== undefined) return known;
  const lookup = (
    client
      .api('/appCatalogs/teamsApps')
      .query({ $filter: `externalId eq ${odataString(app.manifestId)}`, $select: 'id,externalId' })
      .get() as Promise<{ value?: { id?: string }[] }>
  ).then((page) => page.value?.find((app) => typeof app.id === 'string')?.id ?? null);
  perClient.set(app.manifestId, lookup);
  lookup.catch(() => perClient.delete(app.manifestId));
  return lookup;
}

/**
 * Why the assignee hears of the request: it was just logged, or a team leader gave it to them (one
 * request, or the hand-over of an absent colleague's open requests); `byName` is that leader.
 */
export type NotificationEvent = { kind: 'created' } | { kind: 'reassigned'; byName: string };

export type CallbackNotificationContext = {
  channel: NotificationChannel;
  /** The app's id in Teams (the manifest's `id`), to find its catalog id. */
  teamsAppId: string;
  /** The app's catalog id when configured (BRK_TEAMS_CATALOG_APP_ID); null: looked up. For the deep link. */
  teamsCatalogAppId: string | null;
  event: NotificationEvent;
  /** The assigned person, when there is one (the team mailbox is in the request). */
  assignee: { id: string; mail: string | null } | null;
  /** Who logged the request, for the text. */
  madeByName: string;
  /** Where the assignee opens their list ("Mijn terugbelverzoeken"); null when unknown. */
  linkUrl: string | null;
};

export type NotificationResult =
  | { sent: 'teamsActivity'; to: string }
  | { sent: 'email'; to: string; afterActivityFailed: 'yes' | 'no' }
  | { sent: 'nobody' };

const channelNames: Readonly<Record<CallbackChannel, string>> = {
  phone: 'telefoon',
  email: 'e-mail',
  desk: 'balie',
  chat: 'chat',
};

/**
 * The due moment as Dutch text in Europe/Amsterdam.
 * @example dueTextNl(Date.parse('2026-12-01T22:59:59.999Z')) // 'dinsdag 1 december 2026'
 */
export function dueTextNl(dueAt: number): string {
  return new Intl.DateTimeFormat('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(dueAt));
}

/** The e-mail's subject: no citizen data (subjects show in previews and notifications). */
export function callbackMailSubject(
  request: CallbackRequest,
  event: NotificationEvent = { kind: 'created' },
  now: number = Date.now(),
): string {
  const what =
    event.kind === 'reassigned'
      ? request.assignedToPersonId === null
        ? 'Terugbelverzoek aan het team toegewezen'
        : 'Terugbelverzoek aan u toegewezen'
      : 'Terugbelverzoek';
  // A request handed on after its due moment says so: the date in it lies in the past.
  return isLate(request, now)
    ? `${what} — te laat: uiterlijk ${dueTextNl(request.dueAt)} had moeten worden teruggebeld`
    : `${what} — uiterlijk ${dueTextNl(request.dueAt)} terugbellen`;
}

const isLate = (request: CallbackRequest, now: number): boolean =>
  request.status === 'open' && now > request.dueAt;

/**
 * The e-mail's HTML body. Every value that came from a person's typing is escaped here.
 * @example callbackMailHtml({ ...request, question: '<script>' }, context).includes('&lt;script&gt;') // true
 */
export function callbackMailHtml(
  request: CallbackRequest,
  context: Pick<CallbackNotificationContext, 'madeByName' | 'linkUrl'> & {
    event?: NotificationEvent;
    /** The phone as people read it ("06 12345601"); the stored E.164 form when not given. */
    phoneText?: (e164: string) => string;
    now?: number;
  },
): string {
  const event = context.event ?? { kind: 'created' };
  const now = context.now ?? Date.now();
  const readable = context.phoneText ?? ((e164: string) => e164);
  const row = (label: string, valueHtml: string) =>
    `<tr><th align="left" valign="top">${label}</th><td>${valueHtml}</td></tr>`;
  const phone = request.citizen.phone;
  const rows = [
    row('Naam', escapeHtml(request.citizen.name)),
    phone === null
      ? ''
      : row('Telefoon', `<a href="tel:${escapeHtml(phone)}">${escapeHtml(readable(phone))}</a>`),
    request.citizen.email === null ? '' : row('E-mail', escapeHtml(request.citizen.email)),
    row('Vraag', multilineHtml(request.question)),
    request.preferredTime === null ? '' : row('Voorkeurstijd', escapeHtml(request.preferredTime)),
    row('Kanaal', channelNames[request.channel]),
    row(
      'Uiterlijk terugbellen',
      isLate(request, now)
        ? `<strong>te laat</strong>: ${escapeHtml(dueTextNl(request.dueAt))}, einde dag`
        : `${escapeHtml(dueTextNl(request.dueAt))}, einde dag`,
    ),
    row('Vastgelegd door', escapeHtml(context.madeByName)),
    event.kind === 'reassigned' ? row('Toegewezen door', escapeHtml(event.byName)) : '',
  ].join('');
  const link =
    context.linkUrl === null
      ? ''
      : `<p><a href="${escapeHtml(context.linkUrl)}">Open Mijn terugbelverzoeken in Bereikbaar</a></p>`;
  const whom =
    request.assignedToPersonId === null && request.assignedToTeam !== null
      ? `<p>Dit verzoek is voor het team ${escapeHtml(request.assignedToTeam)}: wie het oppakt, legt dat vast in Bereikbaar.</p>`
      : '';
  const intro =
    event.kind === 'reassigned'
      ? request.assignedToPersonId === null
        ? '<p>Er is een terugbelverzoek aan het team toegewezen.</p>'
        : '<p>Er is een terugbelverzoek aan u toegewezen.</p>'
      : request.assignedToPersonId === null && request.assignedToTeam !== null
        ? `<p>Er is een terugbelverzoek voor het team ${escapeHtml(request.assignedToTeam)} vastgelegd.</p>`
        : '<p>Er is een terugbelverzoek voor u vastgelegd.</p>';
  // The mail outlives the list's retention (it sits in a mailbox): say what to do with it.
  const retention =
    '<p>Dit bericht bevat persoonsgegevens van een inwoner. Bewaar het niet langer dan nodig: ' +
    'verwijder het als het verzoek is afgehandeld. In Bereikbaar worden deze gegevens na de ' +
    'bewaartermijn automatisch verwijderd; het verzoek zelf vindt u daar via de link.</p>';
  return `${intro}${whom}<table>${rows}</table>${link}${retention}`;
}

function isTransient(status: number): boolean {
  return status === 0 || status === 429 || status >= 500;
}

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
  const mail = {
    subject: callbackMailSubject(request, context.event),
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
        await client
          .api(
            `/users/${encodeURIComponent(context.assignee.id)}/teamwork/sendActivityNotification`,
          )
          .post({
            topic: {
              source: 'text',
              value: 'Terugbelverzoek',
              // Opens the app's own tab in Teams, where the request is listed.
              webUrl: myCallbacksDeepLink(catalogId),
            },
            // Declared in the manifest's activities.activityTypes.
            activityType:
              context.event.kind === 'reassigned' ? 'callbackReassigned' : 'callbackAssigned',
            // No citizen data in the activity feed: only the deadline.
            previewText: {
              content: `${context.event.kind === 'reassigned' ? 'Terugbelverzoek aan u toegewezen' : 'Nieuw terugbelverzoek'}, uiterlijk ${dueTextNl(request.dueAt)}`,
            },
            templateParameters: [{ name: 'dueDate', value: dueTextNl(request.dueAt) }],
          });
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

/** What a reassignment's notification needs besides the request (which names the new assignee). */
export type ReassignNotice = {
  channel: NotificationChannel;
  teamsAppId: string;
  teamsCatalogAppId: string | null;
  linkUrl: string | null;
  /** The team leader who reassigns. */
  byName: string;
  /** The new assignee's e-mail address (from the directory); null: no e-mail fallback. */
  assigneeMail: string | null;
  /** The name of whoever logged a request (for the "Vastgelegd door" line). */
  madeByNameOf: (personId: string) => string;
};

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

/** Whether a notification failure is worth retrying later. */
export function isTransientNotificationFailure(error: unknown): boolean {
  return isTransient(toGraphRequestError(error).status);
}
