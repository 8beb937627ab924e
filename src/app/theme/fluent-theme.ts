import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';
import type { HostKind, HostTheme } from '../host/host-context';

/** Teams-family hosts get the Teams themes so the tab blends in; a browser gets the web themes. */
export function fluentThemeFor(hostKind: HostKind, theme: HostTheme): Theme {
  if (theme === 'contrast') return teamsHighContrastTheme; // Fluent's only high-contrast theme
  if (hostKind === 'browser') return theme === 'dark' ? webDarkTheme : webLightTheme;
  return theme === 'dark' ? teamsDarkTheme : teamsLightTheme;
}
