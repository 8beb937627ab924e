// The one Graph client everything uses: token attached to Graph (or the emulator), bounded retries that
// honour Retry-After, and a fresh client-request-id per request for support cases.
import {
  Client,
  HTTPMessageHandler,
  RetryHandler,
  RetryHandlerOptions,
} from '@microsoft/microsoft-graph-client';
import type {
  AuthenticationProvider,
  Context,
  Middleware,
} from '@microsoft/microsoft-graph-client';

export type GraphClientOptions = {
  authProvider: AuthenticationProvider;
  /** Origin Graph is served from: https://graph.microsoft.com, or the emulator's origin (it serves /v1.0 below it). */
  graphBaseUrl: string;
  /** Retries after 429/503/504; bounded so a throttled call fails in reasonable time. */
  maxRetries?: number;
};

const graphHosts = new Set([
  'graph.microsoft.com',
  'graph.microsoft.us',
  'dod-graph.microsoft.us',
  'microsoftgraph.chinacloudapi.cn',
  'graph.microsoft.de',
]);

function requestUrl(request: RequestInfo): string {
  return typeof request === 'string' ? request : request.url;
}

function setHeader(context: Context, name: string, value: string): void {
  if (typeof context.request !== 'string') {
    context.request.headers.set(name, value);
    return;
  }
  context.options ??= {};
  const headers = context.options.headers;
  if (headers instanceof Headers) headers.set(name, value);
  else if (Array.isArray(headers)) headers.push([name, value]);
  else context.options.headers = { ...headers, [name]: value };
}

/**
 * Adds the bearer token for requests to Graph hosts or to the configured origin. The SDK's own
 * AuthenticationHandler only recognises https custom hosts, so it would skip the http emulator.
 */
class BearerTokenHandler implements Middleware {
  private next: Middleware | undefined;

  constructor(
    private readonly authProvider: AuthenticationProvider,
    private readonly allowedOrigin: string,
  ) {}

  async execute(context: Context): Promise<void> {
    const url = new URL(requestUrl(context.request));
    if (
      url.origin === this.allowedOrigin ||
      (url.protocol === 'https:' && graphHosts.has(url.hostname))
    ) {
      const token = await this.authProvider.getAccessToken();
      setHeader(context, 'Authorization', `Bearer ${token}`);
    }
    await this.next?.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

/** Gives each request its own client-request-id (kept across retries of that request). */
class RequestIdHandler implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly newId: () => string) {}

  async execute(context: Context): Promise<void> {
    setHeader(context, 'client-request-id', this.newId());
    await this.next?.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

/**
 * Creates the app's Graph client.
 * @example createGraphClient({ authProvider, graphBaseUrl: 'http://localhost:4000' }).api('/me').get()
 */
export function createGraphClient({
  authProvider,
  graphBaseUrl,
  maxRetries = 3,
}: GraphClientOptions): Client {
  const base = new URL(graphBaseUrl);
  const middleware: Middleware[] = [
    new RequestIdHandler(() => crypto.randomUUID()),
    new BearerTokenHandler(authProvider, base.origin),
    // delay is the fallback when a 429/503 carries no Retry-After; Retry-After wins when present.
    new RetryHandler(new RetryHandlerOptions(1, maxRetries)),
    new HTTPMessageHandler(),
  ]; // the client chains these in order
  return Client.initWithMiddleware({
    baseUrl: `${base.origin}/`,
    middleware,
    // Lets the SDK's own host checks (telemetry, redirects) treat the emulator as Graph.
    customHosts: new Set([base.host]),
  });
}
