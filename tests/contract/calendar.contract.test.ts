// Contract: calendar getSchedule, events (create, update, delete) and mailboxSettings (get, update) against the
// examples in the Microsoft Graph v1.0 documentation, typed with @microsoft/microsoft-graph-types.
import type * as MicrosoftGraph from '@microsoft/microsoft-graph-types';
import {
  graphDateTimePattern,
  jsonContentType,
  mohamed,
  pieter,
  propertyNames,
  sanne,
  shapeDifferences,
  startContractTenant,
} from './contract-support';
import type { ContractTenant } from './contract-support';

let tenant: ContractTenant;
beforeAll(async () => {
  tenant = await startContractTenant();
});
afterAll(async () => {
  await tenant.emulator.close();
});

const freeBusyStatuses: readonly MicrosoftGraph.FreeBusyStatus[] = [
  'unknown',
  'free',
  'tentative',
  'busy',
  'oof',
  'workingElsewhere',
];

// Doc "calendar: getSchedule", response example (first schedule, trimmed).
const documentedSchedule = {
  '@odata.context':
    'https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.scheduleInformation)',
  value: [
    {
      scheduleId: 'adelev@contoso.onmicrosoft.com',
      availabilityView: '000220000',
      scheduleItems: [
        {
          isPrivate: false,
          status: 'busy',
          subject: "Let's go for lunch",
          location: "Harry's Bar",
          start: { dateTime: '2019-03-15T12:00:00.0000000', timeZone: 'Pacific Standard Time' },
          end: { dateTime: '2019-03-15T14:00:00.0000000', timeZone: 'Pacific Standard Time' },
        },
      ],
      workingHours: {
        daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
        startTime: '08:00:00.0000000',
        endTime: '17:00:00.0000000',
        timeZone: { name: 'Pacific Standard Time' },
      },
    },
  ],
};

/**
 * The documented example shows a non-private item; private items of a shared calendar carry isPrivate but never
 * their subject or location. Compares the non-private items with the example and checks the private ones.
 */
function scheduleDifferences(body: unknown): string[] {
  const { value, ...rest } = body as { value: MicrosoftGraph.ScheduleInformation[] };
  const [first] = value;
  const items = first?.scheduleItems ?? [];
  const privateItems = items.filter((item) => item.isPrivate === true);
  const privateLeaks = privateItems
    .filter((item) => 'subject' in item || 'location' in item)
    .map((item) => `private item at ${item.start?.dateTime ?? '?'} shows its subject or location`);
  const publicItems = items.filter((item) => item.isPrivate !== true);
  return [
    ...shapeDifferences(
      { ...rest, value: [{ ...first, scheduleItems: publicItems }] },
      documentedSchedule,
    ),
    ...privateLeaks,
  ];
}

/** A seeded colleague whose calendar is shared as free/busy only and has items on the seeded Monday. */
function freeBusyColleague(): string {
  const user = tenant.emulator.state.users.find(
    (candidate) =>
      candidate.calendarSharing === 'freeBusyRead' &&
      tenant.emulator.state.events.some(
        (event) => event.userId === candidate.id && event.start.startsWith('2026-11-30'),
      ),
  );
  if (!user) throw new Error('the seed has no free/busy-only calendar with items on Monday');
  return user.mail;
}

