// SharePoint's REST API through PnPjs, for what Microsoft Graph cannot do: stop a list inheriting the site's
// permissions, grant Entra groups and users permission levels on it, create a permission level, switch versioning
// on. Signed in with a delegated SharePoint token (audience https://<tenant>.sharepoint.com), not a Graph token.
import { spfi } from '@pnp/sp';
import type { SPFI } from '@pnp/sp';
import { DefaultHeaders, DefaultInit } from '@pnp/sp';
import { BearerToken, BrowserFetchWithRetry, DefaultParse } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/security';
import '@pnp/sp/site-users/web';

export type { SPFI } from '@pnp/sp';

/**
 * A PnPjs client for one site, e.g. `https://contoso.sharepoint.com/sites/bereikbaar`, authenticated with `token`.
 * Throttled requests (429/503) are retried with PnPjs's own back-off: provisioning is an administrator's run, not
 * a user's write that must not be duplicated, and every step reads before it writes.
 */
export function sharePointRest(siteUrl: string, token: string): SPFI {
  return spfi(siteUrl.replace(/\/+$/, '')).using(
    DefaultHeaders(),
    DefaultInit(),
    BrowserFetchWithRetry({ retries: 3 }),
    DefaultParse(),
    BearerToken(token),
  );
}

/** SharePoint's answer to a refused request, in one line: status and SharePoint's own message. */
export async function sharePointFailure(error: unknown): Promise<string> {
  const response = (error as { response?: Response } | null)?.response;
  if (response === undefined) return error instanceof Error ? error.message : String(error);
  let message: string;
  try {
    const body = (await response.clone().json()) as {
      'odata.error'?: { code?: string; message?: { value?: string } };
      error?: { code?: string; message?: { value?: string } | string };
    };
    const detail = body['odata.error'] ?? body.error;
    const text = typeof detail?.message === 'string' ? detail.message : detail?.message?.value;
    message = [detail?.code, text].filter(Boolean).join(': ');
  } catch {
    message = response.statusText;
  }
  return `SharePoint answered ${response.status}${message === '' ? '' : ` (${message})`}`;
}

/** The HTTP status of a refused SharePoint request, or null when there was no answer. */
export function sharePointStatus(error: unknown): number | null {
  return (
    (error as { status?: number } | null)?.status ??
    (error as { response?: Response } | null)?.response?.status ??
    null
  );
}
