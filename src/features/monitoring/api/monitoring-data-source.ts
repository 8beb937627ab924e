// What the monitoring screens need from outside, as one seam: Microsoft Graph in production, a fake in component tests.
import type { Client } from '@microsoft/microsoft-graph-client';
import { createContext, useContext, useMemo } from 'react';
import type { AppConfig } from '../../../config/app-config';
import type { WorkingHours } from '../../../domain/availability';
import type {
  CalendarSharing,
  CallbackNorms,
  IsoWeek,
  SharingSnapshot,
} from '../../../domain/figures';
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
  LastDailyRun,
  OpenAbsence,
  PeriodQuery,
  PeriodRead,
} from '../../../graph/monitoring';
import {
  myAvailabilityWebUrl,
  readCallbacksForPeriod,
  readContactsForPeriod,
  readOpenAbsences,
  readRemindersBetween,
  readLastDailyRun,
  readSharingSnapshots,
  recordReminder,
  recordSharingSnapshot,
  setReminderOutcome,
} from '../../../graph/monitoring';
import type { DirectoryCache, DirectorySnapshot } from '../../../graph/people';
import { directoryCacheFor, refreshedDirectory } from '../../../graph/people';
import { sendReminderNotice } from '../../../notifications';
import type { ReminderPort } from '../reminders/send-reminders';

/** What one schedule read tells about a person: their calendar as colleagues see it, and their working hours. */
export type CalendarCheck = {
  personId: string;
  sharing: CalendarSharing;
  /** Null when none came with the schedule (or the schedule could not be read: then `sharing` is 'unknown'). */
  workingHours: WorkingHours | null;
};

export type MonitoringDataSource = {
  /** People and teams (names for ids, who is in which team, who leads it). */
  loadDirectory: () => Promise<DirectorySnapshot>;
  /** The callback requests that can have been made in a period, for one team or all. */
  readCallbacks: (query: PeriodQuery) => Promise<PeriodRead>;
  /** The contacts (call outcomes) recorded in a period, for one team or all. */
  readContacts: (query: ContactsQuery) => Promise<ContactsRead>;
  /** Absences nobody has ended yet. */
  readOpenAbsences: () => Promise<OpenAbsence[]>;
  /** Per person asked: titles shown or free/busy only, and their working hours (from their schedules alone). */
  calendarChecks: (people: PersonRef[]) => Promise<CalendarCheck[]>;
  /** The reminders list and sending (the coordinator's reminders about the signals). */
  reminders: ReminderPort;
  /** The weekly measurements of calendar sharing recorded from a week on. */
  readSharingSnapshots: (fromWeek: IsoWeek) => Promise<SharingSnapshot[]>;
  /** Records this week's measurement per team (one item per team and week, updated while the week lasts). */
  recordSharingSnapshots: (snapshots: readonly SharingSnapshot[]) => Promise<void>;
  /** The daily job's last run (`npm run daily`), or null when it never ran. */
  readLastDailyRun: () => Promise<LastDailyRun | null>;
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

/** The page's own address without the route, where no app address is configured (the browser's). */
const appLocation = (): string =>
  typeof window === 'undefined' ? '' : window.location.origin + window.location.pathname;

/** @example createGraphMonitoringDataSource(client, config, createMemoryDirectoryCache(), { displayName: 'Ingrid Bakker' }) */
export function createGraphMonitoringDataSource(
  client: Client,
  config: AppConfig,
  cache: DirectoryCache,
  me: { displayName: string },
): MonitoringDataSource {
  const site = siteLocatorFrom(config.sharePointSite);
  const webUrl = config.appBaseUrl ?? appLocation();
  return {
    loadDirectory: () => refreshedDirectory(client, site, cache),
    readCallbacks: (query) => readCallbacksForPeriod(client, site, query),
    readContacts: (query) => readContactsForPeriod(client, site, query),
    readOpenAbsences: () => readOpenAbsences(client, site),
    // Only the schedules tell whether a calendar is shared: no mail tips, presence or absences (issue 10.8).
    calendarChecks: async (people) => {
      const { signals } = await fetchAvailabilitySignals(client, site, people, new Date(), {
        signals: ['schedule'],
      });
      return people.map((person) => {
        const read = signals.get(person.id);
        const access = read?.calendar?.access ?? 'none';
        return {
          personId: person.id,
          sharing: access === 'details' ? 'titles' : access === 'freeBusy' ? 'freeBusy' : 'unknown',
          workingHours: access === 'none' ? null : (read?.workingHours ?? null),
        };
      });
    },
    reminders: {
      readBetween: (from, to) => readRemindersBetween(client, site, from, to),
      record: (reminder) => recordReminder(client, site, reminder),
      setOutcome: (reminder, outcome) => setReminderOutcome(client, site, reminder, outcome),
      notify: (target, topic) =>
        sendReminderNotice(client, {
          topic,
          recipient: target,
          senderName: me.displayName,
          channel: config.organisation.notifications,
          teamsAppId: config.teamsAppId,
          teamsCatalogAppId: config.teamsCatalogAppId,
          webUrl: webUrl === '' ? null : myAvailabilityWebUrl(webUrl),
        }),
    },
    readSharingSnapshots: (fromWeek) => readSharingSnapshots(client, site, fromWeek),
    recordSharingSnapshots: async (snapshots) => {
      // A few teams at a time: each is a lookup and a write in the same list.
      let next = 0;
      const worker = async () => {
        while (next < snapshots.length) {
          const snapshot = snapshots[next++] as SharingSnapshot;
          await recordSharingSnapshot(client, site, snapshot);
        }
      };
      await Promise.all(Array.from({ length: Math.min(4, snapshots.length) }, worker));
    },
    readLastDailyRun: () => readLastDailyRun(client, site),
    calendar: calendarFrom(config),
    norms: {
      ...DEFAULT_CALLBACK_NORMS,
      onTimeRate: config.organisation.callbackOnTimeNorm,
      answeredDirectlyRate: config.organisation.contactNorms.answeredDirectly,
      successfulRate: config.organisation.contactNorms.successful,
      repeatTrafficMaxRate: config.organisation.contactNorms.repeatTrafficMax,
    },
    now: () => new Date(),
  };
}

/** The Graph data source for the signed-in user's client, stable across renders. */
export function useGraphMonitoringDataSource(
  config: AppConfig,
  me: { displayName: string },
): MonitoringDataSource {
  const client = useGraphClient();
  const { displayName } = me;
  return useMemo(
    () =>
      createGraphMonitoringDataSource(client, config, directoryCacheFor(config), { displayName }),
    [client, config, displayName],
  );
}
