// The directory as cached on the device: people ready for search, teams, and where the next delta starts.
import type { PersonSummary } from '../../domain/people';

export type TeamSummary = {
  /** The team's item id in the teams list: the key of its own reasons list (absent in caches from before it). */
  id?: string;
  name: string;
  department: string | null;
  leaderId: string | null;
  generalMailbox: string | null;
  topics: string[];
  memberIds: string[];
};

/**
 * What the directory holds per person beyond the summary, so that a delta (which names only changed people) can be
 * applied and teams recomputed. Our own shape, not Graph's.
 */
export type DirectoryEntry = {
  id: string;
  userPrincipalName: string | null;
  displayName: string;
  givenName: string | null;
  surname: string | null;
  jobTitle: string | null;
  department: string | null;
  mail: string | null;
  businessPhones: string[];
  mobilePhone: string | null;
  managerId: string | null;
};

export type DirectorySnapshot = {
  people: PersonSummary[];
  teams: TeamSummary[];
  /** Where the next incremental sync starts; null: do a full sync. */
  deltaLink: string | null;
  /** ISO instant of the last successful sync. */
  syncedAt: string;
  /** The raw directory behind `people`; without it the next sync is a full one. */
  entries?: DirectoryEntry[];
  /**
   * The leaders whose direct reports set `managerId` (a first load reads only those); absent: every entry's manager
   * is known (a cache from a full delta round).
   */
  managersLoaded?: string[];
};
