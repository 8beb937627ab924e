import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
} from 'react';
import type { ReactNode } from 'react';
import { formatDateTime, formatTime } from './format';
import type { MessageKey } from './nl';
import { isCatalogLoaded, loadCatalog, translate } from './translate';
import type { Locale, MessageParams } from './translate';

export type I18n = {
  locale: Locale;
  t: (key: MessageKey, params?: MessageParams) => string;
  setLocale: (locale: Locale) => void;
  formatTime: (date: Date) => string;
  formatDateTime: (date: Date) => string;
};

const I18nContext = createContext<I18n | null>(null);

/** Props of {@link LocaleProvider}. */
export type LocaleProviderProps = {
  /** The locale to start with (see resolveLocale). */
  initialLocale: Locale;
  /** Called when the user switches language, e.g. to persist the choice. */
  onLocaleChange?: (locale: Locale) => void;
  children: ReactNode;
};

/** Provides the current locale and `t()`; keeps `<html lang>` in step so screen readers pronounce text right. */
export function LocaleProvider({ initialLocale, onLocaleChange, children }: LocaleProviderProps) {
  const [wanted, setLocaleState] = useState<Locale>(initialLocale);
  // A language whose messages are still on their way is shown in Dutch (always at hand) until they arrive.
  const [, setArrived] = useState(0);
  useEffect(() => {
    if (isCatalogLoaded(wanted)) return;
    let current = true;
    loadCatalog(wanted).then(
      () => {
        if (current) setArrived((count) => count + 1);
      },
      () => undefined, // offline: the screen stays in Dutch
    );
    return () => {
      current = false;
    };
  }, [wanted]);
  const locale: Locale = isCatalogLoaded(wanted) ? wanted : 'nl';
  // A layout effect runs before the browser paints, so the first screen already has the right language
  // (the entry point also sets it before React renders); it follows every switch.
  useLayoutEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const setLocale = useCallback(
    (next: Locale) => {
      setLocaleState(next);
      onLocaleChange?.(next);
    },
    [onLocaleChange],
  );
  const value = useMemo<I18n>(
    () => ({
      locale,
      t: (key, params) => translate(locale, key, params),
      setLocale,
      formatTime: (date) => formatTime(date, locale),
      formatDateTime: (date) => formatDateTime(date, locale),
    }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (i18n === null) throw new Error('useI18n() needs a <LocaleProvider> above it');
  return i18n;
}
