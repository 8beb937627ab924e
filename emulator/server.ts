// The demo tenant's HTTP server: CORS, bearer auth, routing below /v1.0, $batch, injected faults, control endpoints, persistence.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  callerFromAuthorization,
  createTokenSecret,
  demoAppId,
  groupIdsOf,
  issueAccessToken,
} from './auth';
import { parseBatchRequests, runBatch } from './batch';
import type { BatchSubRequest } from './batch';
import {
  FaultInjector,
  injectedError,
  lostAnswerError,
  parseFaultSettings,
  RequestLog,
} from './control';
import type { RequestKind } from './control';
import { GraphHttpError } from './http';
import type { Caller, HttpMethod, Route, RouteResult } from './http';
import {
  MailboxConcurrency,
  mailboxConcurrencyError,
  mailboxConcurrencyLimit,
  outlookMailboxOwner,
  TaskLimiter,
} from './mailbox-concurrency';
import { DebouncedSaver, loadOrCreateSecret, loadState, saveState } from './persistence';
import { appDelegatedScopes, demoPersonas } from './personas';
import { calendarRoutes } from './routes/calendar';
import { mailRoutes } from './routes/mail';
import { mailTipsRoutes } from './routes/mail-tips';
import { presenceRoutes } from './routes/presence';
import { siteRoutes } from './routes/sites';
import { teamworkRoutes } from './routes/teamwork';
import { userRoutes } from './routes/users';
import { generateSeed, refreshSeededCalendars } from './seed';
import { appRolesOf } from './app-roles';
import { createHash } from 'node:crypto';

/** Identifies the seed code and list schema: the seed for a fixed week, hashed. */
function seedFingerprint(): string {
  const seed = generateSeed(new Date('2026-01-07T12:00:00Z'));
  return createHash('sha1').update(JSON.stringify(seed)).digest('hex');
}
import type { EmulatorState } from './store';

export type StartEmulatorOptions = {
  /** 0 = a free port. Default 0. */
  port?: number;
  /** Folder for the saved state and the token secret; null/undefined = in memory, nothing written. */
  dataDir?: string | null;
  now?: () => Date;
  quiet?: boolean;
  /** Start from this state instead of the generated seed (also what reset returns to). For tests. */
  initialState?: EmulatorState;
  /** Milliseconds between a change and its save. Default 250. */
  saveDebounceMs?: number;
};

/** How a test wants its token: with a groups overage, or from a tenant that assigns no app roles. */
export type TokenOptions = {
  /** The app registration the token is for (Sites.Selected grants are per app); default the demo app. */
  appId?: string;
  groups?: 'claim' | 'overage';
  appRoles?: 'assigned' | 'none';
};

export type RunningEmulator = {
  /** http://127.0.0.1:PORT */
  url: string;
  /** url + '/v1.0' */
  graphUrl: string;
  state: EmulatorState;
  tokenFor(upn: string, scopes?: readonly string[], options?: TokenOptions): string;
  close(): Promise<void>;
};

export const allRoutes: readonly Route[] = [
  ...userRoutes,
  ...mailRoutes,
  ...calendarRoutes,
  ...presenceRoutes,
  ...mailTipsRoutes,
  ...siteRoutes,
  ...teamworkRoutes,
];

const jsonContentType =
  'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';
const allowedRequestHeaders = [
  'Authorization',
  'Content-Type',
  'ConsistencyLevel',
  'Prefer',
  'If-Match',
  'If-None-Match',
  'client-request-id',
  'SdkVersion',
  'return-client-request-id',
];
const exposedResponseHeaders = [
  'Retry-After',
  'request-id',
  'client-request-id',
  'ETag',
  'Location',
  'Preference-Applied',
];
const localOrigin = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i;
const seedRefreshIntervalMs = 10 * 60 * 1000;

// ---------- routing ----------

type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'methodNotAllowed' }
  | { kind: 'notFound'; segment: string };

function splitPath(path: string): string[] {
  return path.split('/').filter((segment) => segment.length > 0);
}

