// A user's primary calendar's calendarPermissions: the "My Organization" share recipient, whose role decides what
// every colleague sees in getSchedule. Only the calendar owner lists or changes them; for anyone else Graph answers
// with an empty collection (https://learn.microsoft.com/en-us/graph/api/resources/calendarpermission).
import { GraphHttpError } from '../../http';
import type { RouteContext, RouteResult } from '../../http';
import { odataContext } from '../../odata';
import type { CalendarSharing, StoredUser } from '../../store';
import { bodyObject, property, requireOwnMailbox, targetUser } from '../resource-helpers';
import { enumValue } from './event-changes';

/** The id Exchange gives the "My Organization" entry: base64 of "Default", as the List example shows. */
export const myOrganizationPermissionId = 'RGVmYXVsdA==';

/** The roles the "My Organization" entry allows, as the List calendarPermissions example shows. */
export const myOrganizationAllowedRoles: readonly CalendarSharing[] = [
  'none',
  'freeBusyRead',
  'limitedRead',
  'read',
  'write',
];

/** Every calendarRoleType value; a role outside it is not even readable (400 RequestBodyRead). */
const calendarRoleTypes = [
  'none',
  'freeBusyRead',
  'limitedRead',
  'read',
  'write',
  'delegateWithoutPrivateEventAccess',
  'delegateWithPrivateEventAccess',
  'custom',
] as const;

function myOrganizationDto(user: StoredUser) {
  return {
    id: myOrganizationPermissionId,
    isRemovable: false,
    isInsideOrganization: true,
    role: user.calendarSharing,
    allowedRoles: [...myOrganizationAllowedRoles],
    emailAddress: { name: 'My Organization' },
  };
}

function collectionContext(ctx: RouteContext, user: StoredUser): string {
  return odataContext(ctx.graphBaseUrl, `users('${user.id}')/calendar/calendarPermissions`);
}

function ownEntry(ctx: RouteContext): StoredUser {
  const user = targetUser(ctx);
  const id = ctx.params.permissionId ?? '';
  // Only the owner reaches the entries: a share recipient's list is empty, so no entry exists for them.
  if (user.id !== ctx.caller.userId || id !== myOrganizationPermissionId) {
    throw new GraphHttpError(
      404,
      'ErrorItemNotFound',
      'The specified object was not found in the store.',
    );
  }
  return user;
}

export function listCalendarPermissions(ctx: RouteContext): RouteResult {
  const user = targetUser(ctx);
  const own = user.id === ctx.caller.userId;
  return {
    status: 200,
    body: {
      '@odata.context': collectionContext(ctx, user),
      value: own ? [myOrganizationDto(user)] : [],
    },
  };
}

export function getCalendarPermission(ctx: RouteContext): RouteResult {
  const user = ownEntry(ctx);
  return {
    status: 200,
    body: {
      '@odata.context': `${collectionContext(ctx, user)}/$entity`,
      ...myOrganizationDto(user),
    },
  };
}

export function updateCalendarPermission(ctx: RouteContext): RouteResult {
  const target = targetUser(ctx);
  requireOwnMailbox(ctx, target);
  const user = ownEntry(ctx);
  const body = bodyObject(ctx);
  for (const key of Object.keys(body)) {
    // Only role can change; allowedRoles, emailAddress, isInsideOrganization and isRemovable cannot.
    if (key.toLowerCase() !== 'role' && !key.startsWith('@odata.')) {
      throw new GraphHttpError(
        400,
        'ErrorInvalidRequest',
        `The property '${key}' of a calendarPermission cannot be updated; only role can.`,
      );
    }
  }
  const role = enumValue(property(body, 'role'), calendarRoleTypes, 'calendarRoleType');
  if (role === undefined)
    throw new GraphHttpError(400, 'ErrorInvalidRequest', 'The role to update to is missing.');
  const allowed = myOrganizationAllowedRoles.find((candidate) => candidate === role);
  if (allowed === undefined) {
    throw new GraphHttpError(
      400,
      'ErrorInvalidParameter',
      `The role '${role}' is not one of the allowedRoles of this calendarPermission.`,
    );
  }
  user.calendarSharing = allowed;
  ctx.markChanged();
  return {
    status: 200,
    body: {
      '@odata.context': `${collectionContext(ctx, user)}/$entity`,
      ...myOrganizationDto(user),
    },
  };
}
