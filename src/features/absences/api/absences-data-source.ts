// What the team leader's screen needs from outside, as one seam: Microsoft Graph in production
// (graph-absences-data-source.ts), a fake in component tests (../testing). The screen reads through the query
// files beside this one, never through the seam directly, so the cache decides when Graph is asked again.
import { createContext, useContext } from 'react';
import type { AbsenceRegistration } from '../../../domain/absences';
import type { Availability, Substitute } from '../../../domain/availability';
import type { PersonSummary } from '../../../domain/people';
import type {
  AbsenceSaveResult,
  NewAbsence,
  ReasonsAccess,
  StoredAbsence,
} from '../../../graph/absences';
import type { PersonRef } from '../../../graph/availability';
import type { DirectorySnapshot } from '../../../graph/people';
import type { FrontOfficeNotice } from '../../../notifications';

/** Who hands over (the leader) and the directory, for the substitute's notifications. */
export type HandOverNotice = {
  byName: string;
  personOf: (personId: string) => PersonSummary | undefined;
};

export type HandOverResult = { handedOver: number; notNotified: number };

export type AbsencesDataSource = {
  /** The directory (people and teams), from the device cache when there is one, else synced. */
  loadDirectory: () => Promise<DirectorySnapshot>;
  /** The signed-in user's direct reports. */
  directReportIds: () => Promise<string[]>;
  /** The people's absences, with the reasons of those in the teams of `reasons` (the teams the user leads). */
  listAbsences: (personIds: string[], reasons: ReasonsAccess) => Promise<StoredAbsence[]>;
  create: (input: NewAbsence) => Promise<StoredAbsence>;
  update: (
    current: StoredAbsence,
    registration: AbsenceRegistration,
    reasons: ReasonsAccess,
  ) => Promise<AbsenceSaveResult>;
  end: (current: StoredAbsence, at: Date, reasons: ReasonsAccess) => Promise<AbsenceSaveResult>;
  /** Informs the front office of a new absence; 'notConfigured' when no mailbox is configured. */
  notifyFrontOffice: (notice: FrontOfficeNotice) => Promise<'sent' | 'notConfigured'>;
  /**
   * The live state of every member at a moment, from one batched request for the whole team (registered absences,
   * calendars, presence, automatic replies). Throws when nothing at all could be read.
   */
  teamAvailability: (people: readonly PersonRef[], at: Date) => Promise<Map<string, Availability>>;
  /** A colleague's availability at a moment (to warn when a substitute is away then); null when unknown. */
  availabilityOf: (person: PersonRef, at: Date) => Promise<Availability | null>;
  /**
   * Hands all open callback requests of a person to the callback substitute (a colleague or the team mailbox) in
   * one action, and notifies the substitute of each like a new request; null where it is not offered. Resolves
   * to how many were handed over and of how many the substitute could not be notified.
   */
  reassignOpenCallbacks:
    | ((
        fromPersonId: string,
        to: Substitute,
        team: string | null,
        notice: HandOverNotice,
      ) => Promise<HandOverResult>)
    | null;
  /**
   * Deletes the reasons (health data) of absences that ended longer ago than the retention period, in the lists of
   * the teams the user leads; resolves to how many were deleted.
   */
  deleteExpiredReasons: (
    reasons: ReasonsAccess,
    shown: readonly StoredAbsence[],
  ) => Promise<number>;
  now: () => Date;
};

const AbsencesDataSourceContext = createContext<AbsencesDataSource | null>(null);

/** Provides the data source to the screen. */
export const AbsencesDataSourceProvider = AbsencesDataSourceContext.Provider;

export function useAbsencesDataSource(): AbsencesDataSource {
  const source = useContext(AbsencesDataSourceContext);
  if (source === null)
    throw new Error('useAbsencesDataSource() needs an <AbsencesDataSourceProvider> above it');
  return source;
}
