// A team's overdue requests: counted per colleague, and listed oldest first.
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { OverdueRequest } from '../../../domain/figures';
import { overdueByPerson } from '../../../domain/figures';
import { useI18n } from '../../../i18n';
import { formatDate } from '../format-figures';
import { useMonitoringStyles } from '../monitoring.styles';
import { TableScrollRegion } from './table-scroll-region';

/** Props of {@link OverdueSection}. */
export type OverdueSectionProps = {
  teamName: string;
  overdue: readonly OverdueRequest[];
  /** A colleague's display name for an id; null when unknown. */
  nameOf: (personId: string) => string | null;
};

/** "Te late terugbelverzoeken van {team}" with two tables. */
export function OverdueSection({ teamName, overdue, nameOf }: OverdueSectionProps) {
  const { t, locale } = useI18n();
  const styles = useMonitoringStyles();
  const person = (id: string | null) =>
    id === null
      ? t('monitoring.person.teamMailbox')
      : (nameOf(id) ?? t('monitoring.person.unknown', { id }));
  return (
    <section className={styles.section} aria-labelledby="monitoring-overdue-heading">
      <h3 id="monitoring-overdue-heading">{t('monitoring.overdue.heading', { team: teamName })}</h3>
      {overdue.length === 0 ? (
        <p>{t('monitoring.overdue.none')}</p>
      ) : (
        <>
          <TableScrollRegion label={t('monitoring.overdue.byPerson.caption')}>
            <Table size="small">
              <caption className={styles.caption}>
                {t('monitoring.overdue.byPerson.caption')}
              </caption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('monitoring.column.person')}</TableHeaderCell>
                  <TableHeaderCell>{t('monitoring.column.count')}</TableHeaderCell>
                  <TableHeaderCell>{t('monitoring.column.earliestDue')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {overdueByPerson(overdue).map((group) => (
                  <TableRow key={group.personId ?? ''}>
                    <TableCell>{person(group.personId)}</TableCell>
                    <TableCell className={styles.number}>{group.count}</TableCell>
                    <TableCell>{formatDate(group.earliestDueAt, locale)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableScrollRegion>
          <TableScrollRegion label={t('monitoring.overdue.list.caption')}>
            <Table size="small">
              <caption className={styles.caption}>{t('monitoring.overdue.list.caption')}</caption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('monitoring.column.request')}</TableHeaderCell>
                  <TableHeaderCell>{t('monitoring.column.person')}</TableHeaderCell>
                  <TableHeaderCell>{t('monitoring.column.madeAt')}</TableHeaderCell>
                  <TableHeaderCell>{t('monitoring.column.dueAt')}</TableHeaderCell>
                  <TableHeaderCell>{t('monitoring.column.attempts')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {overdue.map((request) => (
                  <TableRow key={request.requestId}>
                    <TableCell>{request.requestId}</TableCell>
                    <TableCell>{person(request.personId)}</TableCell>
                    <TableCell>{formatDate(request.madeAt, locale)}</TableCell>
                    <TableCell>{formatDate(request.dueAt, locale)}</TableCell>
                    <TableCell className={styles.number}>{request.attempts}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableScrollRegion>
        </>
      )}
    </section>
  );
}
