// The line under a card's heading: its due mark (overdue, today, due, or when and by whom it was closed),
// how to reach the citizen, and for whom the request is.
import { Link } from '@fluentui/react-components';
import { CalendarClockRegular, ClockAlarmRegular, ErrorCircleRegular } from '@fluentui/react-icons';
import type { CallbackRequest, DueMark } from '../../../domain/callbacks';
import { isUnclaimedTeamRequest } from '../../../domain/callbacks';
import { useI18n } from '../../../i18n';
import { dueDateText, shortDateTime } from '../due-text';
import { displayPhone } from '../phone';
import { useCallbackCardStyles } from './callback-card.styles';
import { RepeatCallsLine } from './repeat-calls-line';

/** Props of {@link CallbackCardMeta}. */
export type CallbackCardMetaProps = {
  request: CallbackRequest;
  mark: DueMark;
  /** The citizen's name as the card shows it (a redacted request has none). */
  citizen: string;
  /** Who has the request (assignee or claimer), as the directory names them. */
  assigneeName: string | null;
  /** Who closed it, only when the directory knows them. */
  closedByName: string | null;
};

function DueText({ request, mark, closedByName }: CallbackCardMetaProps) {
  const styles = useCallbackCardStyles();
  const { t, locale } = useI18n();
  const closedKind = request.status === 'cancelled' ? 'cancelled' : 'done';
  switch (mark) {
    case 'overdue':
      return (
        <span className={styles.overdue}>
          <ErrorCircleRegular aria-hidden />
          {t('callbacks.card.overdue', { date: dueDateText(request.dueAt, locale) })}
        </span>
      );
    case 'dueToday':
      return (
        <span className={styles.today}>
          <ClockAlarmRegular aria-hidden />
          {t('callbacks.card.dueToday')}
        </span>
      );
    case 'due':
      return (
        <span className={styles.due}>
          <CalendarClockRegular aria-hidden />
          {t('callbacks.card.due', { date: dueDateText(request.dueAt, locale) })}
        </span>
      );
    case 'closed':
      if (request.closedAt === null) return <span>{t(`callbacks.status.${request.status}`)}</span>;
      return (
        <span>
          {closedByName === null
            ? t(`callbacks.card.closedAt.${closedKind}`, {
                date: shortDateTime(request.closedAt, locale),
              })
            : t(`callbacks.card.closedAtBy.${closedKind}`, {
                date: shortDateTime(request.closedAt, locale),
                name: closedByName,
              })}
        </span>
      );
  }
}

/** See the module comment. */
export function CallbackCardMeta(props: CallbackCardMetaProps) {
  const styles = useCallbackCardStyles();
  const { t } = useI18n();
  const { request, citizen, assigneeName } = props;
  return (
    <div className={styles.meta}>
      <DueText {...props} />
      {request.citizen.phone !== null ? (
        <Link
          href={`tel:${request.citizen.phone}`}
          aria-label={t('callbacks.card.call', {
            name: citizen,
            number: displayPhone(request.citizen.phone),
          })}
        >
          {displayPhone(request.citizen.phone)}
        </Link>
      ) : null}
      {request.citizen.email !== null ? (
        <Link href={`mailto:${request.citizen.email}`}>{request.citizen.email}</Link>
      ) : null}
      <span>
        {isUnclaimedTeamRequest(request)
          ? t('callbacks.card.forTeam', { team: request.assignedToTeam ?? '' })
          : t('callbacks.card.for', { name: assigneeName ?? '' })}
      </span>
      <RepeatCallsLine request={request} />
    </div>
  );
}
