// POST /users/{id}/teamwork/sendActivityNotification: a Teams activity for a user who has the app installed.
import { randomUUID } from 'node:crypto';
import { GraphHttpError } from '../http';
import type { Route, RouteContext, RouteResult } from '../http';
import { bodyObject, findUser, isRecord, property } from './resource-helpers';

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
  // Graph refuses the notification when the app is not installed for the recipient.
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
    method: 'POST',
    pattern: '/users/:id/teamwork/sendActivityNotification',
    anyOfScopes: ['TeamsActivity.Send'],
    handler: sendActivityNotification,
  },
];
