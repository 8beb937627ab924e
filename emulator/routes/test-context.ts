// Test helper: calls resource routes the way the server would (pattern match, scope check, error envelope),
// without HTTP, so route tests stay fast and independent of emulator/server.ts.
import { GraphHttpError } from '../http';
import type { Caller, HttpMethod, Route, RouteContext, RouteResult } from '../http';
import { appRolesOf } from '../app-roles';
import { demoAppId } from '../auth';
import { appDelegatedScopes } from '../personas';
import type { EmulatorState } from '../store';

export const testGraphBaseUrl = 'http://127.0.0.1:4999/v1.0';

export type TestRequest = {
  state: EmulatorState;
  /** UPN of the caller; a user of `state`. */
  as: string;
  method: HttpMethod;
  /** Path below /v1.0, may contain a query string; `/me` is rewritten as the server does. */
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  scopes?: readonly string[];
  now: Date;
};

export function callerFor(
  state: EmulatorState,
  upn: string,
  scopes: readonly string[] = appDelegatedScopes,
): Caller {
  const user = state.users.find(
    (candidate) => candidate.userPrincipalName.toLowerCase() === upn.toLowerCase(),
  );
  if (!user) throw new Error(`No user ${upn} in state`);
  return {
    userId: user.id,
    upn: user.userPrincipalName,
    scopes: new Set(scopes),
    appId: demoAppId,
    roles: appRolesOf(state, user.id),
    groupIds: state.groups
      .filter((group) => group.memberIds.includes(user.id))
      .map((group) => group.id),
  };
}

function matchPattern(pattern: string, path: string): Record<string, string> | null {
  const patternSegments = pattern.split('/').filter(Boolean);
  const pathSegments = path.split('/').filter(Boolean);
  if (patternSegments.length !== pathSegments.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < patternSegments.length; i++) {
    const expected = patternSegments[i] as string;
    const actual = decodeURIComponent(pathSegments[i] as string);
    if (expected.startsWith(':')) params[expected.slice(1)] = actual;
    else if (expected.toLowerCase() !== actual.toLowerCase()) return null;
  }
  return params;
}

/** Runs the first matching route; a GraphHttpError becomes Graph's error envelope, as the server renders it. */
export async function callRoute(
  routes: readonly Route[],
  request: TestRequest,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read deep into Graph JSON and assert its shape themselves.
): Promise<RouteResult & { body: any }> {
  const caller = callerFor(request.state, request.as, request.scopes);
  const [rawPath = '', rawQuery = ''] = request.path.split('?');
  const path = rawPath.replace(/^\/me(?=\/|$)/i, `/users/${caller.userId}`);
  for (const route of routes) {
    if (route.method !== request.method) continue;
    const params = matchPattern(route.pattern, path);
    if (!params) continue;
    if (!route.anyOfScopes.some((scope) => caller.scopes.has(scope))) {
      return { status: 403, body: { error: { code: 'Forbidden', message: 'Missing scope' } } };
    }
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers ?? {}))
      headers[name.toLowerCase()] = value;
    const ctx: RouteContext = {
      method: request.method,
      path,
      params,
      query: new URLSearchParams(rawQuery),
      headers,
      body: request.body,
      caller,
      state: request.state,
      graphBaseUrl: testGraphBaseUrl,
      now: () => request.now,
      markChanged: () => undefined,
    };
    try {
      const result = await route.handler(ctx);
      return { ...result, body: result.body };
    } catch (error) {
      if (error instanceof GraphHttpError) {
        return {
          status: error.status,
          headers: error.headers,
          body: { error: { code: error.code, message: error.message } },
        };
      }
      throw error;
    }
  }
  throw new Error(`No route for ${request.method} ${path}`);
}
