import type { ListItem } from '@microsoft/microsoft-graph-types';
import { absencesList } from '../../../schema/lists';
import { recordFromListItem } from '../lists';
import {
  automaticRepliesFrom,
  instantFromDateTimeTimeZone,
  presenceFrom,
  registeredAbsenceFrom,
  scheduleSignalsFrom,
} from './signal-mappers';

const at = (iso: string) => Date.parse(iso);
const listItem = (value: unknown) => value as ListItem;
const utc = (dateTime: string) => ({ dateTime, timeZone: 'UTC' });

describe('instantFromDateTimeTimeZone', () => {
  it.each([
    [utc('2026-11-23T08:00:00.0000000'), '2026-11-23T08:00:00Z'],
    [
      { dateTime: '2026-11-23T09:00:00', timeZone: 'W. Europe Standard Time' },
      '2026-11-23T08:00:00Z',
    ],
    [{ dateTime: '2026-07-01T09:30:00', timeZone: 'Europe/Amsterdam' }, '2026-07-01T07:30:00Z'],
    [{ dateTime: '2026-07-01T09:30:00+02:00', timeZone: 'UTC' }, '2026-07-01T07:30:00Z'],
  ])('%o → %s', (value, expected) => {
    expect(instantFromDateTimeTimeZone(value)).toBe(at(expected));
  });

  it('gives null for nonsense', () => {
    expect(instantFromDateTimeTimeZone({ dateTime: 'soon', timeZone: 'UTC' })).toBeNull();
    expect(instantFromDateTimeTimeZone(null)).toBeNull();
  });
});

describe('scheduleSignalsFrom', () => {
  const start = utc('2026-11-23T08:00:00.0000000');
  const end = utc('2026-11-23T09:00:00.0000000');

  it('keeps subjects of a calendar shared with details, never of private items', () => {
    const { calendar, workingHours } = scheduleSignalsFrom({
      scheduleId: 'a@x',
      scheduleItems: [
        { isPrivate: false, status: 'busy', subject: 'Overleg', location: 'Kamer 1', start, end },
        { isPrivate: true, status: 'Busy' as 'busy', subject: 'Tandarts', start, end },
      ],
      workingHours: {
        daysOfWeek: ['monday', 'tuesday'],
        startTime: '08:30:00.0000000',
        endTime: '17:00:00.0000000',
        timeZone: { name: 'W. Europe Standard Time' },
      },
    });
    expect(calendar?.access).toBe('details');
    expect(calendar?.items[0]).toEqual({
      start: at('2026-11-23T08:00:00Z'),
      end: at('2026-11-23T09:00:00Z'),
      status: 'busy',
      isPrivate: false,
      subject: 'Overleg',
      location: 'Kamer 1',
    });
    expect(calendar?.items[1]).not.toHaveProperty('subject');
    expect(calendar?.items[1]?.isPrivate).toBe(true);
    expect(workingHours).toEqual({
      daysOfWeek: ['monday', 'tuesday'],
      startTime: '08:30:00.0000000',
      endTime: '17:00:00.0000000',
      timeZone: 'Europe/Amsterdam',
    });
  });

  it('marks a calendar that gives only status and times as free/busy', () => {
    const { calendar } = scheduleSignalsFrom({
      scheduleId: 'a@x',
      scheduleItems: [{ status: 'oof', start, end }],
    });
    expect(calendar).toEqual({
      access: 'freeBusy',
      items: [
        {
          start: at('2026-11-23T08:00:00Z'),
          end: at('2026-11-23T09:00:00Z'),
          status: 'oof',
          isPrivate: false,
        },
      ],
    });
  });

  it('gives no calendar for a per-schedule error', () => {
    expect(
      scheduleSignalsFrom({
        scheduleId: 'x@y',
        error: { responseCode: 'ErrorMailRecipientNotFound', message: 'not found' },
        scheduleItems: [],
      }).calendar,
    ).toBeNull();
  });
});

describe('presenceFrom', () => {
  it('passes raw strings through, including values Graph may add later', () => {
    expect(presenceFrom({ availability: 'Busy', activity: 'InACall' })).toEqual({
      availability: 'Busy',
      activity: 'InACall',
      isOutOfOffice: false,
    });
    expect(presenceFrom({ availability: 'Sleeping', activity: 'Dreaming' })).toBeNull();
    expect(
      presenceFrom({
        availability: 'Offline',
        activity: 'OffWork',
        outOfOfficeSettings: { isOutOfOffice: true },
      })?.isOutOfOffice,
    ).toBe(true);
  });

  it('treats PresenceUnknown as no presence', () => {
    expect(
      presenceFrom({ availability: 'PresenceUnknown', activity: 'PresenceUnknown' }),
    ).toBeNull();
  });
});

describe('automaticRepliesFrom', () => {
  it.each([
    [{ message: '' }, { status: 'disabled' }],
    [{ message: 'Met vakantie' }, { status: 'alwaysEnabled', message: 'Met vakantie' }],
    [
      {
        message: 'Afwezig',
        scheduledStartTime: utc('2026-11-23T00:00:00.0000000'),
        scheduledEndTime: utc('2026-11-27T00:00:00.0000000'),
      },
      {
        status: 'scheduled',
        message: 'Afwezig',
        start: at('2026-11-23T00:00:00Z'),
        end: at('2026-11-27T00:00:00Z'),
      },
    ],
  ])('%o', (automaticReplies, expected) => {
    expect(automaticRepliesFrom({ automaticReplies })).toEqual(expected);
  });

  it('gives null for a tip with an error', () => {
    expect(automaticRepliesFrom({ error: { code: 'UnknownRecipient' } })).toBeNull();
  });
});

describe('registeredAbsenceFrom', () => {
  it('maps a list item to a registered absence with substitutes; empty until is unknown', () => {
    const record = recordFromListItem(
      absencesList,
      listItem({
        id: '7',
        eTag: '"abc,1"',
        fields: {
          Title: 'Eva Brouwer',
          PersonId: 'p1',
          StartsAt: '2026-11-23T08:00:00Z',
          CallsSubstituteId: 'p2',
          CallbacksSubstituteMailbox: 'burgerzaken@lindeburg.example',
          NoteForFrontOffice: 'Bel de vervanger',
        },
      }),
    )!;
    expect(registeredAbsenceFrom(record)).toEqual({
      id: '7',
      personId: 'p1',
      from: at('2026-11-23T08:00:00Z'),
      expectedUntil: 'unknown',
      substituteForCalls: { kind: 'person', personId: 'p2' },
      substituteForCallbacks: { kind: 'teamMailbox', mailbox: 'burgerzaken@lindeburg.example' },
      noteForFrontOffice: 'Bel de vervanger',
    });
  });
});
