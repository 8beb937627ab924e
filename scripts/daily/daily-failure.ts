// One line naming what to fix when the daily job stops: a permission not granted, a list not provisioned, a sign-in
// that failed, or what Graph said.
import { toGraphRequestError } from '../../src/graph/client';
import type { GraphRequestError } from '../../src/graph/client';
import { translate } from '../../src/i18n';
import type { MessageKey } from '../../src/i18n';
import { ReadStepError } from './read-day';

const t = translate.bind(null, 'nl');

/** Sending was refused in a way every other message would be too: no permission, or no such sender mailbox. */
export class SendRefusedError extends Error {
  override readonly name = 'SendRefusedError';
  constructor(
    readonly failure: GraphRequestError,
    readonly senderMailbox: string,
  ) {
    super(failure.message);
  }
}

/**
 * @example explainFailure(new ReadStepError('directory', forbidden)) // 'Microsoft Graph weigerde de gebruikers te lezen (403): …'
 */
export function explainFailure(error: unknown): string {
  if (error instanceof ReadStepError) {
    const failure = toGraphRequestError(error.cause);
    const denied = failure.status === 401 || failure.status === 403;
    const key: MessageKey =
      error.step === 'directory'
        ? denied
          ? 'daily.fail.directory.denied'
          : 'daily.fail.read'
        : denied
          ? 'daily.fail.site.denied'
          : failure.status === 404
            ? 'daily.fail.site.missing'
            : 'daily.fail.read';
    return t(key, { status: failure.status, message: failure.message });
  }
  if (error instanceof SendRefusedError)
    return t(error.failure.status === 404 ? 'daily.fail.send.mailbox' : 'daily.fail.send.denied', {
      status: error.failure.status,
      message: error.failure.message,
      mailbox: error.senderMailbox,
    });
  if (error instanceof Error && error.name === 'AppSignInError')
    return t('daily.fail.signIn', { message: error.message });
  const failure = toGraphRequestError(error);
  if (failure.status === 401 || failure.status === 403)
    return t('daily.fail.send.denied', { status: failure.status, message: failure.message });
  if (failure.status === 404)
    return t('daily.fail.site.missing', { status: 404, message: failure.message });
  return t('daily.fail.other', { status: failure.status, message: failure.message });
}
