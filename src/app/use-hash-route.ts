// A tiny router on location.hash (`#/home`): no extra package, and it works inside Teams' iframe.
import { useEffect, useState } from 'react';
import type { AppRoute } from './routes';

function pathFromHash(hash: string): string {
  return hash.replace(/^#\/?/, '').split('?')[0] ?? '';
}

/**
 * The route for the current hash among `routes`; an unknown or forbidden path shows `fallback`
 * (the landing page), by default the first route.
 */
export function useHashRoute(
  routes: readonly AppRoute[],
  fallback: AppRoute | undefined = routes[0],
): AppRoute | undefined {
  const [path, setPath] = useState(() => pathFromHash(window.location.hash));
  useEffect(() => {
    const onHashChange = () => setPath(pathFromHash(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return routes.find((route) => route.path === path) ?? fallback;
}

export function hrefFor(route: AppRoute): string {
  return `#/${route.path}`;
}
