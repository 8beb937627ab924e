// One callback request with what can be done to it: claim, log an attempt, close (also on someone's
// behalf), reassign. Every change is eTag-guarded; a conflict shows the request as it is now.
import {
  Button,
  Field,
  Link,
  mergeClasses,
  Radio,
  RadioGroup,
  Select,
  Textarea,
} from '@fluentui/react-components';
import { CalendarClockRegular, ClockAlarmRegular, ErrorCircleRegular } from '@fluentui/react-icons';
import { useEffect, useId, useState } from 'react';
import type { AttemptOutcome } from '../../../domain/callbacks';
import {
  CALLBACK_LIMITS,
  isDueToday,
  isOverdue,
  shouldSuggestClosingAsNotReached,
} from '../../../domain/callbacks';
import { instantFromEpochMs } from '../../../domain/time';
import type { StoredCallback, UpdateOutcome } from '../../../graph/callbacks';
import { useI18n } from '../../../i18n';
import type { NotifyOutcome } from '../api/callbacks-data-source';
import { useCallbacksDataSource } from '../api/callbacks-data-source';
import type { CallbacksDirectory } from '../api/use-callbacks-directory';
import { dueDateText, shortDateTime } from '../due-text';
import { displayPhone } from '../phone';
import { useCallbackCardStyles } from './callback-card.styles';
import { Notice } from '../../../ui';

const attemptOutcomes: readonly AttemptOutcome[] = [
  'reached',
  'noAnswer',
  'voicemail',
  'wrongNumber',
  'emailed',
];

/** Props of {@link CallbackCard}. */
export type CallbackCardProps = {
  callback: StoredCallback;
  directory: CallbacksDirectory;
  /** 'mine': the employee's own list; 'team': the leader's view (reassign, close on behalf). */
  mode: 'mine' | 'team';
  /** A changed (or reloaded) request; `keep: 'remove'` when it no longer belongs in this list. */
  onChanged: (callback: StoredCallback, keep: 'keep' | 'remove') => void;
  /**
   * Reads out what happened to a card that leaves the list (its own notice leaves with it): the
   * page's live region. Without it the card's notice is all there is.
   */
  onAnnounce?: (text: string) => void;
};

type Panel = 'none' | 'attempt' | 'close' | 'reassign';
type Notice = { intent: 'error' | 'warning' | 'success'; text: string } | null;

