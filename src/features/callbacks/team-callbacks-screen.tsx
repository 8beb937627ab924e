// "Terugbelverzoeken van mijn team": every request of the team (open, due soon, overdue, done), to
// reassign or close on someone's behalf. Opening it also runs retention for the whole list.
import { Field, Select, Spinner, Tab, TabList } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { isDueSoon, isOverdue } from '../../domain/callbacks';
import { instantFromEpochMs } from '../../domain/time';
import type { StoredCallback } from '../../graph/callbacks';
import { useI18n } from '../../i18n';
import { CLOSED_SHOWN_DAYS, useCallbacksDataSource } from './api/callbacks-data-source';
import { useCallbacksDirectory } from './api/use-callbacks-directory';
import { CallbackList } from './components/callback-list';
import { useCallbackCardStyles } from './components/callback-card.styles';
import { Notice } from '../../ui';

type TeamTab = 'open' | 'dueSoon' | 'overdue' | 'done';
const tabs: readonly TeamTab[] = ['open', 'dueSoon', 'overdue', 'done'];

/** Props of {@link TeamCallbacksScreen}. */
export type TeamCallbacksScreenProps = {
  /** 'all': the coordinator may pick any team; 'led': the teams the user leads. */
  teams: 'all' | 'led';
};

/** The team leader's (and coordinator's) view of a team's callback requests. */
export function TeamCallbacksScreen({ teams }: TeamCallbacksScreenProps) {
  const styles = useCallbackCardStyles();
  const { t } = useI18n();
  const source = useCallbacksDataSource();
  const directory = useCallbacksDirectory();
  const choices =
    teams === 'all'
      ? directory.teams
      : directory.teams.filter((team) => team.leaderId === source.me.id);
  const [chosen, setChosen] = useState<string | null>(null);
  const team = chosen ?? choices[0]?.name ?? null;
  const [tab, setTab] = useState<TeamTab>('open');
  // What was loaded for which team; another team's result counts as not loaded yet.
  const [loaded, setLoaded] = useState<{
    team: string;
    callbacks: readonly StoredCallback[] | 'failed';
  } | null>(null);

  // Retention runs when a leader or coordinator opens this page: closed requests past the period lose
  // their personal data (for the whole list; see docs/privacy.md).
  useEffect(() => {
    void source.redactExpired().catch(() => undefined);
  }, [source]);

  useEffect(() => {
    if (team === null) return;
    let current = true;
    source.listTeam(team).then(
      (callbacks) => {
        if (current) setLoaded({ team, callbacks });
      },
      () => {
        if (current) setLoaded({ team, callbacks: 'failed' });
      },
    );
    return () => {
      current = false;
    };
  }, [source, team]);
  const forTeam = loaded !== null && loaded.team === team ? loaded.callbacks : null;
  const failed = forTeam === 'failed';
  const callbacks = forTeam === 'failed' ? null : forTeam;

  const now = instantFromEpochMs(source.now().getTime());
  const belongsTo = (which: TeamTab, callback: StoredCallback): boolean => {
    const request = callback.request;
    switch (which) {
      case 'open':
        return request.status === 'open';
      case 'overdue':
        return isOverdue(request, now);
      case 'dueSoon':
        // Due today or on the next working day (the domain's rule).
        return isDueSoon(request, now, source.calendar);
      default:
        return request.status !== 'open';
    }
  };
  const inTab = (callback: StoredCallback) => belongsTo(tab, callback);
  const count = (which: TeamTab) =>
    (callbacks ?? []).filter((callback) => belongsTo(which, callback)).length;
  const onChanged = (changed: StoredCallback) =>
    setLoaded((previous) =>
      previous === null || previous.callbacks === 'failed'
        ? previous
        : {
            ...previous,
            callbacks: previous.callbacks.map((known) =>
              known.itemId === changed.itemId ? changed : known,
            ),
          },
    );

  return (
    <div className={styles.page}>
      <h1>{t('callbacks.team.title')}</h1>
      {directory.status === 'loading' ? <Spinner label={t('callbacks.directoryLoading')} /> : null}
      {directory.status === 'ready' && choices.length === 0 ? (
        <p>{t('callbacks.team.noTeam')}</p>
      ) : null}
      {choices.length > 1 ? (
        <Field label={t('callbacks.team.choose')}>
          <Select value={team ?? ''} onChange={(_event, data) => setChosen(data.value)}>
            {choices.map((choice) => (
              <option key={choice.name} value={choice.name}>
                {choice.name}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      {team !== null ? <h2>{team}</h2> : null}
      {failed ? <Notice intent="error">{t('callbacks.loadFailed')}</Notice> : null}
      {team !== null && callbacks === null && !failed ? (
        <Spinner label={t('callbacks.loading')} />
      ) : null}
      {callbacks !== null ? (
        <>
          <TabList
            selectedValue={tab}
            onTabSelect={(_event, data) =>
              setTab(tabs.find((value) => value === data.value) ?? 'open')
            }
          >
            {tabs.map((value) => (
              <Tab key={value} value={value}>
                {t(`callbacks.team.tab.${value}`, { count: count(value), days: CLOSED_SHOWN_DAYS })}
              </Tab>
            ))}
          </TabList>
          <div
            role="tabpanel"
            aria-label={t(`callbacks.team.tab.${tab}`, {
              count: count(tab),
              days: CLOSED_SHOWN_DAYS,
            })}
          >
            <CallbackList
              callbacks={callbacks.filter(inTab)}
              directory={directory}
              mode="team"
              onChanged={onChanged}
              emptyText={t('callbacks.team.empty')}
            />
          </div>
        </>
      ) : null}
    </div>
  );
}
