// What the team leader's screen needs from outside, as one seam: the Graph implementation below in production, a fake
// in component tests.
import type { Client } from '@microsoft/microsoft-graph-client';
import { createContext, useContext, useMemo } from 'react';
import type { AppConfig } from '../../../config/app-config';
import type { AbsenceRegistration } from '../../../domain/absences';
import type { PersonSummary } from '../../../domain/people';
import type { Availability, Substitute } from '../../../domain/availability';
import { availabilityAt } from '../../../domain/availability';
import { instantFromEpochMs } from '../../../domain/time';
import type { AbsenceSaveResult, NewAbsence, StoredAbsence } from '../../../graph/absences';
import {
  createAbsence,
  directReportIds,
  endAbsence,
  listTeamAbsences,
  updateAbsence,
} from '../../../graph/absences';
import { fetchAvailabilitySignals } from '../../../graph/availability';
import { reassignOpenCallbacks } from '../../../graph/callbacks';
import type { PersonRef } from '../../../graph/availability';
import { useGraphClient } from '../../../graph/client';
import { siteLocatorFrom } from '../../../graph/lists';
import type { DirectoryCache, DirectorySnapshot } from '../../../graph/people';
import { directoryCacheFor, refreshedDirectory } from '../../../graph/people';
import { notifyFrontOffice, notifyReassignedCallback } from '../../../notifications';
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
  listAbsences: (personIds: string[]) => Promise<StoredAbsence[]>;
  create: (input: NewAbsence) => Promise<StoredAbsence>;
  update: (current: StoredAbsence, registration: AbsenceRegistration) => Promise<AbsenceSaveResult>;
  end: (current: StoredAbsence, at: Date) => Promise<AbsenceSaveResult>;
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

/** @example createGraphAbsencesDataSource(client, config, createMemoryDirectoryCache()) */
export function createGraphAbsencesDataSource(
  client: Client,
  config: AppConfig,
  cache: DirectoryCache,
): AbsencesDataSource {
  const site = siteLocatorFrom(config.sharePointSite);
  return {
    // Incremental from the cache shared with the agent screen: usually one small delta request.
    loadDirectory: () => refreshedDirectory(client, site, cache),
    directReportIds: () => directReportIds(client),
    listAbsences: (personIds) => listTeamAbsences(client, site, personIds, { now: new Date() }),
    create: (input) => createAbsence(client, site, input),
    update: (current, registration) => updateAbsence(client, site, current, registration),
    end: (current, at) => endAbsence(client, site, current, at),
    notifyFrontOffice: (notice) =>
      notifyFrontOffice(client, config.organisation.frontOfficeMailbox, notice),
    teamAvailability: async (people, at) => {
      const result = await fetchAvailabilitySignals(client, site, people, at);
      const instant = instantFromEpochMs(at.getTime());
      return new Map(
        [...result.signals].map(([id, signals]) => [id, availabilityAt(signals, instant)]),
      );
    },
    availabilityOf: async (person, at) => {
      const result = await fetchAvailabilitySignals(client, site, [person], at);
      const signals = result.signals.get(person.id);
      return signals ? availabilityAt(signals, instantFromEpochMs(at.getTime())) : null;
    },
    reassignOpenCallbacks: async (fromPersonId, to, team, notice) => {
      const result = await reassignOpenCallbacks(
        client,
        site,
        fromPersonId,
        {
          personId: to.kind === 'person' ? to.personId : null,
          team,
          teamMailbox: to.kind === 'teamMailbox' ? to.mailbox : null,
        },
        (request) =>
          notifyReassignedCallback(client, request, {
            channel: config.organisation.notifications,
            teamsAppId: config.teamsAppId,
            teamsCatalogAppId: config.teamsCatalogAppId,
            linkUrl: myCallbacksUrl(config),
            byName: notice.byName,
            assigneeMail:
              to.kind === 'person' ? (notice.personOf(to.personId)?.mail ?? null) : null,
            madeByNameOf: (id) => notice.personOf(id)?.displayName ?? '—',
          }),
      );
      return { handedOver: result.reassigned.length, notNotified: result.notNotified.length };
    },
    now: () => new Date(),
  };
}

/** Where an assignee opens "Mijn terugbelverzoeken" in a browser (the e-mail's link). */
function myCallbacksUrl(config: AppConfig): string {
  const base = config.appBaseUrl ?? window.location.origin + window.location.pathname;
  return `${base.replace(/#.*$/, '')}#/mijn-terugbelverzoeken`;
}

/** The Graph data source for the signed-in user's client, stable across renders. */
export function useGraphAbsencesDataSource(config: AppConfig): AbsencesDataSource {
  const client = useGraphClient();
  return useMemo(
    () => createGraphAbsencesDataSource(client, config, directoryCacheFor(config)),
    [client, config],
  );
}
