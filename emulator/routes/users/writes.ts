// Directory writes: create, update and delete users.
import { randomUUID } from 'node:crypto';
import { GraphHttpError } from '../../http';
import type { RouteContext, RouteResult } from '../../http';
import { odataContext } from '../../odata';
import { seededGroupIds } from '../../seed';
import type { EmulatorState, StoredUser } from '../../store';
import { bumpChange, requireUser, selectUser } from './user-resource';

const patchableStrings = [
  'displayName',
  'givenName',
  'surname',
  'jobTitle',
  'department',
  'officeLocation',
  'mobilePhone',
  'preferredLanguage',
  'mail',
  'userPrincipalName',
] as const;
type PatchableString = (typeof patchableStrings)[number];

function invalidValue(property: string): GraphHttpError {
  return new GraphHttpError(
    400,
    'Request_BadRequest',
    `Invalid value specified for property '${property}' of resource 'User'.`,
  );
}

export function requireObjectBody(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new GraphHttpError(400, 'Request_BadRequest', 'Empty Payload. JSON content expected.');
  }
  return body as Record<string, unknown>;
}

const upnPattern = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** Applies user properties from a POST/PATCH body; unknown properties are a 400 as in Graph. */
function applyUserProperties(
  state: EmulatorState,
  user: StoredUser,
  body: Record<string, unknown>,
  allowed: ReadonlySet<string>,
): void {
  for (const [property, value] of Object.entries(body)) {
    if (property.startsWith('@odata.')) continue;
    if (!allowed.has(property)) {
      throw new GraphHttpError(
        400,
        'Request_BadRequest',
        `Property '${property}' does not exist as a declared property or extension property.`,
      );
    }
    if ((patchableStrings as readonly string[]).includes(property)) {
      const key = property as PatchableString;
      const required = key === 'displayName' || key === 'userPrincipalName' || key === 'mail';
      if (value === null && !required) {
        (user as Record<PatchableString, string | null>)[key] = null;
        continue;
      }
      if (typeof value !== 'string' || (required && value.trim().length === 0))
        throw invalidValue(property);
      if (key === 'userPrincipalName') {
        if (!upnPattern.test(value)) throw invalidValue(property);
        const taken = state.users.some(
          (other) =>
            other !== user && other.userPrincipalName.toLowerCase() === value.toLowerCase(),
        );
        if (taken)
          throw new GraphHttpError(
            400,
            'Request_BadRequest',
            'Another object with the same value for property userPrincipalName already exists.',
          );
      }
      (user as Record<PatchableString, string>)[key] = value;
    } else if (property === 'businessPhones') {
      // Graph allows at most one business phone to be set.
      if (
        !Array.isArray(value) ||
        value.length > 1 ||
        !value.every((phone) => typeof phone === 'string')
      )
        throw invalidValue(property);
      user.businessPhones = value;
    } else if (property === 'accountEnabled') {
      if (typeof value !== 'boolean') throw invalidValue(property);
      user.accountEnabled = value;
    }
    // mailNickname and passwordProfile are accepted (POST) but not stored: mail nickname follows the mail address.
  }
}

const postProperties = new Set([
  'accountEnabled',
  'displayName',
  'mailNickname',
  'userPrincipalName',
  'passwordProfile',
  'givenName',
  'surname',
  'jobTitle',
  'department',
  'officeLocation',
  'businessPhones',
  'mobilePhone',
  'preferredLanguage',
  'mail',
  'usageLocation',
]);
const patchProperties = new Set([
  'accountEnabled',
  'displayName',
  'givenName',
  'surname',
  'jobTitle',
  'department',
  'officeLocation',
  'businessPhones',
  'mobilePhone',
  'preferredLanguage',
  'mail',
  'userPrincipalName',
  'usageLocation',
  'mailNickname',
]);

export function createUser(ctx: RouteContext): RouteResult {
  const body = requireObjectBody(ctx.body);
  for (const property of [
    'accountEnabled',
    'displayName',
    'mailNickname',
    'userPrincipalName',
    'passwordProfile',
  ]) {
    if (body[property] === undefined || body[property] === null) throw invalidValue(property);
  }
  if (typeof body.mailNickname !== 'string' || !/^[A-Za-z0-9._-]+$/.test(body.mailNickname))
    throw invalidValue('mailNickname');
  const passwordProfile = body.passwordProfile as Record<string, unknown>;
  if (
    typeof passwordProfile !== 'object' ||
    typeof passwordProfile.password !== 'string' ||
    passwordProfile.password.length === 0
  ) {
    throw invalidValue('passwordProfile');
  }
  const upn = typeof body.userPrincipalName === 'string' ? body.userPrincipalName : '';
  const user: StoredUser = {
    id: randomUUID(),
    userPrincipalName: upn,
    mail: typeof body.mail === 'string' ? body.mail : upn,
    displayName: '',
    givenName: '',
    surname: '',
    jobTitle: null,
    department: null,
    officeLocation: null,
    businessPhones: [],
    mobilePhone: null,
    accountEnabled: true,
    preferredLanguage: null,
    managerId: null,
    // A new colleague's calendar is opened to the front office, as the council decided.
    calendarSharing: 'limitedRead',
    changeSeq: 0,
  };
  applyUserProperties(ctx.state, user, body, postProperties);
  ctx.state.users.push(user);
  // The all-staff group holds every user of the tenant, as a dynamic "all users" group does in Entra.
  ctx.state.groups.find((group) => group.id === seededGroupIds.allStaff)?.memberIds.push(user.id);
  bumpChange(ctx.state, user);
  ctx.markChanged();
  return {
    status: 201,
    body: {
      '@odata.context': odataContext(ctx.graphBaseUrl, 'users/$entity'),
      ...selectUser(user, null),
    },
    headers: { Location: `${ctx.graphBaseUrl}/users/${user.id}` },
  };
}

export function updateUser(ctx: RouteContext): RouteResult {
  const user = requireUser(ctx);
  const body = requireObjectBody(ctx.body);
  // Validate on a copy so a bad property leaves the user unchanged.
  const draft = structuredClone(user);
  applyUserProperties(ctx.state, draft, body, patchProperties);
  Object.assign(user, draft);
  bumpChange(ctx.state, user);
  ctx.markChanged();
  return { status: 204 };
}

export function deleteUser(ctx: RouteContext): RouteResult {
  const user = requireUser(ctx);
  ctx.state.changeSeq++;
  user.deletedSeq = ctx.state.changeSeq;
  for (const report of ctx.state.users) {
    if (report.managerId === user.id) {
      report.removedManagerId = user.id;
      report.managerId = null;
      bumpChange(ctx.state, report);
    }
  }
  ctx.markChanged();
  return { status: 204 };
}
