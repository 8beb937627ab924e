// SharePoint REST on the wire: the request path's segments (`lists/getByTitle('Absences')/breakroleinheritance(…)`),
// the three JSON formats a client asks for with Accept (odata=verbose, minimalmetadata — what plain application/json
// gives — and nometadata), and SharePoint's error bodies.
// https://learn.microsoft.com/en-us/sharepoint/dev/sp-add-ins/get-to-know-the-sharepoint-rest-service (URIs,
// functions with parameters in parentheses, X-HTTP-Method MERGE for updates) and
// https://learn.microsoft.com/en-us/sharepoint/dev/general-development/json-light-support-rest-sharepoint (the
// odata=verbose, minimalmetadata and nometadata formats).

/** A SharePoint error: the status and the `odata.error` code ("<HRESULT>, <exception type>") and message. */
export class SpHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'SpHttpError';
  }
}

/** 403 as SharePoint answers a caller without the right (UnauthorizedAccessException, E_ACCESSDENIED). */
export function spAccessDenied(): SpHttpError {
  return new SpHttpError(
    403,
    '-2147024891, System.UnauthorizedAccessException',
    'Access denied. You do not have permission to perform this action or access this resource.',
  );
}

export function spArgumentError(message: string): SpHttpError {
  return new SpHttpError(400, '-1, System.ArgumentException', message);
}

export function spException(message: string): SpHttpError {
  return new SpHttpError(400, '-2146232832, Microsoft.SharePoint.SPException', message);
}

export function spInvalidQuery(message: string): SpHttpError {
  return new SpHttpError(
    400,
    '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
    message,
  );
}

export type SpSegment = { name: string; args: string | null };

/** Splits `a/b('x/y')/c(p=1, q=2)` into segments, keeping quoted text and parentheses whole. */
export function parseApiPath(path: string): SpSegment[] {
  const segments: SpSegment[] = [];
  let current = '';
  let depth = 0;
  let quoted = false;
  const push = () => {
    if (current.trim() === '') return;
    const match = /^([^(]+)(?:\((.*)\))?$/s.exec(current.trim());
    if (!match) throw spInvalidQuery(`The expression "${current}" is not valid.`);
    segments.push({ name: (match[1] as string).trim().toLowerCase(), args: match[2] ?? null });
    current = '';
  };
  for (const char of path) {
    if (char === "'") quoted = !quoted;
    if (!quoted && char === '(') depth++;
    if (!quoted && char === ')') depth--;
    if (!quoted && depth === 0 && char === '/') push();
    else current += char;
  }
  push();
  return segments;
}

/** A function's parameters: `copyroleassignments=false, clearsubscopes=true` → { copyroleassignments: 'false', … }. */
export function namedArgs(args: string | null): Record<string, string> {
  const result: Record<string, string> = {};
  for (const part of (args ?? '').split(',')) {
    const [key, ...rest] = part.split('=');
    if (key === undefined || rest.length === 0) continue;
    result[key.trim().toLowerCase()] = rest.join('=').trim();
  }
  return result;
}

/** A string literal argument: `'Bereikbaar ''team'''` → `Bereikbaar 'team'`; `guid'…'` → the guid. */
export function stringArg(args: string | null): string | null {
  const match = /^\s*(?:guid)?'((?:[^']|'')*)'\s*$/i.exec(args ?? '');
  return match ? (match[1] as string).replace(/''/g, "'") : null;
}

export function booleanArg(value: string | undefined, name: string): boolean {
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw spArgumentError(`Parameter '${name}' must be true or false.`);
}

export function integerArg(value: string | undefined, name: string): number {
  if (value === undefined || !/^\s*-?\d+\s*$/.test(value))
    throw spArgumentError(`Parameter '${name}' must be an integer.`);
  return Number(value);
}

export type SpFormat = 'verbose' | 'minimal' | 'nometadata';

