// What an event looks like on the wire (changeKey, body preview, organizer).
import type { RouteContext } from '../../http';
import { odataContext } from '../../odata';
import type { StoredEvent, StoredUser } from '../../store';
import { preferredTimeZone } from '../../time';
import { dateTimeTimeZone } from './dtos';

const neverTime = '0001-01-01T00:00:00Z';

function eventChangeKey(event: StoredEvent): string {
  return Buffer.from(
    event.id + event.start + event.end + event.subject + (event.lastModifiedDateTime ?? ''),
  )
    .toString('base64')
    .slice(0, 24);
}

function htmlBody(content: string): string {
  return /^\s*<html/i.test(content) ? content : `<html><head></head><body>${content}</body></html>`;
}

function bodyPreview(body: StoredEvent['body']): string {
  if (!body) return '';
  const text =
    body.contentType === 'html'
      ? body.content
          .replace(/<head>[\s\S]*?<\/head>/gi, '')
          .replace(/<[^>]*>/g, ' ')
          .replace(/\s+/g, ' ')
          .trim()
      : body.content;
  return text.slice(0, 255);
}

/** An event as Graph returns it, with the defaults Exchange fills in for what the emulator does not model. */
export function eventDto(ctx: RouteContext, event: StoredEvent, owner: StoredUser) {
  const zone = preferredTimeZone(ctx.headers.prefer);
  const changeKey = eventChangeKey(event);
  const created = event.createdDateTime ?? `${ctx.state.seedWeekStart}T00:00:00.0000000Z`;
  const hasLocation = event.location.trim() !== '';
  return {
    '@odata.context': odataContext(ctx.graphBaseUrl, `users('${owner.id}')/events/$entity`),
    '@odata.etag': `W/"${changeKey}"`,
    id: event.id,
    createdDateTime: created,
    lastModifiedDateTime: event.lastModifiedDateTime ?? created,
    changeKey,
    categories: [...(event.categories ?? [])],
    originalStartTimeZone: event.originalStartTimeZone ?? 'UTC',
    originalEndTimeZone: event.originalEndTimeZone ?? 'UTC',
    iCalUId: `040000008200E00074C5B7101A82E008${Buffer.from(event.id).toString('hex').slice(0, 64).toUpperCase()}`,
    reminderMinutesBeforeStart: event.reminderMinutesBeforeStart ?? 15,
    isReminderOn: event.isReminderOn ?? true,
    hasAttachments: false,
    subject: event.subject,
    bodyPreview: bodyPreview(event.body),
    importance: event.importance ?? 'normal',
    sensitivity: event.sensitivity,
    isAllDay: event.isAllDay,
    isCancelled: false,
    isOrganizer: true,
    responseRequested: event.responseRequested ?? true,
    seriesMasterId: null,
    showAs: event.showAs,
    type: 'singleInstance',
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(event.id)}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: event.isOnlineMeeting ?? false,
    onlineMeetingProvider: event.onlineMeetingProvider ?? 'unknown',
    onlineMeeting: event.isOnlineMeeting
      ? {
          joinUrl: `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(event.id)}`,
        }
      : null,
    hideAttendees: event.hideAttendees ?? false,
    responseStatus: { response: 'organizer', time: neverTime },
    body: event.body
      ? {
          contentType: event.body.contentType,
          content:
            event.body.contentType === 'html' ? htmlBody(event.body.content) : event.body.content,
        }
      : { contentType: 'html', content: '' },
    start: dateTimeTimeZone(event.start, zone),
    end: dateTimeTimeZone(event.end, zone),
    location: hasLocation
      ? {
          displayName: event.location,
          locationType: 'default',
          uniqueId: event.location,
          uniqueIdType: 'private',
        }
      : { displayName: '', locationType: 'default', uniqueIdType: 'unknown' },
    locations: hasLocation
      ? [{ displayName: event.location, locationType: 'default', uniqueIdType: 'unknown' }]
      : [],
    recurrence: null,
    attendees: (event.attendees ?? []).map((attendee) => ({
      type: attendee.type,
      status: { response: 'none', time: neverTime },
      emailAddress: { ...attendee.emailAddress },
    })),
    organizer: { emailAddress: { name: owner.displayName, address: owner.mail } },
  };
}
