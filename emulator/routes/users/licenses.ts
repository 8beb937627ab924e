// assignLicense: a licensed user gets a mailbox and Teams presence.
import { GraphHttpError } from '../../http';
import type { RouteContext, RouteResult } from '../../http';
import { odataContext } from '../../odata';
import { requireObjectBody } from './writes';
import { requireUser, toGraphUser } from './user-resource';

const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `POST /users/{id}/assignLicense`. As in Microsoft 365, a new user has no mailbox (and no Teams
 * presence) until a license is assigned; assigning one provisions them with Exchange's defaults.
 */
export function assignLicense(ctx: RouteContext): RouteResult {
  const user = requireUser(ctx);
  const body = requireObjectBody(ctx.body);
  const add = body.addLicenses;
  const remove = body.removeLicenses;
  if (!Array.isArray(add) || !Array.isArray(remove))
    throw new GraphHttpError(
      400,
      'Request_BadRequest',
      "Both 'addLicenses' and 'removeLicenses' are required (use an empty array for none).",
    );
  for (const license of add) {
    const skuId = (license as { skuId?: unknown } | null)?.skuId;
    if (typeof skuId !== 'string' || !guidPattern.test(skuId))
      throw new GraphHttpError(
        400,
        'Request_BadRequest',
        'Each added license needs a valid skuId.',
      );
  }
  if (add.length > 0) {
    ctx.state.mailboxSettings[user.id] ??= {
      workingHours: {
        daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
        startTime: '08:00:00.0000000',
        endTime: '17:00:00.0000000',
        timeZone: 'W. Europe Standard Time',
      },
      automaticRepliesSetting: {
        status: 'disabled',
        externalAudience: 'all',
        internalReplyMessage: '',
        externalReplyMessage: '',
        scheduledStartDateTime: null,
        scheduledEndDateTime: null,
      },
      timeZone: 'W. Europe Standard Time',
      language: 'nl-NL',
    };
    ctx.state.presences[user.id] ??= {
      availability: 'Offline',
      activity: 'Offline',
      statusMessage: null,
      outOfOfficeSettings: { message: null, isOutOfOffice: false },
    };
    ctx.markChanged();
  }
  return {
    status: 200,
    body: {
      '@odata.context': odataContext(ctx.graphBaseUrl, 'users/$entity'),
      ...toGraphUser(user),
    },
  };
}
