export { LocaleProvider, useI18n } from './locale-provider';
export type { I18n, LocaleProviderProps } from './locale-provider';
export { translate, isCatalogLoaded, loadCatalog, loadMessages } from './translate';
export { messageGroups } from './message-groups';
export type { MessageGroup } from './message-groups';
export type { Locale, MessageParams } from './translate';
export type { MessageKey } from './nl';
export {
  formatCalendarDate,
  formatDate,
  formatDateTime,
  formatDay,
  formatDayTime,
  formatDecimal,
  formatLongDate,
  formatPercent,
  formatTime,
  formatTimeWithSeconds,
  intlLocale,
} from './format';
export { resolveLocale, localeFromTag, readStoredLocale, storeLocale } from './locale';
export { errorMessage } from './error-message';
export { formatFullDay, formatFullDateTime } from './format';
