// On a request's card: the citizen called again about it ("inwoner belde opnieuw"), added by the front office.
import type { CallbackRequest } from '../../../domain/callbacks';
import { useI18n } from '../../../i18n';
import { shortDateTime } from '../due-text';

/** Props of {@link RepeatCallsLine}. */
export type RepeatCallsLineProps = { request: CallbackRequest };

/** See the module comment; nothing when the citizen did not call again. */
export function RepeatCallsLine({ request }: RepeatCallsLineProps) {
  const { t, locale } = useI18n();
  const calls = request.repeatCalls ?? [];
  const last = calls.at(-1);
  if (last === undefined) return null;
  const when = shortDateTime(last.at, locale);
  return (
    <span>
      {calls.length === 1
        ? t('repeatCallers.card.once', { last: when })
        : t('repeatCallers.card.more', { count: calls.length, last: when })}
    </span>
  );
}
