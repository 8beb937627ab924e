// Beside the search: the open card or team, and the first results' cards and teams rendered ahead of time but
// hidden, so that Enter on one of them only shows what is already there (issue 17: the full card in the first
// frame). React's Activity keeps the hidden ones out of the page (display: none: not in the accessibility tree,
// not in the tab order), runs none of their effects, and renders them at its lowest priority, after what is on
// screen.
import { Activity, memo, startTransition, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { PersonSummary } from '../../../domain/people';
import type { TeamSummary } from '../../../graph/people';
import type { PersonStatus } from '../person-status';
import type { SearchOption } from '../search-options';
import type { Selection } from '../use-hash-selection';
import { PersonCard } from './person-card';
import type { PersonCardProps } from './person-card';
import { TeamView } from './team-view';
import type { TeamViewProps } from './team-view';

/** How long the results must stay the same before their cards are prepared: not at each letter typed. */
export const prepareAfterMs = 150;

/** Props of {@link CardRegion}. */
export type CardRegionProps = {
  selection: Selection;
  /** The results whose cards are prepared hidden (the first few). */
  prepared: readonly SearchOption[];
  peopleById: ReadonlyMap<string, PersonSummary>;
  teamsByName: ReadonlyMap<string, TeamSummary>;
  statusOf: (personId: string) => PersonStatus;
  now: Date;
  onOpenPerson: (personId: string) => void;
  onOpenTeam: (teamName: string) => void;
  /** The outcome buttons for a colleague's card or a team, by its name; null: none. */
  outcomesFor: ((name: string) => ReactNode) | null;
  /** Shown when the selection names no one in the directory. */
  notFound: ReactNode;
};

type Entry =
  { key: string; kind: 'person'; id: string } | { key: string; kind: 'team'; name: string };

const entryOfSelection = (selection: Exclude<Selection, null>): Entry =>
  selection.kind === 'person'
    ? { key: `person:${selection.id}`, kind: 'person', id: selection.id }
    : { key: `team:${selection.name}`, kind: 'team', name: selection.name };

const entryOfOption = (option: SearchOption): Entry =>
  option.kind === 'person'
    ? { key: `person:${option.person.id}`, kind: 'person', id: option.person.id }
    : { key: `team:${option.team.name}`, kind: 'team', name: option.team.name };

/** `entries`, once they have stayed the same (by key) for {@link prepareAfterMs}. */
function useSettled(entries: readonly Entry[]): readonly Entry[] {
  const key = entries.map((entry) => entry.key).join('\n');
  const [settled, setSettled] = useState<{ key: string; entries: readonly Entry[] }>({
    key: '',
    entries: [],
  });
  useEffect(() => {
    if (key === settled.key) return;
    // Interruptible: a letter typed meanwhile comes first.
    const timer = setTimeout(
      () => startTransition(() => setSettled({ key, entries })),
      prepareAfterMs,
    );
    return () => clearTimeout(timer);
  }, [key, entries, settled.key]);
  return settled.entries;
}

/** The open card or team, and the prepared ones (hidden). */
export function CardRegion({
  selection,
  prepared,
  peopleById,
  teamsByName,
  statusOf,
  now,
  onOpenPerson,
  onOpenTeam,
  outcomesFor,
  notFound,
}: CardRegionProps) {
  const preparedEntries = useMemo(() => prepared.map(entryOfOption), [prepared]);
  const settled = useSettled(preparedEntries);
  const open = selection === null ? null : entryOfSelection(selection);
  // In a stable order (the open one is not moved first): Enter then moves nothing in the page.
  const entries =
    open === null || settled.some((entry) => entry.key === open.key) ? settled : [...settled, open];

  const openFound =
    open === null ||
    (open.kind === 'person' ? peopleById.has(open.id) : teamsByName.has(open.name));
  return (
    <>
      {entries.map((entry) => {
        const visible = entry.key === open?.key;
        if (entry.kind === 'person') {
          const person = peopleById.get(entry.id);
          if (person === undefined) return null;
          return (
            <Activity key={entry.key} mode={visible ? 'visible' : 'hidden'}>
              <PreparedPersonCard
                person={person}
                status={statusOf(person.id)}
                now={now}
                peopleById={peopleById}
                statusOf={statusOf}
                onOpenPerson={onOpenPerson}
                onOpenTeam={onOpenTeam}
                outcomesFor={outcomesFor}
              />
            </Activity>
          );
        }
        const team = teamsByName.get(entry.name);
        if (team === undefined) return null;
        return (
          <Activity key={entry.key} mode={visible ? 'visible' : 'hidden'}>
            <PreparedTeamView
              team={team}
              peopleById={peopleById}
              statusOf={statusOf}
              now={now}
              onOpenPerson={onOpenPerson}
              outcomesFor={outcomesFor}
            />
          </Activity>
        );
      })}
      {openFound ? null : notFound}
    </>
  );
}

type PreparedPersonCardProps = Omit<PersonCardProps, 'outcomes'> & {
  outcomesFor: CardRegionProps['outcomesFor'];
};

// Memoised: a card re-renders only when what it shows changed, not when another one opens or a letter is typed.
const PreparedPersonCard = memo(function PreparedPersonCard({
  outcomesFor,
  ...props
}: PreparedPersonCardProps) {
  const name = props.person.displayName;
  const outcomes = useMemo(() => outcomesFor?.(name) ?? null, [outcomesFor, name]);
  return <PersonCard {...props} outcomes={outcomes} />;
});

type PreparedTeamViewProps = Omit<TeamViewProps, 'outcomes' | 'members'> & {
  outcomesFor: CardRegionProps['outcomesFor'];
};

const PreparedTeamView = memo(function PreparedTeamView({
  outcomesFor,
  ...props
}: PreparedTeamViewProps) {
  const { team, peopleById } = props;
  const name = team.name;
  const outcomes = useMemo(() => outcomesFor?.(name) ?? null, [outcomesFor, name]);
  const members = useMemo(
    () =>
      team.memberIds.flatMap((id) => {
        const person = peopleById.get(id);
        return person === undefined ? [] : [person];
      }),
    [team, peopleById],
  );
  return <TeamView {...props} members={members} outcomes={outcomes} />;
});
