// The callback screens' data source on Microsoft Graph (or the demo tenant).
import type { Client } from '@microsoft/microsoft-graph-client';
import type { AppConfig } from '../../../config/app-config';
import { instantFromEpochMs, parseLocalDate } from '../../../domain/time';
import type { PersonSummary } from '../../../domain/people';
import type { LocalDate } from '../../../domain/time';
import { availabilityAt } from '../../../domain/availability';
import { isUnchangedReassignment, repeatWindowStart } from '../../../domain/callbacks';
import { fetchAvailabilitySignals } from '../../../graph/availability';
import {
  addRepeatCallToCallback,
  claimCallback,
  closeCallback,
  findCallbackByRequestId,
  findEarlierCallbacks,
  listMyOpenCallbacks,
  listTeamCallbacks,
  logCallbackAttempt,
  reassignCallback,
  redactExpiredCallbacks,
  saveCallbackRequest,
  saveContact,
} from '../../../graph/callbacks';
import { GraphRequestError } from '../../../graph/client';
import { siteLocatorFrom } from '../../../graph/lists';
import {
  createGraphDirectorySource,
  directoryCacheFor,
  refreshedDirectory,
} from '../../../graph/people';
import type { CallbacksDataSource } from './callbacks-data-source';
import { CLOSED_SHOWN_DAYS, MyCallbacksLoadError, notifyOutcomeOf } from './callbacks-data-source';

const localDates = (dates: readonly string[]): LocalDate[] =>
  dates.map(parseLocalDate).filter((date): date is LocalDate => date !== null);

// The mails and Teams activities are built only when a request is sent or reassigned: their code comes then, not
// with the agent screen's first paint (the outbox sends from the start).
const notifications = () =>
  import(/* webpackChunkName: "notifications" */ '../../../notifications');

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
    ...createGraphDirectorySource(client, site, cache),
    // The app load's one sync, shared with the directory query of the screens.
    loadDirectory: () => refreshedDirectory(client, site, cache),
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
    saveContact: async (contact) => {
      await saveContact(client, site, contact);
    },
    save: async (request) => {
      await saveCallbackRequest(client, site, request);
    },
    notify: async (request, notification) => {
      const result = await (
        await notifications()
      ).notifyCallbackAssignees(client, request, {
        channel: config.organisation.notifications,
        teamsAppId: config.teamsAppId,
        teamsCatalogAppId: config.teamsCatalogAppId,
        event: { kind: 'created' },
        ...notification,
      });
      return notifyOutcomeOf(result) ?? 'sent';
    },
    listMine: async (team) => {
      try {
        return await listMyOpenCallbacks(client, site, me.id, team);
      } catch (error) {
        // One query answers for both parts: without it, neither is known (never a partial list).
        throw new MyCallbacksLoadError(
          team === null ? ['assigned'] : ['assigned', 'teamQueue'],
          error,
        );
      }
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
      const after = result.callback.request;
      if (isUnchangedReassignment(callback.request, after))
        return { ...result, notification: 'unchanged' };
      try {
        const people = await source.loadDirectory().then(
          (snapshot) => new Map(snapshot.people.map((person) => [person.id, person])),
          () => new Map<string, PersonSummary>(),
        );
        const sent = await (
          await notifications()
        ).notifyReassignedCallback(client, after, {
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
    findEarlier: (keys) =>
      findEarlierCallbacks(
        client,
        site,
        keys,
        repeatWindowStart(instantFromEpochMs(now().getTime()), source.calendar),
      ),
    addRepeatCall: async (requestId, call) => {
      await addRepeatCallToCallback(client, site, requestId, call);
    },
    notifyRepeatCall: async (requestId, notification) => {
      const stored = await findCallbackByRequestId(client, site, requestId);
      if (stored === null)
        throw new GraphRequestError(404, 'itemNotFound', 'The request is gone.', null, null);
      const result = await (
        await notifications()
      ).notifyCallbackAssignees(client, stored.request, {
        channel: config.organisation.notifications,
        teamsAppId: config.teamsAppId,
        teamsCatalogAppId: config.teamsCatalogAppId,
        event: { kind: 'repeatCall', byName: notification.madeByName },
        ...notification,
      });
      return notifyOutcomeOf(result) ?? 'sent';
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
