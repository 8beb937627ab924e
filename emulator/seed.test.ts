import { demoPersonas } from './personas';
import { generateSeed, refreshSeededCalendars, seededGroupIds } from './seed';
import { amsterdamWeekStart, instantFromWallClock } from './time';

const monday = new Date('2026-11-30T08:15:00Z');
const seed = generateSeed(monday);
const byUpn = (upn: string) => {
  const user = seed.users.find((candidate) => candidate.userPrincipalName === upn);
  if (!user) throw new Error(`missing ${upn}`);
  return user;
};

describe('generateSeed', () => {
  it('is deterministic within a week and differs in calendars for another week', () => {
    // Later in the week, the same tenant plus the callback requests made since Monday morning.
    const { items: laterItems, ...later } = generateSeed(new Date('2026-12-03T15:00:00Z'));
    const { items, ...rest } = seed;
    // The lists' highest item id grows with the requests made since; nothing else differs.
    const withoutItemIds = (state: typeof rest): unknown => ({
      ...state,
      lists: state.lists.map(({ lastItemId: _lastItemId, ...list }) => list),
    });
    expect(JSON.stringify(withoutItemIds(later))).toBe(JSON.stringify(withoutItemIds(rest)));
    const laterFields = laterItems.map((item) => item.fields);
    for (const item of items) expect(laterFields).toContainEqual(item.fields);
    const nextWeek = generateSeed(new Date('2026-12-08T08:00:00Z'));
    expect(nextWeek.users).toEqual(seed.users);
    expect(nextWeek.events).not.toEqual(seed.events);
  });

  it('builds a municipality of about 400 people in about 25 teams with a full manager chain', () => {
    expect(seed.users.length).toBeGreaterThanOrEqual(380);
    expect(seed.users.length).toBeLessThanOrEqual(420);
    // Guests (B2B) are outside the organisation chart.
    // Staff: not the guest, nor the front office's shared mailbox (a user object whose sign-in is blocked).
    const staff = seed.users.filter((user) => user.userType !== 'Guest' && user.accountEnabled);
    const departments = new Set(staff.map((user) => user.department));
    expect(departments.size).toBe(6);
    const leaders = seed.users.filter((user) =>
      /^Teamleider|^Coördinator KCP/.test(user.jobTitle ?? ''),
    );
    expect(leaders.length).toBe(25);
    const ids = new Set(seed.users.map((user) => user.id));
    const withoutManager = staff.filter((user) => user.managerId === null);
    expect(withoutManager).toHaveLength(1); // the gemeentesecretaris
    for (const user of seed.users)
      if (user.managerId !== null) expect(ids.has(user.managerId)).toBe(true);
    expect(new Set(seed.users.map((user) => user.userPrincipalName)).size).toBe(seed.users.length);
  });

  it('has the four personas in their places', () => {
    for (const persona of demoPersonas)
      expect(byUpn(persona.upn).displayName).toBe(persona.displayName);
    const mohamed = byUpn('mohamed.elamrani@lindeburg.example');
    const pieter = byUpn('pieter.vanderberg@lindeburg.example');
    const ingrid = byUpn('ingrid.bakker@lindeburg.example');
    const sanne = byUpn('sanne.devries@lindeburg.example');
    expect(pieter.managerId).toBe(mohamed.id);
    expect(sanne.managerId).toBe(ingrid.id);
    const kcp = seed.groups.find((group) => group.id === seededGroupIds.kcp);
    const leaders = seed.groups.find((group) => group.id === seededGroupIds.teamLeaders);
    const coordinators = seed.groups.find((group) => group.id === seededGroupIds.coordinators);
    expect(kcp?.memberIds).toContain(sanne.id);
    expect(leaders?.memberIds).toContain(mohamed.id);
    expect(leaders?.memberIds).not.toContain(pieter.id);
    expect(coordinators?.memberIds).toEqual([ingrid.id]);
    const allStaff = seed.groups.find((group) => group.id === seededGroupIds.allStaff);
    expect(allStaff?.displayName).toBe('Alle medewerkers');
    // Members only: a guest is not staff, nor is a shared mailbox (its sign-in is blocked).
    expect(allStaff?.memberIds).toEqual(
      seed.users
        .filter((user) => user.userType !== 'Guest' && user.accountEnabled)
        .map((user) => user.id),
    );
  });

  it('uses Dutch names with particles', () => {
    const names = seed.users.map((user) => user.displayName);
    expect(names.some((name) => / van der /.test(name))).toBe(true);
    expect(names.some((name) => / van den /.test(name))).toBe(true);
    expect(names.some((name) => / de /.test(name))).toBe(true);
  });

  it('shares some calendars with details and others free/busy only, and has part-timers', () => {
    const freeBusy = seed.users.filter((user) => user.calendarSharing === 'freeBusyRead').length;
    expect(freeBusy / seed.users.length).toBeGreaterThan(0.25);
    expect(freeBusy / seed.users.length).toBeLessThan(0.55);
    const hours = Object.values(seed.mailboxSettings).map((settings) => settings.workingHours);
    expect(hours.some((entry) => entry.daysOfWeek.length === 3)).toBe(true);
    expect(hours.some((entry) => entry.daysOfWeek.length === 4)).toBe(true);
    expect(hours.some((entry) => entry.endTime === '13:00:00.0000000')).toBe(true);
    expect(hours.some((entry) => entry.startTime === '07:30:00.0000000')).toBe(true);
  });

  it('fills calendars for this and next week with busy, tentative, private, oof and all-day items', () => {
    const weekStart = instantFromWallClock(
      { year: 2026, month: 11, day: 30, hour: 0, minute: 0, second: 0 },
      'Europe/Amsterdam',
    );
    const twoWeeksLater = new Date(weekStart.getTime() + 14 * 86_400_000 + 3_600_000);
    for (const event of seed.events) {
      expect(new Date(event.start) >= weekStart).toBe(true);
      expect(new Date(event.end) <= twoWeeksLater).toBe(true);
    }
    const kinds = new Set(seed.events.map((event) => event.showAs));
    expect([...kinds].sort()).toEqual(['busy', 'free', 'oof', 'tentative', 'workingElsewhere']);
    expect(seed.events.some((event) => event.sensitivity === 'private')).toBe(true);
    expect(
      seed.events.some(
        (event) =>
          event.isAllDay &&
          event.showAs === 'oof' &&
          new Date(event.end).getTime() - new Date(event.start).getTime() > 86_400_000 + 3_600_000,
      ),
    ).toBe(true);
    expect(seed.events.every((event) => event.origin === 'seed')).toBe(true);
  });

  it('gives Pieter meetings today and tomorrow during working time', () => {
    const pieter = byUpn('pieter.vanderberg@lindeburg.example');
    for (const day of [30, 31]) {
      const date = day === 30 ? { month: 11, day: 30 } : { month: 12, day: 1 };
      const from = instantFromWallClock(
        { year: 2026, ...date, hour: 8, minute: 30, second: 0 },
        'Europe/Amsterdam',
      );
      const to = instantFromWallClock(
        { year: 2026, ...date, hour: 17, minute: 0, second: 0 },
        'Europe/Amsterdam',
      );
      const meetings = seed.events.filter(
        (event) =>
          event.userId === pieter.id && new Date(event.start) >= from && new Date(event.end) <= to,
      );
      expect(meetings.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('has presences and automatic replies for everyone, with some out of office', () => {
    expect(Object.keys(seed.presences)).toHaveLength(seed.users.length);
    const availabilities = new Set(
      Object.values(seed.presences).map((presence) => presence.availability),
    );
    for (const value of ['Available', 'Busy', 'DoNotDisturb', 'BeRightBack', 'Away', 'Offline'])
      expect(availabilities.has(value)).toBe(true);
    const statuses = Object.values(seed.mailboxSettings).map(
      (settings) => settings.automaticRepliesSetting.status,
    );
    expect(statuses.filter((status) => status === 'scheduled').length).toBeGreaterThan(10);
    expect(Object.values(seed.presences).some((presence) => presence.statusMessage !== null)).toBe(
      true,
    );
  });
});

describe('refreshSeededCalendars', () => {
  it('does nothing within the same week', () => {
    const state = generateSeed(monday);
    const before = JSON.stringify(state);
    refreshSeededCalendars(state, new Date('2026-12-04T12:00:00Z'));
    expect(JSON.stringify(state)).toBe(before);
  });

  it('moves seeded events to the new week and keeps what users made or changed', () => {
    const state = generateSeed(monday);
    const pieter = state.users.find(
      (user) => user.userPrincipalName === 'pieter.vanderberg@lindeburg.example',
    );
    if (!pieter) throw new Error('no Pieter');
    state.events.push({
      id: 'mine',
      userId: pieter.id,
      subject: 'Eigen afspraak',
      location: '',
      start: '2026-12-01T10:00:00.000Z',
      end: '2026-12-01T11:00:00.000Z',
      showAs: 'busy',
      sensitivity: 'normal',
      isAllDay: false,
      origin: 'user',
    });
    const changedPresence = {
      availability: 'DoNotDisturb',
      activity: 'Presenting',
      statusMessage: null,
      outOfOfficeSettings: { isOutOfOffice: false, message: null },
    };
    state.presences[pieter.id] = changedPresence;
    const later = new Date('2026-12-15T08:00:00Z');
    refreshSeededCalendars(state, later);
    expect(state.seedWeekStart).toBe(amsterdamWeekStart(later));
    expect(state.events.find((event) => event.id === 'mine')).toBeDefined();
    const fresh = generateSeed(later);
    expect(state.events.filter((event) => event.origin === 'seed')).toEqual(fresh.events);
    expect(state.presences[pieter.id]).toEqual(changedPresence);
    const someoneElse = state.users[5]?.id ?? '';
    expect(state.presences[someoneElse]).toEqual(fresh.presences[someoneElse]);
    expect(state.mailboxSettings).toEqual(fresh.mailboxSettings);
  });
});
