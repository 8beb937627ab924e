// The callback screens' data source on Microsoft Graph (or the demo tenant).
import type { Client } from '@microsoft/microsoft-graph-client';
import type { AppConfig } from '../../../config/app-config';
import { instantFromEpochMs, parseLocalDate } from '../../../domain/time';
import type { PersonSummary } from '../../../domain/people';
import type { LocalDate } from '../../../domain/time';
import { fetchAvailabilitySignals } from '../../../graph/availability/availability-signals';
import {
  claimCallback,
  closeCallback,
  listOpenCallbacksFor,
  listTeamCallbacks,
  listTeamCallbacksClaimedBy,
  listUnclaimedTeamCallbacks,
  logCallbackAttempt,
  notifyCallbackAssignees,
  notifyReassignedCallback,
  reassignCallback,
  redactExpiredCallbacks,
  saveCallbackRequest,
} from '../../../graph/callbacks';
import { siteLocatorFrom } from '../../../graph/lists';
import type { DirectorySnapshot } from '../../../graph/people/people-directory';
import { directoryCacheFor, syncPeopleDirectory } from '../../../graph/people/people-directory';
import type { CallbacksDataSource } from './callbacks-data-source';

/** How far back the team view shows closed requests. */
const closedShownDays = 28;

const localDates = (dates: readonly string[]): LocalDate[] =>
  dates.map(parseLocalDate).filter((date): date is LocalDate => date !== null);

const sources = new WeakMap<Client, Map<string, CallbacksDataSource>>();

/**
 * The Graph data source for a client and user; one per client and user, so the navigation's counts,
 * the outbox and the pages share it.
 */
export function graphCallbacksDataSource(
  client: Client,
  config: AppConfig,
  me: { id: string; displayName: string },
): CallbacksDataSource {
  let perUser = sources.get(client);
  if (perUser === undefined) {
    perUser = new Map();
    sources.set(client, perUser);
  }
  const known = perUser.get(me.id);
  if (known !== undefined) return known;
  const site = siteLocatorFrom(config.sharePointSite);
  const cache = directoryCacheFor(config);
  let directory: Promise<DirectorySnapshot> | null = null;
  const now = () => new Date();
  const source: CallbacksDataSource = {
    me,
    now,
    calendar: {
      extraClosingDays: localDates(config.organisation.extraClosingDays),
      openOnStatutoryDays: localDates(config.organisation.openOnStatutoryDays),
    },
    storage: window.localStorage,
    myCallbacksUrl: `${(config.appBaseUrl ?? window.location.origin + window.location.pathname).replace(/#.*$/, '')}#/mijn-terugbelverzoeken`,
    loadDirectory: () => {
      directory ??= (async () => {
        const cached = await cache.load().catch(() => null);
        const sync = syncPeopleDirectory(client, site, cached).then(async (synced) => {
          await cache.save(synced).catch(() => undefined);
          return synced;
        });
        // The cached directory answers at once; the sync refreshes it for the next load.
        if (cached !== null) {
          sync.then(
            (synced) => {
              directory = Promise.resolve(synced);
            },
            () => undefined,
          );
          return cached;
        }
        return sync;
      })();
      directory.catch(() => {
        directory = null;
      });
      return directory;
    },
    callbackSubstituteOf: async (person) => {
      const at = now();
      const result = await fetchAvailabilitySignals(
        client,
        site,
        [{ id: person.id, mail: person.mail ?? '' }],
        at,
      );
      const absences = result.signals.get(person.id)?.registeredAbsences ?? [];
      const current = absences.find(
        (absence) =>
          absence.personId === person.id &&
          absence.endedAt === undefined &&
          absence.from <= at.getTime() &&
          (absence.expectedUntil === 'unknown' || absence.expectedUntil > at.getTime()),
      );
      return current?.substituteForCallbacks ?? null;
    },
    save: async (request) => {
      await saveCallbackRequest(client, site, request);
    },
    notify: async (request, notification) => {
      const result = await notifyCallbackAssignees(client, request, {
        channel: config.organisation.notifications,
        teamsAppId: config.teamsAppId,
        teamsCatalogAppId: config.teamsCatalogAppId,
        event: { kind: 'created' },
        ...notification,
      });
      return result.sent === 'email' && result.afterActivityFailed === 'yes'
        ? 'emailedInstead'
        : 'sent';
    },
    listMine: async (team) => {
      const [assigned, unclaimed, claimed] = await Promise.all([
        listOpenCallbacksFor(client, site, me.id),
        team === null ? Promise.resolve([]) : listUnclaimedTeamCallbacks(client, site, team),
        team === null ? Promise.resolve([]) : listTeamCallbacksClaimedBy(client, site, team, me.id),
      ]);
      return [...assigned, ...claimed, ...unclaimed];
    },
    listTeam: (team) =>
      listTeamCallbacks(
        client,
        site,
        team,
        instantFromEpochMs(now().getTime() - closedShownDays * 24 * 60 * 60 * 1000),
      ),
    claim: (callback) => claimCallback(client, site, callback, me.id),
    logAttempt: (callback, attempt) => logCallbackAttempt(client, site, callback, attempt),
    close: (callback, closing) =>
      closeCallback(client, site, callback, closing, instantFromEpochMs(now().getTime())),
    reassign: async (callback, to) => {
      const result = await reassignCallback(client, site, callback, to);
      if (result.outcome === 'conflict') return result;
      const before = callback.request;
      const after = result.callback.request;
      if (
        before.assignedToPersonId === after.assignedToPersonId &&
        before.assignedToTeam === after.assignedToTeam &&
        before.claimedById === null
      )
        return { ...result, notification: 'unchanged' };
      try {
        const people = await source.loadDirectory().then(
          (snapshot) => new Map(snapshot.people.map((person) => [person.id, person])),
          () => new Map<string, PersonSummary>(),
        );
        const sent = await notifyReassignedCallback(client, after, {
          channel: config.organisation.notifications,
          teamsAppId: config.teamsAppId,
          teamsCatalogAppId: config.teamsCatalogAppId,
          linkUrl: source.myCallbacksUrl,
          byName: me.displayName,
          assigneeMail:
            after.assignedToPersonId === null
              ? null
              : (people.get(after.assignedToPersonId)?.mail ?? null),
          madeByNameOf: (id) => people.get(id)?.displayName ?? '—',
        });
        return { ...result, notification: sent.sent === 'nobody' ? 'failed' : 'sent' };
      } catch {
        // The request is reassigned and shows in the new assignee's list; the leader is told the
        // notification did not go out.
        return { ...result, notification: 'failed' };
      }
    },
    redactExpired: () =>
      redactExpiredCallbacks(
        client,
        site,
        instantFromEpochMs(now().getTime()),
        config.organisation.callbackRetentionDays,
      ),
  };
  perUser.set(me.id, source);
  return source;
}
