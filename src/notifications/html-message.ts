// Messages placed in an e-mail's HTML: the catalog's text is ours (no markup in it), every value put into it is
// escaped, except parts this module built as HTML itself.
import { escapeHtml } from '../domain/text';
import { translate } from '../i18n';
import type { Locale, MessageKey, MessageParams } from '../i18n';

/**
 * @example htmlMessage('nl', 'notifications.callback.forTeam', { team: 'A&B' }) // 'Dit verzoek is voor het team A&amp;B: …'
 * @example htmlMessage('nl', 'notifications.callback.due.late', { date: 'dinsdag' }, { late: '<strong>te laat</strong>' })
 */
export function htmlMessage(
  locale: Locale,
  key: MessageKey,
  params: MessageParams = {},
  builtHtml: Readonly<Record<string, string>> = {},
): string {
  const escaped = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, escapeHtml(String(value))]),
  );
  return translate(locale, key, { ...escaped, ...builtHtml });
}
