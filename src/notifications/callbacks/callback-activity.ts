// The Teams activity about a callback request: no citizen data in the feed, only the deadline.
import type { CallbackRequest } from '../../domain/callbacks';
import { myCallbacksDeepLink } from '../../graph/callbacks';
import type { ActivityNotification } from '../../graph/mail';
import { translate } from '../../i18n';
import type { Locale } from '../../i18n';
import { dueText } from './callback-mail';
import type { NotificationEvent } from './callback-notice';

/**
 * @example callbackActivity(request, { kind: 'created' }, catalogId).previewText.content
 * // 'Nieuw terugbelverzoek, uiterlijk woensdag 14 januari 2026'
 */
export function callbackActivity(
  request: CallbackRequest,
  event: NotificationEvent,
  catalogAppId: string,
  locale: Locale = 'nl',
): ActivityNotification {
  const due = dueText(request.dueAt, locale);
  return {
    topic: {
      source: 'text',
      value: translate(locale, 'notifications.callback.activity.topic'),
      // Opens the app's own tab in Teams, where the request is listed.
      webUrl: myCallbacksDeepLink(catalogAppId),
    },
    // Declared in the manifest's activities.activityTypes.
    activityType: event.kind === 'reassigned' ? 'callbackReassigned' : 'callbackAssigned',
    previewText: {
      content: translate(
        locale,
        event.kind === 'reassigned'
          ? 'notifications.callback.activity.reassigned'
          : 'notifications.callback.activity.created',
        { due },
      ),
    },
    templateParameters: [{ name: 'dueDate', value: due }],
  };
}
