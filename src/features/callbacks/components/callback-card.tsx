// One callback request with what can be done to it: claim, log an attempt, close (also on someone's
// behalf), reassign. Every change is eTag-guarded; a conflict shows the request as it is now.
import { Button, mergeClasses } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { AttemptOutcome, CallbackPart } from '../../../domain/callbacks';
import {
  changedParts,
  belongsInListOf,
  dueMarkOf,
  isUnclaimedTeamRequest,
  shouldSuggestClosingAsNotReached,
} from '../../../domain/callbacks';
import { instantFromEpochMs } from '../../../domain/time';
import type { StoredCallback, UpdateOutcome } from '../../../graph/callbacks';
import { Notice } from '../../../ui';
import { useI18n } from '../../../i18n';
import type { NotifyOutcome } from '../api/callbacks-data-source';
import { useCallbacksDataSource } from '../api/callbacks-data-source';
import type { CallbacksDirectory } from '../api/use-callbacks-directory';
import { shortDateTime } from '../due-text';
import { CallbackCardMeta } from './callback-card-meta';
import { AttemptPanel, ClosePanel, ReassignPanel } from './callback-card-panels';
import { useCallbackCardStyles } from './callback-card.styles';

/** How each part of a request reads in a conflict ("gewijzigd door …: status, pogingen"). */
const callbackPartKeys = {
  status: 'callbacks.part.status',
  assignee: 'callbacks.part.assignee',
  team: 'callbacks.part.team',
  claimed: 'callbacks.part.claimed',
  attempts: 'callbacks.part.attempts',
  due: 'callbacks.part.due',
  outcome: 'callbacks.part.outcome',
  citizen: 'callbacks.part.citizen',
} as const satisfies Record<CallbackPart, string>;

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
  const mark = dueMarkOf(request, instantFromEpochMs(source.now().getTime()));
  const nameOf = (id: string | null) =>
    id === null
      ? null
      : (directory.peopleById.get(id)?.displayName ?? t('callbacks.form.unknownColleague'));
  const assigneeName = nameOf(request.assignedToPersonId ?? request.claimedById);
  // Who changed the request first, when, and what: SharePoint's last change and the parts that now differ.
  const conflictText = (current: StoredCallback | null) =>
    current === null ? t('callbacks.card.conflict') : conflictDescription(current);
  const conflictDescription = (current: StoredCallback) => {
    const parts = changedParts(request, current.request);
    const change = current.lastChange;
    const by =
      (change?.byId ? (directory.peopleById.get(change.byId)?.displayName ?? null) : null) ??
      change?.byName ??
      null;
    if (by === null || change?.at === null || change?.at === undefined || parts.length === 0)
      return t('callbacks.card.conflict');
    return t('callbacks.card.conflictBy', {
      name: by,
      at: shortDateTime(change.at, locale),
      parts: parts.map((part) => t(callbackPartKeys[part])).join(', '),
    });
  };
  // Only a name the directory knows: "door Onbekende collega" would say less than the date alone.
  const closedByName =
    request.closedById === null
      ? null
      : (directory.peopleById.get(request.closedById)?.displayName ?? null);
  const unclaimedTeamRequest = isUnclaimedTeamRequest(request);
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
        setNotice({ intent: 'warning', text: conflictText(result.current) });
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
        const stillMine = current !== null && belongsInListOf(current.request, source.me.id);
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
  return (
    <article
      aria-labelledby={headingId}
      className={mergeClasses(
        styles.card,
        mark === 'overdue' && styles.overdueCard,
        mark === 'dueToday' && styles.todayCard,
      )}
    >
      <h3 id={headingId} className={styles.heading}>
        {citizen}
      </h3>
      <CallbackCardMeta
        request={request}
        mark={mark}
        citizen={citizen}
        assigneeName={assigneeName}
        closedByName={closedByName}
      />
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
            <>
              <Button
                disabled={busy}
                onClick={() => void closeAs('done', t('callbacks.card.notReachedNote'))}
              >
                {t('callbacks.card.closeNotReached')}
              </Button>
            </>
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
        <AttemptPanel
          outcome={outcome}
          onOutcome={setOutcome}
          note={note}
          onNote={setNote}
          busy={busy}
          onCancel={() => setPanel('none')}
          onSave={() =>
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
        />
      ) : null}
      {panel === 'close' ? (
        <ClosePanel
          status={closeStatus}
          onStatus={setCloseStatus}
          note={note}
          onNote={setNote}
          busy={busy}
          onCancel={() => setPanel('none')}
          onSave={() => void closeAs(closeStatus, note)}
        />
      ) : null}
      {panel === 'reassign' ? (
        <ReassignPanel
          team={team}
          directory={directory}
          value={reassignTo}
          onChange={setReassignTo}
          busy={busy}
          onCancel={() => setPanel('none')}
          onSave={() => void reassign()}
        />
      ) : null}
    </article>
  );
}
