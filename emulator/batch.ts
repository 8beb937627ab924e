// JSON batching (POST /v1.0/$batch) as Graph documents it: at most 20 requests, unique ids, dependsOn, 424 on a failed dependency.
import { GraphHttpError } from './http';
import type { HttpMethod } from './http';

export const maxBatchRequests = 20;

export type BatchSubRequest = {
  id: string;
  method: HttpMethod;
  /** Relative to /v1.0, as sent (with or without a leading slash). */
  url: string;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  body: unknown;
  dependsOn: string[];
};

export type BatchSubResponse = {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
};

const methods: readonly HttpMethod[] = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'];

function invalidBatch(message: string): GraphHttpError {
  return new GraphHttpError(400, 'BadRequest', message);
}

/** Validates a batch body; a malformed batch is a 400 for the whole batch, as in Graph. */
export function parseBatchRequests(body: unknown): BatchSubRequest[] {
  if (
    typeof body !== 'object' ||
    body === null ||
    !Array.isArray((body as { requests?: unknown }).requests)
  ) {
    throw invalidBatch(
      "Invalid batch payload format. The body must be a JSON object with a 'requests' array.",
    );
  }
  const raw = (body as { requests: unknown[] }).requests;
  if (raw.length === 0)
    throw invalidBatch('Invalid batch payload format. The batch contains no requests.');
  if (raw.length > maxBatchRequests) {
    throw invalidBatch(
      `Invalid batch payload format. A batch may contain at most ${maxBatchRequests} requests; it contained ${raw.length}.`,
    );
  }
  const seenIds = new Set<string>();
  const requests = raw.map((entry, index): BatchSubRequest => {
    if (typeof entry !== 'object' || entry === null)
      throw invalidBatch(`Invalid batch payload format. Request ${index} is not an object.`);
    const record = entry as Record<string, unknown>;
    if (typeof record.id !== 'string' || record.id.length === 0)
      throw invalidBatch(`Invalid batch payload format. Request ${index} has no id.`);
    // Ids are case-insensitive and must be unique within the batch.
    const idKey = record.id.toLowerCase();
    if (seenIds.has(idKey))
      throw invalidBatch(
        `Invalid batch payload format. The request id '${record.id}' is used more than once.`,
      );
    seenIds.add(idKey);
    const method =
      typeof record.method === 'string' ? (record.method.toUpperCase() as HttpMethod) : undefined;
    if (!method || !methods.includes(method))
      throw invalidBatch(
        `Invalid batch payload format. Request '${record.id}' has an invalid method.`,
      );
    if (typeof record.url !== 'string' || record.url.length === 0)
      throw invalidBatch(`Invalid batch payload format. Request '${record.id}' has no url.`);
    const headers: Record<string, string> = {};
    if (record.headers !== undefined && record.headers !== null) {
      if (typeof record.headers !== 'object' || Array.isArray(record.headers)) {
        throw invalidBatch(
          `Invalid batch payload format. The headers of request '${record.id}' must be an object.`,
        );
      }
      for (const [name, value] of Object.entries(record.headers as Record<string, unknown>)) {
        headers[name.toLowerCase()] = String(value);
      }
    }
    let dependsOn: string[] = [];
    if (record.dependsOn !== undefined) {
      if (
        !Array.isArray(record.dependsOn) ||
        !record.dependsOn.every((dependency) => typeof dependency === 'string')
      ) {
        throw invalidBatch(
          `Invalid batch payload format. The dependsOn of request '${record.id}' must be an array of ids.`,
        );
      }
      dependsOn = record.dependsOn;
    }
    return { id: record.id, method, url: record.url, headers, body: record.body, dependsOn };
  });
  const idsLower = new Set(requests.map((request) => request.id.toLowerCase()));
  for (const request of requests) {
    for (const dependency of request.dependsOn) {
      if (!idsLower.has(dependency.toLowerCase())) {
        throw invalidBatch(
          `Invalid batch payload format. Request '${request.id}' depends on '${dependency}', which is not in the batch.`,
        );
      }
    }
  }
  return requests;
}

export type SubRequestExecutor = (
  request: BatchSubRequest,
) => Promise<Omit<BatchSubResponse, 'id'>>;
export type ErrorRenderer = (error: GraphHttpError) => Omit<BatchSubResponse, 'id'>;

/**
 * Runs the sub-requests, each after the ones it depends on; a request whose dependency failed (status ≥ 400)
 * is not executed and answers 424 FailedDependency. Responses come back in request order.
 */
export async function runBatch(
  requests: readonly BatchSubRequest[],
  execute: SubRequestExecutor,
  renderError: ErrorRenderer,
): Promise<BatchSubResponse[]> {
  const byId = new Map(requests.map((request) => [request.id.toLowerCase(), request]));
  const done = new Map<string, BatchSubResponse>();
  const inProgress = new Set<string>();

  const run = async (request: BatchSubRequest): Promise<BatchSubResponse> => {
    const key = request.id.toLowerCase();
    const finished = done.get(key);
    if (finished) return finished;
    if (inProgress.has(key))
      throw invalidBatch(
        `Invalid batch payload format. The dependsOn chain of request '${request.id}' is circular.`,
      );
    inProgress.add(key);
    let failedDependency: string | null = null;
    for (const dependencyId of request.dependsOn) {
      const dependency = byId.get(dependencyId.toLowerCase()) as BatchSubRequest;
      const outcome = await run(dependency);
      if (outcome.status >= 400 && failedDependency === null) failedDependency = dependency.id;
    }
    const response: BatchSubResponse =
      failedDependency === null
        ? { id: request.id, ...(await execute(request)) }
        : {
            id: request.id,
            ...renderError(
              new GraphHttpError(
                424,
                'FailedDependency',
                `The request depends on request '${failedDependency}', which failed.`,
              ),
            ),
          };
    inProgress.delete(key);
    done.set(key, response);
    return response;
  };

  // Detect cycles before running anything, so a circular batch changes nothing.
  const visiting = new Set<string>();
  const checked = new Set<string>();
  const checkCycles = (request: BatchSubRequest): void => {
    const key = request.id.toLowerCase();
    if (checked.has(key)) return;
    if (visiting.has(key))
      throw invalidBatch(
        `Invalid batch payload format. The dependsOn chain of request '${request.id}' is circular.`,
      );
    visiting.add(key);
    for (const dependencyId of request.dependsOn)
      checkCycles(byId.get(dependencyId.toLowerCase()) as BatchSubRequest);
    visiting.delete(key);
    checked.add(key);
  };
  requests.forEach(checkCycles);

  // Without dependsOn Graph runs the requests in parallel, in no promised order; with it, in the order it sets.
  if (requests.every((request) => request.dependsOn.length === 0))
    return Promise.all(requests.map((request) => run(request)));
  const responses: BatchSubResponse[] = [];
  for (const request of requests) responses.push(await run(request));
  return responses;
}
