// SharePoint's REST API at `<emulator>/sites/<name>/_api/…`, the site's own web URL path, as PnPjs calls it.
// Authentication: a bearer token whose audience is the SharePoint resource (`https://<tenant>.sharepoint.com`), with
// SharePoint's delegated scopes (AllSites.*). A Microsoft Graph token is refused with 401, as SharePoint Online refuses
// a token for another resource; a missing or bad token is a 401 with a WWW-Authenticate Bearer challenge
// (https://learn.microsoft.com/en-us/sharepoint/dev/sp-add-ins/authorization-code-oauth-flow-for-sharepoint-add-ins:
// "a 401 … with a WWW-Authenticate header").
import { demoTenantId, verifyAccessToken } from '../../auth';
import type { EmulatorState } from '../../store';
import { findUser } from '../resource-helpers';
import type { SpContext } from './rest-context';
import { spNotFound, webRoute } from './rest-routes';
import {
  contentTypeFor,
  formatError,
  formatFrom,
  parseApiPath,
  SpHttpError,
  spInvalidQuery,
} from './rest-wire';
import { siteByName } from './security';

/** The audience of a SharePoint token for the tenant whose SharePoint host is `hostname`. */
export function sharePointAudience(hostname: string): string {
  return `https://${hostname}`;
}

/** SharePoint Online's own application id (the `client_id` of its Bearer challenge). */
const sharePointAppId = '00000003-0000-0ff1-ce00-000000000000';

export type SpRawRequest = {
  method: string;
  /** The site's name: `bereikbaar` for `/sites/bereikbaar/_api/…`. */
  siteName: string;
  /** Below `_api/`, still percent-encoded. */
  apiPath: string;
  query: URLSearchParams;
  headers: Readonly<Record<string, string | undefined>>;
  rawBody: string;
  /** The emulator's origin, e.g. http://127.0.0.1:4000. */
  origin: string;
};

export type SpAnswer = {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
  upn: string | null;
};

export type SpDependencies = {
  state: EmulatorState;
  secret: Buffer;
  now: () => Date;
  markChanged: () => void;
};

function unauthorized(message: string): SpHttpError {
  return new SpHttpError(401, '-2147024891, System.UnauthorizedAccessException', message, {
    'WWW-Authenticate': `Bearer realm="${demoTenantId}",client_id="${sharePointAppId}",trusted_issuers="${sharePointAppId}@*",authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize"`,
  });
}

const tokenMessages = {
  malformed: 'Invalid JWT token. The token is not in a valid format.',
  badSignature: 'Invalid issuer or signature.',
  expired: 'Invalid JWT token. The token is expired.',
  wrongAudience: 'Invalid audience Uri.',
} as const;

/** The method SharePoint carries out: POST with X-HTTP-Method MERGE/DELETE counts as that method. */
function effectiveMethod(
  method: string,
  headers: SpRawRequest['headers'],
): SpContext['method'] | null {
  const override = (headers['x-http-method'] ?? '').toUpperCase();
  const wanted = method === 'POST' && override !== '' ? override : method;
  if (wanted === 'PATCH' || wanted === 'PUT') return 'MERGE';
  return wanted === 'GET' || wanted === 'POST' || wanted === 'MERGE' || wanted === 'DELETE'
    ? wanted
    : null;
}

/** Answers one SharePoint REST request. */
export function answerSharePoint(request: SpRawRequest, deps: SpDependencies): SpAnswer {
  const format = formatFrom(request.headers.accept);
  let upn: string | null = null;
  try {
    const site = siteByName(deps.state, request.siteName);
    if (!site)
      throw new SpHttpError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');
    const audience = sharePointAudience(new URL(site.webUrl).hostname);
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
    if (!match) throw unauthorized('Unsupported app only token.');
    const verification = verifyAccessToken(match[1] as string, deps.secret, deps.now(), [audience]);
    if (verification.outcome !== 'valid') throw unauthorized(tokenMessages[verification.outcome]);
    // The demo tenant serves SharePoint's REST API to users only (app-only tokens are issued for Graph).
    if ('idtyp' in verification.claims) throw unauthorized('Unsupported app only token.');
    const { claims } = verification;
    const user = findUser(deps.state, claims.oid);
    if (!user) throw unauthorized('The user does not exist or is not unique.');
    upn = user.userPrincipalName;
    const method = effectiveMethod(request.method, request.headers);
    if (method === null)
      throw spInvalidQuery(`The HTTP method '${request.method}' is not supported.`);
    let body: unknown = undefined;
    if (request.rawBody.trim() !== '') {
      try {
        body = JSON.parse(request.rawBody);
      } catch {
        throw spInvalidQuery('Invalid JSON. The request body is not valid JSON.');
      }
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(request.apiPath);
    } catch {
      throw spInvalidQuery('The request URI is not valid.');
    }
    const ctx: SpContext = {
      method,
      site,
      base: `${request.origin}${new URL(site.webUrl).pathname}`,
      query: request.query,
      headers: request.headers,
      body,
      caller: {
        userId: user.id,
        upn: user.userPrincipalName,
        scopes: new Set(claims.scp.split(' ').filter((scope) => scope !== '')),
      },
      state: deps.state,
      format,
      now: deps.now,
      markChanged: deps.markChanged,
    };
    const result = webRoute(ctx, parseApiPath(decoded));
    if (result === null) throw spNotFound(`${request.method} ${decoded}`);
    return {
      status: result.status,
      headers: result.body === undefined ? {} : { 'Content-Type': contentTypeFor(format) },
      body: result.body,
      upn,
    };
  } catch (error) {
    if (!(error instanceof SpHttpError)) throw error;
    if (error.status === 401)
      return {
        status: 401,
        headers: { 'Content-Type': 'application/json;charset=utf-8', ...error.headers },
        body: { error_description: error.message },
        upn,
      };
    return {
      status: error.status,
      headers: { 'Content-Type': contentTypeFor(format), ...error.headers },
      body: formatError(error, format),
      upn,
    };
  }
}
