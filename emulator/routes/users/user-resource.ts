// The user as a Graph resource: its properties and $select, the manager expansion, finding a user, who may read it.
import { GraphHttpError } from '../../http';
import type { RouteContext } from '../../http';
import { applySelect } from '../../odata';
import type { EmulatorState, StoredUser } from '../../store';
import { readScopes } from './scopes';

/** Graph's default property set for a user when there is no $select. */
export const defaultUserProperties = [
  'businessPhones',
  'displayName',
  'givenName',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
  'id',
] as const;

/** Properties of microsoft.graph.user that may be selected (those the demo tenant does not hold come back null). */
const selectableUserProperties = [
  ...defaultUserProperties,
  'aboutMe',
  'accountEnabled',
  'ageGroup',
  'birthday',
  'city',
  'companyName',
  'country',
  'createdDateTime',
  'creationType',
  'department',
  'employeeHireDate',
  'employeeId',
  'employeeType',
  'faxNumber',
  'hireDate',
  'imAddresses',
  'interests',
  'mailNickname',
  'mySite',
  'otherMails',
  'pastProjects',
  'postalCode',
  'preferredName',
  'proxyAddresses',
  'responsibilities',
  'schools',
  'showInAddressList',
  'skills',
  'state',
  'streetAddress',
  'usageLocation',
  'userType',
  'onPremisesSyncEnabled',
];

export const userType = 'microsoft.graph.user';

function mailNicknameOf(user: StoredUser): string {
  return (user.mail || user.userPrincipalName).split('@')[0] ?? '';
}

/** The stored user as a Graph `user` resource (all properties the tenant holds). */
export function toGraphUser(user: StoredUser): Record<string, unknown> {
  return {
    id: user.id,
    businessPhones: [...user.businessPhones],
    displayName: user.displayName,
    givenName: user.givenName,
    jobTitle: user.jobTitle,
    mail: user.mail,
    mobilePhone: user.mobilePhone,
    officeLocation: user.officeLocation,
    preferredLanguage: user.preferredLanguage,
    surname: user.surname,
    userPrincipalName: user.userPrincipalName,
    department: user.department,
    accountEnabled: user.accountEnabled,
    mailNickname: mailNicknameOf(user),
    userType: user.userType ?? 'Member',
  };
}

export function selectUser(user: StoredUser, selectParam: string | null): Record<string, unknown> {
  return applySelect(toGraphUser(user), selectParam, {
    defaultProperties: defaultUserProperties,
    knownProperties: selectableUserProperties,
    typeName: userType,
  });
}

/**
 * `$expand=manager` / `$expand=manager($select=id)`: true when the manager is to be expanded. Graph expands only
 * `manager` and `directReports` on users; anything else is a 400.
 */
export function wantsManager(ctx: RouteContext): boolean {
  const raw = ctx.query.get('$expand') ?? ctx.query.get('expand');
  if (raw === null || raw.trim() === '') return false;
  if (/^\s*manager\s*(\(\s*\$?select\s*=\s*[\w,\s]*\))?\s*$/i.test(raw)) return true;
  throw new GraphHttpError(
    400,
    'Request_BadRequest',
    `Expanding '${raw}' is not supported; users expand only manager.`,
  );
}

/** The expanded manager reference (`{ '@odata.type', id }`), or nothing when the user has no (active) manager. */
export function managerExpansion(state: EmulatorState, user: StoredUser): Record<string, unknown> {
  const manager = user.managerId ? findUser(state, user.managerId) : undefined;
  return manager ? { manager: { '@odata.type': `#${userType}`, id: manager.id } } : {};
}

export function activeUsers(state: EmulatorState): StoredUser[] {
  return state.users.filter((user) => user.deletedSeq === undefined);
}

export function notFound(id: string): GraphHttpError {
  return new GraphHttpError(
    404,
    'Request_ResourceNotFound',
    `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
  );
}

/** A user by object id or user principal name (case-insensitive), as `/users/{id | userPrincipalName}` allows. */
export function findUser(state: EmulatorState, idOrUpn: string): StoredUser | undefined {
  const wanted = idOrUpn.toLowerCase();
  return activeUsers(state).find(
    (user) => user.id.toLowerCase() === wanted || user.userPrincipalName.toLowerCase() === wanted,
  );
}

export function requireUser(ctx: RouteContext): StoredUser {
  const id = ctx.params.id ?? '';
  const user = findUser(ctx.state, id);
  if (!user) throw notFound(id);
  return user;
}

/** `User.Read` alone gives access to the signed-in user only. */
export function assertMayRead(ctx: RouteContext, target: StoredUser): void {
  if (target.id === ctx.caller.userId) return;
  // An app-only caller got here with one of the route's application permissions, all of which read every user.
  if (ctx.caller.authentication === 'application') return;
  if (!readScopes.some((scope) => ctx.caller.scopes.has(scope))) {
    throw new GraphHttpError(
      403,
      'Authorization_RequestDenied',
      'Insufficient privileges to complete the operation.',
    );
  }
}

export function bumpChange(state: EmulatorState, user: StoredUser): void {
  state.changeSeq++;
  user.changeSeq = state.changeSeq;
}

export function isEventual(ctx: RouteContext): boolean {
  return (ctx.headers.consistencylevel ?? '').trim().toLowerCase() === 'eventual';
}
