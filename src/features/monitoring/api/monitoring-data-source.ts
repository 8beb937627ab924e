// What the monitoring screens need from outside, as one seam: Microsoft Graph in production, a fake in component tests.
import type { Client } from '@microsoft/microsoft-graph-client';
import { createContext, useContext, useMemo } from 'react';
import type { AppConfig } from '../../../config/app-config';
import type { CallbackNorms } from '../../../domain/figures';
import { DEFAULT_CALLBACK_NORMS } from '../../../domain/figures';
import type { LocalDate } from '../../../domain/time';
import type { WorkingDayCalendar } from '../../../domain/working-days';
import { fetchAvailabilitySignals } from '../../../graph/availability';
import type { PersonRef } from '../../../graph/availability';
import { useGraphClient } from '../../../graph/client';
import { siteLocatorFrom } from '../../../graph/lists';
import type {
  ContactsQuery,
  ContactsRead,
  OpenAbsence,
  PeriodQuery,
  PeriodRead,
} from '../../../graph/monitoring';
import {
  readCallbacksForPeriod,
  readContactsForPeriod,
  readOpenAbsences,
} from '../../../graph/monitoring';
import type { DirectoryCache, DirectorySnapshot } from '../../../graph/people';
import { directoryCacheFor, refreshedDirectory } from '../../../graph/people';

export type MonitoringDataSource = {
  /** People and teams (names for ids, who is in which team, who leads it). */
  loadDirectory: () => Promise<DirectorySnapshot>;
  /** The callback requests that can have been made in a period, for one team or all. */
  readCallbacks: (query: PeriodQuery) => Promise<PeriodRead>;
  /** The contacts (call outcomes) recorded in a period, for one team or all. */
  readContacts: (query: ContactsQuery) => Promise<ContactsRead>;
  /** Absences nobody has ended yet. */
  readOpenAbsences: () => Promise<OpenAbsence[]>;
  /** The ids of the people whose calendar gives free/busy only. */
  calendarNotShared: (people: PersonRef[]) => Promise<string[]>;
  calendar: WorkingDayCalendar;
  norms: CallbackNorms;
  now: () => Date;
};

const MonitoringDataSourceContext = createContext<MonitoringDataSource | null>(null);

/** Provides the data source to the screens. */
export const MonitoringDataSourceProvider = MonitoringDataSourceContext.Provider;

export function useMonitoringDataSource(): MonitoringDataSource {
  const source = useContext(MonitoringDataSourceContext);
  if (source === null)
    throw new Error('useMonitoringDataSource() needs a <MonitoringDataSourceProvider> above it');
  return source;
}

/** The organisation's working-day calendar from the configuration. */
export function calendarFrom(config: AppConfig): WorkingDayCalendar {
  return {
    extraClosingDays: config.organisation.extraClosingDays as readonly LocalDate[],
    openOnStatutoryDays: config.organisation.openOnStatutoryDays as readonly LocalDate[],
  };
}

/** @example createGraphMonitoringDataSource(client, config, createMemoryDirectoryCache()) */
export function createGraphMonitoringDataSource(
  client: Client,
  config: AppConfig,
  cache: DirectoryCache,
): MonitoringDataSource {
  const site = siteLocatorFrom(config.sharePointSite);
  return {
    loadDirectory: () => refreshedDirectory(client, site, cache),
    readCallbacks: (query) => readCallbacksForPeriod(client, site, query),
    readContacts: (query) => readContactsForPeriod(client, site, query),
    readOpenAbsences: () => readOpenAbsences(client, site),
    // Only the schedules tell whether a calendar is shared: no mail tips, presence or absences (issue 10.8).
    calendarNotShared: async (people) =>
      (
        await fetchAvailabilitySignals(client, site, people, new Date(), {
          signals: ['schedule'],
        })
      ).calendarNotShared,
    calendar: calendarFrom(config),
    norms: { ...DEFAULT_CALLBACK_NORMS, onTimeRate: config.organisation.callbackOnTimeNorm },
    now: () => new Date(),
  };
}

/** The Graph data source for the signed-in user's client, stable across renders. */
export function useGraphMonitoringDataSource(config: AppConfig): MonitoringDataSource {
  const client = useGraphClient();
  return useMemo(
    () => createGraphMonitoringDataSource(client, config, directoryCacheFor(config)),
    [client, config],
  );
}
