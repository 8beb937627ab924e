// JSON batching: many Graph calls in few HTTP round trips. Graph answers each sub-request on its own (and throttles
// each on its own); the client's retry handler only sees the outer POST, so throttled or failed sub-requests are
// re-sent here, after their own Retry-After, a bounded number of times.
import type { Client } from '@microsoft/microsoft-graph-client';
import { toGraphRequestError } from '../client';
import type { GraphRequestError } from '../client';

/** Graph's limit of sub-requests in one `$batch`. */
export const maxBatchSize = 20;

export type BatchRequest = {
  /** Unique within one call of {@link executeBatch}. */
  id: string;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Relative to the version: `/users/{id}/presence`. */
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
};

export type BatchResponse = {
  id: string;
  /** HTTP status of the sub-request; 0 when its batch never got an answer. */
  status: number;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  body: unknown;
};

export type BatchOutcome = {
  responses: Map<string, BatchResponse>;
  /** Top-level HTTP requests sent (each `$batch` POST is one). */
  roundTrips: number;
  /** Sub-requests sent, retries included. */
  subRequests: number;
  /** Rounds of batches sent in parallel: the first, plus one per retry round. */
  waves: number;
  /** The error of a batch POST that failed as a whole (after the client's own retries), if any. */
  batchErrors: GraphRequestError[];
};

export type BatchOptions = {
  /** Retry rounds for 429/503/504 sub-requests; default 3. */
  maxRetries?: number;
  /** Waits; injected in tests. */
  sleep?: (ms: number) => Promise<void>;
};

type BatchBody = { requests: Array<Record<string, unknown>> };

const retryableStatuses = new Set([429, 503, 504]);
const defaultRetryAfterSeconds = 1;
const maxRetryAfterSeconds = 30;

const defaultSleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms);
  });

function hasHeader(headers: Record<string, string>, name: string): boolean {
  return Object.keys(headers).some((key) => key.toLowerCase() === name.toLowerCase());
}

/**
 * Splits requests into `$batch` bodies of at most 20; a sub-request with a body gets `Content-Type:
 * application/json` (Graph rejects a body without one). Ids must be unique; a duplicate throws.
 * @example assembleBatches(requests21).map((b) => b.requests.length) // [20, 1]
 */
export function assembleBatches(requests: readonly BatchRequest[]): BatchBody[] {
  const seen = new Set<string>();
  for (const request of requests) {
    const key = request.id.toLowerCase();
    if (seen.has(key)) throw new Error(`Duplicate batch request id '${request.id}'.`);
    seen.add(key);
  }
  const bodies: BatchBody[] = [];
  for (let start = 0; start < requests.length; start += maxBatchSize) {
    bodies.push({
      requests: requests.slice(start, start + maxBatchSize).map((request) => {
        const headers = { ...request.headers };
        if (request.body !== undefined && !hasHeader(headers, 'content-type'))
          headers['Content-Type'] = 'application/json';
        return {
          id: request.id,
          method: request.method,
          url: request.url,
          ...(Object.keys(headers).length > 0 ? { headers } : {}),
          ...(request.body !== undefined ? { body: request.body } : {}),
        };
      }),
    });
  }
  return bodies;
}

function lowerCaseHeaders(raw: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (typeof raw !== 'object' || raw === null) return result;
  for (const [name, value] of Object.entries(raw as Record<string, unknown>))
    if (typeof value === 'string' || typeof value === 'number')
      result[name.toLowerCase()] = String(value);
  return result;
}

/** Seconds to wait before re-sending a sub-request, from its Retry-After (seconds or an HTTP date). */
export function retryAfterSecondsOf(response: BatchResponse, now = Date.now()): number {
  const raw = response.headers['retry-after'];
  if (raw === undefined) return defaultRetryAfterSeconds;
  const seconds = Number(raw);
  const value = Number.isFinite(seconds)
    ? seconds
    : Number.isNaN(Date.parse(raw))
      ? defaultRetryAfterSeconds
      : (Date.parse(raw) - now) / 1000;
  return Math.min(Math.max(value, 0), maxRetryAfterSeconds);
}

type BatchReply = { responses?: Array<Record<string, unknown>> };

/**
 * Sends requests in as few `$batch` POSTs as possible, all batches of a round in parallel, then re-sends only the
 * sub-requests answered 429/503/504 (after the longest Retry-After among them), up to `maxRetries` rounds.
 * Every request id gets a response; a batch that failed as a whole gives its sub-requests status 0.
 * @example const { responses, roundTrips } = await executeBatch(client, [{ id: 'me', method: 'GET', url: '/me' }])
 */
export async function executeBatch(
  client: Client,
  requests: readonly BatchRequest[],
  options: BatchOptions = {},
): Promise<BatchOutcome> {
  const maxRetries = options.maxRetries ?? 3;
  const sleep = options.sleep ?? defaultSleep;
  const outcome: BatchOutcome = {
    responses: new Map(),
    roundTrips: 0,
    subRequests: 0,
    waves: 0,
    batchErrors: [],
  };
  let pending: readonly BatchRequest[] = requests;
  for (let round = 0; pending.length > 0; round++) {
    outcome.waves++;
    const bodies = assembleBatches(pending);
    outcome.roundTrips += bodies.length;
    outcome.subRequests += pending.length;
    await Promise.all(
      bodies.map(async (body) => {
        try {
          const reply = (await client.api('/$batch').post(body)) as BatchReply;
          for (const raw of reply.responses ?? []) {
            const id = typeof raw.id === 'string' ? raw.id : String(raw.id);
            outcome.responses.set(id, {
              id,
              status: typeof raw.status === 'number' ? raw.status : Number(raw.status),
              headers: lowerCaseHeaders(raw.headers),
              body: raw.body,
            });
          }
        } catch (error) {
          outcome.batchErrors.push(toGraphRequestError(error));
          for (const request of body.requests)
            outcome.responses.set(request.id as string, {
              id: request.id as string,
              status: 0,
              headers: {},
              body: undefined,
            });
        }
      }),
    );
    const retryable = pending.filter((request) => {
      const response = outcome.responses.get(request.id);
      return response === undefined || retryableStatuses.has(response.status);
    });
    if (retryable.length === 0 || round >= maxRetries) break;
    const waitSeconds = Math.max(
      0,
      ...retryable.map((request) => {
        const response = outcome.responses.get(request.id);
        return response ? retryAfterSecondsOf(response) : defaultRetryAfterSeconds;
      }),
    );
    await sleep(waitSeconds * 1000);
    pending = retryable;
  }
  for (const request of requests)
    if (!outcome.responses.has(request.id))
      outcome.responses.set(request.id, {
        id: request.id,
        status: 0,
        headers: {},
        body: undefined,
      });
  return outcome;
}
