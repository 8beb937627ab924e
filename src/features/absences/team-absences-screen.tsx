import { Field, Select, Spinner } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { AbsenceDraft, TeamChoice } from '../../domain/absences';
import {
  draftFromAbsence,
  extensionDraft,
  newAbsenceDraft,
  tomorrowAtFive,
} from '../../domain/absences';
import type { Instant } from '../../domain/time';
import { instantFromEpochMs } from '../../domain/time';
import type { StoredAbsence } from '../../graph/absences';
import { reasonsListFor } from '../../graph/absences';
import { errorMessage, useI18n } from '../../i18n';
import { useAbsencesDataSource } from './api/absences-data-source';
import { useTeamDirectory } from './api/use-team-directory';
import { AbsenceForm } from './components/absence-form';
import { AbsenceTable } from './components/absence-table';
import { ConfirmReturns } from './components/confirm-returns';
import { MembersTable } from './components/members-table';
import { useTeamAbsencesStyles } from './team-absences-screen.styles';
import { useAbsenceActions } from './use-absence-actions';
import { useTeamAbsencesView } from './use-team-absences-view';

/** Props of {@link TeamAbsencesScreen}. */
export type TeamAbsencesScreenProps = {
  /** The signed-in leader. */
  account: { userId: string; displayName: string };
  /** A team leader picks among the teams they lead; a coordinator among all teams. */
  teamScope: 'ownTeams' | 'allTeams';
};

type FormState =
  | { kind: 'closed' }
  | { kind: 'open'; key: number; draft: AbsenceDraft; editing: StoredAbsence | null };

/** The team leader's screen: the team, its absences, registering, changing and ending them. */
export function TeamAbsencesScreen({ account, teamScope }: TeamAbsencesScreenProps) {
  const styles = useTeamAbsencesStyles();
  const { t } = useI18n();
  const source = useAbsencesDataSource();
  const directory = useTeamDirectory();
  const [teamKey, setTeamKey] = useState<string | null>(null);
  const view = useTeamAbsencesView(
    directory.kind === 'loaded' ? directory.directory : null,
    account,
    teamScope,
    teamKey,
  );
  const { team, choices, members, absences, classified, nameOf, peopleById } = view;
  const now = instantFromEpochMs(view.now.getTime());
  const [form, setForm] = useState<FormState>({ kind: 'closed' });
  const [message, setMessage] = useState<string>('');
  const statusRef = useRef<HTMLDivElement>(null);
  const formKey = useRef(0);

  const announce = (text: string) => {
    setMessage(text);
    statusRef.current?.focus();
  };
  const actions = useAbsenceActions({
    account,
    reasons: view.reasons,
    teamName: team?.name ?? null,
    peopleById,
    nameOf,
    announce,
    closeForm: () => setForm({ kind: 'closed' }),
  });

  const openForm = (draft: AbsenceDraft, editing: StoredAbsence | null) => {
    formKey.current += 1;
    setMessage('');
    setForm({ kind: 'open', key: formKey.current, draft, editing });
  };
  const extend = (absence: StoredAbsence, until: Instant | 'unknown') =>
    openForm(extensionDraft(absence, until, now), absence);

  if (directory.kind === 'failed')
    return (
      <p role="alert">{t('absences.load.failed', { message: errorMessage(directory.error, t) })}</p>
    );
  if (directory.kind === 'loading') return <Spinner label={t('absences.loading')} />;

  const currentOf = (personId: string) =>
    classified.current.find((absence) => absence.personId === personId);
  const teamLabel = (choice: TeamChoice) => choice.name ?? t('absences.team.directReports');

  return (
    <div className={styles.root}>
      <div className={styles.header}>
        <h1 className={styles.title}>
          {team ? t('absences.title.team', { name: teamLabel(team) }) : t('absences.title')}
        </h1>
        {choices.length > 1 ? (
          <Field label={t('absences.team.choose')}>
            <Select value={team?.key ?? ''} onChange={(_event, data) => setTeamKey(data.value)}>
              {choices.map((choice) => (
                <option key={choice.key} value={choice.key}>
                  {teamLabel(choice)}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
      </div>

      <div ref={statusRef} tabIndex={-1} role="status" className={styles.status}>
        {message}
      </div>

      {team === null ? <p>{t('absences.team.none')}</p> : null}

      {form.kind === 'open' ? (
        <AbsenceForm
          key={form.key}
          initialDraft={form.draft}
          editing={form.editing}
          members={members}
          peopleById={peopleById}
          index={directory.directory.index}
          teamMailbox={team?.mailbox ?? null}
          existing={absences ?? []}
          onSave={actions.save}
          mayRecordReason={(personId) =>
            personId !== null && reasonsListFor(view.reasons, personId) !== null
          }
          onExtend={extend}
          onCancel={() => {
            setForm({ kind: 'closed' });
            statusRef.current?.focus();
          }}
        />
      ) : null}

      {view.absencesError !== null ? (
        <p role="alert">
          {t('absences.list.failed', { message: errorMessage(view.absencesError.error, t) })}
        </p>
      ) : null}
      {absences === null && view.absencesError === null ? (
        <Spinner size="small" label={t('absences.list.loading')} />
      ) : null}

      {classified.toConfirm.length > 0 ? (
        <ConfirmReturns
          absences={classified.toConfirm}
          nameOf={nameOf}
          onConfirmBack={(absence) => void actions.endNow(absence)}
          onExtend={(absence) => openForm(extensionDraft(absence, 'tomorrow', now), absence)}
        />
      ) : null}

      {team !== null ? (
        <MembersTable
          members={members}
          absences={absences ?? []}
          currentOf={currentOf}
          liveStateOf={view.liveStateOf}
          now={view.now}
          onRegister={(member) =>
            openForm(newAbsenceDraft(member.id, instantFromEpochMs(source.now().getTime())), null)
          }
        />
      ) : null}

      {(
        [
          ['current', classified.current],
          ['upcoming', classified.upcoming],
          ['past', classified.past],
        ] as const
      ).map(([phase, list]) => (
        <section key={phase} className={styles.section} aria-labelledby={`absences-${phase}`}>
          <h2 id={`absences-${phase}`} className={styles.sectionTitle}>
            {t(`absences.section.${phase}`)}
          </h2>
          {list.length === 0 ? (
            <p className={styles.muted}>{t('absences.section.empty')}</p>
          ) : (
            <AbsenceTable
              absences={list}
              actions={phase}
              peopleById={peopleById}
              nameOf={nameOf}
              onEdit={(absence) =>
                openForm(draftFromAbsence(absence, tomorrowAtFive(now)), absence)
              }
              onEnd={(absence) => void actions.endNow(absence)}
              onHandOver={
                actions.handOverOffered === 'offered'
                  ? (absence) => void actions.handOver(absence)
                  : null
              }
            />
          )}
        </section>
      ))}
    </div>
  );
}
