import type { ScheduleInformation, MailboxSettings, Event } from '@microsoft/microsoft-graph-types';
import { generateSeed } from '../seed';
import type { EmulatorState } from '../store';
import { availabilityViewFor, calendarRoutes } from './calendar';
import { callRoute } from './test-context';

const now = new Date('2026-11-30T08:15:00Z'); // Monday 09:15 in Amsterdam
const pieterUpn = 'pieter.vanderberg@lindeburg.example';
const sanneUpn = 'sanne.devries@lindeburg.example';
const amsterdam = 'W. Europe Standard Time';

let state: EmulatorState;
beforeEach(() => {
  state = generateSeed(now);
});

const getSchedule = (body: unknown, headers: Record<string, string> = {}) =>
  callRoute(calendarRoutes, {
    state,
    as: sanneUpn,
    method: 'POST',
    path: '/me/calendar/getSchedule',
    body,
    headers,
    now,
  });

const day = (schedules: string[], interval = 30) => ({
  schedules,
  startTime: { dateTime: '2026-11-30T08:00:00', timeZone: amsterdam },
  endTime: { dateTime: '2026-11-30T18:00:00', timeZone: amsterdam },
  availabilityViewInterval: interval,
});

describe('availabilityViewFor', () => {
  const at = (time: string) => new Date(`2026-11-30T${time}:00Z`);
  it.each([
    ['nothing is free', [], '0000'],
    [
      'a busy half hour',
      [{ start: at('09:30'), end: at('10:00'), showAs: 'busy' as const }],
      '0200',
    ],
    [
      'tentative under busy shows busy',
      [
        { start: at('09:00'), end: at('10:00'), showAs: 'tentative' as const },
        { start: at('09:15'), end: at('09:45'), showAs: 'busy' as const },
      ],
      '2200',
    ],
    [
      'oof beats busy',
      [
        { start: at('09:00'), end: at('11:00'), showAs: 'busy' as const },
        { start: at('10:00'), end: at('10:10'), showAs: 'oof' as const },
      ],
      '2232',
    ],
    [
      'working elsewhere counts as free',
      [{ start: at('09:00'), end: at('11:00'), showAs: 'workingElsewhere' as const }],
      '0000',
    ],
    [
      'a partial overlap marks the interval',
      [{ start: at('09:29'), end: at('09:31'), showAs: 'tentative' as const }],
      '1100',
    ],
  ])('%s', (_label, items, expected) => {
    expect(availabilityViewFor(items, at('09:00'), at('11:00'), 30)).toBe(expected);
  });

  it('counts a last partial interval', () => {
    expect(
      availabilityViewFor(
        [],
        new Date('2026-11-30T09:00:00Z'),
        new Date('2026-11-30T09:40:00Z'),
        30,
      ),
    ).toHaveLength(2);
  });
});

