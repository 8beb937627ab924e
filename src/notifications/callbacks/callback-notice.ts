// Who hears of a callback request and why: the types the mail, the activity and the sending share.
import type { Locale } from '../../i18n';

export type NotificationChannel = 'email' | 'teamsActivity';

/**
 * Why the assignee hears of the request: it was just logged, or a team leader gave it to them (one
 * request, or the hand-over of an absent colleague's open requests); `byName` is that leader. Or the
 * citizen called again about it (`byName`: the agent who noted that).
 */
export type NotificationEvent =
  | { kind: 'created' }
  | { kind: 'reassigned'; byName: string }
  | { kind: 'repeatCall'; byName: string };

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
  /** The language of the texts; Dutch when not given (the municipality's language). */
  locale?: Locale;
};

export type NotificationResult =
  | { sent: 'teamsActivity'; to: string }
  | { sent: 'email'; to: string; afterActivityFailed: 'yes' | 'no' }
  | { sent: 'nobody' };

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
  locale?: Locale;
};
