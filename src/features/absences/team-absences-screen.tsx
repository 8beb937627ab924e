import { Button, Field, Select, Spinner } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AbsenceDraft, AbsenceRegistration } from '../../domain/absences';
import type { Availability } from '../../domain/availability';
import { classifyAbsences, frontOfficeChanges } from '../../domain/absences';
import type { PeopleIndex, PersonSummary } from '../../domain/people';
import { createPeopleIndex } from '../../domain/people';
import type { Instant } from '../../domain/time';
import { instantFromEpochMs } from '../../domain/time';
import type { StoredAbsence } from '../../graph/absences';
import type { FrontOfficeChange } from '../../notifications';
import { AbsenceSaveError, frontOfficeViewOf } from '../../graph/absences';
import { GraphRequestError } from '../../graph/client';
import type { DirectorySnapshot } from '../../graph/people';
import { errorMessage, useI18n } from '../../i18n';
import { kindText, substituteText, untilText } from './absence-text';
import { useAbsencesDataSource } from './api/absences-data-source';
import { AbsenceForm } from './components/absence-form';
import { MemberState } from './components/member-state';
import type { MemberLiveState } from './components/member-state';
import type { SaveOutcome } from './components/absence-form';
import { draftFromAbsence, extensionDraft, newDraft, tomorrowAtFive } from './draft';
import { teamChoices } from './team-choices';
import { useTeamAbsencesStyles } from './team-absences-screen.styles';

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

type Loaded = { snapshot: DirectorySnapshot; index: PeopleIndex; directReports: string[] };

/**
 * The list permissions refused the write (403): only team leaders and the coordinator may write absences. Also when
 * the absence was accepted but its reason refused and the create was rolled back, so nothing is stored.
 */
function isWriteRefused(error: unknown): boolean {
  const cause =
    error instanceof AbsenceSaveError && error.code === 'reasonNotSaved' ? error.cause : error;
  return cause instanceof GraphRequestError && cause.status === 403;
}

