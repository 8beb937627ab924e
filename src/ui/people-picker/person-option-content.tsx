// What one person looks like in a list of people: the name, then what tells them apart (job, team, and for
// namesakes the department or e-mail). Shared by the people picker and the agent's search results.
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { PersonSummary } from '../../domain/people';

const usePersonOptionStyles = makeStyles({
  name: { fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/**
 * The line under a person's name: job title, team and what tells namesakes apart, joined with " · ".
 * @example personMetaText({ jobTitle: 'Consulent WMO', team: 'WMO' }, 'femke@lindeburg.example')
 * // 'Consulent WMO · WMO · femke@lindeburg.example'
 */
export function personMetaText(
  person: Pick<PersonSummary, 'jobTitle' | 'team'>,
  namesake: string | null | undefined,
): string {
  return [person.jobTitle, person.team, namesake ?? null]
    .filter((part): part is string => part !== null && part !== '')
    .join(' · ');
}

/** Props of {@link PersonOptionContent}. */
export type PersonOptionContentProps = {
  person: PersonSummary;
  /** What tells this person apart from a namesake in the same list (see `namesakeDetails`). */
  namesake?: string | null | undefined;
  /** Shown between the name and the meta line (the agent's search shows the live state there). */
  children?: ReactNode;
};

/** The name and meta line of one person in a list; see the module comment. */
export function PersonOptionContent({ person, namesake, children }: PersonOptionContentProps) {
  const styles = usePersonOptionStyles();
  return (
    <>
      <span className={styles.name}>{person.displayName}</span>
      {children}
      <span className={styles.meta}>{personMetaText(person, namesake)}</span>
    </>
  );
}
