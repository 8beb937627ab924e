// What "Mijn bereikbaarheid" needs from outside, as one seam: Graph in production, a fake in component tests.
// The writes use a client of their own that asks its write scope only when called (incremental consent).
import type { Client } from '@microsoft/microsoft-graph-client';
import { createContext, useContext, useMemo } from 'react';
import type { AppConfig } from '../../../config/app-config';
import type { AvailabilitySignals } from '../../../domain/availability';
import type { CallbackRequest } from '../../../domain/callbacks';
import type { AutomaticRepliesDraft, OrganizationSharing } from '../../../domain/my-availability';
import type { LocalDate } from '../../../domain/time';
import { parseLocalDate } from '../../../domain/time';
import type { WorkingDayCalendar } from '../../../domain/working-days';
import { fetchAvailabilitySignals } from '../../../graph/availability';
import { listOpenCallbacksFor } from '../../../graph/callbacks';
import { createGraphClient, useGraphClient } from '../../../graph/client';
import { siteLocatorFrom } from '../../../graph/lists';
import type { OwnCalendarSharing } from '../../../graph/my-settings';
import {
  automaticRepliesWriteScopes,
  calendarSharingWriteScopes,
  readOwnAddress,
  readOwnCalendarSharing,
  setOwnCalendarSharing,
  updateOwnAutomaticReplies,
} from '../../../graph/my-settings';

/** Asks a token for these scopes, prompting for consent when the user has not given it yet (the session's). */
export type RequestToken = (scopes: string[]) => Promise<string>;

export type MyAvailabilityDataSource = {
  /** The signed-in user's id. */
  personId: string;
  now: () => Date;
  workingDayCalendar: WorkingDayCalendar;
  /** The user's own signals, as the owner reads them (own calendar in full); null when none could be read. */
  readOwnSignals: () => Promise<AvailabilitySignals | null>;
  readSharing: () => Promise<OwnCalendarSharing>;
  /** Asks Calendars.ReadWrite first (the consent prompt when not given yet). */
  setSharing: (
    permissionId: string,
    sharing: Exclude<OrganizationSharing, 'other'>,
  ) => Promise<OwnCalendarSharing>;
  /** Asks MailboxSettings.ReadWrite first. */
  saveAutomaticReplies: (draft: AutomaticRepliesDraft) => Promise<void>;
  readOpenCallbacks: () => Promise<CallbackRequest[]>;
};

const Context = createContext<MyAvailabilityDataSource | null>(null);

export const MyAvailabilityDataSourceProvider = Context.Provider;

export function useMyAvailabilityDataSource(): MyAvailabilityDataSource {
  const source = useContext(Context);
  if (source === null)
    throw new Error('useMyAvailabilityDataSource() needs a <MyAvailabilityDataSourceProvider>');
  return source;
}

const localDates = (dates: readonly string[]): LocalDate[] =>
  dates.map(parseLocalDate).filter((date): date is LocalDate => date !== null);

/** @example createGraphMyAvailabilityDataSource(client, config, 'u-pieter', session.getAccessToken) */
export function createGraphMyAvailabilityDataSource(
  client: Client,
  config: AppConfig,
  personId: string,
  requestToken: RequestToken,
): MyAvailabilityDataSource {
  const site = siteLocatorFrom(config.sharePointSite);
  const writeClient = (scopes: readonly string[]) =>
    createGraphClient({
      authProvider: { getAccessToken: () => requestToken([...scopes]) },
      graphBaseUrl: config.graphBaseUrl,
    });
  let address: Promise<string> | undefined;
  return {
    personId,
    now: () => new Date(),
    workingDayCalendar: {
      extraClosingDays: localDates(config.organisation.extraClosingDays),
      openOnStatutoryDays: localDates(config.organisation.openOnStatutoryDays),
    },
    readOwnSignals: async () => {
      address ??= readOwnAddress(client).catch((error: unknown) => {
        address = undefined;
        throw error;
      });
      const mail = await address;
      const result = await fetchAvailabilitySignals(
        client,
        site,
        [{ id: personId, mail }],
        new Date(),
      );
      return result.failedPersonIds.includes(personId)
        ? null
        : (result.signals.get(personId) ?? null);
    },
    readSharing: () => readOwnCalendarSharing(client),
    setSharing: async (permissionId, sharing) => {
      // The token first: a refused consent stops here, before anything is sent.
      await requestToken([...calendarSharingWriteScopes]);
      return setOwnCalendarSharing(writeClient(calendarSharingWriteScopes), permissionId, sharing);
    },
    saveAutomaticReplies: async (draft) => {
      await requestToken([...automaticRepliesWriteScopes]);
      await updateOwnAutomaticReplies(writeClient(automaticRepliesWriteScopes), draft);
    },
    readOpenCallbacks: async () =>
      (await listOpenCallbacksFor(client, site, personId)).map((stored) => stored.request),
  };
}

/** The Graph data source for the signed-in user, stable across renders. */
export function useGraphMyAvailabilityDataSource(
  config: AppConfig,
  personId: string,
  requestToken: RequestToken,
): MyAvailabilityDataSource {
  const client = useGraphClient();
  return useMemo(
    () => createGraphMyAvailabilityDataSource(client, config, personId, requestToken),
    [client, config, personId, requestToken],
  );
}
