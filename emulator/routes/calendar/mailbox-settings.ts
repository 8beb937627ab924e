// mailboxSettings: read all or one setting, and PATCH them.
import { GraphHttpError } from '../../http';
import type { RouteContext, RouteResult } from '../../http';
import { odataContext } from '../../odata';
import type { StoredAutomaticReplies, StoredMailboxSettings, StoredUser } from '../../store';
import { bodyObject, isRecord, property, requireOwnMailbox, targetUser } from '../resource-helpers';
import { dateTimeTimeZone, workingHoursDto } from './dtos';
import { patchAutomaticReplies, patchWorkingHours } from './mailbox-settings-patches';
import { validZoneName } from './time-zone-values';

const localeNames: Readonly<Record<string, string>> = {
  'nl-NL': 'Nederlands (Nederland)',
  'en-US': 'English (United States)',
  'en-GB': 'English (United Kingdom)',
};

function automaticRepliesDto(replies: StoredAutomaticReplies) {
  return {
    status: replies.status,
    externalAudience: replies.externalAudience,
    internalReplyMessage: replies.internalReplyMessage,
    externalReplyMessage: replies.externalReplyMessage,
    ...(replies.scheduledStartDateTime
      ? {
          scheduledStartDateTime: dateTimeTimeZone(replies.scheduledStartDateTime, {
            name: 'UTC',
            zone: 'UTC',
          }),
        }
      : {}),
    ...(replies.scheduledEndDateTime
      ? {
          scheduledEndDateTime: dateTimeTimeZone(replies.scheduledEndDateTime, {
            name: 'UTC',
            zone: 'UTC',
          }),
        }
      : {}),
  };
}

function mailboxSettingsDto(settings: StoredMailboxSettings) {
  return {
    archiveFolder: null,
    timeZone: settings.timeZone,
    automaticRepliesSetting: automaticRepliesDto(settings.automaticRepliesSetting),
    language: {
      locale: settings.language,
      displayName: localeNames[settings.language] ?? settings.language,
    },
    workingHours: workingHoursDto(settings.workingHours),
    dateFormat: 'd-M-yyyy',
    timeFormat: 'HH:mm',
    delegateMeetingMessageDeliveryOptions: 'sendToDelegateOnly',
    userPurpose: 'user',
  };
}

function ownMailboxSettings(ctx: RouteContext): {
  user: StoredUser;
  settings: StoredMailboxSettings;
} {
  const user = targetUser(ctx);
  requireOwnMailbox(ctx, user);
  const settings = ctx.state.mailboxSettings[user.id];
  if (!settings)
    throw new GraphHttpError(
      404,
      'ErrorNonExistentMailbox',
      `No mailbox is associated with user '${user.id}'.`,
    );
  return { user, settings };
}

export function getMailboxSettings(ctx: RouteContext): RouteResult {
  const { user, settings } = ownMailboxSettings(ctx);
  return {
    status: 200,
    body: {
      '@odata.context': odataContext(ctx.graphBaseUrl, `users('${user.id}')/mailboxSettings`),
      ...mailboxSettingsDto(settings),
    },
  };
}

export function getMailboxSetting(name: 'automaticRepliesSetting' | 'workingHours') {
  return (ctx: RouteContext): RouteResult => {
    const { user, settings } = ownMailboxSettings(ctx);
    const value =
      name === 'workingHours'
        ? workingHoursDto(settings.workingHours)
        : automaticRepliesDto(settings.automaticRepliesSetting);
    return {
      status: 200,
      body: {
        '@odata.context': odataContext(
          ctx.graphBaseUrl,
          `users('${user.id}')/mailboxSettings/${name}`,
        ),
        ...value,
      },
    };
  };
}

export function updateMailboxSettings(ctx: RouteContext): RouteResult {
  const { user, settings } = ownMailboxSettings(ctx);
  const body = bodyObject(ctx);
  const next: StoredMailboxSettings = structuredClone(settings);
  const changed: Record<string, unknown> = {};
  const replies = property(body, 'automaticRepliesSetting');
  if (replies !== undefined) {
    if (!isRecord(replies))
      throw new GraphHttpError(
        400,
        'RequestBodyRead',
        'automaticRepliesSetting must be an object.',
      );
    next.automaticRepliesSetting = patchAutomaticReplies(next.automaticRepliesSetting, replies);
    changed.automaticRepliesSetting = automaticRepliesDto(next.automaticRepliesSetting);
  }
  const hours = property(body, 'workingHours');
  if (hours !== undefined) {
    if (!isRecord(hours))
      throw new GraphHttpError(400, 'RequestBodyRead', 'workingHours must be an object.');
    next.workingHours = patchWorkingHours(next.workingHours, hours);
    changed.workingHours = workingHoursDto(next.workingHours);
  }
  const timeZone = property(body, 'timeZone');
  if (timeZone !== undefined) {
    next.timeZone = validZoneName(timeZone, 'timeZone');
    changed.timeZone = next.timeZone;
  }
  const language = property(body, 'language');
  if (language !== undefined) {
    const locale = isRecord(language) ? language.locale : undefined;
    if (typeof locale !== 'string' || !/^[a-z]{2,3}-[A-Z]{2}$/.test(locale)) {
      throw new GraphHttpError(
        400,
        'ErrorInvalidParameter',
        `The language locale '${String(locale)}' is not valid.`,
      );
    }
    next.language = locale;
    changed.language = { locale, displayName: localeNames[locale] ?? locale };
  }
  ctx.state.mailboxSettings[user.id] = next;
  ctx.markChanged();
  return {
    status: 200,
    body: {
      '@odata.context': odataContext(ctx.graphBaseUrl, `users('${user.id}')/mailboxSettings`),
      ...changed,
    },
  };
}
