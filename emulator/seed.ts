// The generated demo tenant "Gemeente Lindeburg" as Microsoft 365 holds it before Bereikbaar is installed: people,
// teams, calendars, presences, automatic replies, groups, the Teams app catalog and the (empty) SharePoint site.
// Bereikbaar's lists and their items are not made here: provisioning creates the lists and the demo data script
// writes their items through Graph (scripts/demo-tenant/). Deterministic: the organisation never changes, the weekly
// parts (calendars, presences, automatic replies) depend only on the week.
import { demoSitePath } from '../schema/lists';
import { frontOfficeMailboxUser, seededAppRegistrations } from './app-registrations';
import { demoPersonas, guestUpn } from './personas';
import { accountUser, seededSiteSecurity } from './routes/sharepoint/seed-security';
import { disabledReplies, weeklyParts } from './seed-calendars';
import { mailboxTimeZone, organisation, workingHoursOf } from './seed-organisation';
import type { SeedPerson } from './seed-organisation';
import { guidFrom } from './seed-random';
import type {
  EmulatorState,
  StoredGroup,
  StoredMailboxSettings,
  StoredSite,
  StoredTeamsApp,
  StoredUser,
} from './store';
import { amsterdamWeekStart } from './time';

export { guidFrom } from './seed-random';

export const sharePointHostname = 'lindeburg.sharepoint.com';
export const demoSiteId = `${sharePointHostname},${guidFrom('site-collection:bereikbaar')},${guidFrom('web:bereikbaar')}`;
export const demoSiteWebUrl = `https://${sharePointHostname}/${demoSitePath}`;

/**
 * The Bereikbaar app's manifest id: the app's default (src/config/app-config.ts `defaultTeamsAppId`; the emulator may
 * not import src/, a test compares the two).
 */
export const bereikbaarManifestId = '5d3c9b7e-2a41-4f6e-9c08-b1e7a4d2f36c';

/** The org catalog as after the upload of the app package: the catalog gives the app an id of its own. */
export function seededTeamsApps(): StoredTeamsApp[] {
  return [
    {
      id: guidFrom('teams-catalog:bereikbaar'),
      externalId: bereikbaarManifestId,
      displayName: 'Bereikbaar',
      distributionMethod: 'organization',
    },
  ];
}

/** Group ids: deterministic, so configuration (role mapping by group id, BRK_ALL_STAFF_GROUP) can name them. */
export const seededGroupIds = {
  kcp: guidFrom('group:Bereikbaar KCP'),
  teamLeaders: guidFrom('group:Bereikbaar Teamleiders'),
  coordinators: guidFrom('group:Bereikbaar Coördinatoren'),
  /** The tenant's all-staff group: every user, also those created later through POST /users. */
  allStaff: guidFrom('group:Alle medewerkers'),
} as const;

export const allStaffGroupName = 'Alle medewerkers';

/** The accounts outside the organisation chart: the Microsoft 365 administrator and a guest. */
function seededAccounts(people: readonly SeedPerson[]): {
  administrator: StoredUser;
  guest: StoredUser;
  frontOffice: StoredUser;
} {
  // The administrator works in Bedrijfsvoering (IT), under its head.
  const itHead = people.find(
    (person) => person.role === 'departmentHead' && person.user.department === 'Bedrijfsvoering',
  );
  const administratorUpn = demoPersonas.find((persona) => persona.role === 'administrator')?.upn;
  if (administratorUpn === undefined) throw new Error('The demo personas lack the administrator.');
  return {
    administrator: accountUser({
      id: guidFrom(`user:${administratorUpn}`),
      userPrincipalName: administratorUpn,
      mail: administratorUpn,
      displayName: 'Beheerder Microsoft 365',
      givenName: 'Beheerder',
      surname: 'Microsoft 365',
      jobTitle: 'Functioneel beheerder Microsoft 365',
      department: 'Bedrijfsvoering',
      managerId: itHead?.user.id ?? null,
    }),
    guest: accountUser({
      id: guidFrom(`user:${guestUpn}`),
      userPrincipalName: guestUpn,
      mail: 'lotte.smit@partner.example',
      displayName: 'Lotte Smit (Partner)',
      givenName: 'Lotte',
      surname: 'Smit',
      jobTitle: 'Extern adviseur',
      preferredLanguage: null,
      userType: 'Guest',
    }),
    frontOffice: frontOfficeMailboxUser(accountUser),
  };
}