describe('calendar: getSchedule', () => {
  it('answers the API reference example (camelCase, interval as a number)', async () => {
    const res = await tenant.call(sanne, 'POST', '/me/calendar/getSchedule', {
      headers: { Prefer: 'outlook.timezone="Pacific Standard Time"' },
      body: {
        schedules: [pieter, freeBusyColleague()],
        // 00:00–09:00 Pacific is the Amsterdam working day, when the seeded calendars have items.
        startTime: { dateTime: '2026-11-30T00:00:00', timeZone: 'Pacific Standard Time' },
        endTime: { dateTime: '2026-11-30T09:00:00', timeZone: 'Pacific Standard Time' },
        availabilityViewInterval: 60,
      },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(jsonContentType);
    expect(res.json['@odata.context']).toBe(
      `${tenant.emulator.graphUrl}/$metadata#Collection(microsoft.graph.scheduleInformation)`,
    );
    const body = res.json as { value: MicrosoftGraph.ScheduleInformation[] };
    const [shared, freeBusyOnly] = body.value;
    expect(scheduleDifferences({ ...res.json, value: [shared] })).toEqual([]);
    expect(shared?.scheduleItems?.some((item) => item.isPrivate === false)).toBe(true);
    expect(shared?.scheduleId).toBe(pieter);
    expect(shared?.availabilityView).toMatch(/^[0-4]{9}$/);
    for (const item of [...(shared?.scheduleItems ?? []), ...(freeBusyOnly?.scheduleItems ?? [])]) {
      expect(freeBusyStatuses).toContain(item.status);
      expect(item.start?.dateTime).toMatch(graphDateTimePattern);
      expect(item.start?.timeZone).toBe('Pacific Standard Time');
      expect(item.end?.dateTime).toMatch(graphDateTimePattern);
    }
    // The doc's second schedule (free/busy only) shows status, start and end; subject, location and isPrivate
    // come only with details ("Get free/busy schedule of Outlook calendar users and resources").
    expect(freeBusyOnly?.scheduleItems?.length).toBeGreaterThan(0);
    for (const item of freeBusyOnly?.scheduleItems ?? []) {
      expect(propertyNames(item)).toEqual(['end', 'start', 'status']);
    }
  });

  it('answers the concept page example (PascalCase Schedules/StartTime/EndTime, interval "15")', async () => {
    // Doc "Get free/busy schedule of Outlook calendar users and resources".
    const res = await tenant.call(sanne, 'POST', '/me/calendar/getschedule', {
      headers: { Prefer: 'outlook.timezone="Pacific Standard Time"' },
      body: {
        Schedules: [pieter],
        StartTime: { dateTime: '2026-11-30T00:00:00', timeZone: 'Pacific Standard Time' },
        EndTime: { dateTime: '2026-11-30T09:00:00', timeZone: 'Pacific Standard Time' },
        availabilityViewInterval: '15',
      },
    });
    expect(res.status).toBe(200);
    expect(scheduleDifferences(res.json)).toEqual([]);
    const [info] = (res.json as { value: MicrosoftGraph.ScheduleInformation[] }).value;
    // Nine hours in 15-minute slots.
    expect(info?.availabilityView).toHaveLength(36);
    expect(info?.scheduleItems?.length).toBeGreaterThan(0);
  });

  it('is also served at /users/{id}/calendar/getSchedule', async () => {
    const res = await tenant.call(
      sanne,
      'POST',
      `/users/${tenant.user(sanne).id}/calendar/getSchedule`,
      {
        body: {
          schedules: [pieter],
          startTime: { dateTime: '2026-11-30T08:00:00', timeZone: 'UTC' },
          endTime: { dateTime: '2026-11-30T17:00:00', timeZone: 'UTC' },
        },
      },
    );
    expect(res.status).toBe(200);
    const [info] = (res.json as { value: MicrosoftGraph.ScheduleInformation[] }).value;
    // Default interval 30 minutes; without Prefer the times are UTC.
    expect(info?.availabilityView).toHaveLength(18);
    expect(info?.scheduleItems?.[0]?.start?.timeZone).toBe('UTC');
  });

  it('reports an unknown address as a per-schedule error with HTTP 200', async () => {
    const res = await tenant.call(sanne, 'POST', '/me/calendar/getSchedule', {
      body: {
        schedules: ['niemand@lindeburg.example', pieter],
        startTime: { dateTime: '2026-11-30T08:00:00', timeZone: 'UTC' },
        endTime: { dateTime: '2026-11-30T17:00:00', timeZone: 'UTC' },
      },
    });
    expect(res.status).toBe(200);
    const [unknown, known] = (res.json as { value: MicrosoftGraph.ScheduleInformation[] }).value;
    expect(unknown?.scheduleId).toBe('niemand@lindeburg.example');
    expect(unknown?.error).toEqual({
      message: expect.any(String),
      responseCode: expect.any(String),
    });
    expect(known?.error).toBeUndefined();
  });

  it('more than 20 schedules is a 400', async () => {
    const res = await tenant.call(sanne, 'POST', '/me/calendar/getSchedule', {
      body: {
        schedules: Array.from({ length: 21 }, (_, index) => `x${index}@lindeburg.example`),
        startTime: { dateTime: '2026-11-30T08:00:00', timeZone: 'UTC' },
        endTime: { dateTime: '2026-11-30T17:00:00', timeZone: 'UTC' },
      },
    });
    expect(res.status).toBe(400);
    expect(typeof res.json.error.code).toBe('string');
  });

  it('a window of 62 days or more is a 400 (it must be less than 62 days)', async () => {
    const res = await tenant.call(sanne, 'POST', '/me/calendar/getSchedule', {
      body: {
        schedules: [pieter],
        startTime: { dateTime: '2026-11-30T00:00:00', timeZone: 'UTC' },
        endTime: { dateTime: '2027-01-31T00:00:00', timeZone: 'UTC' },
      },
    });
    expect(res.status).toBe(400);
  });

  it('an availabilityViewInterval outside 5..1440 is a 400', async () => {
    const res = await tenant.call(sanne, 'POST', '/me/calendar/getSchedule', {
      body: {
        schedules: [pieter],
        startTime: { dateTime: '2026-11-30T08:00:00', timeZone: 'UTC' },
        endTime: { dateTime: '2026-11-30T17:00:00', timeZone: 'UTC' },
        availabilityViewInterval: 1441,
      },
    });
    expect(res.status).toBe(400);
  });

  it('without a calendar scope it is a 403', async () => {
    const res = await tenant.call(sanne, 'POST', '/me/calendar/getSchedule', {
      scopes: ['User.Read'],
      body: {
        schedules: [pieter],
        startTime: { dateTime: '2026-11-30T08:00:00', timeZone: 'UTC' },
        endTime: { dateTime: '2026-11-30T17:00:00', timeZone: 'UTC' },
      },
    });
    expect(res.status).toBe(403);
    expect(res.json.error.code).toBe('ErrorAccessDenied');
  });
});

describe('Create Event, Update event, Delete event', () => {
  // Doc "Create Event", response 1 (trimmed to what matters).
  const documentedEvent = {
    '@odata.context':
      "https://graph.microsoft.com/v1.0/$metadata#users('cd209b0b-3f83-4c35-82d2-d88a61820480')/events/$entity",
    '@odata.etag': 'W/"ZlnW4RIAV06KYYwlrfNZvQAALfZeRQ=="',
    id: 'AAMkAGI1AAAt9AHjAAA=',
    createdDateTime: '2017-04-15T03:00:50.7579581Z',
    lastModifiedDateTime: '2017-04-15T03:00:51.245372Z',
    changeKey: 'ZlnW4RIAV06KYYwlrfNZvQAALfZeRQ==',
    categories: [],
    originalStartTimeZone: 'Pacific Standard Time',
    originalEndTimeZone: 'Pacific Standard Time',
    iCalUId: '040000008200E00074C5B7101A82E00800000000DA2B357D94B5D201000000000000000010000000EC45',
    reminderMinutesBeforeStart: 15,
    isReminderOn: true,
    hasAttachments: false,
    subject: "Let's go brunch",
    bodyPreview: 'Does late morning work for you?',
    importance: 'normal',
    sensitivity: 'normal',
    isAllDay: false,
    isCancelled: false,
    isOrganizer: true,
    responseRequested: true,
    seriesMasterId: null,
    showAs: 'busy',
    type: 'singleInstance',
    webLink:
      'https://outlook.office365.com/owa/?itemid=AAMkAGI1AAAt9AHjAAA%3D&exvsurl=1&path=/calendar/item',
    onlineMeetingUrl: null,
    responseStatus: { response: 'organizer', time: '0001-01-01T00:00:00Z' },
    body: {
      contentType: 'html',
      content: '<html><head></head><body>Does late morning work for you?</body></html>',
    },
    start: { dateTime: '2017-04-15T11:00:00.0000000', timeZone: 'Pacific Standard Time' },
    end: { dateTime: '2017-04-15T12:00:00.0000000', timeZone: 'Pacific Standard Time' },
    location: { displayName: "Harry's Bar", locationType: 'default', uniqueIdType: 'private' },
    locations: [{ displayName: "Harry's Bar", locationType: 'default', uniqueIdType: 'unknown' }],
    recurrence: null,
    attendees: [
      {
        type: 'required',
        status: { response: 'none', time: '0001-01-01T00:00:00Z' },
        emailAddress: { name: 'Samantha Booth', address: 'samanthab@contoso.onmicrosoft.com' },
      },
    ],
    organizer: { emailAddress: { name: 'Dana Swope', address: 'danas@contoso.onmicrosoft.com' } },
  };

  it('POST /me/events (request 1) creates the event: 201 with the event in the Prefer zone', async () => {
    const res = await tenant.call(pieter, 'POST', '/me/events', {
      headers: { Prefer: 'outlook.timezone="Pacific Standard Time"' },
      body: {
        subject: "Let's go for lunch",
        body: { contentType: 'HTML', content: 'Does late morning work for you?' },
        start: { dateTime: '2026-12-02T12:00:00', timeZone: 'Pacific Standard Time' },
        end: { dateTime: '2026-12-02T14:00:00', timeZone: 'Pacific Standard Time' },
        location: { displayName: "Harry's Bar" },
        attendees: [
          {
            emailAddress: { address: sanne, name: 'Sanne de Vries' },
            type: 'required',
          },
        ],
      },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toMatch(jsonContentType);
    expect(shapeDifferences(res.json, documentedEvent)).toEqual([]);
    const event = res.json as MicrosoftGraph.Event;
    expect(res.json['@odata.context']).toBe(
      `${tenant.emulator.graphUrl}/$metadata#users('${tenant.user(pieter).id}')/events/$entity`,
    );
    expect(event.start).toEqual({
      dateTime: '2026-12-02T12:00:00.0000000',
      timeZone: 'Pacific Standard Time',
    });
    expect(event.subject).toBe("Let's go for lunch");
    expect(event.location?.displayName).toBe("Harry's Bar");
    expect(event.attendees?.[0]?.emailAddress?.address).toBe(sanne);
    expect(event.organizer?.emailAddress?.address).toBe(tenant.user(pieter).mail);
  });

  it('PATCH /me/events/{id} (the documented body) answers 200 with the updated event', async () => {
    const created = await tenant.call(pieter, 'POST', '/me/events', {
      body: {
        subject: 'Overleg',
        start: { dateTime: '2026-12-03T09:00:00', timeZone: 'UTC' },
        end: { dateTime: '2026-12-03T10:00:00', timeZone: 'UTC' },
      },
    });
    expect(created.status).toBe(201);
    const id = (created.json as MicrosoftGraph.Event).id ?? '';
    // Doc "Update event": the request body, adapted only where it holds placeholders.
    const res = await tenant.call(pieter, 'PATCH', `/me/events/${id}`, {
      body: {
        originalStartTimeZone: 'UTC',
        originalEndTimeZone: 'UTC',
        recurrence: null,
        reminderMinutesBeforeStart: 99,
        isOnlineMeeting: true,
        onlineMeetingProvider: 'teamsForBusiness',
        isReminderOn: true,
        hideAttendees: false,
        categories: ['Red category'],
      },
    });
    expect(res.status).toBe(200);
    // Doc "Update event", response (trimmed).
    const documented = {
      recurrence: null,
      reminderMinutesBeforeStart: 99,
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      isReminderOn: true,
      hideAttendees: false,
    };
    expect(shapeDifferences(res.json, documented)).toEqual([]);
    const event = res.json as MicrosoftGraph.Event;
    expect(event.reminderMinutesBeforeStart).toBe(99);
    expect(event.categories).toEqual(['Red category']);
    expect(event.isOnlineMeeting).toBe(true);
    expect(event.subject).toBe('Overleg');

    const moved = await tenant.call(pieter, 'PATCH', `/me/events/${id}`, {
      body: {
        start: { dateTime: '2026-12-03T11:00:00', timeZone: 'UTC' },
        end: { dateTime: '2026-12-03T12:00:00', timeZone: 'UTC' },
      },
    });
    expect(moved.status).toBe(200);
    expect((moved.json as MicrosoftGraph.Event).start?.dateTime).toBe(
      '2026-12-03T11:00:00.0000000',
    );

    // Doc "Delete event": 204 No Content, then the event is gone.
    const deleted = await tenant.call(pieter, 'DELETE', `/me/events/${id}`);
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    const again = await tenant.call(pieter, 'DELETE', `/me/events/${id}`);
    expect(again.status).toBe(404);
  });

  it('without Calendars.ReadWrite creating an event is a 403', async () => {
    const res = await tenant.call(pieter, 'POST', '/me/events', {
      scopes: ['Calendars.Read'],
      body: {
        subject: 'x',
        start: { dateTime: '2026-12-03T09:00:00', timeZone: 'UTC' },
        end: { dateTime: '2026-12-03T10:00:00', timeZone: 'UTC' },
      },
    });
    expect(res.status).toBe(403);
  });
});

describe('Get user mailbox settings, Update user mailbox settings', () => {
  it('GET /me/mailboxSettings (example 1) returns all settings', async () => {
    // Doc "Get user mailbox settings", example 1 (userPurpose left out: the example prints an object where the
    // resource and microsoft-graph-types define a string).
    const documented = {
      automaticRepliesSetting: {
        status: 'Scheduled',
        externalAudience: 'All',
        internalReplyMessage: '<html>…</html>',
        externalReplyMessage: '<html>…</html>',
      },
      timeZone: 'UTC',
      language: { locale: 'en-US', displayName: 'English (United States)' },
      workingHours: {
        daysOfWeek: ['monday'],
        startTime: '08:00:00.0000000',
        endTime: '17:00:00.0000000',
        timeZone: { name: 'Pacific Standard Time' },
      },
      dateFormat: 'MM/dd/yyyy',
      timeFormat: 'hh:mm tt',
      delegateMeetingMessageDeliveryOptions: 'sendToDelegateOnly',
    };
    const res = await tenant.call(pieter, 'GET', '/me/mailboxSettings');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(jsonContentType);
    expect(shapeDifferences(res.json, documented)).toEqual([]);
    const settings = res.json as MicrosoftGraph.MailboxSettings;
    expect(settings.workingHours?.startTime).toMatch(/^\d{2}:\d{2}:\d{2}\.\d{7}$/);
  });

  it('GET /me/mailboxSettings/automaticRepliesSetting and /workingHours (examples 2 and 3)', async () => {
    const replies = await tenant.call(pieter, 'GET', '/me/mailboxSettings/automaticRepliesSetting');
    expect(replies.status).toBe(200);
    expect(
      shapeDifferences(replies.json, {
        status: 'alwaysEnabled',
        externalAudience: 'None',
        internalReplyMessage: '',
        externalReplyMessage: '',
      }),
    ).toEqual([]);
    const hours = await tenant.call(pieter, 'GET', '/me/mailboxSettings/workingHours');
    expect(hours.status).toBe(200);
    const workingHours = hours.json as MicrosoftGraph.WorkingHours;
    expect(
      shapeDifferences(workingHours, {
        daysOfWeek: ['monday'],
        startTime: '09:00:00.0000000',
        endTime: '18:30:00.0000000',
        timeZone: { name: 'x' },
      }),
    ).toEqual([]);
  });

  it('PATCH /me/mailboxSettings (example 1) schedules automatic replies and answers the updated setting', async () => {
    const res = await tenant.call(mohamed, 'PATCH', '/me/mailboxSettings', {
      body: {
        '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#Me/mailboxSettings',
        automaticRepliesSetting: {
          status: 'Scheduled',
          scheduledStartDateTime: { dateTime: '2026-12-20T18:00:00.0000000', timeZone: 'UTC' },
          scheduledEndDateTime: { dateTime: '2026-12-28T18:00:00.0000000', timeZone: 'UTC' },
        },
      },
    });
    expect(res.status).toBe(200);
    // Doc "Update user mailbox settings", example 1 response.
    const documented = {
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#Me/mailboxSettings',
      automaticRepliesSetting: {
        status: 'scheduled',
        externalAudience: 'all',
        scheduledStartDateTime: { dateTime: '2016-03-20T02:00:00.0000000', timeZone: 'UTC' },
        scheduledEndDateTime: { dateTime: '2016-03-28T02:00:00.0000000', timeZone: 'UTC' },
        internalReplyMessage: '<html>…</html>',
        externalReplyMessage: '<html>…</html>',
      },
    };
    expect(shapeDifferences(res.json, documented)).toEqual([]);
    const settings = res.json as MicrosoftGraph.MailboxSettings;
    expect(settings.automaticRepliesSetting?.status).toBe('scheduled');
    expect(settings.automaticRepliesSetting?.scheduledStartDateTime).toEqual({
      dateTime: '2026-12-20T18:00:00.0000000',
      timeZone: 'UTC',
    });
  });

  it('PATCH workingHours with a custom time zone (example 2) answers the working hours with that zone', async () => {
    const res = await tenant.call(mohamed, 'PATCH', '/me/mailboxSettings', {
      body: {
        workingHours: {
          endTime: '18:30:00.0000000',
          daysOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
          timeZone: {
            '@odata.type': '#microsoft.graph.customTimeZone',
            bias: -300,
            name: 'Customized Time Zone',
            standardOffset: {
              time: '02:00:00.0000000',
              dayOccurrence: 2,
              dayOfWeek: 'Sunday',
              month: 10,
              year: 0,
            },
            daylightOffset: {
              daylightBias: 100,
              time: '02:00:00.0000000',
              dayOccurrence: 4,
              dayOfWeek: 'Sunday',
              month: 5,
              year: 0,
            },
          },
        },
      },
    });
    expect(res.status).toBe(200);
    // Doc "Update user mailbox settings", example 2 response.
    const documented = {
      workingHours: {
        daysOfWeek: ['monday'],
        startTime: '09:00:00.0000000',
        endTime: '18:30:00.0000000',
        timeZone: {
          '@odata.type': '#microsoft.graph.customTimeZone',
          bias: -200,
          name: 'Customized Time Zone',
          standardOffset: {
            time: '02:00:00.0000000',
            dayOccurrence: 4,
            dayOfWeek: 'sunday',
            month: 5,
            year: 0,
          },
          daylightOffset: {
            daylightBias: -100,
            time: '02:00:00.0000000',
            dayOccurrence: 2,
            dayOfWeek: 'sunday',
            month: 10,
            year: 0,
          },
        },
      },
    };
    expect(shapeDifferences(res.json, documented)).toEqual([]);
    const settings = res.json as MicrosoftGraph.MailboxSettings;
    expect(settings.workingHours?.daysOfWeek).toEqual([
      'monday',
      'tuesday',
      'wednesday',
      'thursday',
      'friday',
      'saturday',
    ]);
    expect(settings.workingHours?.endTime).toBe('18:30:00.0000000');
  });

  it.each([
    ['an invalid startTime', { startTime: '08' }, 'RequestBodyRead'],
    [
      'a start time after the end time',
      { startTime: '18:00:00.0000000', endTime: '08:00:00.0000000' },
      'ErrorInvalidTimeSettings',
    ],
    ['an invalid day', { daysOfWeek: ['RandomDay'] }, 'InvalidArguments'],
    ['an invalid time zone', { timeZone: { name: 'Nowhere Standard Time' } }, 'InvalidTimeZone'],
  ])(
    'PATCH workingHours with %s is a 400 %s (documented errors)',
    async (_name, workingHours, code) => {
      const before = await tenant.call(pieter, 'GET', '/me/mailboxSettings/workingHours');
      const res = await tenant.call(pieter, 'PATCH', '/me/mailboxSettings', {
        body: { workingHours },
      });
      expect(res.status).toBe(400);
      expect(res.json.error.code).toBe(code);
      const after = await tenant.call(pieter, 'GET', '/me/mailboxSettings/workingHours');
      expect(after.json).toEqual(before.json);
    },
  );

  it('without MailboxSettings.ReadWrite updating is a 403', async () => {
    const res = await tenant.call(pieter, 'PATCH', '/me/mailboxSettings', {
      scopes: ['MailboxSettings.Read'],
      body: { timeZone: 'UTC' },
    });
    expect(res.status).toBe(403);
  });
});
