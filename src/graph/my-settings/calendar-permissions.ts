// The signed-in user's calendar sharing with the whole organisation: the "My Organization" calendarPermission of
// the primary calendar. Listing needs Calendars.ReadBasic or Calendars.Read; changing the role needs
// Calendars.ReadWrite, asked only then (calendarSharingWriteScopes).
// https://learn.microsoft.com/en-us/graph/api/calendar-list-calendarpermissions
// https://learn.microsoft.com/en-us/graph/api/calendarpermission-update
import type { Client } from '@microsoft/microsoft-graph-client';
import type { CalendarPermission, CalendarRoleType } from '@microsoft/microsoft-graph-types';
import type { OrganizationSharing } from '../../domain/my-availability';

/** The organisation-wide sharing and the id to change it by (null when the calendar has no such entry). */
export type OwnCalendarSharing = { sharing: OrganizationSharing; permissionId: string | null };

const knownRoles: readonly OrganizationSharing[] = [
  'none',
  'freeBusyRead',
  'limitedRead',
  'read',
  'write',
];

/**
 * A Graph role as the domain's sharing: case-insensitive; delegate, custom and unknown roles are 'other'.
 * @example sharingFromRole('LimitedRead') // 'limitedRead'
 */
export function sharingFromRole(role: string | null | undefined): OrganizationSharing {
  const text = typeof role === 'string' ? role.toLowerCase() : '';
  return knownRoles.find((known) => known.toLowerCase() === text) ?? 'other';
}

/** The "My Organization" recipient: named so, without an address ("For the 'My Organization' share recipient, the address property is null"). */
function isMyOrganization(permission: CalendarPermission): boolean {
  const address = permission.emailAddress?.address;
  return (
    permission.isRemovable === false &&
    permission.isInsideOrganization === true &&
    (address === undefined || address === null || address === '')
  );
}

/**
 * How the signed-in user's calendar is shared with everyone in the organisation.
 * @example await readOwnCalendarSharing(client) // { sharing: 'freeBusyRead', permissionId: 'RGVmYXVsdA==' }
 */
export async function readOwnCalendarSharing(client: Client): Promise<OwnCalendarSharing> {
  const answer = (await client.api('/me/calendar/calendarPermissions').get()) as {
    value?: CalendarPermission[];
  };
  const entry = (answer.value ?? []).find(isMyOrganization);
  // Without the entry nobody else sees anything, as with role none; there is then nothing to change either.
  if (entry === undefined || typeof entry.id !== 'string')
    return { sharing: 'none', permissionId: null };
  return { sharing: sharingFromRole(entry.role), permissionId: entry.id };
}

/**
 * Sets the organisation-wide sharing (a role the entry allows: freeBusyRead, limitedRead…) and answers the new one.
 * @example await setOwnCalendarSharing(writeClient, 'RGVmYXVsdA==', 'limitedRead') // { sharing: 'limitedRead', … }
 */
export async function setOwnCalendarSharing(
  client: Client,
  permissionId: string,
  sharing: Exclude<OrganizationSharing, 'other'>,
): Promise<OwnCalendarSharing> {
  const role: CalendarRoleType = sharing;
  const answer = (await client
    .api(`/me/calendar/calendarPermissions/${encodeURIComponent(permissionId)}`)
    .patch({ role })) as CalendarPermission;
  return { sharing: sharingFromRole(answer.role), permissionId };
}
