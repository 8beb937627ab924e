// The panels a card opens for a change: log an attempt, close, reassign. They show and collect; the card
// saves (callback-card.tsx).
import { Button, Field, Radio, RadioGroup, Select, Textarea } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { AttemptOutcome } from '../../../domain/callbacks';
import { CALLBACK_LIMITS } from '../../../domain/callbacks';
import type { TeamSummary } from '../../../graph/people';
import { useI18n } from '../../../i18n';
import { useCallbacksDataSource } from '../api/callbacks-data-source';
import type { CallbacksDirectory } from '../api/use-callbacks-directory';
import { useCallbackCardStyles } from './callback-card.styles';

const attemptOutcomes: readonly AttemptOutcome[] = [
  'reached',
  'noAnswer',
  'voicemail',
  'wrongNumber',
  'emailed',
];

/** What every panel shares: busy while saving, save and cancel. */
type PanelActions = { busy: boolean; onSave: () => void; onCancel: () => void };

/** Whether a note is longer than the list keeps (trimmed, as it is saved). */
export const isNoteTooLong = (note: string, max: number): boolean => note.trim().length > max;

function PanelButtons({
  busy,
  blocked,
  saveLabel,
  onSave,
  onCancel,
}: PanelActions & { blocked: boolean; saveLabel: string }) {
  const styles = useCallbackCardStyles();
  const { t } = useI18n();
  return (
    <div className={styles.actions}>
      <Button appearance="primary" disabled={busy || blocked} onClick={onSave}>
        {saveLabel}
      </Button>
      <Button onClick={onCancel}>{t('callbacks.cancel')}</Button>
    </div>
  );
}

/** "Poging vastleggen": the outcome and an optional note. */
export function AttemptPanel({
  outcome,
  onOutcome,
  note,
  onNote,
  ...actions
}: PanelActions & {
  outcome: AttemptOutcome;
  onOutcome: (outcome: AttemptOutcome) => void;
  note: string;
  onNote: (note: string) => void;
}) {
  const styles = useCallbackCardStyles();
  const { t } = useI18n();
  const tooLong = isNoteTooLong(note, CALLBACK_LIMITS.attemptNote);
  return (
    <div className={styles.panel}>
      <Field label={t('callbacks.attempt.outcome')}>
        <RadioGroup
          value={outcome}
          onChange={(_event, data) =>
            onOutcome(attemptOutcomes.find((value) => value === data.value) ?? 'reached')
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
          tooLong ? t('callbacks.error.tooLong', { max: CALLBACK_LIMITS.attemptNote }) : undefined
        }
      >
        <Textarea value={note} onChange={(_event, data) => onNote(data.value)} />
      </Field>
      <PanelButtons {...actions} blocked={tooLong} saveLabel={t('callbacks.attempt.save')} />
    </div>
  );
}

/** "Afsluiten": done or cancelled, with an optional outcome note. */
export function ClosePanel({
  status,
  onStatus,
  note,
  onNote,
  ...actions
}: PanelActions & {
  status: 'done' | 'cancelled';
  onStatus: (status: 'done' | 'cancelled') => void;
  note: string;
  onNote: (note: string) => void;
}) {
  const styles = useCallbackCardStyles();
  const { t } = useI18n();
  const tooLong = isNoteTooLong(note, CALLBACK_LIMITS.outcomeNote);
  return (
    <div className={styles.panel}>
      <Field label={t('callbacks.close.status')}>
        <RadioGroup
          value={status}
          onChange={(_event, data) => onStatus(data.value === 'cancelled' ? 'cancelled' : 'done')}
        >
          <Radio value="done" label={t('callbacks.status.done')} />
          <Radio value="cancelled" label={t('callbacks.status.cancelled')} />
        </RadioGroup>
      </Field>
      <Field
        label={t('callbacks.close.note')}
        validationMessage={
          tooLong ? t('callbacks.error.tooLong', { max: CALLBACK_LIMITS.outcomeNote }) : undefined
        }
      >
        <Textarea value={note} onChange={(_event, data) => onNote(data.value)} />
      </Field>
      <PanelButtons {...actions} blocked={tooLong} saveLabel={t('callbacks.close.save')} />
    </div>
  );
}

/**
 * "Toewijzen": a member of the request's team or its mailbox. Who of the team is absent now is asked when
 * the panel opens, and marked in the choices.
 */
export function ReassignPanel({
  team,
  directory,
  value,
  onChange,
  ...actions
}: PanelActions & {
  team: TeamSummary | undefined;
  directory: CallbacksDirectory;
  /** A member's id, 'mailbox', or '' before a choice. */
  value: string;
  onChange: (value: string) => void;
}) {
  const styles = useCallbackCardStyles();
  const { t } = useI18n();
  const source = useCallbacksDataSource();
  const [absent, setAbsent] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    if (team === undefined) return;
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
  }, [team, directory, source]);
  return (
    <div className={styles.panel}>
      <Field label={t('callbacks.reassign.to')}>
        <Select value={value} onChange={(_event, data) => onChange(data.value)}>
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
      <PanelButtons {...actions} blocked={value === ''} saveLabel={t('callbacks.reassign.save')} />
    </div>
  );
}