describe('POST /me/calendar/getSchedule', () => {
  it('returns items with subject and location for a calendar shared with details, in the Prefer zone', async () => {
    const response = await getSchedule(day([pieterUpn]), {
      Prefer: `outlook.timezone="${amsterdam}"`,
    });
    expect(response.status).toBe(200);
    const [info] = response.body.value as ScheduleInformation[];
    expect(info?.scheduleId).toBe(pieterUpn);
    expect(info?.availabilityView).toHaveLength(20);
    // 09:00–10:00 and 10:00–10:30 busy (back to back), from 08:00 in half hours.
    expect(info?.availabilityView?.slice(0, 6)).toBe('002220');
    const first = info?.scheduleItems?.[0];
    expect(first).toMatchObject({
      isPrivate: false,
      status: 'busy',
      subject: 'Teamoverleg Burgerzaken',
      start: { dateTime: '2026-11-30T09:00:00.0000000', timeZone: amsterdam },
    });
    expect(typeof first?.location).toBe('string');
    const privateItem = info?.scheduleItems?.find((item) => item.isPrivate);
    expect(privateItem).toBeDefined();
    expect(privateItem).not.toHaveProperty('subject');
    expect(privateItem).not.toHaveProperty('location');
    expect(info?.workingHours).toEqual({
      daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
      startTime: '08:30:00.0000000',
      endTime: '17:00:00.0000000',
      timeZone: { name: amsterdam },
    });
  });

  it('hides subjects and locations of a calendar shared as free/busy only', async () => {
    const hidden = state.users.find(
      (user) =>
        user.calendarSharing === 'freeBusyRead' &&
        state.events.some(
          (event) =>
            event.userId === user.id &&
            event.start.startsWith('2026-11-30') &&
            event.sensitivity === 'normal',
        ),
    );
    if (!hidden) throw new Error('seed has no free/busy calendar with items on Monday');
    const response = await getSchedule(day([hidden.mail]));
    const [info] = response.body.value as ScheduleInformation[];
    expect(info?.scheduleItems?.length).toBeGreaterThan(0);
    for (const item of info?.scheduleItems ?? []) {
      expect(item).not.toHaveProperty('subject');
      expect(item).not.toHaveProperty('location');
    }
  });

  it('renders times in UTC without a Prefer header', async () => {
    const response = await getSchedule(day([pieterUpn]));
    const [info] = response.body.value as ScheduleInformation[];
    expect(info?.scheduleItems?.[0]?.start).toEqual({
      dateTime: '2026-11-30T08:00:00.0000000',
      timeZone: 'UTC',
    });
  });

  it('reports an unknown address per schedule with an overall 200', async () => {
    const response = await getSchedule(day(['nobody@lindeburg.example', pieterUpn]));
    expect(response.status).toBe(200);
    const [unknown, known] = response.body.value as ScheduleInformation[];
    expect(unknown?.error).toMatchObject({ responseCode: 'ErrorMailRecipientNotFound' });
    expect(known?.error).toBeUndefined();
  });

  it.each([
    ['21 schedules', { ...day(Array.from({ length: 21 }, (_, i) => `p${i}@lindeburg.example`)) }],
    ['no schedules', { ...day([]) }],
    ['interval 4', day([pieterUpn], 4)],
    ['interval 1441', day([pieterUpn], 1441)],
    [
      'a window of 62 days',
      { ...day([pieterUpn]), endTime: { dateTime: '2027-01-31T08:00:00', timeZone: amsterdam } },
    ],
    [
      'a missing endTime',
      { schedules: [pieterUpn], startTime: { dateTime: '2026-11-30T08:00:00', timeZone: 'UTC' } },
    ],
    [
      'end before start',
      { ...day([pieterUpn]), endTime: { dateTime: '2026-11-29T08:00:00', timeZone: amsterdam } },
    ],
    [
      'an unknown time zone',
      {
        ...day([pieterUpn]),
        startTime: { dateTime: '2026-11-30T08:00:00', timeZone: 'Atlantis Time' },
      },
    ],
  ])('rejects %s with 400', async (_label, body) => {
    const response = await getSchedule(body);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('ErrorInvalidParameter');
  });

  it('accepts 20 schedules and a window just under 62 days', async () => {
    const twenty = state.users.slice(0, 20).map((user) => user.mail);
    const response = await getSchedule({
      ...day(twenty, 1440),
      endTime: { dateTime: '2027-01-30T07:00:00', timeZone: amsterdam },
    });
    expect(response.status).toBe(200);
    expect(response.body.value).toHaveLength(20);
  });

  it('needs a calendar scope', async () => {
    const response = await callRoute(calendarRoutes, {
      state,
      as: sanneUpn,
      method: 'POST',
      path: '/me/calendar/getSchedule',
      body: day([pieterUpn]),
      now,
      scopes: ['User.Read'],
    });
    expect(response.status).toBe(403);
  });
});