/** The team leader's screen: the team, its absences, registering, changing and ending them. */
export function TeamAbsencesScreen({ account, teamScope }: TeamAbsencesScreenProps) {
  const styles = useTeamAbsencesStyles();
  const i18n = useI18n();
  const { t } = i18n;
  const source = useAbsencesDataSource();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<{ error: unknown } | null>(null);
  const [teamKey, setTeamKey] = useState<string | null>(null);
  // Keyed by the members they were read for, so a switch of team shows "loading" instead of the other team's.
  const [loadedAbsences, setLoadedAbsences] = useState<{
    key: string;
    list: StoredAbsence[];
  } | null>(null);
  const [absencesError, setAbsencesError] = useState<{ error: unknown } | null>(null);
  const [form, setForm] = useState<FormState>({ kind: 'closed' });
  const [message, setMessage] = useState<string>('');
  // The absence whose "Weer aanwezig" waits for a confirmation (ending cannot be undone from this screen).
  const [confirmingEnd, setConfirmingEnd] = useState<string | null>(null);
  const confirmEndRef = useRef<HTMLButtonElement>(null);
  const endButtons = useRef(new Map<string, HTMLButtonElement>());
  // After "Annuleren", focus goes back to that absence's "Weer aanwezig" (rendered again by then).
  const refocusEndOf = useRef<string | null>(null);
  useEffect(() => {
    if (confirmingEnd !== null) confirmEndRef.current?.focus();
    else if (refocusEndOf.current !== null) {
      endButtons.current.get(refocusEndOf.current)?.focus();
      refocusEndOf.current = null;
    }
  }, [confirmingEnd]);
  const statusRef = useRef<HTMLDivElement>(null);
  const formKey = useRef(0);

  useEffect(() => {
    let current = true;
    Promise.all([source.loadDirectory(), source.directReportIds().catch(() => [])])
      .then(([snapshot, directReports]) => {
        if (current)
          setLoaded({ snapshot, index: createPeopleIndex(snapshot.people), directReports });
      })
      .catch((error: unknown) => {
        if (current) setLoadError({ error });
      });
    return () => {
      current = false;
    };
  }, [source]);

  const peopleById = useMemo(
    () => new Map((loaded?.snapshot.people ?? []).map((person) => [person.id, person])),
    [loaded],
  );
  const choices = useMemo(
    () =>
      loaded
        ? teamChoices(loaded.snapshot.teams, account.userId, loaded.directReports, teamScope)
        : [],
    [loaded, account.userId, teamScope],
  );
  const team = choices.find((choice) => choice.key === teamKey) ?? choices[0] ?? null;
  const members = useMemo(
    () =>
      (team?.memberIds ?? [])
        .map((id) => peopleById.get(id))
        .filter((person): person is PersonSummary => person !== undefined)
        .sort((a, b) => a.displayName.localeCompare(b.displayName, 'nl')),
    [team, peopleById],
  );
  const memberKey = members.map((member) => member.id).join(',');

  const [reloads, setReloads] = useState(0);
  const refresh = useCallback(() => setReloads((count) => count + 1), []);
  useEffect(() => {
    let current = true;
    const ids = memberKey === '' ? [] : memberKey.split(',');
    (ids.length === 0 ? Promise.resolve([]) : source.listAbsences(ids)).then(
      (list) => {
        if (!current) return;
        setLoadedAbsences({ key: memberKey, list });
        setAbsencesError(null);
      },
      (error: unknown) => {
        if (current) setAbsencesError({ error });
      },
    );
    return () => {
      current = false;
    };
  }, [memberKey, source, reloads]);
  const absences = loadedAbsences?.key === memberKey ? loadedAbsences.list : null;

  // Each member's live state, one batched request for the whole team; read again whenever the absences are
  // (after saving or ending one). The previous answer stays on screen while the next one loads.
  const [live, setLive] = useState<{
    key: string;
    states: Map<string, Availability> | 'failed';
  } | null>(null);
  useEffect(() => {
    if (members.length === 0) return;
    let current = true;
    const key = members.map((member) => member.id).join(',');
    source
      .teamAvailability(
        members.map((member) => ({ id: member.id, mail: member.mail ?? '' })),
        source.now(),
      )
      .then(
        (states) => {
          if (current) setLive({ key, states });
        },
        () => {
          if (current) setLive({ key, states: 'failed' });
        },
      );
    return () => {
      current = false;
    };
  }, [members, source, reloads]);
  const liveStateOf = (personId: string): MemberLiveState => {
    if (live === null || live.key !== memberKey) return { kind: 'loading' };
    if (live.states === 'failed') return { kind: 'failed' };
    const availability = live.states.get(personId);
    return availability === undefined ? { kind: 'failed' } : { kind: 'known', availability };
  };

  const announce = (text: string) => {
    setMessage(text);
    statusRef.current?.focus();
  };

  const nameOf = (personId: string) => peopleById.get(personId)?.displayName ?? personId;
  const now = source.now();
  const classified = classifyAbsences(absences ?? [], instantFromEpochMs(now.getTime()));

  const openForm = (draft: AbsenceDraft, editing: StoredAbsence | null) => {
    formKey.current += 1;
    setMessage('');
    setForm({ kind: 'open', key: formKey.current, draft, editing });
  };

  /** Tells the front office; 'failed' when the mail could not be sent (the absence is saved all the same). */
  const mailFrontOffice = (absence: StoredAbsence, change: FrontOfficeChange) =>
    source
      .notifyFrontOffice({
        absence: frontOfficeViewOf(absence),
        personName: nameOf(absence.personId),
        nameOf,
        registeredByName: account.displayName,
        change,
      })
      .catch(() => 'failed' as const);

  const onSave = async (
    registration: AbsenceRegistration,
    base: StoredAbsence | null,
  ): Promise<SaveOutcome> => {
    const name = nameOf(registration.personId);
    try {
      if (base === null) {
        const created = await source.create({
          registration,
          personName: name,
          registeredById: account.userId,
        });
        const mail = await mailFrontOffice(created, { kind: 'registered' });
        setForm({ kind: 'closed' });
        announce(
          mail === 'sent'
            ? t('absences.saved.created.mailed', { name })
            : mail === 'failed'
              ? t('absences.saved.created.mailFailed', { name })
              : t('absences.saved.created', { name }),
        );
      } else {
        const result = await source.update(base, registration);
        if (result.kind === 'conflict') return { kind: 'conflict', current: result.current };
        // Changed, extended or shortened: the front office hears what changed (never the kind).
        const fields = frontOfficeChanges(base, result.absence);
        const mail =
          fields.length === 0
            ? ('notConfigured' as const)
            : await mailFrontOffice(result.absence, { kind: 'changed', fields });
        setForm({ kind: 'closed' });
        announce(
          mail === 'sent'
            ? t('absences.saved.updated.mailed', { name })
            : mail === 'failed'
              ? t('absences.saved.updated.mailFailed', { name })
              : t('absences.saved.updated', { name }),
        );
      }
      refresh();
      return { kind: 'saved' };
    } catch (error) {
      if (isWriteRefused(error)) return { kind: 'notAllowed' };
      if (error instanceof AbsenceSaveError)
        return { kind: 'failed', message: t('absences.save.reasonNotSaved') };
      return { kind: 'failed', message: errorMessage(error, t) };
    }
  };

  const endNow = async (absence: StoredAbsence) => {
    const name = nameOf(absence.personId);
    setConfirmingEnd(null);
    try {
      const at = source.now();
      const result = await source.end(absence, at);
      if (result.kind === 'saved') {
        const mail = await mailFrontOffice(result.absence, {
          kind: 'ended',
          at: instantFromEpochMs(at.getTime()),
        });
        announce(
          mail === 'failed'
            ? t('absences.ended.mailFailed', { name })
            : mail === 'sent'
              ? t('absences.ended.mailed', { name })
              : t('absences.ended', { name }),
        );
      } else announce(t('absences.ended.conflict', { name }));
    } catch (error) {
      announce(
        isWriteRefused(error)
          ? t('absences.ended.notAllowed', { name })
          : t('absences.ended.failed', {
              name,
              message: errorMessage(error, t),
            }),
      );
    }
    refresh();
  };

  const extend = (absence: StoredAbsence, until: Instant | 'unknown') =>
    openForm(extensionDraft(absence, until, now), absence);

  const handOver = async (absence: StoredAbsence) => {
    const reassign = source.reassignOpenCallbacks;
    const to = absence.substituteForCallbacks;
    if (reassign === null || to === null) return;
    const name = nameOf(absence.personId);
    try {
      const result = await reassign(absence.personId, to, team?.name ?? null, {
        byName: account.displayName,
        personOf: (personId) => peopleById.get(personId),
      });
      const count = result.handedOver;
      announce(
        result.notNotified === 0
          ? t('absences.callbacks.handedOver', { count, name })
          : t('absences.callbacks.handedOverNotNotified', {
              count,
              name,
              failed: result.notNotified,
            }),
      );
    } catch (error) {
      announce(
        t('absences.callbacks.failed', {
          message: errorMessage(error, t),
        }),
      );
    }
  };

  if (loadError !== null)
    return (
      <p role="alert">{t('absences.load.failed', { message: errorMessage(loadError.error, t) })}</p>
    );
  if (loaded === null) return <Spinner label={t('absences.loading')} />;

  const currentOf = (personId: string) =>
    classified.current.find((absence) => absence.personId === personId);
  const teamLabel = (choice: (typeof choices)[number]) =>
    choice.name ?? t('absences.team.directReports');

  const absenceRows = (list: StoredAbsence[], actions: 'current' | 'upcoming' | 'past') => (
    <table role="table" className={styles.table}>
      <thead role="rowgroup">
        <tr role="row">
          <th role="columnheader" className={styles.cell} scope="col">
            {t('absences.column.person')}
          </th>
          <th role="columnheader" className={styles.cell} scope="col">
            {t('absences.field.kind')}
          </th>
          <th role="columnheader" className={styles.cell} scope="col">
            {t('absences.field.from')}
          </th>
          <th role="columnheader" className={styles.cell} scope="col">
            {t('absences.field.until')}
          </th>
          <th role="columnheader" className={styles.cell} scope="col">
            {t('absences.column.substitutes')}
          </th>
          {actions === 'past' ? null : (
            <th role="columnheader" className={styles.cell} scope="col">
              {t('absences.column.actions')}
            </th>
          )}
        </tr>
      </thead>
      <tbody role="rowgroup">
        {list.map((absence) => {
          const name = nameOf(absence.personId);
          return (
            <tr role="row" key={absence.id}>
              <th role="rowheader" className={styles.cell} scope="row">
                {name}
              </th>
              <td role="cell" data-label={t('absences.field.kind')} className={styles.cell}>
                {kindText(absence.kind, t)}
              </td>
              <td role="cell" data-label={t('absences.field.from')} className={styles.cell}>
                {i18n.formatDateTime(new Date(absence.from))}
              </td>
              <td role="cell" data-label={t('absences.field.until')} className={styles.cell}>
                {absence.endedAt !== null
                  ? t('absences.endedAt', { at: i18n.formatDateTime(new Date(absence.endedAt)) })
                  : untilText(absence, i18n)}
              </td>
              <td role="cell" data-label={t('absences.column.substitutes')} className={styles.cell}>
                {t('absences.substitutes', {
                  calls: substituteText(absence.substituteForCalls, peopleById, t),
                  callbacks: substituteText(absence.substituteForCallbacks, peopleById, t),
                })}
                {absence.noteForFrontOffice ? (
                  <div className={styles.muted}>{absence.noteForFrontOffice}</div>
                ) : null}
              </td>
              {actions === 'past' ? null : (
                <td role="cell" className={styles.cell}>
                  <div className={styles.actions}>
                    <Button
                      size="small"
                      aria-label={t('absences.action.edit.label', { name })}
                      onClick={() =>
                        openForm(draftFromAbsence(absence, tomorrowAtFive(now)), absence)
                      }
                    >
                      {t('absences.action.edit')}
                    </Button>
                    {actions === 'current' && confirmingEnd === absence.id ? (
                      <div
                        role="group"
                        aria-label={t('absences.end.confirm.label', { name })}
                        className={styles.actions}
                      >
                        <span>{t('absences.end.confirm.question', { name })}</span>
                        <Button
                          size="small"
                          appearance="primary"
                          ref={confirmEndRef}
                          onClick={() => void endNow(absence)}
                        >
                          {t('absences.end.confirm.yes', { name })}
                        </Button>
                        <Button
                          size="small"
                          onClick={() => {
                            refocusEndOf.current = absence.id;
                            setConfirmingEnd(null);
                          }}
                        >
                          {t('absences.end.confirm.no')}
                        </Button>
                      </div>
                    ) : null}
                    {actions === 'current' && confirmingEnd !== absence.id ? (
                      <Button
                        size="small"
                        ref={(element: HTMLButtonElement | null) => {
                          if (element) endButtons.current.set(absence.id, element);
                          else endButtons.current.delete(absence.id);
                        }}
                        aria-label={t('absences.action.end.label', { name })}
                        onClick={() => setConfirmingEnd(absence.id)}
                      >
                        {t('absences.action.end')}
                      </Button>
                    ) : null}
                    {actions === 'current' &&
                    source.reassignOpenCallbacks !== null &&
                    absence.substituteForCallbacks !== null ? (
                      <Button
                        size="small"
                        aria-label={t('absences.action.handOverCallbacks.label', { name })}
                        onClick={() => void handOver(absence)}
                      >
                        {t('absences.action.handOverCallbacks')}
                      </Button>
                    ) : null}
                  </div>
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );

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
          index={loaded.index}
          teamMailbox={team?.mailbox ?? null}
          existing={absences ?? []}
          onSave={onSave}
          onExtend={extend}
          onCancel={() => {
            setForm({ kind: 'closed' });
            statusRef.current?.focus();
          }}
        />
      ) : null}

      {absencesError !== null ? (
        <p role="alert">
          {t('absences.list.failed', { message: errorMessage(absencesError.error, t) })}
        </p>
      ) : null}
      {absences === null && absencesError === null ? (
        <Spinner size="small" label={t('absences.list.loading')} />
      ) : null}

      {classified.toConfirm.length > 0 ? (
        <section
          className={`${styles.section} ${styles.confirm}`}
          aria-labelledby="absences-confirm"
        >
          <h2 id="absences-confirm" className={styles.sectionTitle}>
            {t('absences.confirm.title')}
          </h2>
          <p>{t('absences.confirm.explain')}</p>
          <ul>
            {classified.toConfirm.map((absence) => {
              const name = nameOf(absence.personId);
              return (
                <li key={absence.id}>
                  <p>
                    {absence.expectedUntil === 'unknown'
                      ? t('absences.confirm.itemOpen', { name })
                      : t('absences.confirm.item', { name, until: untilText(absence, i18n) })}
                  </p>
                  <div className={styles.actions}>
                    <Button
                      appearance="primary"
                      aria-label={t('absences.action.confirmBack.label', { name })}
                      onClick={() => void endNow(absence)}
                    >
                      {t('absences.action.confirmBack')}
                    </Button>
                    <Button
                      aria-label={t('absences.action.extend.label', { name })}
                      onClick={() => openForm(extensionDraft(absence, 'tomorrow', now), absence)}
                    >
                      {t('absences.action.extend')}
                    </Button>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      {team !== null ? (
        <section className={styles.section} aria-labelledby="absences-members">
          <h2 id="absences-members" className={styles.sectionTitle}>
            {t('absences.members.title', { count: members.length })}
          </h2>
          <table role="table" className={styles.table}>
            <thead role="rowgroup">
              <tr role="row">
                <th role="columnheader" className={styles.cell} scope="col">
                  {t('absences.column.person')}
                </th>
                <th role="columnheader" className={styles.cell} scope="col">
                  {t('absences.column.jobTitle')}
                </th>
                <th role="columnheader" className={styles.cell} scope="col">
                  {t('absences.column.state')}
                </th>
                <th role="columnheader" className={styles.cell} scope="col">
                  {t('absences.column.actions')}
                </th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {members.map((member) => {
                const absence = currentOf(member.id);
                const liveState = liveStateOf(member.id);
                // The reason is the leader's to see: from the registered absence that decided the live state.
                const decidingAbsence =
                  liveState.kind === 'known' &&
                  liveState.availability.state === 'absent' &&
                  liveState.availability.reason === 'registeredAbsence'
                    ? ((absences ?? []).find(
                        (candidate) => candidate.id === liveState.availability.absence?.absenceId,
                      ) ?? absence)
                    : undefined;
                return (
                  <tr role="row" key={member.id}>
                    <th role="rowheader" className={styles.cell} scope="row">
                      {member.displayName}
                    </th>
                    <td
                      role="cell"
                      data-label={t('absences.column.jobTitle')}
                      className={styles.cell}
                    >
                      {member.jobTitle ?? ''}
                    </td>
                    <td role="cell" data-label={t('absences.column.state')} className={styles.cell}>
                      {liveState.kind === 'failed' ? (
                        // Without live signals, what is registered is still worth showing.
                        absence ? (
                          <span className={styles.absent}>
                            {absence.expectedUntil === 'unknown'
                              ? t('absences.state.absentOpen')
                              : t('absences.state.absentUntil', {
                                  until: untilText(absence, i18n),
                                })}
                          </span>
                        ) : (
                          <span className={styles.muted}>{t('absences.state.noAbsence')}</span>
                        )
                      ) : null}
                      <MemberState
                        state={liveState}
                        reasonText={
                          decidingAbsence !== undefined
                            ? kindText(decidingAbsence.kind, t)
                            : // Absent by another signal: say which ("buiten werktijd" in the evening).
                              liveState.kind === 'known' &&
                                liveState.availability.state === 'absent'
                              ? t(`availability.reason.${liveState.availability.reason}`)
                              : null
                        }
                        now={now}
                      />
                    </td>
                    <td role="cell" className={styles.cell}>
                      <Button
                        size="small"
                        aria-label={t('absences.action.register.label', {
                          name: member.displayName,
                        })}
                        onClick={() => openForm(newDraft(member.id, source.now()), null)}
                      >
                        {t('absences.action.register')}
                      </Button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
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
            absenceRows(list, phase)
          )}
        </section>
      ))}
    </div>
  );
}
