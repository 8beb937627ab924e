// The system theme in a plain browser: high contrast wins over dark, which wins over light.
import type { HostTheme, ThemeListener } from './host-context';

type MatchMedia = (query: string) => MediaQueryList;

const contrastQueries = ['(forced-colors: active)', '(prefers-contrast: more)'];
const darkQuery = '(prefers-color-scheme: dark)';

export function systemTheme(matchMedia: MatchMedia | undefined): HostTheme {
  if (matchMedia === undefined) return 'light';
  if (contrastQueries.some((query) => matchMedia(query).matches)) return 'contrast';
  return matchMedia(darkQuery).matches ? 'dark' : 'light';
}

/** Calls the listener whenever the system theme changes. */
export function subscribeToSystemTheme(
  matchMedia: MatchMedia | undefined,
  listener: ThemeListener,
): () => void {
  if (matchMedia === undefined) return () => undefined;
  const lists = [...contrastQueries, darkQuery].map((query) => matchMedia(query));
  const onChange = () => listener(systemTheme(matchMedia));
  for (const list of lists) list.addEventListener('change', onChange);
  return () => {
    for (const list of lists) list.removeEventListener('change', onChange);
  };
}
