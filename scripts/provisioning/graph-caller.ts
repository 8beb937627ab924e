// The few Graph calls provisioning makes, over fetch with a bearer token: no MSAL, no SDK, so the command runs
// with any delegated token an administrator can get (Graph Explorer, Azure CLI, device code).

export type GraphMethod = 'GET' | 'POST' | 'PATCH';

/** Calls Graph below its version root (`/sites/…`) or at an absolute `@odata.nextLink`. */
export type GraphCall = (method: GraphMethod, path: string, body?: unknown) => Promise<GraphReply>;

export type GraphReply = { status: number; body: unknown };

/** A Graph error response, with Graph's own code and message. */
export class GraphCallError extends Error {
  override readonly name = 'GraphCallError';

  constructor(
    readonly status: number,
    readonly code: string,
    /** Graph's own message, as it came back. */
    readonly graphMessage: string,
    readonly request: string,
  ) {
    super(`${request} → ${status} ${code}: ${graphMessage}`);
  }
}

/**
 * A GraphCall against `graphBaseUrl` (e.g. https://graph.microsoft.com/v1.0) with a fixed token.
 * @example await graphCaller('https://graph.microsoft.com/v1.0', token)('GET', '/sites/contoso.sharepoint.com:/sites/b')
 */
export function graphCaller(
  graphBaseUrl: string,
  token: string,
  fetchImpl: typeof fetch = fetch,
): GraphCall {
  const base = graphBaseUrl.replace(/\/+$/, '');
  return async (method, path, body) => {
    const url = /^https?:\/\//.test(path) ? path : `${base}${path}`;
    const response = await fetchImpl(url, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text.trim() === '' ? null : JSON.parse(text);
    } catch {
      parsed = text;
    }
    if (!response.ok) {
      const error = (parsed as { error?: { code?: unknown; message?: unknown } } | null)?.error;
      throw new GraphCallError(
        response.status,
        typeof error?.code === 'string' ? error.code : 'unknown',
        typeof error?.message === 'string' ? error.message : String(text).slice(0, 300),
        `${method} ${path.replace(base, '')}`,
      );
    }
    return { status: response.status, body: parsed };
  };
}

/**
 * A JWT's claims, without verifying it: only to warn early about a token that cannot work, or to tell which
 * roles it carries. An opaque token gives null.
 * @example tokenClaims(jwtWith({ roles: ['Bereikbaar.Coordinator'] })) // { roles: ['Bereikbaar.Coordinator'] }
 */
export function tokenClaims(token: string): Record<string, unknown> | null {
  const payload = token.split('.')[1];
  if (payload === undefined) return null;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return typeof claims === 'object' && claims !== null && !Array.isArray(claims)
      ? (claims as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/**
 * The delegated scopes (`scp` claim) of a JWT, without verifying it. An opaque token gives null.
 * @example tokenScopes(jwtWith({ scp: 'Sites.Manage.All User.Read' })) // ['Sites.Manage.All', 'User.Read']
 */
export function tokenScopes(token: string): string[] | null {
  const scp = tokenClaims(token)?.scp;
  return typeof scp === 'string' ? scp.split(' ').filter(Boolean) : null;
}

/** Every item of a Graph collection, following `@odata.nextLink` page by page. */
export async function allPages<T>(graph: GraphCall, path: string): Promise<T[]> {
  const values: T[] = [];
  let next: string | undefined = path;
  while (next !== undefined) {
    const page = (await graph('GET', next)).body as { value?: T[]; '@odata.nextLink'?: string };
    values.push(...(page.value ?? []));
    next = page['@odata.nextLink'];
  }
  return values;
}
