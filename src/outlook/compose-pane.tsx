// Writing a message: for every recipient under To and Cc who is a colleague, their availability (state
// word + icon + colour, until when, why) from the availability feature; for an absent colleague the
// substitute of their registered absence, with a button that adds the substitute to the message.
// Recipients are read again whenever Outlook says they changed (Mailbox 1.7+) or on request.
import { Button, Spinner } from '@fluentui/react-components';
import { PersonAddRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AppConfig } from '../config/app-config';
import type { PersonSummary } from '../domain/people';
import type { PersonStatus } from '../features/availability';
import {
  AvailabilityDataSourceProvider,
  personStatusAt,
  StatusSummary,
  useAvailabilityDataSource,
  useAvailabilitySignals,
  useDirectory,
  useGraphAvailabilityDataSource,
} from '../features/availability';
import { errorMessage, useI18n } from '../i18n';
import { useComposePaneStyles } from './compose-pane.styles';
import type { ComposeMessage, MailRecipient, RecipientField } from './mail-item';
import type { SubstituteRecipient } from './recipient-colleagues';
import {
  colleagueOf,
  colleaguesByAddress,
  isRecipient,
  substituteOf,
  substituteRecipient,
} from './recipient-colleagues';
import { Notice } from '../ui';

type RecipientsState =
  | { kind: 'loading' }
  | { kind: 'ready'; list: MailRecipient[] }
  | { kind: 'failed'; message: string; list: MailRecipient[] };

type Feedback = { kind: 'success' | 'error'; text: string } | null;

// Office.js errors (reading or adding recipients) come in Outlook's own language, so their text is shown
// as is; Graph and network errors (the directory) are put into words by errorMessage.
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The message's recipients, read now, again on every change Outlook reports, and on `reread()`. */
function useRecipients(message: ComposeMessage): {
  state: RecipientsState;
  reread: () => void;
} {
  const [state, setState] = useState<RecipientsState>({ kind: 'loading' });
  // Only the latest read counts (a slow answer must not overwrite a newer one), and none after unmount.
  const latest = useRef(0);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const reread = useCallback(() => {
    const attempt = ++latest.current;
    const current = () => mounted.current && attempt === latest.current;
    message.recipients().then(
      (list) => {
        if (current()) setState({ kind: 'ready', list });
      },
      (error: unknown) => {
        if (current())
          setState((previous) => ({
            kind: 'failed',
            message: messageOf(error),
            list: previous.kind === 'loading' ? [] : previous.list,
          }));
      },
    );
  }, [message]);
  useEffect(() => {
    reread();
    let active = true;
    let stop: (() => void) | null = null;
    void message.onRecipientsChanged(reread).then((remove) => {
      if (active) stop = remove;
      else remove?.();
    });
    return () => {
      active = false;
      stop?.();
    };
  }, [message, reread]);
  return { state, reread };
}

/** Props of {@link ComposePane}. */
export type ComposePaneProps = { message: ComposeMessage };

/** The pane for a message being written; needs an availability data source above it. */
export function ComposePane({ message }: ComposePaneProps) {
  const styles = useComposePaneStyles();
  const { t } = useI18n();
  const source = useAvailabilityDataSource();
  const directory = useDirectory();
  const { state, reread } = useRecipients(message);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [adding, setAdding] = useState<string | null>(null);
  const feedbackRef = useRef<HTMLParagraphElement>(null);

  const recipients = useMemo(() => (state.kind === 'loading' ? [] : state.list), [state]);
  const byAddress = useMemo(
    () => colleaguesByAddress(directory.snapshot?.people ?? []),
    [directory.snapshot],
  );
  const colleagues = useMemo(() => {
    const found = new Map<string, PersonSummary>();
    for (const recipient of recipients) {
      const person = colleagueOf(byAddress, recipient);
      if (person !== undefined) found.set(person.id, person);
    }
    return [...found.values()];
  }, [recipients, byAddress]);
  const signals = useAvailabilitySignals(colleagues);
  const now = source.now();

  const addSubstitute = (
    field: RecipientField,
    substitute: { displayName: string; address: string },
  ) => {
    setAdding(substitute.address);
    setFeedback(null);
    message.addRecipient(field, substitute).then(
      () => {
        setAdding(null);
        setFeedback({
          kind: 'success',
          text: t('outlook.compose.added', {
            name: substitute.displayName,
            field: t(`outlook.compose.field.${field}`),
          }),
        });
        feedbackRef.current?.focus();
        reread();
      },
      (error: unknown) => {
        setAdding(null);
        setFeedback({
          kind: 'error',
          text: t('outlook.compose.addFailed', {
            name: substitute.displayName,
            message: messageOf(error),
          }),
        });
        feedbackRef.current?.focus();
      },
    );
  };

  return (
    <section className={styles.root} aria-labelledby="outlook-compose-title">
      <h1 id="outlook-compose-title" className={styles.heading}>
        {t('outlook.compose.title')}
      </h1>
      <p className={styles.intro}>{t('outlook.compose.intro')}</p>
      {directory.status === 'failed' ? (
        <Notice intent="error">
          {t('outlook.compose.directoryFailed', {
            message: errorMessage(directory.syncError?.error, t),
          })}
        </Notice>
      ) : null}
      {state.kind === 'failed' ? (
        <Notice intent="error">
          {t('outlook.compose.readFailed', { message: state.message })}
        </Notice>
      ) : null}
      <p
        ref={feedbackRef}
        tabIndex={-1}
        role="status"
        className={styles.feedback}
        data-kind={feedback?.kind}
      >
        {feedback?.text ?? ''}
      </p>
      {state.kind === 'loading' ? (
        <Spinner label={t('outlook.compose.loading')} />
      ) : recipients.length === 0 ? (
        <p>{t('outlook.compose.empty')}</p>
      ) : (
        <ul className={styles.list} aria-label={t('outlook.compose.list')}>
          {recipients.map((recipient) => {
            const person = colleagueOf(byAddress, recipient);
            return (
              <RecipientItem
                key={`${recipient.field}:${recipient.address.toLowerCase()}`}
                recipient={recipient}
                person={person}
                directoryLoading={directory.status === 'loading'}
                status={
                  person === undefined ? null : personStatusAt(signals.entries.get(person.id), now)
                }
                now={now}
                substitute={(availability) => {
                  const substitute = substituteOf(availability);
                  return substitute === null
                    ? null
                    : substituteRecipient(
                        substitute,
                        directory.peopleById,
                        directory.snapshot?.teams ?? [],
                      );
                }}
                isRecipient={(address) => isRecipient(recipients, address)}
                adding={adding}
                onAdd={addSubstitute}
              />
            );
          })}
        </ul>
      )}
      <div className={styles.actions}>
        <Button onClick={reread}>{t('outlook.compose.reread')}</Button>
      </div>
    </section>
  );
}