/** One request; see the module comment. */
export function CallbackCard({
  callback,
  directory,
  mode,
  onChanged,
  onAnnounce,
}: CallbackCardProps) {
  const styles = useCallbackCardStyles();
  const { t, locale } = useI18n();
  const source = useCallbacksDataSource();
  const headingId = useId();
  const [panel, setPanel] = useState<Panel>('none');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const [outcome, setOutcome] = useState<AttemptOutcome>('reached');
  const [note, setNote] = useState('');
  const [closeStatus, setCloseStatus] = useState<'done' | 'cancelled'>('done');
  const [reassignTo, setReassignTo] = useState('');
  const request = callback.request;
  const now = instantFromEpochMs(source.now().getTime());
  const overdue = isOverdue(request, now);
  const dueToday = isDueToday(request, now);
  const nameOf = (id: string | null) =>
    id === null
      ? null
      : (directory.peopleById.get(id)?.displayName ?? t('callbacks.form.unknownColleague'));
  const assigneeName = nameOf(request.assignedToPersonId ?? request.claimedById);
  const closedKind = request.status === 'cancelled' ? 'cancelled' : 'done';
  // Only a name the directory knows: "door Onbekende collega" would say less than the date alone.
  const closedByName =
    request.closedById === null
      ? null
      : (directory.peopleById.get(request.closedById)?.displayName ?? null);
  const unclaimedTeamRequest =
    request.assignedToPersonId === null &&
    request.claimedById === null &&
    request.status === 'open';
  const citizen = request.citizen.name === '' ? t('callbacks.card.redacted') : request.citizen.name;

  const handle = async (
    action: () => Promise<UpdateOutcome>,
    /** The notice after saving; a function when it depends on what the action learnt. */
    success: string | (() => Exclude<Notice, null>),
    keepAfter: 'keep' | 'remove',
  ) => {
    setBusy(true);
    setNotice(null);
    try {
      const result = await action();
      if (result.outcome === 'saved') {
        setPanel('none');
        setNote('');
        const shown: Exclude<Notice, null> =
          typeof success === 'string' ? { intent: 'success', text: success } : success();
        onChanged(result.callback, keepAfter);
        // A card that leaves the list takes its notice with it: the page reads it out instead.
        if (keepAfter === 'remove') onAnnounce?.(shown.text);
        setNotice(shown);
      } else {
        setNotice({ intent: 'warning', text: t('callbacks.card.conflict') });
        if (result.current !== null) onChanged(result.current, 'keep');
      }
    } catch {
      setNotice({ intent: 'error', text: t('callbacks.card.failed') });
    } finally {
      setBusy(false);
    }
  };

  const claim = async () => {
    setBusy(true);
    setNotice(null);
    try {
      const result = await source.claim(callback);
      if (result.outcome === 'claimed') {
        onChanged(result.callback, 'keep');
        setNotice({ intent: 'success', text: t('callbacks.card.claimed') });
      } else {
        const by = nameOf(result.current?.request.claimedById ?? null);
        const text =
          by === null
            ? t('callbacks.card.conflict')
            : t('callbacks.card.alreadyClaimed', { name: by });
        const current = result.current;
        // In my list, a request someone else took (or that was closed or given away) is no longer
        // mine to try or close: it leaves the list, and the page says why.
        const stillMine =
          current !== null &&
          current.request.status === 'open' &&
          (current.request.claimedById === null || current.request.claimedById === source.me.id) &&
          (current.request.assignedToPersonId === null ||
            current.request.assignedToPersonId === source.me.id);
        if (mode === 'mine' && !stillMine && onAnnounce !== undefined) {
          onAnnounce(
            by === null
              ? t('callbacks.card.goneFromList', { citizen })
              : t('callbacks.card.takenBy', { citizen, name: by }),
          );
          onChanged(current ?? callback, 'remove');
          return;
        }
        setNotice({ intent: 'warning', text });
        if (current !== null) onChanged(current, 'keep');
      }
    } catch {
      setNotice({ intent: 'error', text: t('callbacks.card.failed') });
    } finally {
      setBusy(false);
    }
  };

  const reassign = async () => {
    const toMailbox = reassignTo === 'mailbox';
    const newAssignee = toMailbox
      ? (team?.generalMailbox ?? request.teamMailbox ?? '')
      : (nameOf(reassignTo) ?? '');
    let notification: NotifyOutcome | 'failed' | 'unchanged' = 'unchanged';
    await handle(
      async () => {
        const result = await source.reassign(callback, {
          personId: toMailbox ? null : reassignTo,
          team: request.assignedToTeam,
          teamMailbox: team?.generalMailbox ?? request.teamMailbox,
        });
        if (result.outcome === 'saved') notification = result.notification;
        return result;
      },
      () =>
        notification === 'failed'
          ? {
              intent: 'warning',
              text: t('callbacks.reassign.savedNotNotified', { name: newAssignee }),
            }
          : {
              intent: 'success',
              text:
                notification === 'sent'
                  ? t('callbacks.reassign.savedNotified', { name: newAssignee })
                  : notification === 'emailedInstead'
                    ? t('callbacks.reassign.savedEmailedInstead', { name: newAssignee })
                    : t('callbacks.reassign.saved'),
            },
      'keep',
    );
  };

  const closeAs = (status: 'done' | 'cancelled', text: string) =>
    handle(
      () => source.close(callback, { status, note: text }),
      mode === 'mine'
        ? t('callbacks.card.closedFor', { name: citizen })
        : t('callbacks.card.closedNotice'),
      mode === 'mine' ? 'remove' : 'keep',
    );

  const team =
    request.assignedToTeam === null ? undefined : directory.teamsByName.get(request.assignedToTeam);
  // Who of the team is absent now, asked when the reassign panel opens (marked in the choices).
  const [absent, setAbsent] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    if (panel !== 'reassign' || team === undefined) return;
    let current = true;
    const members = team.memberIds
      .map((id) => directory.peopleById.get(id))
      .filter((member) => member !== undefined);
    source.absentNow(members).then(
      (found) => {
        if (current) setAbsent(found);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [panel, team, directory, source]);
  const noteTooLong =
    note.trim().length >
    (panel === 'attempt' ? CALLBACK_LIMITS.attemptNote : CALLBACK_LIMITS.outcomeNote);

  return (
    <article
      aria-labelledby={headingId}
      className={mergeClasses(
        styles.card,
        overdue && styles.overdueCard,
        dueToday && styles.todayCard,
      )}
    >
      <h3 id={headingId} className={styles.heading}>
        {citizen}
      </h3>
      <div className={styles.meta}>
        {overdue ? (
          <span className={styles.overdue}>
            <ErrorCircleRegular aria-hidden />
            {t('callbacks.card.overdue', { date: dueDateText(request.dueAt, locale) })}
          </span>
        ) : dueToday ? (
          <span className={styles.today}>
            <ClockAlarmRegular aria-hidden />
            {t('callbacks.card.dueToday')}
          </span>
        ) : request.status === 'open' ? (
          <span className={styles.due}>
            <CalendarClockRegular aria-hidden />
            {t('callbacks.card.due', { date: dueDateText(request.dueAt, locale) })}
          </span>
        ) : request.closedAt !== null ? (
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
        ) : (
          <span>{t(`callbacks.status.${request.status}`)}</span>
        )}
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
          {unclaimedTeamRequest
            ? t('callbacks.card.forTeam', { team: request.assignedToTeam ?? '' })
            : t('callbacks.card.for', { name: assigneeName ?? '' })}
        </span>
      </div>
      {request.question !== '' ? <p className={styles.question}>{request.question}</p> : null}
      {request.preferredTime !== null ? (
        <p className={styles.question}>
          {t('callbacks.card.preferredTime', { time: request.preferredTime })}
        </p>
      ) : null}
      {request.attempts.length > 0 ? (
        <ul
          className={styles.attempts}
          aria-label={t('callbacks.card.attempts', { count: request.attempts.length })}
        >
          {request.attempts.map((attempt) => (
            <li key={`${attempt.at}-${attempt.byId}`}>
              {shortDateTime(attempt.at, locale)}: {t(`callbacks.outcome.${attempt.outcome}`)}
              {attempt.note === '' ? '' : ` — ${attempt.note}`}
            </li>
          ))}
        </ul>
      ) : null}
      {request.status !== 'open' && request.outcomeNote !== null ? (
        <p className={styles.question}>{request.outcomeNote}</p>
      ) : null}
      {notice !== null ? <Notice intent={notice.intent}>{notice.text}</Notice> : null}
      {shouldSuggestClosingAsNotReached(request) ? (
        <Notice
          intent="warning"
          actions={
            <Button
              disabled={busy}
              onClick={() => void closeAs('done', t('callbacks.card.notReachedNote'))}
            >
              {t('callbacks.card.closeNotReached')}
            </Button>
          }
        >
          {t('callbacks.card.suggestClose')}
        </Notice>
      ) : null}
      {request.status === 'open' ? (
        <div className={styles.actions}>
          {mode === 'mine' && unclaimedTeamRequest ? (
            <Button appearance="primary" disabled={busy} onClick={() => void claim()}>
              {t('callbacks.card.claim')}
            </Button>
          ) : null}
          {mode === 'mine' && !unclaimedTeamRequest ? (
            <Button
              aria-expanded={panel === 'attempt'}
              onClick={() => setPanel(panel === 'attempt' ? 'none' : 'attempt')}
            >
              {t('callbacks.card.logAttempt')}
            </Button>
          ) : null}
          {mode === 'team' ? (
            <Button
              aria-expanded={panel === 'reassign'}
              onClick={() => setPanel(panel === 'reassign' ? 'none' : 'reassign')}
            >
              {t('callbacks.card.reassign')}
            </Button>
          ) : null}
          <Button
            aria-expanded={panel === 'close'}
            onClick={() => setPanel(panel === 'close' ? 'none' : 'close')}
          >
            {mode === 'team' && assigneeName !== null
              ? t('callbacks.card.closeOnBehalf', { name: assigneeName })
              : t('callbacks.card.close')}
          </Button>
        </div>
      ) : null}
      {panel === 'attempt' ? (
        <div className={styles.panel}>
          <Field label={t('callbacks.attempt.outcome')}>
            <RadioGroup
              value={outcome}
              onChange={(_event, data) =>
                setOutcome(attemptOutcomes.find((value) => value === data.value) ?? 'reached')
              }
            >
              {attemptOutcomes.map((value) => (
                <Radio key={value} value={value} label={t(`callbacks.outcome.${value}`)} />
              ))}
            </RadioGroup>
          </Field>
          <Field
            label={t('callbacks.attempt.note')}
            validationMessage={
              noteTooLong
                ? t('callbacks.error.tooLong', { max: CALLBACK_LIMITS.attemptNote })
                : undefined
            }
          >
            <Textarea value={note} onChange={(_event, data) => setNote(data.value)} />
          </Field>
          <div className={styles.actions}>
            <Button
              appearance="primary"
              disabled={busy || noteTooLong}
              onClick={() =>
                void handle(
                  () =>
                    source.logAttempt(callback, {
                      at: instantFromEpochMs(source.now().getTime()),
                      byId: source.me.id,
                      outcome,
                      note: note.trim(),
                    }),
                  t('callbacks.attempt.saved'),
                  'keep',
                )
              }
            >
              {t('callbacks.attempt.save')}
            </Button>
            <Button onClick={() => setPanel('none')}>{t('callbacks.cancel')}</Button>
          </div>
        </div>
      ) : null}
      {panel === 'close' ? (
        <div className={styles.panel}>
          <Field label={t('callbacks.close.status')}>
            <RadioGroup
              value={closeStatus}
              onChange={(_event, data) =>
                setCloseStatus(data.value === 'cancelled' ? 'cancelled' : 'done')
              }
            >
              <Radio value="done" label={t('callbacks.status.done')} />
              <Radio value="cancelled" label={t('callbacks.status.cancelled')} />
            </RadioGroup>
          </Field>
          <Field
            label={t('callbacks.close.note')}
            validationMessage={
              noteTooLong
                ? t('callbacks.error.tooLong', { max: CALLBACK_LIMITS.outcomeNote })
                : undefined
            }
          >
            <Textarea value={note} onChange={(_event, data) => setNote(data.value)} />
          </Field>
          <div className={styles.actions}>
            <Button
              appearance="primary"
              disabled={busy || noteTooLong}
              onClick={() => void closeAs(closeStatus, note)}
            >
              {t('callbacks.close.save')}
            </Button>
            <Button onClick={() => setPanel('none')}>{t('callbacks.cancel')}</Button>
          </div>
        </div>
      ) : null}
      {panel === 'reassign' ? (
        <div className={styles.panel}>
          <Field label={t('callbacks.reassign.to')}>
            <Select value={reassignTo} onChange={(_event, data) => setReassignTo(data.value)}>
              <option value="">{t('callbacks.reassign.choose')}</option>
              {team?.generalMailbox ? (
                <option value="mailbox">
                  {t('callbacks.reassign.mailbox', { mailbox: team.generalMailbox })}
                </option>
              ) : null}
              {(team?.memberIds ?? [])
                .map((id) => directory.peopleById.get(id))
                .filter((member) => member !== undefined)
                .sort((a, b) => a.displayName.localeCompare(b.displayName, 'nl'))
                .map((member) => (
                  <option key={member.id} value={member.id}>
                    {absent.has(member.id)
                      ? t('callbacks.reassign.absentMember', { name: member.displayName })
                      : member.displayName}
                  </option>
                ))}
            </Select>
          </Field>
          <div className={styles.actions}>
            <Button
              appearance="primary"
              disabled={busy || reassignTo === ''}
              onClick={() => void reassign()}
            >
              {t('callbacks.reassign.save')}
            </Button>
            <Button onClick={() => setPanel('none')}>{t('callbacks.cancel')}</Button>
          </div>
        </div>
      ) : null}
    </article>
  );
}
