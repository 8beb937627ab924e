import type { HostTheme } from '../host/host-context';

/** The browser user's choice in the theme switch; 'system' follows the operating system. */
export type ThemePreference = 'light' | 'dark' | 'system';

const storageKey = 'bereikbaar.theme';

export function readThemePreference(
  storage: Pick<Storage, 'getItem'> | undefined,
): ThemePreference {
  try {
    const value = storage?.getItem(storageKey);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

export function storeThemePreference(
  storage: Pick<Storage, 'setItem'> | undefined,
  preference: ThemePreference,
): void {
  try {
    storage?.setItem(storageKey, preference);
  } catch {
    // the choice then lasts for this session only
  }
}

/** @example effectiveTheme('system', 'dark') // → 'dark' */
export function effectiveTheme(preference: ThemePreference, systemTheme: HostTheme): HostTheme {
  return preference === 'system' ? systemTheme : preference;
}
