// Routing below /v1.0: every resource's routes, and the most specific route for a path.
import type { Route } from '../http';
import { calendarRoutes } from '../routes/calendar';
import { mailRoutes } from '../routes/mail';
import { mailTipsRoutes } from '../routes/mail-tips';
import { presenceRoutes } from '../routes/presence';
import { siteRoutes } from '../routes/sites';
import { teamworkRoutes } from '../routes/teamwork';
import { userRoutes } from '../routes/users';

export const allRoutes: readonly Route[] = [
  ...userRoutes,
  ...mailRoutes,
  ...calendarRoutes,
  ...presenceRoutes,
  ...mailTipsRoutes,
  ...siteRoutes,
  ...teamworkRoutes,
];
type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'methodNotAllowed' }
  | { kind: 'notFound'; segment: string };

function splitPath(path: string): string[] {
  return path.split('/').filter((segment) => segment.length > 0);
}

function matchSegments(
  pattern: readonly string[],
  segments: readonly string[],
): Record<string, string> | null {
  if (pattern.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (let index = 0; index < pattern.length; index++) {
    const expected = pattern[index] as string;
    const actual = segments[index] as string;
    if (expected.startsWith(':')) {
      try {
        params[expected.slice(1)] = decodeURIComponent(actual);
      } catch {
        return null;
      }
    } else if (expected.toLowerCase() !== actual.toLowerCase()) {
      return null;
    }
  }
  return params;
}

/** The most specific route for a path (literal segments beat parameters, so `/users/delta` beats `/users/:id`). */
export function matchRoute(routes: readonly Route[], method: string, path: string): RouteMatch {
  const segments = splitPath(path);
  let best: { route: Route; params: Record<string, string>; literals: number } | null = null;
  let pathKnown = false;
  for (const route of routes) {
    const pattern = splitPath(route.pattern);
    const params = matchSegments(pattern, segments);
    if (!params) continue;
    pathKnown = true;
    if (route.method !== method) continue;
    const literals = pattern.filter((segment) => !segment.startsWith(':')).length;
    if (!best || literals > best.literals) best = { route, params, literals };
  }
  if (best) return { kind: 'found', route: best.route, params: best.params };
  if (pathKnown) return { kind: 'methodNotAllowed' };
  // Name the first segment no route knows, as Graph's "Resource not found for the segment" does.
  for (let depth = 1; depth <= segments.length; depth++) {
    const prefix = segments.slice(0, depth);
    const known = routes.some((route) => {
      const pattern = splitPath(route.pattern);
      return pattern.length >= depth && matchSegments(pattern.slice(0, depth), prefix) !== null;
    });
    if (!known) return { kind: 'notFound', segment: decodeSafely(segments[depth - 1] as string) };
  }
  return { kind: 'notFound', segment: decodeSafely(segments[segments.length - 1] ?? '') };
}

function decodeSafely(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
