// A page whose code is fetched on first use, that renders at once when its code is already here.
import type { ComponentType } from 'react';
import { createElement, lazy, useState } from 'react';

export type PageOnDemand<P extends object> = {
  Page: ComponentType<P>;
  /** Fetches the page's code (once; again after a failure) before the page is shown. */
  preload: () => Promise<ComponentType<P>>;
};

/**
 * React.lazy alone suspends on its first render even when the code has arrived (its `then` is still pending), and
 * React then shows the content no sooner than 300 ms after the fallback appeared: a cold start paid 300 ms for the
 * agent screen whose code had come while signing in. So a page whose code is here is rendered directly; only a page
 * still loading goes through React.lazy and the shell's Suspense.
 * @example const { Page, preload } = pageOnDemand(() => import('./x').then((m) => m.XPage))
 */
export function pageOnDemand<P extends object>(
  load: () => Promise<ComponentType<P>>,
): PageOnDemand<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () => {
    loading ??= load().then((component) => (loaded = component));
    // A failed fetch (offline, a new version) is asked again the next time.
    loading.catch(() => (loading = null));
    return loading;
  };
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Page(props: P) {
    // Chosen once per mount: switching from the lazy wrapper to the component later would remount the page.
    const [component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return createElement(component, props);
  }
  return { Page, preload };
}
