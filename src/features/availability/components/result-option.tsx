// One result in the agent's search list. Memoised: Enter, ArrowUp/ArrowDown and a new answer re-render only the
// results whose look changed (highlighted, opened, state), not all 35 with their Fluent parts and time texts, so
// the card is painted in the frame after Enter (issue 17).
import { mergeClasses } from '@fluentui/react-components';
import { PeopleTeamRegular } from '@fluentui/react-icons';
import { memo } from 'react';
import { useI18n } from '../../../i18n';
import { PersonOptionContent } from '../../../ui';
import type { PersonStatus } from '../person-status';
import type { SearchOption } from '../search-options';
import { usePersonSearchStyles } from './person-search.styles';
import { StatusSummary } from './status-summary';

/** Props of {@link ResultOption}. */
export type ResultOptionProps = {
  option: SearchOption;
  index: number;
  id: string;
  highlight: 'active' | 'inactive';
  opened: 'opened' | 'closed';
  /** The person's status (stable while their signals and the clock are the same); null for a team. */
  status: PersonStatus | null;
  now: Date;
  namesake: string | undefined;
  /** Stable for the list's life: called with the result's index when it is clicked. */
  onChoose: (index: number) => void;
};

/** The same result: the same team or person from the directory (a new search makes new option objects). */
function sameOption(a: SearchOption, b: SearchOption): boolean {
  if (a.kind === 'team' || b.kind === 'team')
    return a.kind === 'team' && b.kind === 'team' && a.team === b.team;
  return a.person === b.person;
}

function propsEqual(a: ResultOptionProps, b: ResultOptionProps): boolean {
  return (
    sameOption(a.option, b.option) &&
    a.index === b.index &&
    a.id === b.id &&
    a.highlight === b.highlight &&
    a.opened === b.opened &&
    a.status === b.status &&
    // The clock matters only to a person's "until" text.
    (a.status === null || a.now === b.now) &&
    a.namesake === b.namesake &&
    a.onChoose === b.onChoose
  );
}

function ResultOptionView({
  option,
  index,
  id,
  highlight,
  opened,
  status,
  now,
  namesake,
  onChoose,
}: ResultOptionProps) {
  const styles = usePersonSearchStyles();
  const { t } = useI18n();
  return (
    <li
      id={id}
      role="option"
      aria-selected={highlight === 'active'}
      className={mergeClasses(
        styles.option,
        highlight === 'active' && styles.active,
        opened === 'opened' && styles.opened,
      )}
      // Keep focus in the search box when a result is clicked.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onChoose(index)}
    >
      {option.kind === 'team' ? (
        <>
          <span className={styles.teamName}>
            <PeopleTeamRegular aria-hidden="true" />
            {t('availability.results.teamOption', { name: option.team.name })}
          </span>
          <span className={styles.meta}>
            {[
              option.team.department,
              t('availability.results.teamMembers', { count: option.team.memberIds.length }),
            ]
              .filter((part): part is string => part !== null && part !== '')
              .join(' · ')}
          </span>
        </>
      ) : (
        <PersonOptionContent person={option.person} namesake={namesake}>
          <StatusSummary status={status ?? { kind: 'loading' }} now={now} />
        </PersonOptionContent>
      )}
    </li>
  );
}

/** One result of the search list; see the module comment. */
export const ResultOption = memo(ResultOptionView, propsEqual);
