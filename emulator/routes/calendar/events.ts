// Events in the signed-in user's own calendar: create, get, update, delete.
import { randomUUID } from 'node:crypto';
import { GraphHttpError } from '../../http';
import type { RouteContext, RouteResult } from '../../http';
import type { StoredEvent, StoredUser } from '../../store';
import { bodyObject, property, requireOwnMailbox, targetUser } from '../resource-helpers';
import { eventDto } from './event-dto';
import { eventWithChanges } from './event-changes';

export function createEvent(ctx: RouteContext): RouteResult {
  const owner = targetUser(ctx);
  requireOwnMailbox(ctx, owner);
  const body = bodyObject(ctx);
  if (property(body, 'start') === undefined || property(body, 'end') === undefined) {
    throw new GraphHttpError(
      400,
      'ErrorInvalidRequest',
      'Your request requires a start and an end time.',
    );
  }
  const blank: StoredEvent = {
    id: `AAMkAGxpbmRlYnVyZw${Buffer.from(randomUUID().replaceAll('-', ''), 'hex').toString('base64url')}AAA=`,
    userId: owner.id,
    subject: '',
    location: '',
    start: '',
    end: '',
    showAs: 'busy',
    sensitivity: 'normal',
    isAllDay: false,
    origin: 'user',
  };
  const event = eventWithChanges(body, blank, ctx.now());
  event.createdDateTime = event.lastModifiedDateTime;
  ctx.state.events.push(event);
  ctx.markChanged();
  return { status: 201, body: eventDto(ctx, event, owner) };
}

function ownEvent(ctx: RouteContext): { owner: StoredUser; index: number; event: StoredEvent } {
  const owner = targetUser(ctx);
  requireOwnMailbox(ctx, owner);
  const index = ctx.state.events.findIndex(
    (event) => event.id === ctx.params.eventId && event.userId === owner.id,
  );
  const event = ctx.state.events[index];
  if (!event)
    throw new GraphHttpError(
      404,
      'ErrorItemNotFound',
      'The specified object was not found in the store.',
    );
  return { owner, index, event };
}

export function getEvent(ctx: RouteContext): RouteResult {
  const { owner, event } = ownEvent(ctx);
  return { status: 200, body: eventDto(ctx, event, owner) };
}

export function updateEvent(ctx: RouteContext): RouteResult {
  const { owner, index, event } = ownEvent(ctx);
  const next = eventWithChanges(bodyObject(ctx), event, ctx.now());
  ctx.state.events[index] = next;
  ctx.markChanged();
  return { status: 200, body: eventDto(ctx, next, owner) };
}

export function deleteEvent(ctx: RouteContext): RouteResult {
  const { index } = ownEvent(ctx);
  ctx.state.events.splice(index, 1);
  ctx.markChanged();
  return { status: 204 };
}
