// The contract between the emulator's server (routing, auth, throttling, $batch) and its resource modules.
import type { EmulatorState } from './store';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** Who is calling, as read from the emulator-issued bearer token. */
export type Caller = {
  userId: string;
  upn: string;
  scopes: ReadonlySet<string>;
  /** The client id of the app the token was issued to (`appid`); what Sites.Selected grants are for. */
  appId: string;
  /** For a user: the app roles assigned to them; for an application: the application permissions granted. */
  roles: readonly string[];
  groupIds: readonly string[];
  /**
   * 'application': an app-only token (client credentials); `userId` is then the service principal's id and no user
   * is signed in. Absent: a user signed in (delegated).
   */
  authentication?: 'application';
};

export type RouteContext = {
  method: HttpMethod;
  /** Path below /v1.0, with `/me` already rewritten to `/users/{callerId}`. */
  path: string;
  params: Readonly<Record<string, string>>;
  query: URLSearchParams;
  /** Lower-cased header names. */
  headers: Readonly<Record<string, string | undefined>>;
  body: unknown;
  caller: Caller;
  state: EmulatorState;
  /** Absolute base of the Graph surface, e.g. http://127.0.0.1:4000/v1.0 (for @odata.context and nextLink). */
  graphBaseUrl: string;
  now: () => Date;
  /** Call after changing state so that it is persisted. */
  markChanged: () => void;
};

export type RouteResult = {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
};

export type Route = {
  method: HttpMethod;
  /** Pattern below /v1.0 with `:name` segments, e.g. `/users/:id/calendar/getSchedule`. Matched case-insensitively. */
  pattern: string;
  /** The caller needs at least one of these delegated scopes (403 otherwise). */
  anyOfScopes: readonly string[];
  /**
   * An app-only caller needs at least one of these application permissions (403 otherwise); absent: no application
   * permission reaches the route.
   */
  anyOfAppPermissions?: readonly string[];
  handler: (ctx: RouteContext) => RouteResult | Promise<RouteResult>;
};

/** Thrown by handlers; rendered as Graph's `{ "error": { "code", "message", "innerError" } }` envelope. */
export class GraphHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'GraphHttpError';
  }
}