/** The groups of the tenant: the Bereikbaar role groups (as an administrator made them) and all staff. */
function seededGroups(administratorId: string): StoredGroup[] {
  const { people, byUpn } = organisation();
  const coordinatorUpns = demoPersonas
    .filter((persona) => persona.role === 'coordinator')
    .map((persona) => persona.upn);
  return [
    {
      id: seededGroupIds.kcp,
      displayName: 'Bereikbaar KCP',
      memberIds: people
        .filter((person) => person.role === 'member' && person.team?.name === 'KCP-TIC')
        .map((person) => person.user.id),
    },
    {
      id: seededGroupIds.teamLeaders,
      displayName: 'Bereikbaar Teamleiders',
      // The KCP coordinator leads KCP-TIC but takes the coordinator role, not the team leader role.
      memberIds: people
        .filter(
          (person) =>
            person.role === 'teamLeader' &&
            !coordinatorUpns.includes(person.user.userPrincipalName),
        )
        .map((person) => person.user.id),
    },
    {
      id: seededGroupIds.coordinators,
      displayName: 'Bereikbaar Coördinatoren',
      memberIds: coordinatorUpns.map((upn) => byUpn.get(upn)?.user.id ?? ''),
    },
    // Everyone in the tenant (in Entra a dynamic group, or SharePoint's "Everyone except external users"): the
    // principal that reads lists such as the absences, which only leaders and coordinators may write.
    {
      id: seededGroupIds.allStaff,
      displayName: allStaffGroupName,
      // Members only: the administrator is staff too, guests are not.
      memberIds: [...people.map((person) => person.user.id), administratorId],
    },
  ];
}

/**
 * The demo tenant for the week of `now`: the same people, teams and calendars for any `now` in the same week, and
 * the Bereikbaar site without lists.
 */
export function generateSeed(now: Date): EmulatorState {
  const weekStart = amsterdamWeekStart(now);
  const { people, byUpn } = organisation();
  const accounts = seededAccounts(people);
  const users = [
    ...people.map((person) => structuredClone(person.user)),
    accounts.administrator,
    accounts.guest,
    accounts.frontOffice,
  ];
  const weekly = weeklyParts(people, weekStart);
  for (const account of [accounts.administrator, accounts.guest, accounts.frontOffice]) {
    weekly.presences[account.id] = {
      availability: 'Offline',
      activity: 'Offline',
      statusMessage: null,
      outOfOfficeSettings: { message: null, isOutOfOffice: false },
    };
  }

  const mailboxSettings: Record<string, StoredMailboxSettings> = {};
  for (const person of people) {
    mailboxSettings[person.user.id] = {
      workingHours: workingHoursOf(person.work),
      automaticRepliesSetting: weekly.automaticReplies[person.user.id] ?? disabledReplies(),
      timeZone: mailboxTimeZone,
      language: 'nl-NL',
    };
  }
  for (const account of [accounts.administrator, accounts.guest, accounts.frontOffice]) {
    mailboxSettings[account.id] = {
      workingHours: workingHoursOf({ days: [1, 2, 3, 4, 5], startMinutes: 510, endMinutes: 1020 }),
      automaticRepliesSetting: disabledReplies(),
      timeZone: mailboxTimeZone,
      language: 'nl-NL',
    };
  }
  const groups = seededGroups(accounts.administrator.id);
  const site: StoredSite = {
    id: demoSiteId,
    name: 'bereikbaar',
    displayName: 'Bereikbaar',
    webUrl: demoSiteWebUrl,
    createdDateTime: '2025-09-01T08:00:00.000Z',
    security: seededSiteSecurity('Bereikbaar', accounts.administrator, seededGroupIds.allStaff),
  };
  // The Bereikbaar Teams app is installed for the personas and the front office; others get e-mail.
  const teamsAppInstalledUserIds = [
    ...new Set([
      ...demoPersonas.map((persona) => byUpn.get(persona.upn)?.user.id ?? ''),
      ...(groups.find((group) => group.id === seededGroupIds.kcp)?.memberIds ?? []),
    ]),
  ];
  return {
    seedWeekStart: weekStart,
    changeSeq: users.length,
    nextId: 1,
    users,
    groups,
    events: weekly.events,
    presences: weekly.presences,
    mailboxSettings,
    sites: [site],
    lists: [],
    items: [],
    outbox: [],
    activities: [],
    teamsAppInstalledUserIds,
    teamsApps: seededTeamsApps(),
    appRegistrations: seededAppRegistrations(accounts.frontOffice.id),
  };
}

/**
 * When `now` lies in a later week than the state was seeded for: regenerates the seeded events for the current and
 * next week, and replaces seeded presences and automatic replies that nobody changed. User-made events, users and
 * any other change are kept.
 */
export function refreshSeededCalendars(state: EmulatorState, now: Date): void {
  const weekStart = amsterdamWeekStart(now);
  if (weekStart <= state.seedWeekStart) return;
  const existing = new Set(
    state.users.filter((user) => user.deletedSeq === undefined).map((user) => user.id),
  );
  const people = organisation().people.filter((person) => existing.has(person.user.id));
  const previous = weeklyParts(people, state.seedWeekStart);
  const current = weeklyParts(people, weekStart);

  state.events = [...state.events.filter((event) => event.origin !== 'seed'), ...current.events];
  for (const person of people) {
    const id = person.user.id;
    const presence = state.presences[id];
    if (presence && JSON.stringify(presence) === JSON.stringify(previous.presences[id])) {
      const next = current.presences[id];
      if (next) state.presences[id] = next;
    }
    const settings = state.mailboxSettings[id];
    const nextReplies = current.automaticReplies[id];
    if (
      settings &&
      nextReplies &&
      JSON.stringify(settings.automaticRepliesSetting) ===
        JSON.stringify(previous.automaticReplies[id])
    ) {
      settings.automaticRepliesSetting = nextReplies;
    }
  }
  state.seedWeekStart = weekStart;
}
