// The availability screen's data source on Microsoft Graph: the directory (IndexedDB cache + delta
// sync) and the availability signals, both from the graph layer.
import type { Client } from '@microsoft/microsoft-graph-client';
import { useMemo } from 'react';
import type { AppConfig } from '../../../config/app-config';
import type { LocalDate } from '../../../domain/time';
import { parseLocalDate } from '../../../domain/time';
import { fetchAvailabilitySignals } from '../../../graph/availability';
import { useGraphClient } from '../../../graph/client';
import { siteLocatorFrom } from '../../../graph/lists';
import type { DirectoryCache } from '../../../graph/people';
import { directoryCacheFor, sharedDirectorySync } from '../../../graph/people';
import type { AvailabilityDataSource } from './availability-data-source';

/** @example createGraphAvailabilityDataSource(client, config, createMemoryDirectoryCache()) */
export function createGraphAvailabilityDataSource(
  client: Client,
  config: AppConfig,
  cache: DirectoryCache,
): AvailabilityDataSource {
  const site = siteLocatorFrom(config.sharePointSite);
  return {
    loadCachedDirectory: () => cache.load(),
    // Shared with the other screens of this app load (the callbacks badge loads the directory too).
    syncDirectory: (previous) => sharedDirectorySync(client, site, cache, previous),
    fetchSignals: (people, now) => fetchAvailabilitySignals(client, site, people, now),
    now: () => new Date(),
    workingDayCalendar: {
      extraClosingDays: localDates(config.organisation.extraClosingDays),
      openOnStatutoryDays: localDates(config.organisation.openOnStatutoryDays),
    },
  };
}

const localDates = (dates: readonly string[]): LocalDate[] =>
  dates.map(parseLocalDate).filter((date): date is LocalDate => date !== null);

/** The Graph data source for the signed-in user's client, stable across renders. */
export function useGraphAvailabilityDataSource(config: AppConfig): AvailabilityDataSource {
  const client = useGraphClient();
  return useMemo(
    () => createGraphAvailabilityDataSource(client, config, directoryCacheFor(config)),
    [client, config],
  );
}
