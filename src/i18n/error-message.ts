// What went wrong, in the user's language: a failed Graph call or network error becomes a translated sentence,
// never Graph's or the browser's English text ("Failed to fetch", "Access denied…") inside a Dutch message.
// Recognises errors by shape (an HTTP `status`, a Graph `code`), so i18n needs no import of the graph layer.
import type { MessageKey } from './nl';
import type { MessageParams } from './translate';

type Translate = (key: MessageKey, params?: MessageParams) => string;

type HttpLikeError = { status: number; code?: unknown; retryAfterSeconds?: unknown };

const isHttpLike = (error: unknown): error is HttpLikeError =>
  typeof error === 'object' &&
  error !== null &&
  'status' in error &&
  typeof error.status === 'number';

// What browsers say when a request got no response at all.
const networkFailure =
  /failed to fetch|networkerror|network error|load failed|network request failed|err_internet_disconnected|err_connection/i;

/**
 * One translated sentence (ending with a full stop) for an error, for use as `{message}` in a message.
 * @example errorMessage(new TypeError('Failed to fetch'), t) // → 'Er is geen verbinding met de server.'
 * @example errorMessage(graphError403, t) // → 'U hebt geen toegang tot deze gegevens in Microsoft 365.'
 */
export function errorMessage(error: unknown, t: Translate): string {
  if (isHttpLike(error)) {
    const { status } = error;
    if (status === 0) return t('error.message.network');
    if (status === 401) return t('error.message.unauthorized');
    if (status === 403) return t('error.message.forbidden');
    if (status === 404) return t('error.message.notFound');
    if (status === 409 || status === 412) return t('error.message.conflict');
    if (status === 429) {
      const seconds = error.retryAfterSeconds;
      return typeof seconds === 'number' && seconds > 0
        ? t('error.message.throttledFor', { seconds: Math.ceil(seconds) })
        : t('error.message.throttled');
    }
    if (status >= 500) return t('error.message.unavailable');
    return t('error.message.http', { status });
  }
  if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError'))
    return t('error.message.timeout');
  if (error instanceof Error && networkFailure.test(error.message))
    return t('error.message.network');
  return t('error.message.unknown');
}
