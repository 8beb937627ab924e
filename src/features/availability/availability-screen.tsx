// The front office's main screen: find a colleague in a keystroke or two and see at once whether to
// put the call through (state, until when, why, substitute, phone numbers), or open a whole team.
import { Spinner } from '@fluentui/react-components';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PersonSummary } from '../../domain/people';
import { errorMessage, useI18n } from '../../i18n';
import { useAvailabilityDataSource } from './api/availability-data-source';
import { useAvailabilitySignals } from './api/get-availability-signals';
import { useDirectory } from './api/get-directory';
import { useAvailabilityScreenStyles } from './availability-screen.styles';
import { CardRegion } from './components/card-region';
import { PersonSearch } from './components/person-search';
import { OutcomeButtons, OutcomeNotice, SelfAnsweredButton } from './components/outcome-buttons';
import { RefreshStatus } from './components/refresh-status';
import { statusesAt } from './person-status';
import type { PersonStatus } from './person-status';
import { searchOptions } from './search-options';
import type { SearchOption } from './search-options';
import { useHashSelection } from './use-hash-selection';
import type { OutcomeRecorder, OutcomeTarget } from './outcome-recorder';
import { useOutcomes } from './use-outcomes';

// Enter re-renders only what changes: not the refresh line or the outcome notice (issue 17: one frame).
const MemoRefreshStatus = memo(RefreshStatus);
const MemoOutcomeNotice = memo(OutcomeNotice);
const MemoSelfAnsweredButton = memo(SelfAnsweredButton);

/**
 * How many of the first results open without a request and in one frame (issue 17): their cards' and teams'
 * states come along, and their cards are rendered ahead, hidden.
 */
const preparedResults = 5;

/** Props of {@link AvailabilityScreen}. */
export type AvailabilityScreenProps = {
  /** The route's path (`beschikbaarheid`); the open card or team is kept after it in the address. */
  basePath: string;
  /** How often the states refresh. Default 60 s. */
  refreshIntervalMs?: number;
  /** How soon a failed refresh is retried. Default 15 s. */
  retryAfterFailureMs?: number;
  /** How often "how old is the data" and the states are recomputed. Default 10 s. */
  clockTickMs?: number;
  /** Where call outcomes are recorded; null or absent: no outcome buttons. */
  outcomes?: OutcomeRecorder | null;
};

function useNow(now: () => Date, tickMs: number, bump: unknown): Date {
  const [state, setState] = useState(() => ({ value: now(), bump }));
  useEffect(() => {
    const timer = setInterval(
      () => setState((previous) => ({ ...previous, value: now() })),
      tickMs,
    );
    return () => clearInterval(timer);
  }, [now, tickMs]);
  // New data: recompute at the current time (adjusting state while rendering, as React advises).
  if (state.bump !== bump) {
    const value = now();
    setState({ value, bump });
    return value;
  }
  return state.value;
}

