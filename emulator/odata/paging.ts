// $top / $skiptoken paging and Graph-style nextLinks.
import { GraphHttpError } from '../http';

export type PaginateOptions<T> = {
  items: readonly T[];
  query: URLSearchParams;
  /** e.g. http://127.0.0.1:4000/v1.0 */
  graphBaseUrl: string;
  /** Path below graphBaseUrl for the nextLink, e.g. `/users`. */
  path: string;
  maxTop: number;
  defaultTop: number;
  /** Graph error code for a bad $top or $skiptoken (resources differ); default 'BadRequest'. */
  errorCode?: string;
};

export type Page<T> = { page: T[]; nextLink: string | undefined };

/** Reads `$top` (1..maxTop, else 400); absent → defaultTop. */
export function readTop(
  query: URLSearchParams,
  maxTop: number,
  defaultTop: number,
  errorCode = 'BadRequest',
): number {
  const raw = query.get('$top') ?? query.get('top');
  if (raw === null) return defaultTop;
  const top = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isInteger(top) || top < 1 || top > maxTop) {
    throw new GraphHttpError(
      400,
      errorCode,
      `Invalid page size specified: '${raw}'. Must be between 1 and ${maxTop} inclusive.`,
    );
  }
  return top;
}

function encodeSkipToken(offset: number): string {
  return Buffer.from(JSON.stringify({ offset }), 'utf8').toString('base64url');
}

function decodeSkipToken(token: string, errorCode: string): number {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && 'offset' in parsed) {
      const offset = parsed.offset;
      if (typeof offset === 'number' && Number.isInteger(offset) && offset >= 0) return offset;
    }
  } catch {
    // fall through to the 400 below
  }
  throw new GraphHttpError(
    400,
    errorCode,
    `The specified page token value '${token}' is invalid or has expired.`,
  );
}

/**
 * One page of `items` after `$skiptoken`, `$top` items long, and the absolute `@odata.nextLink` (same query, new
 * $skiptoken) when more remain. The skiptoken is opaque to callers, as in Graph.
 */
export function paginate<T>(options: PaginateOptions<T>): Page<T> {
  const errorCode = options.errorCode ?? 'BadRequest';
  const top = readTop(options.query, options.maxTop, options.defaultTop, errorCode);
  const token = options.query.get('$skiptoken');
  const offset = token === null ? 0 : decodeSkipToken(token, errorCode);
  const page = options.items.slice(offset, offset + top);
  const nextOffset = offset + top;
  if (nextOffset >= options.items.length) return { page, nextLink: undefined };
  const nextQuery = new URLSearchParams(options.query);
  nextQuery.delete('$skiptoken');
  nextQuery.set('$skiptoken', encodeSkipToken(nextOffset));
  return { page, nextLink: `${options.graphBaseUrl}${options.path}?${queryString(nextQuery)}` };
}

/** A query string that keeps `$` in OData option names readable (`$top=5`), as Graph's own links do. */
export function queryString(query: URLSearchParams): string {
  return [...query]
    .map(
      ([name, value]) =>
        `${encodeURIComponent(name).replaceAll('%24', '$')}=${encodeURIComponent(value)}`,
    )
    .join('&');
}
