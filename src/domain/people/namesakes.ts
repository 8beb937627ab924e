// Namesakes in one result list ("Sara de Boer · Medewerker afvalbeheer" twice): what tells them apart.
import type { PersonSummary } from './person-summary';
import { foldText } from './search-text';

const lineOf = (person: PersonSummary): string =>
  `${foldText(person.displayName)}\u0000${person.jobTitle ?? ''}\u0000${person.team ?? ''}`;

/**
 * For each person whose name, job title and team a result list shows exactly like another's, the one detail that
 * differs: the department when the namesakes' departments differ, else the e-mail address. People without a
 * namesake get nothing, so the list stays short.
 * @example namesakeDetails([sara1, sara2]).get(sara2.id) // 'sara.deboer2@lindeburg.example'
 */
export function namesakeDetails(people: readonly PersonSummary[]): Map<string, string> {
  const groups = new Map<string, PersonSummary[]>();
  for (const person of people) {
    const line = lineOf(person);
    groups.set(line, [...(groups.get(line) ?? []), person]);
  }
  const details = new Map<string, string>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const departments = new Set(group.map((person) => person.department ?? ''));
    const byDepartment = departments.size === group.length;
    for (const person of group) {
      const detail = byDepartment ? person.department : (person.mail ?? person.department);
      if (detail !== null && detail !== '') details.set(person.id, detail);
    }
  }
  return details;
}
