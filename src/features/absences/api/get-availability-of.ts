// Read: one colleague's availability at a moment, to warn when the chosen substitute is away then.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PersonSummary } from '../../../domain/people';
import type { Instant } from '../../../domain/time';
import type { AbsencesDataSource } from './absences-data-source';
import { useAbsencesDataSource } from './absences-data-source';

type Person = Pick<PersonSummary, 'id' | 'mail'>;

export const availabilityOfKey = (personId: string | null, at: Instant | null) =>
  ['absences', 'availabilityOf', personId, at] as const;

export const availabilityOfOptions = (
  source: AbsencesDataSource,
  person: Person | undefined,
  at: Instant | null,
) =>
  queryOptions({
    queryKey: availabilityOfKey(person?.id ?? null, at),
    queryFn: () =>
      person === undefined || at === null
        ? Promise.resolve(null)
        : source.availabilityOf({ id: person.id, mail: person.mail ?? '' }, new Date(at)),
    enabled: person !== undefined && at !== null,
  });

/** Keyed by person and moment: the answer for an earlier choice or start is never shown for a new one. */
export function useAvailabilityOf(person: Person | undefined, at: Instant | null) {
  return useQuery(availabilityOfOptions(useAbsencesDataSource(), person, at));
}