/** The agent screen; needs an AvailabilityDataSourceProvider above it. */
export function AvailabilityScreen({
  basePath,
  refreshIntervalMs,
  retryAfterFailureMs,
  clockTickMs = 10_000,
  outcomes: recorder = null,
}: AvailabilityScreenProps) {
  const styles = useAvailabilityScreenStyles();
  const i18n = useI18n();
  const { t } = i18n;
  const source = useAvailabilityDataSource();
  const directory = useDirectory();
  const [selection, select] = useHashSelection(basePath);
  const [query, setQuery] = useState('');
  const [activeIndex, setActiveIndex] = useState(-1);
  const [announcement, setAnnouncement] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  // In one column (a narrow Teams pane, the Outlook task pane) the card opens below the results: bring it into
  // view. Focus stays in the search box so the agent can type on; the live region announces the card.
  const cardRegionRef = useRef<HTMLDivElement>(null);
  const [cardToReveal, setCardToReveal] = useState(0);
  useEffect(() => {
    const region = cardRegionRef.current;
    if (cardToReveal === 0 || region === null) return;
    // Measured in the frame after the card is painted: measuring now would force the new card's layout before
    // that first paint, and Enter would take longer than a frame.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        const { top } = region.getBoundingClientRect();
        if (top < 0 || top > window.innerHeight * 0.6) region.scrollIntoView({ block: 'start' });
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [cardToReveal]);

  const teams = directory.snapshot?.teams;
  const { options, morePeople } = useMemo(
    () => searchOptions(directory.index, teams ?? [], query),
    [directory.index, teams, query],
  );

  const selectedPerson =
    selection?.kind === 'person' ? directory.peopleById.get(selection.id) : undefined;
  const selectedTeam =
    selection?.kind === 'team' ? directory.teamsByName.get(selection.name) : undefined;
  const teamMembers = useMemo(
    () =>
      (selectedTeam?.memberIds ?? []).flatMap((id) => {
        const person = directory.peopleById.get(id);
        return person === undefined ? [] : [person];
      }),
    [selectedTeam, directory.peopleById],
  );

  // Substitutes are known only once the signals of the people they stand in for are in: kept in state, one step
  // behind. They are those of every person on screen or in a team among the first results (not only the open
  // card's), so that when the agent opens a card or team its substitutes' states are already here: Enter makes
  // no request.
  const [substituteKey, setSubstituteKey] = useState('');
  const substituteIds = useMemo(
    () => (substituteKey === '' ? [] : substituteKey.split('\n')),
    [substituteKey],
  );

  const shown = useMemo(() => {
    const people: PersonSummary[] = [];
    for (const [index, option] of options.entries()) {
      if (option.kind === 'person') people.push(option.person);
      // A team among the first results: its members' states come with the results, so Enter on it is instant.
      else if (index < preparedResults)
        for (const id of option.team.memberIds) {
          const member = directory.peopleById.get(id);
          if (member !== undefined) people.push(member);
        }
    }
    if (selectedPerson !== undefined) people.push(selectedPerson);
    people.push(...teamMembers);
    return people;
  }, [options, selectedPerson, teamMembers, directory.peopleById]);
  const onScreen = useMemo(() => {
    const people = [...shown];
    for (const id of substituteIds) {
      const person = directory.peopleById.get(id);
      if (person !== undefined) people.push(person);
    }
    return people;
  }, [shown, substituteIds, directory.peopleById]);

  const signals = useAvailabilitySignals(onScreen, { refreshIntervalMs, retryAfterFailureMs });
  // New answers (not a smaller set of people taken from one already here) recompute the clock.
  const now = useNow(source.now, clockTickMs, signals.lastUpdatedAt?.getTime() ?? null);

  // Each person's status once per answer and clock tick: the results, the card, its substitutes and the team all
  // ask at every render, and it takes time-zone arithmetic. The same object back also lets a result skip its render.
  // By answer (the same answer is shared by the queries of fewer people), so a new set of people on screen
  // recomputes only the new ones.
  const statusOfEntry = useMemo(
    () => statusesAt(now, source.workingDayCalendar),
    [now, source.workingDayCalendar],
  );
  const statusOf = useCallback(
    (personId: string): PersonStatus => statusOfEntry(signals.entries.get(personId)),
    [signals.entries, statusOfEntry],
  );

  const currentSubstituteKey = useMemo(() => {
    const ids = new Set<string>();
    for (const person of shown) {
      const status = statusOf(person.id);
      const absence = status.kind === 'known' ? status.availability.absence : null;
      for (const substitute of [absence?.substituteForCalls, absence?.substituteForCallbacks])
        if (substitute?.kind === 'person') ids.add(substitute.personId);
    }
    return [...ids].sort().join('\n');
  }, [shown, statusOf]);
  if (currentSubstituteKey !== substituteKey) setSubstituteKey(currentSubstituteKey);

  const outcomeTarget = useMemo((): OutcomeTarget | null => {
    if (selectedPerson !== undefined)
      return {
        kind: 'person',
        personId: selectedPerson.id,
        team: selectedPerson.team,
        name: selectedPerson.displayName,
      };
    if (selectedTeam !== undefined)
      return { kind: 'team', team: selectedTeam.name, name: selectedTeam.name };
    return null;
  }, [selectedPerson, selectedTeam]);
  const outcomes = useOutcomes(recorder, outcomeTarget, source.now);
  // The same function as long as the recorder is (record reads the open card when called): each card's buttons
  // are made once, and a card kept ready needs no render when it opens.
  const outcomesFor = useMemo(
    () =>
      outcomes.enabled
        ? (name: string) => <OutcomeButtons name={name} onRecord={outcomes.record} />
        : null,
    [outcomes.enabled, outcomes.record],
  );
  const prepared = useMemo(() => options.slice(0, preparedResults), [options]);

  const onQueryChange = (next: string) => {
    setQuery(next);
    setActiveIndex(-1);
  };

  const openPerson = useCallback(
    (personId: string) => {
      select({ kind: 'person', id: personId });
      setCardToReveal((count) => count + 1);
      const person = directory.peopleById.get(personId);
      if (person !== undefined) {
        const status = statusOf(personId);
        const state =
          status.kind === 'known'
            ? t(`availability.state.${status.availability.state}`)
            : t('availability.state.loading');
        setAnnouncement(t('availability.card.opened', { name: person.displayName, state }));
      }
    },
    [select, directory.peopleById, statusOf, t],
  );
  const openTeam = useCallback(
    (name: string) => {
      select({ kind: 'team', name });
      setCardToReveal((count) => count + 1);
      setAnnouncement(t('availability.team.title', { name }));
    },
    [select, t],
  );
  const openOption = (option: SearchOption) => {
    if (option.kind === 'team') openTeam(option.team.name);
    else openPerson(option.person.id);
  };

  const openedKey =
    selection === null
      ? null
      : selection.kind === 'team'
        ? `team:${selection.name}`
        : `person:${selection.id}`;

  const placeholderStatus =
    directory.status === 'loading'
      ? t('availability.directory.loading')
      : directory.status === 'failed'
        ? t('availability.directory.failed', {
            message: errorMessage(directory.syncError?.error, t),
          })
        : null;

  return (
    <div className={styles.root}>
      <div className={styles.header}>
        <h1 className={styles.title}>{t('availability.title')}</h1>
        <MemoRefreshStatus
          lastUpdatedAt={signals.lastUpdatedAt}
          failedAt={signals.failedAt}
          now={now}
          onRefresh={signals.refresh}
        />
      </div>
      {directory.status === 'ready' && directory.sync === 'failed' && directory.snapshot ? (
        <p className={styles.notice}>
          {t('availability.directory.syncFailed', {
            time: i18n.formatDateTime(new Date(directory.snapshot.syncedAt)),
          })}
        </p>
      ) : null}
      <div className={styles.columns}>
        <div>
          <PersonSearch
            query={query}
            onQueryChange={onQueryChange}
            options={options}
            morePeople={morePeople}
            activeIndex={activeIndex}
            onActiveIndexChange={setActiveIndex}
            onOpen={openOption}
            openedKey={openedKey}
            statusOf={statusOf}
            now={now}
            inputRef={inputRef}
            placeholderStatus={placeholderStatus}
          />
          {directory.status === 'loading' ? <Spinner size="small" aria-hidden="true" /> : null}
          {outcomes.enabled ? (
            <>
              <MemoOutcomeNotice last={outcomes.last} onUndo={outcomes.undo} />
              <MemoSelfAnsweredButton onRecord={outcomes.record} />
            </>
          ) : null}
        </div>
        <div ref={cardRegionRef} className={styles.cardRegion}>
          <div role="status" className={styles.srOnly}>
            {announcement}
          </div>
          {directory.status !== 'ready' ? null : (
            <CardRegion
              selection={selection}
              prepared={prepared}
              peopleById={directory.peopleById}
              teamsByName={directory.teamsByName}
              statusOf={statusOf}
              now={now}
              onOpenPerson={openPerson}
              onOpenTeam={openTeam}
              outcomesFor={outcomesFor}
              notFound={
                <p className={styles.muted}>
                  {selection?.kind === 'team'
                    ? t('availability.team.notFound', { name: selection.name })
                    : t('availability.card.notFound')}
                </p>
              }
            />
          )}
        </div>
      </div>
    </div>
  );
}
