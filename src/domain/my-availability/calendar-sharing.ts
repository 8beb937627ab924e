// How far colleagues see the signed-in employee's calendar, from its organisation-wide sharing (Outlook's "My
// Organization" share recipient), and what the front office then sees of it.
import type { AvailabilitySignals, CalendarAccess, CalendarItem } from '../availability';

/**
 * The organisation-wide sharing of a calendar, in Outlook's roles: free/busy only, titles and locations
 * (`limitedRead`), all details (`read`, `write`: private items still never), nothing at all (`none`), or a role
 * Bereikbaar does not change (`other`: delegates, custom).
 */
export type OrganizationSharing =
  'none' | 'freeBusyRead' | 'limitedRead' | 'read' | 'write' | 'other';

/** The sharing the button "Agenda openstellen voor collega's" sets: titles and locations, as Outlook calls it. */
export const OPENED_SHARING = 'limitedRead' satisfies OrganizationSharing;

/** The sharing "undo" returns to when nothing else was known before: free/busy only, Outlook's default. */
export const DEFAULT_SHARING = 'freeBusyRead' satisfies OrganizationSharing;

/**
 * What a colleague's getSchedule shows of the calendar with this sharing.
 * @example colleagueCalendarAccess('limitedRead') // 'details'
 * @example colleagueCalendarAccess('freeBusyRead') // 'freeBusy'
 */
export function colleagueCalendarAccess(sharing: OrganizationSharing): CalendarAccess {
  switch (sharing) {
    case 'none':
      return 'none';
    case 'freeBusyRead':
      return 'freeBusy';
    default:
      return 'details';
  }
}

/**
 * What the employee may do about it: open the calendar (free/busy only or nothing shared), undo an opening
 * (titles and locations, which the button set), or nothing (all details already, or a role set elsewhere).
 * @example sharingAction('freeBusyRead') // 'open'
 * @example sharingAction('read') // 'none'
 */
export function sharingAction(sharing: OrganizationSharing): 'open' | 'undo' | 'none' {
  if (sharing === 'none' || sharing === 'freeBusyRead') return 'open';
  if (sharing === 'limitedRead') return 'undo';
  return 'none';
}

function itemAsColleaguesSeeIt(item: CalendarItem, access: CalendarAccess): CalendarItem {
  const { subject: _subject, location: _location, ...bare } = item;
  // Free/busy only: no subject or location. Private items never show them to colleagues, whatever the sharing.
  return access === 'details' && !item.isPrivate ? item : bare;
}

/**
 * The employee's own signals (the owner reads their own calendar in full) as a colleague in the front office
 * reads them with this sharing: subjects and locations only where shared and not private; no calendar at all
 * when nothing is shared. Feed the result to the availability rules to get exactly the agent's card.
 * @example signalsAsColleaguesSeeThem(own, 'freeBusyRead').calendar?.access // 'freeBusy'
 */
export function signalsAsColleaguesSeeThem(
  own: AvailabilitySignals,
  sharing: OrganizationSharing,
): AvailabilitySignals {
  const access = colleagueCalendarAccess(sharing);
  if (own.calendar === null || access === 'none') return { ...own, calendar: null };
  const effective: CalendarAccess = own.calendar.access === 'freeBusy' ? 'freeBusy' : access;
  return {
    ...own,
    calendar: {
      access: effective,
      items: own.calendar.items.map((item) => itemAsColleaguesSeeIt(item, effective)),
    },
  };
}
