// "Terugbelverzoeken van mijn team": every request of the team (open, due soon, overdue, done), to
// reassign or close on someone's behalf. Opening it also runs retention for the whole list.
import { Field, Select, Spinner, Tab, TabList } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { TeamCallbackTab } from '../../domain/callbacks';
import { isInTeamTab, TEAM_CALLBACK_TABS } from '../../domain/callbacks';
import { instantFromEpochMs } from '../../domain/time';
import type { StoredCallback } from '../../graph/callbacks';
import { useI18n } from '../../i18n';
import { CLOSED_SHOWN_DAYS, useCallbacksDataSource } from './api/callbacks-data-source';
import { useCallbacksDirectory } from './api/use-callbacks-directory';
import { useTeamCallbacks } from './api/get-team-callbacks';
import { CallbackList } from './components/callback-list';
import { useCallbackCardStyles } from './components/callback-card.styles';
import { Notice } from '../../ui';

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
  const [tab, setTab] = useState<TeamCallbackTab>('open');
  const loaded = useTeamCallbacks(team);

  // Retention runs when a leader or coordinator opens this page: closed requests past the period lose
  // their personal data (for the whole list; see docs/privacy.md).
  useEffect(() => {
    void source.redactExpired().catch(() => undefined);
  }, [source]);

  const failed = loaded.status === 'failed';
  const callbacks = loaded.callbacks;

  const now = instantFromEpochMs(source.now().getTime());
  const inTab = (callback: StoredCallback) =>
    isInTeamTab(tab, callback.request, now, source.calendar);
  const count = (which: TeamCallbackTab) =>
    (callbacks ?? []).filter((callback) =>
      isInTeamTab(which, callback.request, now, source.calendar),
    ).length;
  const onChanged = (changed: StoredCallback) => loaded.replace(changed);

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
              setTab(TEAM_CALLBACK_TABS.find((value) => value === data.value) ?? 'open')
            }
          >
            {TEAM_CALLBACK_TABS.map((value) => (
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
