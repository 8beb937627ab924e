// The Teams activity about a callback request: no citizen data in the feed, only the deadline.
import type { CallbackRequest } from '../../domain/callbacks';
import { myCallbacksDeepLink } from '../../graph/callbacks';
import type { ActivityNotification } from '../../graph/mail';
import { translate } from '../../i18n';
import type { Locale, MessageKey } from '../../i18n';
import { dueText } from './callback-mail';
import type { NotificationEvent } from './callback-notice';

/** Declared in the manifest's activities.activityTypes. */
const activityTypes: Readonly<Record<NotificationEvent['kind'], string>> = {
  created: 'callbackAssigned',
  reassigned: 'callbackReassigned',
  repeatCall: 'callbackRepeatCall',
};

const previewKeys: Readonly<Record<NotificationEvent['kind'], MessageKey>> = {
  created: 'notifications.callback.activity.created',
  reassigned: 'notifications.callback.activity.reassigned',
  repeatCall: 'notifications.repeatCall.activity',
};

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
    activityType: activityTypes[event.kind],
    previewText: {
      content: translate(locale, previewKeys[event.kind], { due }),
    },
    templateParameters: [{ name: 'dueDate', value: due }],
  };
}
