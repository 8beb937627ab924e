// The absences seam on Microsoft Graph (or the demo tenant): each member calls one function of the graph layer.
import type { Client } from '@microsoft/microsoft-graph-client';
import { useMemo } from 'react';
import type { AppConfig } from '../../../config/app-config';
import { availabilityAt } from '../../../domain/availability';
import { instantFromEpochMs } from '../../../domain/time';
import {
  createAbsence,
  deleteExpiredReasons,
  directReportIds,
  endAbsence,
  listTeamAbsences,
  updateAbsence,
} from '../../../graph/absences';
import { fetchAvailabilitySignals } from '../../../graph/availability';
import { reassignOpenCallbacks } from '../../../graph/callbacks';
import { useGraphClient } from '../../../graph/client';
import { siteLocatorFrom } from '../../../graph/lists';
import type { DirectoryCache } from '../../../graph/people';
import { directoryCacheFor, refreshedDirectory } from '../../../graph/people';
import { notifyFrontOffice, notifyReassignedCallback } from '../../../notifications';
import type { AbsencesDataSource } from './absences-data-source';

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
    listAbsences: (personIds, reasons) =>
      listTeamAbsences(client, site, personIds, { now: new Date(), reasons }),
    create: (input) => createAbsence(client, site, input),
    update: (current, registration, reasons) =>
      updateAbsence(client, site, current, registration, reasons),
    end: (current, at, reasons) => endAbsence(client, site, current, at, reasons),
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
    deleteExpiredReasons: (reasons, shown) =>
      deleteExpiredReasons(
        client,
        site,
        reasons,
        shown,
        new Date(),
        config.organisation.absenceReasonRetentionDays,
      ),
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