type RecipientItemProps = {
  recipient: MailRecipient;
  person: PersonSummary | undefined;
  directoryLoading: boolean;
  status: PersonStatus | null;
  now: Date;
  substitute: (
    availability: Extract<PersonStatus, { kind: 'known' }>['availability'],
  ) => SubstituteRecipient | null;
  isRecipient: (address: string) => boolean;
  adding: string | null;
  onAdd: (field: RecipientField, substitute: { displayName: string; address: string }) => void;
};

function RecipientItem({
  recipient,
  person,
  directoryLoading,
  status,
  now,
  substitute: substituteFor,
  isRecipient: onMessage,
  adding,
  onAdd,
}: RecipientItemProps) {
  const styles = useComposePaneStyles();
  const { t } = useI18n();
  const name = person?.displayName ?? (recipient.displayName || recipient.address);
  const absent =
    status?.kind === 'known' && status.availability.state === 'absent' ? status.availability : null;
  const registered = absent?.absence != null;
  const substitute = absent === null ? null : substituteFor(absent);

  let substituteLine = null;
  if (registered && substitute === null) {
    substituteLine = <span className={styles.muted}>{t('outlook.compose.noSubstitute')}</span>;
  } else if (substitute?.kind === 'unknown') {
    substituteLine = <span className={styles.muted}>{t('outlook.compose.substituteUnknown')}</span>;
  } else if (substitute !== null && substitute !== undefined) {
    const label =
      substitute.kind === 'teamMailbox'
        ? t('outlook.compose.substituteMailbox', { mailbox: substitute.address })
        : t('outlook.compose.substitute', { name: substitute.displayName });
    const address = substitute.address;
    substituteLine = (
      <>
        <span>{label}</span>
        {address === null ? null : onMessage(address) ? (
          <span className={styles.muted}>
            {t('outlook.compose.alreadyRecipient', { name: substitute.displayName })}
          </span>
        ) : (
          <Button
            size="small"
            icon={<PersonAddRegular />}
            disabled={adding !== null}
            aria-label={t('outlook.compose.addSubstitute.label', {
              name: substitute.displayName,
              absent: name,
            })}
            onClick={() => onAdd(recipient.field, { displayName: substitute.displayName, address })}
          >
            {adding === address ? t('outlook.compose.adding') : t('outlook.compose.addSubstitute')}
          </Button>
        )}
      </>
    );
  }

  return (
    <li className={styles.recipient}>
      <div className={styles.who}>
        <span className={styles.name}>{name}</span>
        <span className={styles.meta}>
          {recipient.address} · {t(`outlook.compose.field.${recipient.field}`)}
        </span>
      </div>
      {person === undefined ? (
        <span className={styles.notColleague}>
          {directoryLoading
            ? t('outlook.compose.directoryLoading')
            : t('outlook.compose.notColleague')}
        </span>
      ) : (
        <StatusSummary status={status ?? { kind: 'loading' }} now={now} />
      )}
      {substituteLine === null ? null : <div className={styles.substitute}>{substituteLine}</div>}
    </li>
  );
}

/** Props of {@link ComposePanePage}. */
export type ComposePanePageProps = ComposePaneProps & { config: AppConfig };

/** The compose pane on Microsoft Graph (or the demo tenant). */
export function ComposePanePage({ message, config }: ComposePanePageProps) {
  const source = useGraphAvailabilityDataSource(config);
  return (
    <AvailabilityDataSourceProvider value={source}>
      <ComposePane message={message} />
    </AvailabilityDataSourceProvider>
  );
}
