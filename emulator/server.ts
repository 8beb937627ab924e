// The demo tenant's HTTP server: CORS, bearer auth, routing below /v1.0, $batch, injected faults, control endpoints, persistence.
// The pieces live in ./server/; this file starts the server and re-exports what importers use.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTokenSecret } from './auth';
import { GraphHttpError } from './http';
import type { HttpMethod } from './http';
import { loadOrCreateSecret, loadState, saveState } from './persistence';
import { handleControl } from './server/control-endpoints';
import { allowedRequestHeaders, exposedResponseHeaders, localOrigin } from './server/cors';
import { Emulator } from './server/emulator';
import { answerEntra } from './server/entra';
import { lowerCaseHeaders, readBody, send } from './server/http-io';
import { generateSeed, refreshSeededCalendars } from './seed';
import { createHash } from 'node:crypto';

/** Identifies the seed code and list schema: the seed for a fixed week, hashed. */
function seedFingerprint(): string {
  const seed = generateSeed(new Date('2026-01-07T12:00:00Z'));
  return createHash('sha1').update(JSON.stringify(seed)).digest('hex');
}
import type { EmulatorState } from './store';

export type { StartEmulatorOptions, TokenOptions } from './server/options';
import type { StartEmulatorOptions, TokenOptions } from './server/options';

export type RunningEmulator = {
  /** http://127.0.0.1:PORT */
  url: string;
  /** url + '/v1.0' */
  graphUrl: string;
  state: EmulatorState;
  tokenFor(upn: string, scopes?: readonly string[], options?: TokenOptions): string;
  close(): Promise<void>;
};

export { allRoutes, matchRoute } from './server/routing';

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
      const sharePoint = /^\/sites\/([^/]+)\/_api(?:\/(.*))?$/i.exec(url.pathname);
      if (sharePoint) {
        // SharePoint's REST API at the site's web URL path (emulator/routes/sharepoint/rest.ts).
        const answer = emulator.handleSharePoint({
          method,
          siteName: decodeURIComponent(sharePoint[1] as string),
          apiPath: sharePoint[2] ?? '',
          query: url.searchParams,
          headers,
          rawBody,
          origin: `http://${request.headers.host ?? '127.0.0.1'}`,
        });
        emulator.record(method, `${url.pathname}${url.search}`, answer.status, 'top', answer.upn);
        send(response, answer.status, { ...baseHeaders, ...answer.headers }, answer.body);
        return;
      }
      // Entra ID's token endpoint and the discovery documents MSAL reads (login.microsoftonline.com in a real tenant).
      const entra = answerEntra(method, url, rawBody, emulator.entra());
      if (entra !== null) {
        emulator.record(method, url.pathname, entra.status, 'top', null);
        send(response, entra.status, { ...baseHeaders }, entra.body);
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
