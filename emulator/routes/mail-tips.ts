// getMailTips: automatic replies (and the cheap static tips) for a set of recipients.
import { GraphHttpError } from '../http';
import type { Route, RouteContext, RouteResult } from '../http';
import { odataContext } from '../odata';
import type { StoredAutomaticReplies, StoredUser } from '../store';
import { formatGraphDateTime } from '../time';
import { bodyObject, findUserByAddress, property, targetUser } from './resource-helpers';

/** Whether replies are being sent at `now`: always, or inside the scheduled window (end exclusive). */
export function automaticRepliesActiveAt(replies: StoredAutomaticReplies, now: Date): boolean {
  if (replies.status === 'alwaysEnabled') return true;
  if (
    replies.status !== 'scheduled' ||
    !replies.scheduledStartDateTime ||
    !replies.scheduledEndDateTime
  )
    return false;
  return (
    new Date(replies.scheduledStartDateTime) <= now && now < new Date(replies.scheduledEndDateTime)
  );
}

const knownOptions = [
  'automaticReplies',
  'mailboxFullStatus',
  'customMailTip',
  'externalMemberCount',
  'totalMemberCount',
  'maxMessageSize',
  'deliveryRestriction',
  'moderationStatus',
  'recipientScope',
  'recipientSuggestions',
] as const;
type MailTipsOption = (typeof knownOptions)[number];

/** `"automaticReplies, MailboxFullStatus"` → the canonical option names; unknown names are a 400 as in Graph. */
export function parseMailTipsOptions(raw: unknown): Set<MailTipsOption> {
  if (typeof raw !== 'string' || raw.trim() === '') {
    throw new GraphHttpError(
      400,
      'ErrorInvalidParameter',
      "The parameter 'MailTipsOptions' is missing.",
    );
  }
  const options = new Set<MailTipsOption>();
  for (const name of raw
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const match = knownOptions.find((option) => option.toLowerCase() === name.toLowerCase());
    if (!match)
      throw new GraphHttpError(
        400,
        'RequestBodyRead',
        `Requested value '${name}' was not found in microsoft.graph.mailTipsType.`,
      );
    options.add(match);
  }
  return options;
}

const localeNames: Readonly<Record<string, string>> = {
  'nl-NL': 'Nederlands (Nederland)',
  'en-US': 'English (United States)',
};

function automaticRepliesTip(
  replies: StoredAutomaticReplies | undefined,
  language: string,
  now: Date,
) {
  if (!replies || !automaticRepliesActiveAt(replies, now)) return { message: '' };
  return {
    message: replies.internalReplyMessage,
    messageLanguage: { locale: language, displayName: localeNames[language] ?? language },
    ...(replies.status === 'scheduled' &&
    replies.scheduledStartDateTime &&
    replies.scheduledEndDateTime
      ? {
          scheduledStartTime: {
            dateTime: formatGraphDateTime(new Date(replies.scheduledStartDateTime), 'UTC'),
            timeZone: 'UTC',
          },
          scheduledEndTime: {
            dateTime: formatGraphDateTime(new Date(replies.scheduledEndDateTime), 'UTC'),
            timeZone: 'UTC',
          },
        }
      : {}),
  };
}

function tipsFor(
  ctx: RouteContext,
  user: StoredUser,
  address: string,
  options: ReadonlySet<MailTipsOption>,
) {
  const settings = ctx.state.mailboxSettings[user.id];
  return {
    emailAddress: { name: user.displayName, address },
    ...(options.has('automaticReplies')
      ? {
          automaticReplies: automaticRepliesTip(
            settings?.automaticRepliesSetting,
            settings?.language ?? 'nl-NL',
            ctx.now(),
          ),
        }
      : {}),
    ...(options.has('mailboxFullStatus') ? { mailboxFull: false } : {}),
    ...(options.has('maxMessageSize') ? { maxMessageSize: 37_748_736 } : {}),
    ...(options.has('totalMemberCount') ? { totalMemberCount: 1 } : {}),
    ...(options.has('externalMemberCount') ? { externalMemberCount: 0 } : {}),
    ...(options.has('deliveryRestriction') ? { deliveryRestricted: false } : {}),
    ...(options.has('moderationStatus') ? { isModerated: false } : {}),
    ...(options.has('recipientScope') ? { recipientScope: 'internal' } : {}),
  };
}

function getMailTips(ctx: RouteContext): RouteResult {
  targetUser(ctx);
  const body = bodyObject(ctx);
  const addresses = property(body, 'EmailAddresses');
  if (
    !Array.isArray(addresses) ||
    addresses.length === 0 ||
    !addresses.every((address) => typeof address === 'string')
  ) {
    throw new GraphHttpError(
      400,
      'ErrorInvalidParameter',
      "The parameter 'EmailAddresses' is missing or empty.",
    );
  }
  if (addresses.length > 100)
    throw new GraphHttpError(
      400,
      'ErrorInvalidParameter',
      'At most 100 recipients can be requested at once.',
    );
  const options = parseMailTipsOptions(property(body, 'MailTipsOptions'));
  const value = addresses.map((address) => {
    const user = findUserByAddress(ctx.state, address);
    if (!user) {
      return {
        emailAddress: { name: '', address },
        error: {
          code: 'UnknownRecipient',
          message: `The recipient '${address}' could not be resolved.`,
        },
      };
    }
    return tipsFor(ctx, user, address, options);
  });
  return {
    status: 200,
    body: {
      '@odata.context': odataContext(ctx.graphBaseUrl, 'Collection(microsoft.graph.mailTips)'),
      value,
    },
  };
}

export const mailTipsRoutes: readonly Route[] = [
  {
    method: 'POST',
    pattern: '/users/:id/getMailTips',
    anyOfScopes: ['Mail.Read', 'Mail.Read.Shared'],
    anyOfAppPermissions: ['Mail.Read'],
    handler: getMailTips,
  },
];