function matchSegments(
  pattern: readonly string[],
  segments: readonly string[],
): Record<string, string> | null {
  if (pattern.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (let index = 0; index < pattern.length; index++) {
    const expected = pattern[index] as string;
    const actual = segments[index] as string;
    if (expected.startsWith(':')) {
      try {
        params[expected.slice(1)] = decodeURIComponent(actual);
      } catch {
        return null;
      }
    } else if (expected.toLowerCase() !== actual.toLowerCase()) {
      return null;
    }
  }
  return params;
}

/** The most specific route for a path (literal segments beat parameters, so `/users/delta` beats `/users/:id`). */
export function matchRoute(routes: readonly Route[], method: string, path: string): RouteMatch {
  const segments = splitPath(path);
  let best: { route: Route; params: Record<string, string>; literals: number } | null = null;
  let pathKnown = false;
  for (const route of routes) {
    const pattern = splitPath(route.pattern);
    const params = matchSegments(pattern, segments);
    if (!params) continue;
    pathKnown = true;
    if (route.method !== method) continue;
    const literals = pattern.filter((segment) => !segment.startsWith(':')).length;
    if (!best || literals > best.literals) best = { route, params, literals };
  }
  if (best) return { kind: 'found', route: best.route, params: best.params };
  if (pathKnown) return { kind: 'methodNotAllowed' };
  // Name the first segment no route knows, as Graph's "Resource not found for the segment" does.
  for (let depth = 1; depth <= segments.length; depth++) {
    const prefix = segments.slice(0, depth);
    const known = routes.some((route) => {
      const pattern = splitPath(route.pattern);
      return pattern.length >= depth && matchSegments(pattern.slice(0, depth), prefix) !== null;
    });
    if (!known) return { kind: 'notFound', segment: decodeSafely(segments[depth - 1] as string) };
  }
  return { kind: 'notFound', segment: decodeSafely(segments[segments.length - 1] ?? '') };
}

function decodeSafely(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The 403 Graph gives for a missing scope differs per workload. */
function scopeDeniedError(path: string): GraphHttpError {
  const lower = path.toLowerCase();
  if (lower.startsWith('/sites')) return new GraphHttpError(403, 'accessDenied', 'Access denied');
  if (lower.includes('/presence') || lower.startsWith('/communications')) {
    return new GraphHttpError(
      403,
      'Forbidden',
      'Insufficient privileges to complete the operation.',
    );
  }
  if (
    /\/(calendar|calendars|events|calendarview|mailboxsettings|sendmail|getmailtips|messages)(\/|$)/.test(
      lower,
    )
  ) {
    return new GraphHttpError(
      403,
      'ErrorAccessDenied',
      'Access is denied. Check credentials and try again.',
    );
  }
  return new GraphHttpError(
    403,
    'Authorization_RequestDenied',
    'Insufficient privileges to complete the operation.',
  );
}

// ---------- the emulator ----------

type GraphCall = {
  method: HttpMethod;
  /** Below /v1.0, with query string. */
  pathWithQuery: string;
  headers: Record<string, string | undefined>;
  body: unknown;
  caller: Caller;
};

type GraphAnswer = { status: number; headers: Record<string, string>; body?: unknown };

class Emulator {
  readonly faults = new FaultInjector();
  readonly log = new RequestLog();
  private readonly mailboxes = new MailboxConcurrency();
  private readonly saver: DebouncedSaver | null;
  private lastSeedRefresh = 0;
  graphBaseUrl = '';

  constructor(
    readonly state: EmulatorState,
    private readonly secret: Buffer,
    private readonly options: Required<Pick<StartEmulatorOptions, 'now' | 'quiet'>> & {
      dataDir: string | null;
      initialState: EmulatorState | undefined;
      saveDebounceMs: number;
    },
  ) {
    this.saver = options.dataDir
      ? new DebouncedSaver(
          () => saveState(options.dataDir as string, this.state),
          options.saveDebounceMs,
        )
      : null;
    this.lastSeedRefresh = options.now().getTime();
  }

  now(): Date {
    return this.options.now();
  }

  markChanged = (): void => {
    this.saver?.schedule();
  };

  flush(): void {
    this.saver?.flush();
  }

  reset(): void {
    const fresh = this.options.initialState
      ? structuredClone(this.options.initialState)
      : generateSeed(this.now());
    for (const key of Object.keys(this.state) as (keyof EmulatorState)[]) delete this.state[key];
    Object.assign(this.state, fresh);
    this.faults.clear();
    this.markChanged();
  }

  tokenFor(
    upnOrId: string,
    scopes: readonly string[] = appDelegatedScopes,
    options: TokenOptions = {},
  ): string {
    const wanted = upnOrId.toLowerCase();
    const user = this.state.users.find(
      (candidate) =>
        candidate.deletedSeq === undefined &&
        (candidate.userPrincipalName.toLowerCase() === wanted ||
          candidate.id.toLowerCase() === wanted),
    );
    if (!user)
      throw new GraphHttpError(
        404,
        'Request_ResourceNotFound',
        `No user '${upnOrId}' in the demo tenant.`,
      );
    return issueAccessToken(
      {
        user,
        scopes,
        roles: options.appRoles === 'none' ? [] : appRolesOf(this.state, user.id),
        groupsClaim: options.groups === 'overage' ? 'overage' : 'groups',
        groupIds: groupIdsOf(this.state, user.id),
        now: this.now(),
        appId: options.appId ?? demoAppId,
      },
      this.secret,
    );
  }

  errorBody(error: GraphHttpError, requestId: string, clientRequestId: string): unknown {
    return {
      error: {
        code: error.code,
        message: error.message,
        innerError: {
          date: this.now().toISOString().slice(0, 19),
          'request-id': requestId,
          'client-request-id': clientRequestId,
        },
      },
    };
  }

  private refreshSeedWhenDue(): void {
    const now = this.now();
    if (now.getTime() - this.lastSeedRefresh < seedRefreshIntervalMs) return;
    this.lastSeedRefresh = now.getTime();
    const weekBefore = this.state.seedWeekStart;
    refreshSeededCalendars(this.state, now);
    if (this.state.seedWeekStart !== weekBefore) this.markChanged();
  }

  /** One mailbox per user, however the path names it (id or UPN). */
  private mailboxKey(owner: string): string {
    const wanted = owner.toLowerCase();
    const user = this.state.users.find(
      (candidate) =>
        candidate.id.toLowerCase() === wanted ||
        candidate.userPrincipalName.toLowerCase() === wanted,
    );
    return user?.id ?? wanted;
  }

  private runRoute(
    route: Route,
    params: Record<string, string>,
    path: string,
    url: URL,
    call: GraphCall,
  ): RouteResult | Promise<RouteResult> {
    return route.handler({
      method: call.method,
      path,
      params,
      query: url.searchParams,
      headers: call.headers,
      body: call.body,
      caller: call.caller,
      state: this.state,
      graphBaseUrl: this.graphBaseUrl,
      now: () => this.now(),
      markChanged: this.markChanged,
    });
  }

  /** Routes one Graph call (top-level or from a batch) to its handler; errors become Graph's envelope. */
  async dispatch(
    call: GraphCall,
    requestId: string,
    clientRequestId: string,
  ): Promise<GraphAnswer> {
    try {
      const url = new URL(call.pathWithQuery, 'http://graph.invalid');
      let path = url.pathname.replace(/\/+$/, '') || '/';
      // /me is the signed-in user, exactly like /users/{id}.
      path = path.replace(/^\/me(?=\/|$)/i, `/users/${encodeURIComponent(call.caller.userId)}`);
      const match = matchRoute(allRoutes, call.method, path);
      if (match.kind === 'notFound')
        throw new GraphHttpError(
          400,
          'BadRequest',
          `Resource not found for the segment '${match.segment}'.`,
        );
      if (match.kind === 'methodNotAllowed') {
        throw new GraphHttpError(
          405,
          'Request_BadRequest',
          'Specified HTTP method is not allowed for the request target.',
        );
      }
      if (!match.route.anyOfScopes.some((scope) => call.caller.scopes.has(scope)))
        throw scopeDeniedError(path);
      this.refreshSeedWhenDue();
      const owner = outlookMailboxOwner(path);
      const mailbox = owner === null ? null : this.mailboxKey(owner);
      if (mailbox !== null && !this.mailboxes.tryEnter(mailbox)) throw mailboxConcurrencyError();
      let result: RouteResult;
      try {
        const latency =
          mailbox === null ? 0 : this.faults.mailboxLatency(`/v1.0${call.pathWithQuery}`);
        if (latency > 0) await sleep(latency);
        result = await this.runRoute(match.route, match.params, path, url, call);
      } finally {
        if (mailbox !== null) this.mailboxes.leave(mailbox);
      }
      const headers: Record<string, string> = { ...result.headers };
      if (
        result.body !== undefined &&
        typeof result.body !== 'string' &&
        !hasHeader(headers, 'content-type')
      ) {
        headers['Content-Type'] = jsonContentType;
      }
      return { status: result.status, headers, body: result.body };
    } catch (error) {
      const graphError =
        error instanceof GraphHttpError
          ? error
          : new GraphHttpError(
              500,
              'InternalServerError',
              `The emulator failed: ${(error as Error).message ?? String(error)}`,
            );
      if (!(error instanceof GraphHttpError) && !this.options.quiet) console.error(error);
      return {
        status: graphError.status,
        headers: { 'Content-Type': jsonContentType, ...graphError.headers },
        body: this.errorBody(graphError, requestId, clientRequestId),
      };
    }
  }

  record(
    method: string,
    path: string,
    status: number,
    kind: RequestKind,
    upn: string | null,
  ): void {
    this.log.add({ at: this.now().toISOString(), method, path, status, kind, upn });
  }

  /** One $batch sub-request: throttled, faulted and logged on its own. */
  async executeSubRequest(
    request: BatchSubRequest,
    caller: Caller,
    clientRequestId: string,
  ): Promise<GraphAnswer> {
    const requestId = randomUUID();
    const relative = request.url.startsWith('/') ? request.url : `/${request.url}`;
    const logPath = `/v1.0${relative}`;
    const answer = await (async (): Promise<GraphAnswer> => {
      const fail = (error: GraphHttpError): GraphAnswer => ({
        status: error.status,
        headers: { 'Content-Type': jsonContentType, ...error.headers },
        body: this.errorBody(error, requestId, clientRequestId),
      });
      if (/^[a-z]+:\/\//i.test(request.url))
        return fail(
          new GraphHttpError(
            400,
            'BadRequest',
            'The url of a batch request must be relative to the version, e.g. /me.',
          ),
        );
      if (/^\/?\$batch(\?|$)/i.test(request.url))
        return fail(
          new GraphHttpError(400, 'BadRequest', 'A batch request cannot contain a batch request.'),
        );
      if (request.body !== undefined && request.headers['content-type'] === undefined) {
        return fail(
          new GraphHttpError(
            400,
            'BadRequest',
            'A batch request with a body must have a Content-Type header.',
          ),
        );
      }
      const outcome = this.faults.decide(logPath);
      if (outcome.kind !== 'pass') return fail(injectedError(outcome));
      const dispatched = await this.dispatch(
        {
          method: request.method,
          pathWithQuery: relative,
          headers: request.headers,
          body: request.body,
          caller,
        },
        requestId,
        clientRequestId,
      );
      if (dispatched.status < 300 && this.faults.losesAnswer(request.method, logPath))
        return fail(lostAnswerError());
      return dispatched;
    })();
    this.record(request.method, logPath, answer.status, 'sub', caller.upn);
    return answer;
  }

  async handleGraph(
    method: HttpMethod,
    pathWithQuery: string,
    headers: Record<string, string | undefined>,
    rawBody: string,
    clientRequestId: string,
    requestId: string,
  ): Promise<GraphAnswer & { upn: string | null }> {
    const fail = (
      error: GraphHttpError,
      upn: string | null,
    ): GraphAnswer & { upn: string | null } => ({
      status: error.status,
      headers: { 'Content-Type': jsonContentType, ...error.headers },
      body: this.errorBody(error, requestId, clientRequestId),
      upn,
    });
    const latency = this.faults.latencyFor(`/v1.0${pathWithQuery}`);
    if (latency > 0) await sleep(latency);
    let caller: Caller;
    try {
      caller = callerFromAuthorization(headers.authorization, this.secret, this.state, this.now());
    } catch (error) {
      return fail(error as GraphHttpError, null);
    }
    let body: unknown = undefined;
    if (rawBody.trim().length > 0) {
      try {
        body = JSON.parse(rawBody);
      } catch {
        return fail(
          new GraphHttpError(
            400,
            'BadRequest',
            'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
          ),
          caller.upn,
        );
      }
    }
    if (/^\/\$batch(\?|$)/i.test(pathWithQuery)) {
      if (method !== 'POST')
        return fail(
          new GraphHttpError(405, 'BadRequest', 'The $batch endpoint only accepts POST.'),
          caller.upn,
        );
      try {
        const requests = parseBatchRequests(body);
        // Graph runs at most 4 of a batch's Outlook sub-requests at a time; the others wait their turn.
        const outlookTurns = new TaskLimiter(mailboxConcurrencyLimit);
        const responses = await runBatch(
          requests,
          (request) =>
            outlookMailboxOwner(
              (request.url.startsWith('/') ? request.url : `/${request.url}`).replace(
                /^\/me(?=\/|$|\?)/i,
                `/users/${caller.userId}`,
              ),
            ) === null
              ? this.executeSubRequest(request, caller, clientRequestId)
              : outlookTurns.run(() => this.executeSubRequest(request, caller, clientRequestId)),
          (error) => ({
            status: error.status,
            headers: { 'Content-Type': jsonContentType, ...error.headers },
            body: this.errorBody(error, randomUUID(), clientRequestId),
          }),
        );
        return {
          status: 200,
          headers: { 'Content-Type': jsonContentType },
          body: { responses },
          upn: caller.upn,
        };
      } catch (error) {
        if (error instanceof GraphHttpError) return fail(error, caller.upn);
        throw error;
      }
    }
    const outcome = this.faults.decide(`/v1.0${pathWithQuery}`);
    if (outcome.kind !== 'pass') return fail(injectedError(outcome), caller.upn);
    const answer = await this.dispatch(
      { method, pathWithQuery, headers, body, caller },
      requestId,
      clientRequestId,
    );
    if (answer.status < 300 && this.faults.losesAnswer(method, `/v1.0${pathWithQuery}`))
      return fail(lostAnswerError(), caller.upn);
    return { ...answer, upn: caller.upn };
  }
}

function hasHeader(headers: Record<string, string>, name: string): boolean {
  return Object.keys(headers).some((key) => key.toLowerCase() === name);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function lowerCaseHeaders(request: IncomingMessage): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function send(
  response: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: unknown,
): void {
  const noBody = body === undefined || status === 204 || status === 304;
  const payload = noBody ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  if (!noBody && !hasHeader(headers, 'content-type')) {
    headers['Content-Type'] =
      typeof body === 'string' ? 'text/plain;charset=utf-8' : jsonContentType;
  }
  response.writeHead(status, headers);
  response.end(payload);
}

function personasOf(state: EmulatorState) {
  return demoPersonas.flatMap((persona) => {
    const user = state.users.find(
      (candidate) =>
        candidate.userPrincipalName.toLowerCase() === persona.upn.toLowerCase() &&
        candidate.deletedSeq === undefined,
    );
    if (!user) return [];
    return [
      {
        id: user.id,
        upn: user.userPrincipalName,
        displayName: user.displayName,
        role: persona.role,
        jobTitle: user.jobTitle,
        department: user.department,
      },
    ];
  });
}

function handleControl(
  emulator: Emulator,
  method: string,
  url: URL,
  rawBody: string,
): { status: number; body?: unknown } {
  const route = `${method} ${url.pathname.replace(/\/+$/, '')}`;
  const parseBody = (): unknown => {
    try {
      return rawBody.trim() ? JSON.parse(rawBody) : {};
    } catch {
      throw new GraphHttpError(400, 'BadRequest', 'The body is not valid JSON.');
    }
  };
  switch (route) {
    case 'GET /_emulator/health':
      return {
        status: 200,
        body: {
          status: 'ok',
          users: emulator.state.users.filter((user) => user.deletedSeq === undefined).length,
          seedWeekStart: emulator.state.seedWeekStart,
        },
      };
    case 'GET /_emulator/personas':
      return { status: 200, body: personasOf(emulator.state) };
    case 'GET /_emulator/token': {
      const persona = url.searchParams.get('persona');
      if (!persona)
        throw new GraphHttpError(
          400,
          'BadRequest',
          "The query parameter 'persona' (a user principal name) is required.",
        );
      const scopeParam = url.searchParams.get('scope');
      const scopes = scopeParam
        ? scopeParam.split(/\s+/).filter((scope) => scope.length > 0)
        : appDelegatedScopes;
      // `overage=groups`: a token without the groups claim (over 200 groups); `appRoles=none`: as a tenant that
      // grants roles by group only (BRK_ROLE_GROUP_*). For tests.
      // `appid`: a token for another app registration than the demo app (Sites.Selected grants are per app).
      const token = emulator.tokenFor(persona, scopes, {
        appId: url.searchParams.get('appid') ?? demoAppId,
        groups: url.searchParams.get('overage') === 'groups' ? 'overage' : 'claim',
        appRoles: url.searchParams.get('appRoles') === 'none' ? 'none' : 'assigned',
      });
      return {
        status: 200,
        body: {
          token_type: 'Bearer',
          access_token: token,
          expires_in: 3600,
          scope: scopes.join(' '),
        },
      };
    }
    case 'GET /_emulator/faults':
      return { status: 200, body: emulator.faults.current() };
    case 'POST /_emulator/faults': {
      const settings = parseFaultSettings(parseBody());
      emulator.faults.configure(settings);
      return { status: 200, body: emulator.faults.current() };
    }
    case 'DELETE /_emulator/faults':
      emulator.faults.clear();
      return { status: 204 };
    case 'GET /_emulator/requests':
      return { status: 200, body: emulator.log.snapshot() };
    case 'DELETE /_emulator/requests':
      emulator.log.clear();
      return { status: 204 };
    case 'POST /_emulator/reset':
      emulator.reset();
      return { status: 200, body: { status: 'reset', users: emulator.state.users.length } };
    case 'GET /_emulator/activities': {
      const activities = emulator.state.activities ?? [];
      const upnOf = (id: string) =>
        emulator.state.users.find((user) => user.id === id)?.userPrincipalName ?? null;
      return {
        status: 200,
        body: {
          count: activities.length,
          value: activities.map((activity) => ({
            ...activity,
            recipient: upnOf(activity.recipientUserId),
            from: upnOf(activity.fromUserId),
          })),
        },
      };
    }
    case 'GET /_emulator/outbox':
      return {
        status: 200,
        body: {
          count: emulator.state.outbox.length,
          value: emulator.state.outbox.map((mail) => ({
            ...mail,
            from:
              emulator.state.users.find((user) => user.id === mail.fromUserId)?.userPrincipalName ??
              null,
          })),
        },
      };
    default:
      throw new GraphHttpError(404, 'NotFound', `No emulator control endpoint ${route}.`);
  }
}

/** Starts the demo tenant on 127.0.0.1. */
export async function startEmulator(options: StartEmulatorOptions = {}): Promise<RunningEmulator> {
  const now = options.now ?? (() => new Date());
  const quiet = options.quiet ?? false;
  const dataDir = options.dataDir ?? null;
  const say = (message: string) => {
    if (!quiet) console.log(message);
  };

  let state: EmulatorState;
  let secret: Buffer;
  let needsSave = false;
  if (dataDir) {
    secret = loadOrCreateSecret(dataDir);
    const loaded = loadState(dataDir);
    const fingerprint = seedFingerprint();
    if (loaded.outcome === 'loaded' && loaded.state.seedFingerprint !== fingerprint) {
      // Saved data from an older seed or list schema would lack lists and columns the app now needs.
      say(
        `The demo tenant's seed or list schema changed since ${dataDir} was saved; starting from the new seed (earlier changes are dropped).`,
      );
      state = options.initialState ? structuredClone(options.initialState) : generateSeed(now());
    } else if (loaded.outcome === 'loaded') {
      state = loaded.state;
      refreshSeededCalendars(state, now());
      say(`Loaded the saved demo tenant from ${dataDir}.`);
    } else {
      if (loaded.outcome === 'unreadable')
        say(`Could not read the saved state (${loaded.reason}); starting from the seed.`);
      else say('No saved state; starting from the generated seed.');
      state = options.initialState ? structuredClone(options.initialState) : generateSeed(now());
    }
    state.seedFingerprint = fingerprint;
    needsSave = true;
  } else {
    secret = createTokenSecret();
    state = options.initialState ? structuredClone(options.initialState) : generateSeed(now());
  }

  const emulator = new Emulator(state, secret, {
    now,
    quiet,
    dataDir,
    initialState: options.initialState,
    saveDebounceMs: options.saveDebounceMs ?? 250,
  });

  const server = createServer((request, response) => {
    const requestId = randomUUID();
    const headers = lowerCaseHeaders(request);
    const clientRequestId = headers['client-request-id'] ?? requestId;
    const baseHeaders: Record<string, string> = {
      'request-id': requestId,
      'client-request-id': clientRequestId,
      'Cache-Control': 'no-cache',
    };
    const origin = headers.origin;
    if (origin && localOrigin.test(origin)) {
      baseHeaders['Access-Control-Allow-Origin'] = origin;
      baseHeaders['Access-Control-Expose-Headers'] = exposedResponseHeaders.join(', ');
      baseHeaders.Vary = 'Origin';
    }
    const method = (request.method ?? 'GET').toUpperCase();
    const rawUrl = request.url ?? '/';
    const url = new URL(rawUrl, 'http://127.0.0.1');

    const respond = async (): Promise<void> => {
      if (method === 'OPTIONS') {
        send(
          response,
          204,
          {
            ...baseHeaders,
            'Access-Control-Allow-Methods': 'GET, POST, PATCH, PUT, DELETE, OPTIONS',
            // Like Graph, allow the headers the client asks for (the SDK's retry adds Retry-Attempt, for one).
            'Access-Control-Allow-Headers':
              headers['access-control-request-headers'] ?? allowedRequestHeaders.join(', '),
            'Access-Control-Max-Age': '600',
          },
          undefined,
        );
        return;
      }
      const rawBody = await readBody(request);
      if (url.pathname.startsWith('/_emulator/') || url.pathname === '/_emulator') {
        try {
          const result = handleControl(emulator, method, url, rawBody);
          send(response, result.status, { ...baseHeaders }, result.body);
        } catch (error) {
          const graphError =
            error instanceof GraphHttpError
              ? error
              : new GraphHttpError(500, 'InternalServerError', String(error));
          send(
            response,
            graphError.status,
            { ...baseHeaders },
            emulator.errorBody(graphError, requestId, clientRequestId),
          );
        }
        return;
      }
      const graphPrefix = /^\/v1\.0(?=\/|$)/i;
      if (!graphPrefix.test(url.pathname)) {
        const error = new GraphHttpError(
          400,
          'BadRequest',
          `Invalid version: ${url.pathname.split('/')[1] ?? ''}`,
        );
        send(
          response,
          400,
          { ...baseHeaders },
          emulator.errorBody(error, requestId, clientRequestId),
        );
        return;
      }
      const pathWithQuery = (rawUrl.replace(/^\/v1\.0/i, '') || '/').replace(/^(?!\/)/, '/');
      const knownMethods: readonly string[] = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'];
      if (!knownMethods.includes(method)) {
        const error = new GraphHttpError(
          405,
          'Request_BadRequest',
          'Specified HTTP method is not allowed for the request target.',
        );
        send(
          response,
          405,
          { ...baseHeaders },
          emulator.errorBody(error, requestId, clientRequestId),
        );
        return;
      }
      const answer = await emulator.handleGraph(
        method as HttpMethod,
        pathWithQuery,
        headers,
        rawBody,
        clientRequestId,
        requestId,
      );
      emulator.record(method, `/v1.0${pathWithQuery}`, answer.status, 'top', answer.upn);
      send(response, answer.status, { ...baseHeaders, ...answer.headers }, answer.body);
    };
    respond().catch((error: unknown) => {
      if (!quiet) console.error(error);
      if (!response.headersSent) {
        const graphError = new GraphHttpError(500, 'InternalServerError', String(error));
        send(
          response,
          500,
          { ...baseHeaders },
          emulator.errorBody(graphError, requestId, clientRequestId),
        );
      } else {
        response.end();
      }
    });
  });
  // Keep idle connections longer than Node's 5 s default: on a loaded machine a long request (a page of a 20,000-item
  // list) can keep the event loop busy past it, and the server would close a connection the client is just reusing.
  server.keepAliveTimeout = 65_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  emulator.graphBaseUrl = `${url}/v1.0`;
  if (needsSave && dataDir) saveState(dataDir, state);

  return {
    url,
    graphUrl: emulator.graphBaseUrl,
    state,
    tokenFor: (upn, scopes, options) => emulator.tokenFor(upn, scopes, options),
    close: async () => {
      emulator.flush();
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
