import { webLightTheme } from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';
import type { HostKind, HostTheme } from '../host/host-context';

type ThemeName = 'webLight' | 'webDark' | 'teamsLight' | 'teamsDark' | 'teamsHighContrast';

/** Teams-family hosts get the Teams themes so the tab blends in; a browser gets the web themes. */
function themeNameFor(hostKind: HostKind, theme: HostTheme): ThemeName {
  if (theme === 'contrast') return 'teamsHighContrast'; // Fluent's only high-contrast theme
  if (hostKind === 'browser') return theme === 'dark' ? 'webDark' : 'webLight';
  return theme === 'dark' ? 'teamsDark' : 'teamsLight';
}

// Only the browser's light theme is in the first chunk (each theme's colours are a few KB of the agent screen's
// JavaScript); the others arrive together when one of them is asked for.
const loaded: Partial<Record<ThemeName, Theme>> = { webLight: webLightTheme };
let others: Promise<void> | undefined;

function loadOthers(): Promise<void> {
  others ??= import(/* webpackChunkName: "themes" */ './other-themes').then(
    (themes) => {
      loaded.webDark = themes.webDarkTheme;
      loaded.teamsLight = themes.teamsLightTheme;
      loaded.teamsDark = themes.teamsDarkTheme;
      loaded.teamsHighContrast = themes.teamsHighContrastTheme;
    },
    (error: unknown) => {
      others = undefined; // a failed fetch (offline, a new version) may be tried again
      throw error;
    },
  );
  return others;
}

/** The theme when it is here already, else undefined (then {@link loadFluentTheme} fetches it). */
export function loadedFluentTheme(hostKind: HostKind, theme: HostTheme): Theme | undefined {
  return loaded[themeNameFor(hostKind, theme)];
}

/**
 * Fetches the theme for the host and its theme setting (once).
 * @example await loadFluentTheme('teams', 'dark') // → teamsDarkTheme
 */
export async function loadFluentTheme(hostKind: HostKind, theme: HostTheme): Promise<Theme> {
  const name = themeNameFor(hostKind, theme);
  if (loaded[name] === undefined) await loadOthers();
  return loaded[name] ?? webLightTheme;
}
