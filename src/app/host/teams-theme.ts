import type { HostTheme } from './host-context';

/** Teams reports 'default', 'dark', 'contrast' (and newer hosts 'glass'); anything else is treated as light. */
export function hostThemeFromTeams(theme: string | undefined): HostTheme {
  switch (theme?.toLowerCase()) {
    case 'dark':
      return 'dark';
    case 'contrast':
      return 'contrast';
    default:
      return 'light';
  }
}
