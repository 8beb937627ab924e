// What failed behind "Mijn terugbelverzoeken", in words: which part of the list, and why.
import type { I18n } from '../../i18n';
import type { MyCallbacksFailure } from './api/get-my-callbacks';

/** The `what` and `reason` parameters of the stale and failed messages. */
export function listFailureParams(
  t: I18n['t'],
  failure: MyCallbacksFailure | null,
): { what: string; reason: string } {
  const parts = failure?.parts ?? null;
  const what =
    parts === null || parts.length === 0
      ? t('callbacks.part.unknown')
      : parts.length > 1
        ? t('callbacks.part.both')
        : parts[0] === 'teamQueue'
          ? t('callbacks.part.teamQueue')
          : t('callbacks.part.assigned');
  const status = failure?.status ?? 0;
  const reason =
    status === 429
      ? t('callbacks.reason.throttled')
      : status === 0
        ? t('callbacks.reason.offline')
        : status < 500
          ? t('callbacks.reason.refused', { status })
          : t('callbacks.reason.unavailable', { status });
  return { what, reason };
}
