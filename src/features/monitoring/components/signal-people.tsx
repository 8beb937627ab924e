// One signal about people ("agenda niet gedeeld", "geen werktijden"): who, per team, and — for the coordinator — the
// reminder to them.
import {
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { ReminderTopic } from '../../../domain/reminders';
import { useI18n } from '../../../i18n';
import type { MessageKey } from '../../../i18n';
import { Notice } from '../../../ui';
import { useMonitoringStyles } from '../monitoring.styles';
import type { ReminderTarget } from '../reminders/send-reminders';
import { ReminderForm } from './reminder-form';
import { TableScrollRegion } from './table-scroll-region';

/** Props of {@link SignalPeople}. */
export type SignalPeopleProps = {
  topic: ReminderTopic;
  headingId: string;
  texts: { heading: MessageKey; explain: MessageKey; none: MessageKey; caption: MessageKey };
  /** 'pending' while the schedules are read; a message when reading failed; else the people per team. */
  state:
    | { kind: 'pending' }
    | { kind: 'failed'; message: string }
    | { kind: 'ready'; groups: readonly (readonly [string, readonly ReminderTarget[]])[] };
  /** 'canSend' (the coordinator, with their id) or 'hidden' (a team leader). */
  reminders: { kind: 'canSend'; senderId: string } | { kind: 'hidden' };
};

export function SignalPeople({ topic, headingId, texts, state, reminders }: SignalPeopleProps) {
  const { t } = useI18n();
  const styles = useMonitoringStyles();
  const count =
    state.kind === 'ready' ? state.groups.reduce((sum, [, people]) => sum + people.length, 0) : 0;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t(texts.heading)}</h3>
      <p className={styles.definitions}>{t(texts.explain)}</p>
      {state.kind === 'pending' && (
        <Spinner size="tiny" label={t('monitoring.signals.calendars.loading')} />
      )}
      {state.kind === 'failed' && (
        <Notice intent="warning">
          {t('monitoring.signals.calendars.failed', { message: state.message })}
        </Notice>
      )}
      {state.kind === 'ready' &&
        (count === 0 ? (
          <p>{t(texts.none)}</p>
        ) : (
          <>
            <TableScrollRegion label={t(texts.caption, { count })}>
              <Table size="small">
                <caption className={styles.caption}>{t(texts.caption, { count })}</caption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{t('monitoring.column.team')}</TableHeaderCell>
                    <TableHeaderCell>{t('monitoring.column.count')}</TableHeaderCell>
                    <TableHeaderCell>{t('monitoring.signals.calendars.people')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {state.groups.map(([team, people]) => (
                    <TableRow key={team}>
                      <TableCell>{team}</TableCell>
                      <TableCell className={styles.number}>{people.length}</TableCell>
                      <TableCell>{people.map((person) => person.displayName).join(', ')}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableScrollRegion>
            {reminders.kind === 'canSend' && (
              <ReminderForm topic={topic} groups={state.groups} senderId={reminders.senderId} />
            )}
          </>
        ))}
    </section>
  );
}
