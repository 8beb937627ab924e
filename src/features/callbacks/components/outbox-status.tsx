// What the outbox is doing, visibly: saving, saved, or not yet saved with the time of the next try.
import { Button } from '@fluentui/react-components';
import { errorMessage, formatTime, useI18n } from '../../../i18n';
import { useCallbacksDataSource } from '../api/callbacks-data-source';
import { contactSendAt } from '../contact-outbox';
import { useOutbox } from '../outbox-runner';
import { useCallbackFormStyles } from './callback-form.styles';

/** The outbox's entries and this session's stored requests, as a live region. */
export function OutboxStatus() {
  const styles = useCallbackFormStyles();
  const { t, locale } = useI18n();
  const source = useCallbacksDataSource();
  const { runner, state } = useOutbox(source);
  if (
    state.entries.length === 0 &&
    state.stored.length === 0 &&
    state.contacts.length === 0 &&
    state.storedContacts.length === 0
  )
    return null;
  return (
    <section className={styles.outbox} aria-labelledby="callbacks-outbox-title">
      <h2 id="callbacks-outbox-title">{t('callbacks.outbox.title')}</h2>
      <ul className={styles.outboxList} aria-live="polite">
        {state.entries.map((entry) => {
          const name = entry.request.citizen.name;
          const text =
            state.working === entry.request.id || entry.nextTryAt === null
              ? t('callbacks.outbox.saving', { name })
              : entry.phase === 'notify'
                ? t('callbacks.outbox.notifyPending', {
                    name,
                    time: formatTime(new Date(entry.nextTryAt), locale),
                  })
                : t('callbacks.outbox.notSaved', {
                    name,
                    time: formatTime(new Date(entry.nextTryAt), locale),
                  });
          return (
            <li key={entry.request.id}>
              {text}
              {entry.lastError !== null && state.working !== entry.request.id
                ? ` (${errorMessage(entry.lastError, t)})`
                : ''}
            </li>
          );
        })}
        {state.contacts.map((entry) => {
          const values = {
            outcome: t(`contacts.outcome.${entry.contact.outcome}`),
            name: entry.label,
            time: formatTime(new Date(contactSendAt(entry)), locale),
          };
          return (
            <li key={entry.contact.id}>
              {state.working === entry.contact.id
                ? t('contacts.outbox.saving', values)
                : entry.lastError === null
                  ? t('contacts.outbox.waiting', values)
                  : `${t('contacts.outbox.notSaved', values)} (${errorMessage(entry.lastError, t)})`}
            </li>
          );
        })}
        {state.storedContacts.map((entry) => (
          <li key={entry.contact.id}>
            {t('contacts.outbox.saved', {
              outcome: t(`contacts.outcome.${entry.contact.outcome}`),
              name: entry.label,
            })}
          </li>
        ))}
        {state.stored.map((note) => (
          <li key={note.requestId}>
            {note.notification === 'sent'
              ? t('callbacks.outbox.saved', { name: note.citizenName })
              : note.notification === 'emailedInstead'
                ? t('callbacks.outbox.savedEmailedInstead', { name: note.citizenName })
                : t('callbacks.outbox.savedNotNotified', { name: note.citizenName })}
          </li>
        ))}
      </ul>
      {state.entries.some((entry) => entry.nextTryAt !== null) ||
      state.contacts.some((entry) => entry.lastError !== null) ? (
        <div>
          <Button onClick={runner.retryNow}>{t('callbacks.outbox.retryNow')}</Button>
        </div>
      ) : null}
    </section>
  );
}
