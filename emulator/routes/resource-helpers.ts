// Small helpers shared by the calendar, presence, mail-tips and sites routes.
import { GraphHttpError } from '../http';
import type { RouteContext } from '../http';
import type { EmulatorState, StoredUser } from '../store';

/** A live user by id or UPN (case-insensitive), or undefined. */
export function findUser(state: EmulatorState, idOrUpn: string): StoredUser | undefined {
  const key = idOrUpn.toLowerCase();
  return state.users.find(
    (user) =>
      user.deletedSeq === undefined &&
      (user.id.toLowerCase() === key || user.userPrincipalName.toLowerCase() === key),
  );
}

/** A live user by SMTP address (mail or UPN), or undefined. */
export function findUserByAddress(state: EmulatorState, address: string): StoredUser | undefined {
  const key = address.trim().toLowerCase();
  return state.users.find(
    (user) =>
      user.deletedSeq === undefined &&
      (user.mail.toLowerCase() === key || user.userPrincipalName.toLowerCase() === key),
  );
}

/** The user in `:id`; Exchange answers an unknown mailbox with 404 ErrorInvalidUser. */
export function targetUser(ctx: RouteContext): StoredUser {
  const id = ctx.params.id ?? '';
  const user = findUser(ctx.state, id);
  if (!user)
    throw new GraphHttpError(404, 'ErrorInvalidUser', `The requested user '${id}' is invalid.`);
  return user;
}

/** Delegated calls may only touch the caller's own mailbox (no delegate access is modelled). */
export function requireOwnMailbox(ctx: RouteContext, user: StoredUser): void {
  if (user.id !== ctx.caller.userId) {
    throw new GraphHttpError(
      403,
      'ErrorAccessDenied',
      'Access is denied. Check credentials and try again.',
    );
  }
}

/** The JSON body as an object, or 400 (Graph's `BadRequest` for an empty or non-object payload). */
export function bodyObject(ctx: RouteContext): Record<string, unknown> {
  if (typeof ctx.body !== 'object' || ctx.body === null || Array.isArray(ctx.body)) {
    throw new GraphHttpError(400, 'BadRequest', 'Empty Payload. JSON content expected.');
  }
  return ctx.body as Record<string, unknown>;
}

/** Reads a body property case-insensitively: Graph's deserializer accepts `Schedules` as well as `schedules`. */
export function property(body: Record<string, unknown>, name: string): unknown {
  if (name in body) return body[name];
  const lower = name.toLowerCase();
  const key = Object.keys(body).find((candidate) => candidate.toLowerCase() === lower);
  return key === undefined ? undefined : body[key];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
