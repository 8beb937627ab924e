import type { AvailabilitySignals, CalendarItem } from '../availability';
import { agentViewOfAvailability, availabilityAt } from '../availability';
import { instantFromIso } from '../time';
import type { OrganizationSharing } from './calendar-sharing';
import {
  colleagueCalendarAccess,
  sharingAction,
  signalsAsColleaguesSeeThem,
} from './calendar-sharing';

const at = (time: string) => instantFromIso(`2026-11-30T${time}:00+01:00`)!;
const meeting: CalendarItem = {
  start: at('10:00'),
  end: at('11:00'),
  status: 'busy',
  isPrivate: false,
  subject: 'Overleg bestemmingsplan',
  location: 'Kamer 2.14',
};
const doctor: CalendarItem = {
  start: at('11:00'),
  end: at('12:00'),
  status: 'busy',
  isPrivate: true,
  subject: 'Tandarts',
};
const own: AvailabilitySignals = {
  personId: 'p-pieter',
  calendar: { access: 'details', items: [meeting, doctor] },
  workingHours: {
    daysOfWeek: ['monday'],
    startTime: '08:30',
    endTime: '17:00',
    timeZone: 'Europe/Amsterdam',
  },
  presence: null,
  automaticReplies: null,
  registeredAbsences: [],
};

describe('colleagueCalendarAccess and sharingAction', () => {
  it.each<[OrganizationSharing, string, string]>([
    ['none', 'none', 'open'],
    ['freeBusyRead', 'freeBusy', 'open'],
    ['limitedRead', 'details', 'undo'],
    ['read', 'details', 'none'],
    ['write', 'details', 'none'],
    ['other', 'details', 'none'],
  ])('%s: colleagues see %s; the employee may %s', (sharing, access, action) => {
    expect(colleagueCalendarAccess(sharing)).toBe(access);
    expect(sharingAction(sharing)).toBe(action);
  });
});

describe('signalsAsColleaguesSeeThem', () => {
  it.each<[OrganizationSharing, string | null, (string | undefined)[]]>([
    ['freeBusyRead', 'freeBusy', [undefined, undefined]],
    ['limitedRead', 'details', ['Overleg bestemmingsplan', undefined]],
    ['read', 'details', ['Overleg bestemmingsplan', undefined]],
    ['none', null, []],
  ])('%s: access %s, subjects %j (a private item never)', (sharing, access, subjects) => {
    const seen = signalsAsColleaguesSeeThem(own, sharing);
    expect(seen.calendar?.access ?? null).toBe(access);
    expect(seen.calendar?.items.map((item) => item.subject) ?? []).toEqual(subjects);
    if (sharing === 'freeBusyRead') expect(seen.calendar?.items[0]?.location).toBeUndefined();
  });

  it('gives the agent card’s answer: the current appointment’s subject only once opened', () => {
    const card = (sharing: OrganizationSharing) =>
      agentViewOfAvailability(
        availabilityAt(signalsAsColleaguesSeeThem(own, sharing), at('10:15')),
      );
    expect(card('freeBusyRead')).toMatchObject({
      state: 'busy',
      calendarAccess: 'freeBusy',
      currentItem: { visibility: 'hidden' },
    });
    expect(card('freeBusyRead').currentItem?.subject).toBeUndefined();
    expect(card('limitedRead')).toMatchObject({
      state: 'busy',
      calendarAccess: 'details',
      currentItem: { visibility: 'details', subject: 'Overleg bestemmingsplan' },
    });
  });

  it('keeps a calendar that Graph gave as free/busy only as such, whatever the sharing says', () => {
    const freeBusy = { ...own, calendar: { access: 'freeBusy' as const, items: [meeting] } };
    expect(
      signalsAsColleaguesSeeThem(freeBusy, 'read').calendar?.items[0]?.subject,
    ).toBeUndefined();
  });
});
