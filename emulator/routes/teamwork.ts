// Teams:
//   POST /users/{id}/teamwork/sendActivityNotification — a Teams activity for a user who has the app installed
//     (https://learn.microsoft.com/en-us/graph/api/userteamwork-sendactivitynotification).
//   GET /appCatalogs/teamsApps — the organisation's app catalog, filtered by `id`, `externalId` (the manifest id) or
//     `distributionMethod` (https://learn.microsoft.com/en-us/graph/api/appcatalogs-list-teamsapps).
import { randomUUID } from 'node:crypto';
import { GraphHttpError } from '../http';
import type { Route, RouteContext, RouteResult } from '../http';
import {
  applySelect,
  evaluateFilter,
  filterProperties,
  odataContext,
  parseFilterParam,
} from '../odata';
import { seededTeamsApps } from '../seed';
import type { StoredTeamsApp } from '../store';
import { bodyObject, findUser, isRecord, property } from './resource-helpers';

function catalogOf(ctx: RouteContext): StoredTeamsApp[] {
  ctx.state.teamsApps ??= seededTeamsApps();
  return ctx.state.teamsApps;
}

const filterableAppProperties = new Set(['id', 'externalId', 'distributionMethod', 'displayName']);

function listTeamsApps(ctx: RouteContext): RouteResult {
  const filter = parseFilterParam(ctx.query.get('$filter'));
  if (filter !== null) {
    const unsupported = filterProperties(filter).find((path) => !filterableAppProperties.has(path));
    if (unsupported !== undefined)
      throw new GraphHttpError(
        400,
        'BadRequest',
        `Filter on property '${unsupported}' is not supported.`,
      );
  }
  const apps = catalogOf(ctx)
    .filter(
      (app) =>
        filter === null || evaluateFilter(filter, (path) => (app as Record<string, unknown>)[path]),
    )
    .map((app) => applySelect({ ...app }, ctx.query.get('$select')));
  return {
    status: 200,
    body: {
      '@odata.context': odataContext(ctx.graphBaseUrl, 'appCatalogs/teamsApps'),
      value: apps,
    },
  };
}

const entityDeepLink = /^https:\/\/teams\.microsoft\.com\/l\/entity\/([^/?#]+)\//i;

function badRequest(message: string): GraphHttpError {
  return new GraphHttpError(400, 'BadRequest', message);
}

function sendActivityNotification(ctx: RouteContext): RouteResult {
  const recipient = findUser(ctx.state, ctx.params.id ?? '');
  if (!recipient || recipient.deletedSeq !== undefined)
    throw new GraphHttpError(404, 'NotFound', `User '${ctx.params.id ?? ''}' was not found.`);
  const body = bodyObject(ctx);
  const topic = property(body, 'topic');
  if (!isRecord(topic) || typeof topic.source !== 'string' || typeof topic.value !== 'string')
    throw badRequest("'topic' with 'source' and 'value' is required.");
  if (topic.source.toLowerCase() === 'text' && typeof topic.webUrl !== 'string')
    throw badRequest("A topic with source 'text' needs a 'webUrl'.");
  // A deep link into an app's tab names the app by its catalog id; with the manifest id of an app uploaded to the
  // organisation's catalog, Teams opens nothing. Graph's answer to such a link is not documented: the emulator
  // refuses it (the safe side), so that a test sees the broken link instead of a notification nobody can open.
  const linkedApp =
    typeof topic.webUrl === 'string' ? entityDeepLink.exec(topic.webUrl)?.[1] : undefined;
  if (linkedApp !== undefined) {
    const id = decodeURIComponent(linkedApp).toLowerCase();
    if (!catalogOf(ctx).some((app) => app.id.toLowerCase() === id)) {
      const byManifest = catalogOf(ctx).find((app) => app.externalId.toLowerCase() === id);
      throw badRequest(
        byManifest === undefined
          ? `The webUrl links to app '${linkedApp}', which is not in the app catalog.`
          : `The webUrl links to app '${linkedApp}' by its manifest id; deep links need its catalog id '${byManifest.id}'.`,
      );
    }
  }
  const activityType = property(body, 'activityType');
  if (typeof activityType !== 'string' || activityType.trim() === '')
    throw badRequest("'activityType' is required.");
  const previewText = property(body, 'previewText');
  if (!isRecord(previewText) || typeof previewText.content !== 'string')
    throw badRequest("'previewText' with 'content' is required.");
  const rawParameters = property(body, 'templateParameters');
  const templateParameters = Array.isArray(rawParameters)
    ? rawParameters.filter(
        (entry): entry is { name: string; value: string } =>
          isRecord(entry) && typeof entry.name === 'string' && typeof entry.value === 'string',
      )
    : [];
  // "The Teams app must be installed for the recipient" (Send activity feed notifications, requirements:
  // https://learn.microsoft.com/en-us/graph/teams-send-activityfeednotifications). Graph refuses the notification
  // with 403 Forbidden; the exact message is not documented.
  const installed = ctx.state.teamsAppInstalledUserIds;
  if (installed !== undefined && !installed.includes(recipient.id)) {
    throw new GraphHttpError(
      403,
      'Forbidden',
      'The Teams app is not installed for the recipient; it cannot receive activity notifications.',
    );
  }
  ctx.state.activities ??= [];
  ctx.state.activities.push({
    id: randomUUID(),
    recipientUserId: recipient.id,
    fromUserId: ctx.caller.userId,
    sentDateTime: ctx.now().toISOString(),
    activityType,
    topic: structuredClone(topic),
    previewText: previewText.content,
    templateParameters: structuredClone(templateParameters),
  });
  ctx.markChanged();
  return { status: 204 };
}

export const teamworkRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: '/appCatalogs/teamsApps',
    // The documented delegated permissions, least privileged first.
    anyOfScopes: [
      'AppCatalog.Read.All',
      'AppCatalog.ReadWrite.All',
      'AppCatalog.Submit',
      'Directory.Read.All',
      'Directory.ReadWrite.All',
    ],
    anyOfAppPermissions: ['AppCatalog.Read.All', 'AppCatalog.ReadWrite.All'],
    handler: listTeamsApps,
  },
  {
    method: 'POST',
    pattern: '/users/:id/teamwork/sendActivityNotification',
    anyOfScopes: ['TeamsActivity.Send'],
    // Application: TeamsActivity.Send (https://learn.microsoft.com/en-us/graph/api/userteamwork-sendactivitynotification).
    anyOfAppPermissions: ['TeamsActivity.Send'],
    handler: sendActivityNotification,
  },
];
