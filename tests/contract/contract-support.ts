// Shared by the emulator's contract tests: an in-process demo tenant, a raw HTTP caller, and the shape comparison
// against trimmed example responses from the Microsoft Graph documentation.
import { startDemoTenant } from '../../scripts/demo-tenant/start-demo-tenant';
import type { RunningEmulator } from '../../emulator/server';
import { appDelegatedScopes } from '../../emulator/personas';
import type { StoredUser } from '../../emulator/store';

/** A Monday in the seeded weeks; the seed is generated relative to it, so every run sees the same tenant. */
export const contractNow = new Date('2026-11-30T08:15:00Z');

export const sanne = 'sanne.devries@lindeburg.example';
export const mohamed = 'mohamed.elamrani@lindeburg.example';
export const pieter = 'pieter.vanderberg@lindeburg.example';
export const ingrid = 'ingrid.bakker@lindeburg.example';

/** The app's scopes plus the write scopes the documentation examples need. */
export const allScopes: readonly string[] = [
  ...appDelegatedScopes,
  'User.ReadWrite.All',
  'Calendars.ReadWrite',
  'MailboxSettings.ReadWrite',
  'Presence.ReadWrite',
  'Sites.Manage.All',
];

/** Graph's dateTimeTimeZone.dateTime as Exchange writes it: seven fractional digits, no offset. */
export const graphDateTimePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}$/;

/** Graph's Content-Type for JSON answers starts with application/json. */
export const jsonContentType = /^application\/json\b/;

export type GraphResponse = {
  status: number;
  headers: Headers;
  text: string;
  /** Parsed JSON, or undefined for an empty or non-JSON body. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- contract tests read raw Graph JSON and check its shape themselves.
  json: any;
};

export type CallOptions = {
  body?: unknown;
  headers?: Record<string, string>;
  /** Token scopes; default `allScopes`. */
  scopes?: readonly string[];
  /** null = send no Authorization header. */
  token?: string | null;
};

export type ContractTenant = {
  emulator: RunningEmulator;
  /** Calls `/v1.0{path}` as `upn`, exactly as given (path, query, headers, body). */
  call(upn: string, method: string, path: string, options?: CallOptions): Promise<GraphResponse>;
  user(upn: string): StoredUser;
  control(method: string, path: string, body?: unknown): Promise<Response>;
};

/** Starts the demo tenant in-process for one test file; call in beforeAll and close in afterAll. */
export async function startContractTenant(): Promise<ContractTenant> {
  const emulator = await startDemoTenant({
    port: 0,
    dataDir: null,
    quiet: true,
    now: () => contractNow,
  });
  return {
    emulator,
    async call(upn, method, path, options = {}) {
      const token =
        options.token === undefined
          ? emulator.tokenFor(upn, options.scopes ?? allScopes)
          : options.token;
      const headers: Record<string, string> = { ...options.headers };
      if (token !== null) headers.Authorization = `Bearer ${token}`;
      if (options.body !== undefined && !Object.keys(headers).some(isContentType))
        headers['Content-Type'] = 'application/json';
      const response = await fetch(`${emulator.graphUrl}${path}`, {
        method,
        headers,
        ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
      });
      const text = await response.text();
      let json: unknown = undefined;
      if (text && jsonContentType.test(response.headers.get('content-type') ?? '')) {
        json = JSON.parse(text);
      }
      return { status: response.status, headers: response.headers, text, json };
    },
    user(upn) {
      const found = emulator.state.users.find(
        (candidate) => candidate.userPrincipalName.toLowerCase() === upn.toLowerCase(),
      );
      if (!found) throw new Error(`No seeded user ${upn}`);
      return found;
    },
    control(method, path, body) {
      return fetch(`${emulator.url}${path}`, {
        method,
        headers: { 'Content-Type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    },
  };
}

function isContentType(name: string): boolean {
  return name.toLowerCase() === 'content-type';
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * Where `actual` differs in shape from `documented` (a trimmed example response from the Graph documentation):
 * every property the example shows must be present with the same JSON type, at every level. A `null` in the
 * example only requires the property to be present (the docs print null for values a tenant may not hold).
 * Arrays compare each actual element with the example's first element. Extra properties are allowed, since the
 * documented examples are truncated — use `exactKeys` where the docs list the whole set.
 *
 * Example: `shapeDifferences({ a: 1 }, { a: 0, b: 'x' })` → `["$.b: missing"]`.
 */
export function shapeDifferences(actual: unknown, documented: unknown, path = '$'): string[] {
  if (documented === null) return actual === undefined ? [`${path}: missing`] : [];
  const expectedType = jsonType(documented);
  const actualType = jsonType(actual);
  if (actual === undefined) return [`${path}: missing`];
  if (expectedType !== actualType)
    return [`${path}: expected ${expectedType}, got ${actualType} (${JSON.stringify(actual)})`];
  if (Array.isArray(documented)) {
    const [model] = documented as unknown[];
    if (model === undefined) return [];
    return (actual as unknown[]).flatMap((element, index) =>
      shapeDifferences(element, model, `${path}[${index}]`),
    );
  }
  if (expectedType === 'object') {
    const actualObject = actual as Record<string, unknown>;
    return Object.entries(documented as Record<string, unknown>).flatMap(([key, value]) =>
      shapeDifferences(actualObject[key], value, `${path}.${key}`),
    );
  }
  return [];
}

/** Property names of an object, `@odata.*` annotations left out, sorted. */
export function propertyNames(value: unknown): string[] {
  return Object.keys(value as Record<string, unknown>)
    .filter((key) => !key.startsWith('@odata.'))
    .sort();
}