/** What the Accept header asks for; plain application/json is minimal metadata in SharePoint Online. */
export function formatFrom(accept: string | undefined): SpFormat {
  const value = (accept ?? '').toLowerCase();
  if (value.includes('odata=verbose')) return 'verbose';
  if (value.includes('odata=nometadata')) return 'nometadata';
  return 'minimal';
}

export function contentTypeFor(format: SpFormat): string {
  const odata = format === 'minimal' ? 'minimalmetadata' : format;
  return `application/json;odata=${odata};streaming=true;charset=utf-8`;
}

/** An entity before formatting: its SharePoint type, its address (odata.id), its properties. */
export type SpEntity = { type: string; uri: string; props: Record<string, unknown> };

function entityBody(entity: SpEntity, format: SpFormat): Record<string, unknown> {
  const props = Object.fromEntries(
    Object.entries(entity.props).map(([key, value]) => [key, nested(value, format)]),
  );
  if (format === 'nometadata') return props;
  if (format === 'verbose')
    return { __metadata: { id: entity.uri, uri: entity.uri, type: entity.type }, ...props };
  return {
    'odata.type': entity.type,
    'odata.id': entity.uri,
    'odata.editLink': entity.uri.replace(/^.*?\/_api\//, ''),
    ...props,
  };
}

/** Expanded navigation properties are entities or collections of them. */
function nested(value: unknown, format: SpFormat): unknown {
  if (isEntity(value)) return entityBody(value, format);
  if (Array.isArray(value) && value.every(isEntity)) {
    const bodies = value.map((entity) => entityBody(entity, format));
    return format === 'verbose' ? { results: bodies } : bodies;
  }
  return value;
}

function isEntity(value: unknown): value is SpEntity {
  return (
    typeof value === 'object' &&
    value !== null &&
    'type' in value &&
    'uri' in value &&
    'props' in value
  );
}

export function formatEntity(
  entity: SpEntity,
  format: SpFormat,
  metadataUrl: string,
): Record<string, unknown> {
  const body = entityBody(entity, format);
  if (format === 'verbose') return { d: body };
  if (format === 'nometadata') return body;
  return { 'odata.metadata': `${metadataUrl}#${entity.type}`, ...body };
}

export function formatCollection(
  entities: readonly SpEntity[],
  format: SpFormat,
  metadataUrl: string,
  type: string,
): Record<string, unknown> {
  const value = entities.map((entity) => entityBody(entity, format));
  if (format === 'verbose') return { d: { results: value } };
  if (format === 'nometadata') return { value };
  return { 'odata.metadata': `${metadataUrl}#${type}`, value };
}

/** What a method without a result (addroleassignment, breakroleinheritance) answers. */
export function formatNull(
  format: SpFormat,
  metadataUrl: string,
  methodName: string,
): Record<string, unknown> {
  if (format === 'verbose') return { d: { [methodName]: null } };
  if (format === 'nometadata') return { 'odata.null': true };
  return { 'odata.metadata': `${metadataUrl}#Edm.Null`, 'odata.null': true };
}

export function formatError(error: SpHttpError, format: SpFormat): Record<string, unknown> {
  const inner = { code: error.code, message: { lang: 'en-US', value: error.message } };
  return format === 'verbose' ? { error: inner } : { 'odata.error': inner };
}

/** `$select=Title,HasUniqueRoleAssignments` applied to an entity's properties (case-insensitive, as SharePoint). */
export function selectProps(
  props: Record<string, unknown>,
  select: string | null,
  typeName: string,
): Record<string, unknown> {
  if (select === null || select.trim() === '' || select.trim() === '*') return props;
  const result: Record<string, unknown> = {};
  for (const wanted of select.split(',').map((name) => name.trim())) {
    if (wanted === '') continue;
    const key = Object.keys(props).find((name) => name.toLowerCase() === wanted.toLowerCase());
    if (key === undefined)
      throw spArgumentError(
        `The field or property '${wanted}' does not exist on type '${typeName}'.`,
      );
    result[key] = props[key];
  }
  return result;
}
