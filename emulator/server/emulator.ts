// The demo tenant behind the HTTP server: its state and persistence, tokens, dispatch to routes, faults and the request log.
import { setTimeout as sleep } from 'node:timers/promises';
import {
  callerFromAuthorization,
  demoAppId,
  groupIdsOf,
  issueAccessToken,
  issueAppAccessToken,
} from '../auth';
import { appRolesOf } from '../app-roles';
import { AppCredentialKeeper } from '../app-registrations';
import type { EntraDependencies } from './entra';
import { FaultInjector, injectedError, lostAnswerError, RequestLog } from '../control';
import type { RequestKind } from '../control';
import { GraphHttpError } from '../http';
import type { Caller, HttpMethod, Route, RouteResult } from '../http';
import {
  MailboxConcurrency,
  mailboxConcurrencyError,
  outlookMailboxOwner,
} from '../mailbox-concurrency';
import { DebouncedSaver, saveState } from '../persistence';
import { appDelegatedScopes } from '../personas';
import { generateSeed, refreshSeededCalendars } from '../seed';
import type { StartEmulatorOptions, TokenOptions } from './options';
import type { EmulatorState } from '../store';
import { answerSharePoint } from '../routes/sharepoint';
import type { SpAnswer, SpRawRequest } from '../routes/sharepoint';
import { answerBatch } from './batch-requests';
import { scopeDeniedError } from './graph-errors';
import { hasHeader, jsonContentType } from './http-io';
import { allRoutes, matchRoute } from './routing';

/**
 * A delegated caller needs one of the route's delegated scopes; an app-only caller one of its application
 * permissions (the token's `roles`), as each Graph API page's permissions table lists them.
 */
function callerMayUse(route: Route, caller: Caller): boolean {
  if (caller.authentication === 'application')
    return (route.anyOfAppPermissions ?? []).some((permission) =>
      caller.roles.includes(permission),
    );
  return route.anyOfScopes.some((scope) => caller.scopes.has(scope));
}

const seedRefreshIntervalMs = 10 * 60 * 1000;
export type GraphCall = {
  method: HttpMethod;
  /** Below /v1.0, with query string. */
  pathWithQuery: string;
  headers: Record<string, string | undefined>;
  body: unknown;
  caller: Caller;
};

export type GraphAnswer = { status: number; headers: Record<string, string>; body?: unknown };

export class Emulator {
  readonly faults = new FaultInjector();
  readonly log = new RequestLog();
  private readonly mailboxes = new MailboxConcurrency();
  /** The daily job's certificate and secret, made on first use (kept in the data folder when there is one). */
  readonly appCredentials: AppCredentialKeeper;
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
    this.appCredentials = new AppCredentialKeeper(options.dataDir);
  }

  /** What the Entra ID endpoints (./entra.ts) need of the tenant. */
  entra(): EntraDependencies {
    return {
      state: this.state,
      now: () => this.now(),
      wallClock: () => new Date(),
      credentials: () => this.appCredentials.current(),
      issue: (registration, credential) =>
        issueAppAccessToken({ registration, credential, now: this.now() }, this.secret),
    };
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
        ...(options.audience === undefined ? {} : { audience: options.audience }),
      },
      this.secret,
    );
  }

  /** One request to SharePoint's REST API (below a site's `/_api/`). */
  handleSharePoint(request: SpRawRequest): SpAnswer {
    return answerSharePoint(request, {
      state: this.state,
      secret: this.secret,
      now: () => this.now(),
      markChanged: this.markChanged,
    });
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
      // /me is the signed-in user, exactly like /users/{id}; an app-only token has none.
      if (call.caller.authentication === 'application' && /^\/me(?=\/|$)/i.test(path))
        throw new GraphHttpError(
          400,
          'BadRequest',
          '/me request is only valid with delegated authentication flow.',
        );
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
      if (!callerMayUse(match.route, call.caller)) throw scopeDeniedError(path);
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
    if (/^\/\$batch(\?|$)/i.test(pathWithQuery))
      return answerBatch(this, method, body, caller, clientRequestId, fail);
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
