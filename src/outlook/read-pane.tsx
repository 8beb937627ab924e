// Reading a message: log a callback request from it. The callbacks feature's own form (same validation,
// draft, due date and idempotent outbox), started with the sender's name and address, the subject as
// the question and channel e-mail; everything stays editable.
import type { CallbackPrefill, CallbacksPageProps } from '../features/callbacks';
import {
  CallbacksDataSourceProvider,
  NewCallbackScreen,
  useGraphCallbacksDataSource,
} from '../features/callbacks';
import { useI18n } from '../i18n';
import type { ReadMessage } from './mail-item';
import { Notice } from '../ui';

/** The form's starting values for a message: name (the address when Outlook has no name), e-mail, subject. */
export function callbackPrefillFrom(message: ReadMessage): CallbackPrefill {
  const name = message.sender?.displayName.trim() ?? '';
  const address = message.sender?.address.trim() ?? '';
  return {
    citizenName: name === address ? '' : name,
    email: address,
    question: message.subject.trim(),
    channel: 'email',
  };
}

/** Props of {@link ReadPane}. */
export type ReadPaneProps = { message: ReadMessage };

/** The pane for a message open for reading; needs a callbacks data source above it. */
export function ReadPane({ message }: ReadPaneProps) {
  const { t } = useI18n();
  return (
    <>
      <Notice intent="info">
        {message.sender === null
          ? t('outlook.read.noSender')
          : t('outlook.read.fromMessage', {
              name: message.sender.displayName || message.sender.address,
              address: message.sender.address,
            })}
      </Notice>
      <NewCallbackScreen forPersonId={null} forTeam={null} prefill={callbackPrefillFrom(message)} />
    </>
  );
}

/** The read pane on Microsoft Graph (or the demo tenant). */
export function ReadPanePage({ message, ...page }: ReadPaneProps & CallbacksPageProps) {
  const source = useGraphCallbacksDataSource(page);
  return (
    <CallbacksDataSourceProvider value={source}>
      <ReadPane message={message} />
    </CallbacksDataSourceProvider>
  );
}
