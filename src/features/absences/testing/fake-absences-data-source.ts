// A hand-written stand-in for the absences seam in component tests: it records every write and answers reads
// from the absences it holds, with the real availability rules, so saving or ending one shows on screen.
import type { AbsenceRegistration } from '../../../domain/absences';
import type {
  Availability,
  AvailabilitySignals,
  RegisteredAbsence,
  WorkingHours,
} from '../../../domain/availability';
import { availabilityAt } from '../../../domain/availability';
import type { PersonSummary } from '../../../domain/people';
import { instantFromIso } from '../../../domain/time';
import type { Instant } from '../../../domain/time';
import type { AbsenceSaveResult, NewAbsence, StoredAbsence } from '../../../graph/absences';
import { GraphRequestError } from '../../../graph/client';
import type { DirectorySnapshot, TeamSummary } from '../../../graph/people';
import type { AbsencesDataSource } from '../api/absences-data-source';

export const at = (iso: string): Instant => {
  const instant = instantFromIso(iso);
  if (instant === null) throw new Error(iso);
  return instant;
};
/** Monday 30 March 2026, 10:00 in Amsterdam (summer time). */
export const clock = new Date(at('2026-03-30T10:00:00+02:00'));

export function person(id: string, displayName: string): PersonSummary {
  return {
    id,
    displayName,
    givenName: displayName.split(' ')[0] ?? null,
    surname: null,
    jobTitle: 'Medewerker Burgerzaken',
    department: 'Publiekszaken',
    team: 'Burgerzaken',
    mail: `${id}@lindeburg.example`,
    phones: [],
    topics: ['paspoort'],
  };
}
const officeHours: WorkingHours = {
  daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
  startTime: '08:00',
  endTime: '17:00',
  timeZone: 'Europe/Amsterdam',
};
export const mohamed = person('p-mohamed', 'Mohamed el Amrani');
export const pieter = person('p-pieter', 'Pieter van der Berg');
export const anna = person('p-anna', 'Anna Jansen');
export const karin = person('p-karin', 'Karin de Vries');
const team: TeamSummary = {
  id: '1',
  name: 'Burgerzaken',
  department: 'Publiekszaken',
  leaderId: mohamed.id,
  generalMailbox: 'burgerzaken@lindeburg.example',
  topics: ['paspoort'],
  memberIds: [mohamed.id, pieter.id, anna.id, karin.id],
};
export const snapshot: DirectorySnapshot = {
  people: [mohamed, pieter, anna, karin],
  teams: [team],
  deltaLink: null,
  syncedAt: clock.toISOString(),
};

export function stored(partial: Partial<StoredAbsence> = {}): StoredAbsence {
  return {
    id: '7',
    personId: pieter.id,
    personName: pieter.displayName,
    from: at('2026-03-27T09:00:00+01:00'),
    expectedUntil: 'unknown',
    endedAt: null,
    kind: 'sick',
    substituteForCalls: { kind: 'person', personId: anna.id },
    substituteForCallbacks: { kind: 'person', personId: anna.id },
    noteForFrontOffice: null,
    registeredById: mohamed.id,
    eTag: '"a,1"',
    reason: { teamId: 'team', itemId: '7', eTag: '"r,1"', kind: 'sick' },
    ...partial,
  };
}

export type Fake = AbsencesDataSource & {
  /** Each run of the reasons' retention: the teams whose lists were asked, and how many absences were shown. */
  retentionRuns: { teamIds: string[]; shown: number }[];
  /** The people of each live-state request (one request per refresh, for the whole team). */
  liveRequests: string[][];
  created: NewAbsence[];
  updates: { base: StoredAbsence; registration: AbsenceRegistration }[];
  ended: StoredAbsence[];
  notices: unknown[];
};

export function fakeSource(options: {
  absences?: StoredAbsence[];
  update?: (base: StoredAbsence, registration: AbsenceRegistration) => AbsenceSaveResult;
  availability?: (personId: string) => Availability | null;
  /** Calendars and presence per member for the live state (default: office hours, an empty calendar). */
  liveSignals?: Record<string, Partial<AvailabilitySignals>>;
  liveFails?: 'fails';
}): Fake {
  let absences = options.absences ?? [];
  // The live state follows the real rules over the stored absences, so saving or ending one shows.
  const registered = (): RegisteredAbsence[] =>
    absences.map((stored) => ({
      id: stored.id,
      personId: stored.personId,
      from: stored.from,
      expectedUntil: stored.expectedUntil,
      ...(stored.endedAt === null ? {} : { endedAt: stored.endedAt }),
    }));
  const fake: Fake = {
    liveRequests: [],
    teamAvailability: (people, when) => {
      fake.liveRequests.push(people.map((ref) => ref.id));
      if (options.liveFails === 'fails')
        return Promise.reject(new GraphRequestError(503, 'serviceUnavailable', 'Down', null, 0));
      return Promise.resolve(
        new Map(
          people.map((ref) => [
            ref.id,
            availabilityAt(
              {
                personId: ref.id,
                calendar: { access: 'details', items: [] },
                workingHours: officeHours,
                presence: null,
                automaticReplies: null,
                registeredAbsences: registered(),
                ...options.liveSignals?.[ref.id],
              },
              at(when.toISOString()),
            ),
          ]),
        ),
      );
    },
    created: [],
    updates: [],
    ended: [],
    notices: [],
    retentionRuns: [],
    loadDirectory: () => Promise.resolve(snapshot),
    directReportIds: () => Promise.resolve([pieter.id, anna.id, karin.id]),
    listAbsences: (ids) =>
      Promise.resolve(absences.filter((absence) => ids.includes(absence.personId))),
    create: (input) => {
      fake.created.push(input);
      const absence = stored({
        id: String(100 + fake.created.length),
        ...input.registration,
        endedAt: null,
        registeredById: input.registeredById,
      });
      absences = [...absences, absence];
      return Promise.resolve(absence);
    },
    update: (base, registration) => {
      fake.updates.push({ base, registration });
      const result = options.update?.(base, registration) ?? {
        kind: 'saved',
        absence: { ...base, ...registration },
      };
      return Promise.resolve(result);
    },
    end: (current, when) => {
      fake.ended.push(current);
      const absence = { ...current, endedAt: at(when.toISOString()) };
      absences = absences.map((candidate) => (candidate.id === current.id ? absence : candidate));
      return Promise.resolve({ kind: 'saved', absence });
    },
    notifyFrontOffice: (notice) => {
      fake.notices.push(notice);
      return Promise.resolve('sent');
    },
    availabilityOf: (ref) => Promise.resolve(options.availability?.(ref.id) ?? null),
    reassignOpenCallbacks: null,
    deleteExpiredReasons: (reasons, shown) => {
      fake.retentionRuns.push({ teamIds: reasons.map((team) => team.teamId), shown: shown.length });
      return Promise.resolve(0);
    },
    now: () => clock,
  };
  return fake;
}
