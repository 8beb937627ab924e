// Why a write of the user's own settings failed, as the page tells it.

/** MSAL's codes for a consent prompt the user closed or declined (and Entra's AADSTS65004: "declined to consent"). */
const consentRefusedCodes = new Set([
  'user_cancelled',
  'consent_required',
  'interaction_required',
  'access_denied',
  'popup_window_error',
  'empty_window_error',
]);

export type WriteFailure = 'consentRefused' | 'notAllowed' | 'failed';

/**
 * @example writeFailureOf({ errorCode: 'user_cancelled' }) // 'consentRefused'
 * @example writeFailureOf({ status: 403 }) // 'notAllowed'
 */
export function writeFailureOf(error: unknown): WriteFailure {
  if (typeof error !== 'object' || error === null) return 'failed';
  const record = error as {
    errorCode?: unknown;
    status?: unknown;
    statusCode?: unknown;
    message?: unknown;
  };
  if (typeof record.errorCode === 'string' && consentRefusedCodes.has(record.errorCode))
    return 'consentRefused';
  if (typeof record.message === 'string' && record.message.includes('AADSTS65004'))
    return 'consentRefused';
  const status = typeof record.status === 'number' ? record.status : record.statusCode;
  if (status === 401 || status === 403) return 'notAllowed';
  return 'failed';
}
