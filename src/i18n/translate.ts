import { en } from './en';
import { nl } from './nl';
import type { MessageCatalog, MessageKey } from './nl';

export type Locale = 'nl' | 'en';
export type MessageParams = Readonly<Record<string, string | number>>;

export const catalogs: Readonly<Record<Locale, MessageCatalog>> = { nl, en };

/**
 * Looks up a message and fills `{name}` placeholders; unknown placeholders stay visible so a mistake shows.
 * @example translate('en', 'home.title', { name: 'Sanne' }) // → 'Welcome, Sanne'
 */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  return catalogs[locale][key].replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    return value === undefined ? placeholder : String(value);
  });
}
