import type { Locale } from './translate';

const storageKey = 'bereikbaar.locale';

/** Maps a BCP 47 tag to a supported locale: English for en-*, Dutch for everything else. */
export function localeFromTag(tag: string): Locale {
  return tag.trim().toLowerCase().startsWith('en') ? 'en' : 'nl';
}

export type LocaleSources = {
  /** The locale the host (Teams, Outlook) reports, if any. */
  hostLocale: string | null;
  /** The user's earlier choice in the language switch. */
  storedChoice: Locale | null;
  navigatorLanguage: string | undefined;
};

/**
 * Host locale first, then the user's persisted choice, then the browser language; Dutch by default.
 * @example resolveLocale({ hostLocale: null, storedChoice: null, navigatorLanguage: 'en-US' }) // → 'en'
 */
export function resolveLocale({
  hostLocale,
  storedChoice,
  navigatorLanguage,
}: LocaleSources): Locale {
  if (hostLocale !== null && hostLocale.trim() !== '') return localeFromTag(hostLocale);
  if (storedChoice !== null) return storedChoice;
  return navigatorLanguage === undefined ? 'nl' : localeFromTag(navigatorLanguage);
}

export function readStoredLocale(storage: Pick<Storage, 'getItem'> | undefined): Locale | null {
  try {
    const value = storage?.getItem(storageKey);
    return value === 'nl' || value === 'en' ? value : null;
  } catch {
    return null; // storage can be blocked (privacy settings, sandboxed frames)
  }
}

export function storeLocale(storage: Pick<Storage, 'setItem'> | undefined, locale: Locale): void {
  try {
    storage?.setItem(storageKey, locale);
  } catch {
    // the choice then lasts for this session only
  }
}