describe('events', () => {
  const write = ['Calendars.ReadWrite'];
  it('creates, updates and deletes an own event, visible in getSchedule', async () => {
    const created = await callRoute(calendarRoutes, {
      state,
      as: pieterUpn,
      method: 'POST',
      path: '/me/events',
      scopes: write,
      now,
      body: {
        subject: 'Ziek naar huis',
        start: { dateTime: '2026-11-30T12:00:00', timeZone: amsterdam },
        end: { dateTime: '2026-11-30T17:00:00', timeZone: amsterdam },
        showAs: 'oof',
        location: { displayName: 'Thuis' },
      },
    });
    expect(created.status).toBe(201);
    const event = created.body as Event;
    expect(event).toMatchObject({
      subject: 'Ziek naar huis',
      showAs: 'oof',
      start: { dateTime: '2026-11-30T11:00:00.0000000', timeZone: 'UTC' },
      location: { displayName: 'Thuis' },
    });
    expect(state.events.find((stored) => stored.id === event.id)?.origin).toBe('user');

    const schedule = await getSchedule(day([pieterUpn]));
    expect((schedule.body.value as ScheduleInformation[])[0]?.availabilityView?.slice(8, 18)).toBe(
      '3333333333',
    );

    const patched = await callRoute(calendarRoutes, {
      state,
      as: pieterUpn,
      method: 'PATCH',
      path: `/me/events/${event.id}`,
      scopes: write,
      now,
      body: { showAs: 'busy' },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.showAs).toBe('busy');

    const deleted = await callRoute(calendarRoutes, {
      state,
      as: pieterUpn,
      method: 'DELETE',
      path: `/me/events/${event.id}`,
      scopes: write,
      now,
    });
    expect(deleted.status).toBe(204);
    const again = await callRoute(calendarRoutes, {
      state,
      as: pieterUpn,
      method: 'DELETE',
      path: `/me/events/${event.id}`,
      scopes: write,
      now,
    });
    expect(again.status).toBe(404);
    expect(again.body.error.code).toBe('ErrorItemNotFound');
  });

  it('rejects an event without an end, and writes to another mailbox', async () => {
    const noEnd = await callRoute(calendarRoutes, {
      state,
      as: pieterUpn,
      method: 'POST',
      path: '/me/events',
      scopes: write,
      now,
      body: { subject: 'x', start: { dateTime: '2026-11-30T12:00:00', timeZone: 'UTC' } },
    });
    expect(noEnd.status).toBe(400);
    const other = await callRoute(calendarRoutes, {
      state,
      as: sanneUpn,
      method: 'POST',
      path: `/users/${pieterUpn}/events`,
      scopes: write,
      now,
      body: {
        subject: 'x',
        start: { dateTime: '2026-11-30T12:00:00', timeZone: 'UTC' },
        end: { dateTime: '2026-11-30T13:00:00', timeZone: 'UTC' },
      },
    });
    expect(other.status).toBe(403);
  });
});

describe('mailboxSettings', () => {
  it('reads and patches automatic replies and working hours', async () => {
    const read = await callRoute(calendarRoutes, {
      state,
      as: pieterUpn,
      method: 'GET',
      path: '/me/mailboxSettings',
      // The app does not ask for it (working hours come with getSchedule); a scenario script may.
      scopes: ['MailboxSettings.Read'],
      now,
    });
    expect(read.status).toBe(200);
    const settings = read.body as MailboxSettings;
    expect(settings.workingHours?.timeZone?.name).toBe(amsterdam);
    expect(settings.language?.locale).toBe('nl-NL');

    const patch = await callRoute(calendarRoutes, {
      state,
      as: pieterUpn,
      method: 'PATCH',
      path: '/me/mailboxSettings',
      scopes: ['MailboxSettings.ReadWrite'],
      now,
      body: {
        automaticRepliesSetting: {
          status: 'scheduled',
          internalReplyMessage: 'Ik ben er niet',
          scheduledStartDateTime: { dateTime: '2026-11-30T00:00:00', timeZone: amsterdam },
          scheduledEndDateTime: { dateTime: '2026-12-02T00:00:00', timeZone: amsterdam },
        },
        workingHours: {
          daysOfWeek: ['monday', 'tuesday'],
          startTime: '09:00:00.0000000',
          endTime: '13:00:00.0000000',
          timeZone: { name: amsterdam },
        },
      },
    });
    expect(patch.status).toBe(200);
    expect(patch.body.automaticRepliesSetting).toMatchObject({
      status: 'scheduled',
      scheduledStartDateTime: { dateTime: '2026-11-29T23:00:00.0000000', timeZone: 'UTC' },
    });
    const schedule = await getSchedule(day([pieterUpn]));
    expect((schedule.body.value as ScheduleInformation[])[0]?.workingHours).toMatchObject({
      daysOfWeek: ['monday', 'tuesday'],
      endTime: '13:00:00.0000000',
    });
  });

  it.each([
    ['an unknown status', { automaticRepliesSetting: { status: 'sometimes' } }],
    [
      'scheduled without dates',
      { automaticRepliesSetting: { status: 'scheduled', scheduledStartDateTime: null } },
    ],
    [
      'end before start of working hours',
      { workingHours: { startTime: '17:00:00', endTime: '09:00:00' } },
    ],
  ])('rejects %s with 400', async (_label, body) => {
    const response = await callRoute(calendarRoutes, {
      state,
      as: sanneUpn,
      method: 'PATCH',
      path: '/me/mailboxSettings',
      scopes: ['MailboxSettings.ReadWrite'],
      now,
      body,
    });
    expect(response.status).toBe(400);
  });

  it('needs MailboxSettings.ReadWrite to patch and forbids another mailbox', async () => {
    const readOnly = await callRoute(calendarRoutes, {
      state,
      as: pieterUpn,
      method: 'PATCH',
      path: '/me/mailboxSettings',
      now,
      body: { timeZone: 'UTC' },
    });
    expect(readOnly.status).toBe(403);
    const other = await callRoute(calendarRoutes, {
      state,
      as: sanneUpn,
      method: 'GET',
      path: `/users/${pieterUpn}/mailboxSettings`,
      now,
    });
    expect(other.status).toBe(403);
  });
});
