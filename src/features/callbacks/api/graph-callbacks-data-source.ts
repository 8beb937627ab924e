// The callback screens' data source on Microsoft Graph (or the demo tenant).
import type { Client } from '@microsoft/microsoft-graph-client';
import type { AppConfig } from '../../../config/app-config';
import { instantFromEpochMs, parseLocalDate } from '../../../domain/time';
import type { PersonSummary } from '../../../domain/people';
import type { LocalDate } from '../../../domain/time';
import { availabilityAt } from '../../../domain/availability';
import { fetchAvailabilitySignals } from '../../../graph/availability';
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
import type { DirectorySnapshot } from '../../../graph/people';
import { directoryCacheFor, sharedDirectorySync } from '../../../graph/people';
import type { CallbacksDataSource } from './callbacks-data-source';
import { CLOSED_SHOWN_DAYS, MyCallbacksLoadError, notifyOutcomeOf } from './callbacks-data-source';

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
        // The app load's one sync, shared with the agent screen's directory.
        const sync = sharedDirectorySync(client, site, cache, cached);
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
    availabilitySignalsOf: async (person) => {
      const result = await fetchAvailabilitySignals(
        client,
        site,
        [{ id: person.id, mail: person.mail ?? '' }],
        now(),
      );
      return result.signals.get(person.id) ?? null;
    },
    absentNow: async (people) => {
      if (people.length === 0) return new Set<string>();
      const at = now();
      const result = await fetchAvailabilitySignals(
        client,
        site,
        people.map((person) => ({ id: person.id, mail: person.mail ?? '' })),
        at,
      );
      const instant = instantFromEpochMs(at.getTime());
      return new Set(
        [...result.signals]
          .filter(([, signals]) => {
            const verdict = availabilityAt(signals, instant);
            return verdict.state === 'absent' && verdict.reason !== 'outsideWorkingHours';
          })
          .map(([id]) => id),
      );
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
      return notifyOutcomeOf(result) ?? 'sent';
    },
    listMine: async (team) => {
      const [assigned, unclaimed, claimed] = await Promise.allSettled([
        listOpenCallbacksFor(client, site, me.id),
        team === null ? Promise.resolve([]) : listUnclaimedTeamCallbacks(client, site, team),
        team === null ? Promise.resolve([]) : listTeamCallbacksClaimedBy(client, site, team, me.id),
      ]);
      // All three, or a failure that says which part is missing (never a partial list).
      if (
        assigned.status === 'fulfilled' &&
        unclaimed.status === 'fulfilled' &&
        claimed.status === 'fulfilled'
      )
        return [...assigned.value, ...claimed.value, ...unclaimed.value];
      const failed = [
        ...(assigned.status === 'rejected'
          ? [{ part: 'assigned' as const, why: assigned.reason as unknown }]
          : []),
        ...(claimed.status === 'rejected'
          ? [{ part: 'assigned' as const, why: claimed.reason as unknown }]
          : []),
        ...(unclaimed.status === 'rejected'
          ? [{ part: 'teamQueue' as const, why: unclaimed.reason as unknown }]
          : []),
      ];
      throw new MyCallbacksLoadError(
        [...new Set(failed.map((failure) => failure.part))],
        failed[0]?.why,
      );
    },
    listTeam: (team) =>
      listTeamCallbacks(
        client,
        site,
        team,
        instantFromEpochMs(now().getTime() - CLOSED_SHOWN_DAYS * 24 * 60 * 60 * 1000),
        instantFromEpochMs(now().getTime()),
      ),
    claim: (callback) => claimCallback(client, site, callback, me.id),
    logAttempt: (callback, attempt) => logCallbackAttempt(client, site, callback, attempt),
    close: (callback, closing) =>
      closeCallback(client, site, callback, closing, instantFromEpochMs(now().getTime()), me.id),
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
        return { ...result, notification: notifyOutcomeOf(sent) ?? 'failed' };
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
