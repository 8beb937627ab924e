// The one Graph client everything uses: token attached to Graph (or the emulator), bounded retries that
// honour Retry-After (writes only after a refusal, never after a lost answer), at most 4 Outlook requests
// at once, and a fresh client-request-id per request for support cases.
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
import { OutlookConcurrencyHandler, WeightedSemaphore } from './outlook-concurrency';
import { isSafeToRepeat, outlookConcurrencyLimit, outlookSlotsOf } from './request-kinds';
import type { RequestShape } from './request-kinds';

export type GraphClientOptions = {
  authProvider: AuthenticationProvider;
  /** Origin Graph is served from: https://graph.microsoft.com, or the emulator's origin (it serves /v1.0 below it). */
  graphBaseUrl: string;
  /** Retries after 429/503/504; bounded so a throttled call fails in reasonable time. */
  maxRetries?: number;
};

/** Method, path below the version and parsed JSON body of the request in a middleware context. */
function shapeOf(context: Context): RequestShape {
  const request = context.request;
  const method = (
    typeof request === 'string' ? (context.options?.method ?? 'GET') : request.method
  ).toUpperCase();
  const url = new URL(requestUrl(request));
  const path = url.pathname.replace(/^\/(v1\.0|beta)(?=\/|$)/i, '') + url.search;
  let body: unknown = undefined;
  const raw = context.options?.body;
  if (typeof raw === 'string') {
    try {
      body = JSON.parse(raw) as unknown;
    } catch {
      body = raw;
    }
  }
  return { method, path, body };
}

/**
 * Which answers the client repeats on its own. 429 always: Graph documents a throttled request as failed
 * (https://learn.microsoft.com/en-us/graph/throttling: "returns HTTP status code 429 … and the requests
 * fail"), so nothing was done and sending it again cannot do it twice. 503 and 504 only for requests that are
 * safe to repeat (reads, read-only actions, a `$batch` of those): a 503 or 504 can come after SharePoint or
 * Exchange committed a write whose answer was then lost, and repeating that write would store it twice. Writes
 * are retried by the code that knows how to make them idempotent (the callbacks outbox looks the request up
 * by its RequestId first; an absence is looked up by its person, start and author before it is re-sent).
 */
export const shouldRetryRequest = (status: number, request: RequestShape): boolean =>
  status === 429 || ((status === 503 || status === 504) && isSafeToRepeat(request));

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
    new RetryHandler(
      new RetryHandlerOptions(1, maxRetries, (_delay, _attempt, request, options, response) =>
        shouldRetryRequest(response.status, shapeOf({ request, options })),
      ),
    ),
    // After the retries, so that a retry waiting for its Retry-After holds no Outlook slot.
    new OutlookConcurrencyHandler(new WeightedSemaphore(outlookConcurrencyLimit), (context) =>
      outlookSlotsOf(shapeOf(context)),
    ),
    new HTTPMessageHandler(),
  ]; // the client chains these in order
  return Client.initWithMiddleware({
    baseUrl: `${base.origin}/`,
    middleware,
    // Lets the SDK's own host checks (telemetry, redirects) treat the emulator as Graph.
    customHosts: new Set([base.host]),
  });
}
