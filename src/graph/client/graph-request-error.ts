// One error type for every failed Graph call, built from Graph's `{ "error": { "code", "message" } }` envelope.
import { GraphError } from '@microsoft/microsoft-graph-client';

export class GraphRequestError extends Error {
  override readonly name = 'GraphRequestError';

  constructor(
    /** HTTP status; 0 when no response arrived (network down, host unreachable). */
    readonly status: number,
    /** Graph's error code, e.g. `Authorization_RequestDenied`, or `networkError` without a response. */
    readonly code: string,
    message: string,
    readonly requestId: string | null,
    readonly retryAfterSeconds: number | null,
  ) {
    super(message);
  }

  /** True when no response came back at all: the host is down or unreachable. */
  get isNetworkError(): boolean {
    return this.status === 0;
  }
}

function retryAfterFrom(headers: Headers | undefined): number | null {
  const value = headers?.get('Retry-After');
  if (value === null || value === undefined) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.round((date - Date.now()) / 1000));
}

function requestIdFrom(error: GraphError): string | null {
  const body: unknown = error.body;
  if (typeof body === 'string') {
    try {
      const parsed = JSON.parse(body) as { error?: { innerError?: { 'request-id'?: unknown } } };
      const id = parsed.error?.innerError?.['request-id'];
      if (typeof id === 'string') return id;
    } catch {
      // not JSON: fall through to the header
    }
  }
  return (
    error.requestId ??
    error.headers?.get('request-id') ??
    error.headers?.get('client-request-id') ??
    null
  );
}

/**
 * Normalises whatever a Graph call threw into a GraphRequestError.
 * @example toGraphRequestError(new TypeError('Failed to fetch')) // → GraphRequestError { status: 0, code: 'networkError' }
 */
export function toGraphRequestError(error: unknown): GraphRequestError {
  if (error instanceof GraphRequestError) return error;
  if (error instanceof GraphError) {
    // The client reports a fetch that never got a response as statusCode -1.
    if (error.statusCode <= 0)
      return new GraphRequestError(0, 'networkError', error.message || 'Network error', null, null);
    return new GraphRequestError(
      error.statusCode,
      error.code ?? `http${error.statusCode}`,
      error.message,
      requestIdFrom(error),
      retryAfterFrom(error.headers),
    );
  }
  if (error instanceof TypeError)
    return new GraphRequestError(0, 'networkError', error.message, null, null);
  const message = error instanceof Error ? error.message : String(error);
  return new GraphRequestError(0, 'unknownError', message, null, null);
}
