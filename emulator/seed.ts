// The generated demo tenant "Gemeente Lindeburg": people, teams, calendars, presences, automatic replies, groups,
// the SharePoint site with Bereikbaar's lists. Deterministic: the organisation never changes, the weekly parts
// (calendars, presences, automatic replies) depend only on the week.
import { createHash } from 'node:crypto';
import {
  absenceReasonsList,
  absencesList,
  allLists,
  callbacksList,
  demoSitePath,
  listGrantsFor,
  teamSettingsList,
} from '../schema/lists';
import type { ColumnSpec, ListPrincipal, ListSpec } from '../schema/lists';
import { demoPersonas, tenantDomain } from './personas';
import { callbackItemsFor } from './seed-callbacks';
import { generateCallbacks } from './generate-callbacks';
import {
  absenceSubjects,
  departments,
  gemeentesecretarisTitle,
  givenNames,
  meetingLocations,
  meetingSubjects,
  privateSubjects,
  statusMessages,
  surnames,
  teams,
} from './seed-data';
import type { TeamSeed } from './seed-data';
import type {
  EmulatorState,
  ShowAs,
  StoredAutomaticReplies,
  StoredColumn,
  StoredEvent,
  StoredGroup,
  StoredList,
  StoredListItem,
  StoredListPermission,
  StoredMailboxSettings,
  StoredTeamsApp,
  StoredPresence,
  StoredSite,
  StoredUser,
  StoredWorkingHours,
} from './store';
import {
  addDaysToDate,
  amsterdamWeekStart,
  amsterdamZone,
  instantFromWallClock,
  weekdayNames,
  weekdayOfDate,
} from './time';

export const sharePointHostname = 'lindeburg.sharepoint.com';
export const demoSiteId = `${sharePointHostname},${guidFrom('site-collection:bereikbaar')},${guidFrom('web:bereikbaar')}`;
export const demoSiteWebUrl = `https://${sharePointHostname}/${demoSitePath}`;

/** Group ids: deterministic, so configuration (role mapping by group id, BRK_ALL_STAFF_GROUP) can name them. */
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

export const seededGroupIds = {
  kcp: guidFrom('group:Bereikbaar KCP'),
  teamLeaders: guidFrom('group:Bereikbaar Teamleiders'),
  coordinators: guidFrom('group:Bereikbaar Coördinatoren'),
  /** The tenant's all-staff group: every user, also those created later through POST /users. */
  allStaff: guidFrom('group:Alle medewerkers'),
} as const;

export const allStaffGroupName = 'Alle medewerkers';

/** Windows zone name, as Exchange reports it in mailboxSettings. */
const mailboxTimeZone = 'W. Europe Standard Time';

// ---------- deterministic helpers ----------

/** A GUID derived from `text` (SHA-1 based, RFC 4122 layout), the same on every run. */
export function guidFrom(text: string): string {
  const hex = createHash('sha1').update(text).digest('hex');
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

type Random = {
  next: () => number;
  int: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  chance: (p: number) => boolean;
};

/** mulberry32 seeded from a string hash: reproducible sequences without Math.random. */
function randomFrom(seedText: string): Random {
  let h = 2166136261;
  for (let i = 0; i < seedText.length; i++) h = Math.imul(h ^ seedText.charCodeAt(i), 16777619);
  let state = h >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    chance: (p: number) => next() < p,
  };
}

// ---------- the organisation (week-independent) ----------

type OrgRole = 'secretary' | 'departmentHead' | 'teamLeader' | 'member';

type WorkPattern = { days: readonly number[]; startMinutes: number; endMinutes: number };

type SeedPerson = { user: StoredUser; role: OrgRole; team: TeamSeed | null; work: WorkPattern };

const fullTime: WorkPattern = { days: [1, 2, 3, 4, 5], startMinutes: 510, endMinutes: 1020 };

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

function workPatternFor(random: Random): WorkPattern {
  const roll = random.next();
  if (roll < 0.62) return fullTime;
  if (roll < 0.72) return { days: [1, 2, 3, 4, 5], startMinutes: 450, endMinutes: 960 };
  if (roll < 0.82) {
    const dayOff = random.pick([1, 3, 5]);
    return {
      days: [1, 2, 3, 4, 5].filter((day) => day !== dayOff),
      startMinutes: 480,
      endMinutes: 1020,
    };
  }
  if (roll < 0.9) return { days: [1, 2, 4], startMinutes: 510, endMinutes: 1020 };
  return { days: [1, 2, 3, 4, 5], startMinutes: 510, endMinutes: 780 };
}

type Organisation = { people: SeedPerson[]; byUpn: Map<string, SeedPerson> };

let cachedOrganisation: Organisation | null = null;

/** The people of Gemeente Lindeburg. Built once per process; callers get fresh copies of the users. */
function organisation(): Organisation {
  if (cachedOrganisation) return cachedOrganisation;
  const random = randomFrom('gemeente-lindeburg-organisation');
  const people: SeedPerson[] = [];
  const usedUpns = new Set(demoPersonas.map((persona) => persona.upn));
  let extension = 1000;

  const addPerson = (
    given: string,
    surname: string,
    role: OrgRole,
    team: TeamSeed | null,
    department: string | null,
    jobTitle: string,
    managerId: string | null,
    fixedUpn?: string,
  ): SeedPerson => {
    let upn = fixedUpn;
    if (!upn) {
      const base = `${slug(given)}.${slug(surname)}`;
      upn = `${base}@${tenantDomain}`;
      for (let n = 2; usedUpns.has(upn); n++) upn = `${base}${n}@${tenantDomain}`;
      usedUpns.add(upn);
    }
    extension += random.int(1, 7);
    const id = guidFrom(`user:${upn}`);
    const work = fixedUpn ? fullTime : role === 'member' ? workPatternFor(random) : fullTime;
    const office = team?.office ?? 'Stadhuis, 2e verdieping';
    const user: StoredUser = {
      id,
      userPrincipalName: upn,
      mail: upn,
      displayName: `${given} ${surname}`,
      givenName: given,
      surname,
      jobTitle,
      department,
      officeLocation: office,
      businessPhones: [`+31 570 75 ${String(extension).padStart(4, '0')}`],
      mobilePhone:
        role !== 'member' || random.chance(0.35)
          ? `+31 6 ${String(random.int(10_000_000, 99_999_999))}`
          : null,
      accountEnabled: true,
      preferredLanguage: 'nl-NL',
      managerId,
      // Most people opened their calendar with details, as the council asked; the rest still share free/busy.
      calendarSharing: random.chance(0.6) || fixedUpn ? 'details' : 'freeBusy',
      changeSeq: 0,
    };
    const person: SeedPerson = { user, role, team, work };
    people.push(person);
    return person;
  };

  const randomName = (): [string, string] => [random.pick(givenNames), random.pick(surnames)];
  const personaName = (upn: string): [string, string] => {
    const persona = demoPersonas.find((candidate) => candidate.upn === upn);
    if (!persona) throw new Error(`No demo persona ${upn}`);
    const [given, ...rest] = persona.displayName.split(' ');
    return [given ?? persona.displayName, rest.join(' ')];
  };
  const [ingrid, mohamed, pieter, sanne] = [
    `ingrid.bakker@${tenantDomain}`,
    `mohamed.elamrani@${tenantDomain}`,
    `pieter.vanderberg@${tenantDomain}`,
    `sanne.devries@${tenantDomain}`,
  ];

  const secretary = addPerson(
    ...randomName(),
    'secretary',
    null,
    'Bestuur en Concernstaf',
    gemeentesecretarisTitle,
    null,
  );
  const headsByDepartment = new Map<string, SeedPerson>();
  for (const department of departments) {
    headsByDepartment.set(
      department.name,
      addPerson(
        ...randomName(),
        'departmentHead',
        null,
        department.name,
        department.headTitle,
        secretary.user.id,
      ),
    );
  }
  for (const team of teams) {
    const head = headsByDepartment.get(team.department);
    if (!head) throw new Error(`Team ${team.name} refers to unknown department ${team.department}`);
    const leaderUpn =
      team.name === 'KCP-TIC' ? ingrid : team.name === 'Burgerzaken' ? mohamed : undefined;
    const leaderTitle = team.name === 'KCP-TIC' ? 'Coördinator KCP' : `Teamleider ${team.name}`;
    const leader = addPerson(
      ...(leaderUpn ? personaName(leaderUpn) : randomName()),
      'teamLeader',
      team,
      team.department,
      leaderTitle,
      head.user.id,
      leaderUpn,
    );
    for (let index = 0; index < team.memberCount; index++) {
      const memberUpn =
        index === 0 && team.name === 'KCP-TIC'
          ? sanne
          : index === 0 && team.name === 'Burgerzaken'
            ? pieter
            : undefined;
      const title =
        memberUpn === sanne
          ? 'Klantcontactmedewerker'
          : index % 6 === 5
            ? `Senior ${team.memberTitle.charAt(0).toLowerCase()}${team.memberTitle.slice(1)}`
            : team.memberTitle;
      addPerson(
        ...(memberUpn ? personaName(memberUpn) : randomName()),
        'member',
        team,
        team.department,
        title,
        leader.user.id,
        memberUpn,
      );
    }
  }
  people.forEach((person, index) => (person.user.changeSeq = index + 1));
  cachedOrganisation = {
    people,
    byUpn: new Map(people.map((person) => [person.user.userPrincipalName, person])),
  };
  return cachedOrganisation;
}

function workingHoursOf(work: WorkPattern): StoredWorkingHours {
  const time = (minutes: number) =>
    `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00.0000000`;
  return {
    daysOfWeek: work.days.map((day) => weekdayNames[day] as string),
    startTime: time(work.startMinutes),
    endTime: time(work.endMinutes),
    timeZone: mailboxTimeZone,
  };
}

// ---------- the weekly parts: calendars, presences, automatic replies ----------

type WeeklyParts = {
  events: StoredEvent[];
  presences: Record<string, StoredPresence>;
  automaticReplies: Record<string, StoredAutomaticReplies>;
};

const localInstants = new Map<string, string>();

/** Amsterdam wall clock → UTC ISO; memoised, because the seed asks for the same few hundred slots thousands of times. */
function localInstant(ymd: string, minutes: number): string {
  const key = `${ymd}|${minutes}`;
  let instant = localInstants.get(key);
  if (instant === undefined) {
    instant = computeLocalInstant(ymd, minutes);
    localInstants.set(key, instant);
  }
  return instant;
}

function computeLocalInstant(ymd: string, minutes: number): string {
  const [year, month, day] = ymd.split('-').map(Number) as [number, number, number];
  return instantFromWallClock(
    { year, month, day, hour: Math.floor(minutes / 60), minute: minutes % 60, second: 0 },
    amsterdamZone,
  ).toISOString();
}

const dutchDate = new Intl.DateTimeFormat('nl-NL', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});

function disabledReplies(): StoredAutomaticReplies {
  return {
    status: 'disabled',
    externalAudience: 'all',
    internalReplyMessage: '',
    externalReplyMessage: '',
    scheduledStartDateTime: null,
    scheduledEndDateTime: null,
  };
}

/** Pieter van der Berg's days, so the demo always shows meetings, a back-to-back block and a private item. */
const pieterTemplate: readonly {
  start: number;
  end: number;
  subject: string;
  showAs: ShowAs;
  sensitivity: StoredEvent['sensitivity'];
}[][] = [
  [
    {
      start: 540,
      end: 600,
      subject: 'Teamoverleg Burgerzaken',
      showAs: 'busy',
      sensitivity: 'normal',
    },
    {
      start: 600,
      end: 630,
      subject: 'Bilateraal overleg met Mohamed',
      showAs: 'busy',
      sensitivity: 'normal',
    },
    { start: 810, end: 870, subject: 'Tandarts', showAs: 'busy', sensitivity: 'private' },
    {
      start: 930,
      end: 990,
      subject: 'Afstemming reisdocumenten',
      showAs: 'tentative',
      sensitivity: 'normal',
    },
  ],
  [
    {
      start: 570,
      end: 630,
      subject: 'Klantafspraak huwelijk',
      showAs: 'busy',
      sensitivity: 'normal',
    },
    { start: 660, end: 720, subject: 'Werkoverleg balie', showAs: 'busy', sensitivity: 'normal' },
    { start: 720, end: 750, subject: 'Lunchoverleg', showAs: 'tentative', sensitivity: 'normal' },
    {
      start: 840,
      end: 930,
      subject: 'Training BRP-bevragingen',
      showAs: 'busy',
      sensitivity: 'normal',
    },
  ],
];

function weeklyParts(people: readonly SeedPerson[], weekStart: string): WeeklyParts {
  const events: StoredEvent[] = [];
  const presences: Record<string, StoredPresence> = {};
  const automaticReplies: Record<string, StoredAutomaticReplies> = {};
  const days = Array.from({ length: 14 }, (_, index) => addDaysToDate(weekStart, index));
  const personaUpns = new Set(demoPersonas.map((persona) => persona.upn));

  for (const person of people) {
    const { user, work } = person;
    const random = randomFrom(`${weekStart}|${user.id}`);
    let sequence = 0;
    const addEvent = (event: Omit<StoredEvent, 'id' | 'userId' | 'origin'>) => {
      const hash = createHash('sha1')
        .update(`${weekStart}|${user.id}|${sequence++}`)
        .digest('base64url');
      events.push({
        id: `AAMkAGxpbmRlYnVyZw${hash}AAA=`,
        userId: user.id,
        origin: 'seed',
        ...event,
      });
    };
    const workDays = days.filter((day) => work.days.includes(weekdayOfDate(day)));
    const isPersona = personaUpns.has(user.userPrincipalName);

    // Vacation or leave: a multi-day out-of-office block (all-day), with scheduled automatic replies.
    let absentDays = new Set<string>();
    if (!isPersona && random.chance(0.09)) {
      const firstIndex = random.int(0, 9);
      const length = random.int(1, 5);
      const first = days[firstIndex] as string;
      const afterLast = addDaysToDate(first, length);
      absentDays = new Set(days.filter((day) => day >= first && day < afterLast));
      const subject = random.pick(absenceSubjects);
      addEvent({
        subject,
        location: '',
        start: localInstant(first, 0),
        end: localInstant(afterLast, 0),
        showAs: 'oof',
        sensitivity: random.chance(0.3) ? 'private' : 'normal',
        isAllDay: true,
      });
      const lastDay = addDaysToDate(afterLast, -1);
      const colleague = person.team
        ? `het team ${person.team.name} via ${person.team.mailbox}@${tenantDomain}`
        : `het secretariaat`;
      const message = `Ik ben afwezig tot en met ${dutchDate.format(new Date(`${lastDay}T12:00:00Z`))}. Voor dringende zaken kunt u contact opnemen met ${colleague} of bellen met 14 0570.`;
      automaticReplies[user.id] = {
        status: 'scheduled',
        externalAudience: 'all',
        internalReplyMessage: message,
        externalReplyMessage: message,
        scheduledStartDateTime: localInstant(first, 0),
        scheduledEndDateTime: localInstant(afterLast, 0),
      };
    } else if (!isPersona && random.chance(0.015)) {
      const message = `Ik ben langdurig afwezig; uw bericht wordt niet doorgestuurd. Neem contact op met ${person.team ? `${person.team.mailbox}@${tenantDomain}` : 'het KCP via 14 0570'}.`;
      automaticReplies[user.id] = {
        ...disabledReplies(),
        status: 'alwaysEnabled',
        internalReplyMessage: message,
        externalReplyMessage: message,
      };
    } else {
      automaticReplies[user.id] = disabledReplies();
    }

    workDays.forEach((day, dayIndex) => {
      if (absentDays.has(day)) return;
      if (user.userPrincipalName === `pieter.vanderberg@${tenantDomain}`) {
        for (const item of pieterTemplate[dayIndex % pieterTemplate.length] ?? []) {
          addEvent({
            subject: item.subject,
            location: item.sensitivity === 'private' ? '' : random.pick(meetingLocations),
            start: localInstant(day, item.start),
            end: localInstant(day, item.end),
            showAs: item.showAs,
            sensitivity: item.sensitivity,
            isAllDay: false,
          });
        }
        return;
      }
      if (random.chance(0.05)) {
        addEvent({
          subject: 'Thuiswerken',
          location: 'Thuis',
          start: localInstant(day, 0),
          end: localInstant(addDaysToDate(day, 1), 0),
          showAs: 'workingElsewhere',
          sensitivity: 'normal',
          isAllDay: true,
        });
      } else if (random.chance(0.03)) {
        addEvent({
          subject: 'Verjaardag collega',
          location: '',
          start: localInstant(day, 0),
          end: localInstant(addDaysToDate(day, 1), 0),
          showAs: 'free',
          sensitivity: 'normal',
          isAllDay: true,
        });
      }
      if (random.chance(0.03)) {
        // A course or off-site day: out of office for working time only, not all-day.
        addEvent({
          subject: 'Cursus (afwezig)',
          location: 'Utrecht',
          start: localInstant(day, work.startMinutes),
          end: localInstant(day, work.endMinutes),
          showAs: 'oof',
          sensitivity: 'normal',
          isAllDay: false,
        });
        return;
      }
      const count = random.pick([0, 1, 1, 2, 2, 2, 3, 3, 4]);
      let cursor = work.startMinutes;
      for (let n = 0; n < count; n++) {
        const duration = random.pick([30, 30, 60, 60, 60, 90]);
        const backToBack = n > 0 && random.chance(0.3);
        const start = backToBack ? cursor : cursor + random.int(0, 6) * 30;
        const end = start + duration;
        if (end > work.endMinutes) break;
        cursor = end;
        const isPrivate = random.chance(0.08);
        const showAs: ShowAs = isPrivate ? 'busy' : random.chance(0.15) ? 'tentative' : 'busy';
        addEvent({
          subject: isPrivate ? random.pick(privateSubjects) : random.pick(meetingSubjects),
          location: isPrivate ? '' : random.pick(meetingLocations),
          start: localInstant(day, start),
          end: localInstant(day, end),
          showAs,
          sensitivity: isPrivate ? 'private' : 'normal',
          isAllDay: false,
        });
      }
    });

    const replies = automaticReplies[user.id];
    presences[user.id] = presenceFor(random, replies);
  }
  return { events, presences, automaticReplies };
}

const presenceMix: readonly [number, string, string][] = [
  [0.5, 'Available', 'Available'],
  [0.58, 'Busy', 'InACall'],
  [0.62, 'Busy', 'InAConferenceCall'],
  [0.65, 'Busy', 'Busy'],
  [0.69, 'DoNotDisturb', 'Presenting'],
  [0.72, 'DoNotDisturb', 'DoNotDisturb'],
  [0.78, 'BeRightBack', 'BeRightBack'],
  [0.86, 'Away', 'Away'],
  [0.97, 'Offline', 'OffWork'],
  [1, 'PresenceUnknown', 'PresenceUnknown'],
];

function presenceFor(random: Random, replies: StoredAutomaticReplies | undefined): StoredPresence {
  if (replies?.status === 'alwaysEnabled') {
    return {
      availability: 'Offline',
      activity: 'OutOfOffice',
      statusMessage: null,
      outOfOfficeSettings: { isOutOfOffice: true, message: replies.internalReplyMessage },
    };
  }
  const roll = random.next();
  const [, availability, activity] = presenceMix.find(([limit]) => roll < limit) ?? [
    1,
    'Available',
    'Available',
  ];
  const statusMessage = random.chance(0.08)
    ? { message: random.pick(statusMessages), expiryDateTime: null }
    : null;
  return {
    availability,
    activity,
    statusMessage,
    outOfOfficeSettings: { isOutOfOffice: false, message: null },
  };
}

// ---------- SharePoint ----------

/** Graph's columnDefinition for a column of our schema. */
export function columnDefinitionFor(listName: string, column: ColumnSpec): StoredColumn {
  const base: StoredColumn = {
    id: guidFrom(`column:${listName}:${column.name}`),
    name: column.name,
    displayName: column.displayName,
    description: '',
    columnGroup: 'Custom Columns',
    enforceUniqueValues: column.uniqueValues === 'enforced',
    hidden: false,
    indexed: column.indexed === 'indexed',
    readOnly: false,
    required: column.required === 'required',
  };
  switch (column.kind) {
    case 'text':
      return {
        ...base,
        text: {
          allowMultipleLines: false,
          appendChangesToExistingText: false,
          linesForEditing: 0,
          maxLength: column.maxLength ?? 255,
        },
      };
    case 'multilineText':
      return {
        ...base,
        text: {
          allowMultipleLines: true,
          appendChangesToExistingText: false,
          linesForEditing: 6,
          maxLength: column.maxLength ?? 63_999,
          textType: 'plain',
        },
      };
    case 'dateTime':
      return { ...base, dateTime: { displayAs: 'default', format: 'dateTime' } };
    case 'number':
      return { ...base, number: { decimalPlaces: 'automatic', displayAs: 'number' } };
    case 'boolean':
      return { ...base, boolean: {} };
    case 'choice':
      return {
        ...base,
        choice: {
          allowTextEntry: false,
          choices: [...(column.choices ?? [])],
          displayAs: 'dropDownMenu',
        },
      };
  }
}

/** SharePoint's permission id is an encoded claim; this keeps that look and stays deterministic. */
export function permissionIdFor(kind: 'user' | 'group', principalId: string): string {
  const claim =
    kind === 'user'
      ? `i:0#.f|membership|${principalId}`
      : `c:0o.c|federateddirectoryclaimprovider|${principalId}`;
  return Buffer.from(claim, 'utf8').toString('base64url');
}

/** The seeded group behind each principal of the list schema. */
const principalGroupIds: Readonly<Record<ListPrincipal, string>> = {
  allStaff: seededGroupIds.allStaff,
  teamLeaders: seededGroupIds.teamLeaders,
  coordinators: seededGroupIds.coordinators,
};

/**
 * A list's permissions from its readers and writers (schema/lists.ts listGrantsFor): none when everyone may read and
 * write (the site's default), else exactly the schema's grants, e.g. for absences all staff 'read' and the team
 * leaders and coordinators 'write'.
 */
export function listPermissionsFor(
  spec: ListSpec,
  groups: readonly StoredGroup[],
): StoredListPermission[] {
  return listGrantsFor(spec).flatMap((grant) => {
    const group = groups.find((candidate) => candidate.id === principalGroupIds[grant.principal]);
    if (group === undefined) return [];
    return [
      {
        id: permissionIdFor('group', group.id),
        roles: [grant.role],
        grantedTo: { kind: 'group', id: group.id, displayName: group.displayName },
      },
    ];
  });
}

// ---------- registered absences ----------

/** SharePoint's dateTime field format: UTC without fractions. */
function listDateTime(ymd: string, minutes = 0): string {
  return localInstant(ymd, minutes).replace(/\.\d+Z$/, 'Z');
}

/**
 * A few absences registered by team leaders for the week of `weekStart` (and their reasons): one with substitutes for
 * calls and callbacks, one open-ended ("unknown") with the team mailbox for callbacks, one later this week without
 * substitutes, and one that has already ended. Empty fields are left out, as SharePoint leaves them out of `fields`.
 */
function absenceItemsFor(
  people: readonly SeedPerson[],
  weekStart: string,
  absences: StoredList,
  reasons: StoredList,
  createdDateTime: string,
): StoredListItem[] {
  const personaUpns = new Set(demoPersonas.map((persona) => persona.upn));
  const members = people.filter(
    (person) =>
      person.role === 'member' &&
      person.team !== null &&
      !personaUpns.has(person.user.userPrincipalName),
  );
  const colleagueOf = (person: SeedPerson): SeedPerson | undefined =>
    members.find((other) => other !== person && other.team?.name === person.team?.name);
  type AbsenceSeed = {
    person: SeedPerson | undefined;
    kind: string;
    fields: (person: SeedPerson, colleague: SeedPerson | undefined) => Record<string, unknown>;
  };
  const seeds: AbsenceSeed[] = [
    {
      person: members[10],
      kind: 'sick',
      fields: (_person, colleague) => ({
        StartsAt: listDateTime(weekStart),
        ExpectedUntil: listDateTime(addDaysToDate(weekStart, 7)),
        ...(colleague
          ? { CallsSubstituteId: colleague.user.id, CallbacksSubstituteId: colleague.user.id }
          : {}),
        NoteForFrontOffice:
          'Verbind door met de vervanger; terugbelverzoeken ook naar de vervanger.',
      }),
    },
    {
      person: members[60],
      kind: 'sick',
      fields: (person, colleague) => ({
        StartsAt: listDateTime(weekStart),
        ...(colleague ? { CallsSubstituteId: colleague.user.id } : {}),
        CallbacksSubstituteMailbox: `${person.team?.mailbox ?? 'info'}@${tenantDomain}`,
        NoteForFrontOffice: 'Terugkeer nog niet bekend.',
      }),
    },
    {
      person: members[150],
      kind: 'leave',
      fields: () => ({
        StartsAt: listDateTime(addDaysToDate(weekStart, 2)),
        ExpectedUntil: listDateTime(addDaysToDate(weekStart, 5)),
      }),
    },
    {
      person: members[240],
      kind: 'training',
      fields: () => ({
        StartsAt: listDateTime(addDaysToDate(weekStart, -5)),
        ExpectedUntil: listDateTime(addDaysToDate(weekStart, 2)),
        EndedAt: listDateTime(weekStart),
      }),
    },
  ];
  const items: StoredListItem[] = [];
  let next = 1;
  for (const seed of seeds) {
    const person = seed.person;
    if (!person) continue;
    const id = String(next++);
    const author = person.user.managerId ?? person.user.id;
    const common = {
      version: 1,
      createdBy: author,
      lastModifiedBy: author,
      createdDateTime,
      lastModifiedDateTime: createdDateTime,
    };
    items.push({
      id,
      listId: absences.id,
      fields: {
        Title: person.user.displayName,
        PersonId: person.user.id,
        ...seed.fields(person, colleagueOf(person)),
        RegisteredById: author,
        State: seed.fields(person, colleagueOf(person)).EndedAt === undefined ? 'open' : 'ended',
      },
      ...common,
    });
    items.push({
      id,
      listId: reasons.id,
      fields: { Title: `${person.user.displayName} (${id})`, AbsenceId: id, Kind: seed.kind },
      ...common,
    });
  }
  return items;
}

// ---------- the whole state ----------

/**
 * The demo tenant for the week of `now`: the same people, teams and calendars for any `now` in the same week; of the
 * week's callback requests only those already made at `now`.
 */
export function generateSeed(now: Date): EmulatorState {
  const weekStart = amsterdamWeekStart(now);
  const { people, byUpn } = organisation();
  const users = people.map((person) => structuredClone(person.user));
  const weekly = weeklyParts(people, weekStart);

  const mailboxSettings: Record<string, StoredMailboxSettings> = {};
  for (const person of people) {
    mailboxSettings[person.user.id] = {
      workingHours: workingHoursOf(person.work),
      automaticRepliesSetting: weekly.automaticReplies[person.user.id] ?? disabledReplies(),
      timeZone: mailboxTimeZone,
      language: 'nl-NL',
    };
  }

  const idOf = (upn: string) => byUpn.get(upn)?.user.id ?? '';
  const coordinatorUpns = demoPersonas
    .filter((persona) => persona.role === 'coordinator')
    .map((persona) => persona.upn);
  const groups: StoredGroup[] = [
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
      memberIds: coordinatorUpns.map(idOf),
    },
    // Everyone in the tenant (in Entra a dynamic group, or SharePoint's "Everyone except external users"): the
    // principal that reads lists such as the absences, which only leaders and coordinators may write.
    {
      id: seededGroupIds.allStaff,
      displayName: allStaffGroupName,
      memberIds: people.map((person) => person.user.id),
    },
  ];

  const createdDateTime = '2025-09-01T08:00:00.000Z';
  const site: StoredSite = {
    id: demoSiteId,
    name: 'bereikbaar',
    displayName: 'Bereikbaar',
    webUrl: demoSiteWebUrl,
    createdDateTime,
  };
  const lists: StoredList[] = allLists.map((spec) => ({
    id: guidFrom(`list:${spec.name}`),
    siteId: demoSiteId,
    name: spec.name,
    displayName: spec.displayName,
    description: spec.description,
    createdDateTime,
    lastModifiedDateTime: createdDateTime,
    columns: spec.columns.map((column) => columnDefinitionFor(spec.name, column)),
    permissions: listPermissionsFor(spec, groups),
  }));

  const coordinatorId = idOf(coordinatorUpns[0] ?? '');
  const teamSettings = lists.find((list) => list.name === teamSettingsList.name);
  const items: StoredListItem[] = teamSettings
    ? teams.map((team, index) => {
        const leader = people.find(
          (person) => person.role === 'teamLeader' && person.team?.name === team.name,
        );
        return {
          id: String(index + 1),
          listId: teamSettings.id,
          fields: {
            Title: team.name,
            Department: team.department,
            GeneralMailbox: `${team.mailbox}@${tenantDomain}`,
            Topics: team.topics,
            LeaderUpn: leader?.user.userPrincipalName ?? '',
            ExtraMemberUpns: '',
          },
          version: 1,
          createdBy: coordinatorId,
          lastModifiedBy: coordinatorId,
          createdDateTime,
          lastModifiedDateTime: createdDateTime,
        };
      })
    : [];

  const absences = lists.find((list) => list.name === absencesList.name);
  const reasons = lists.find((list) => list.name === absenceReasonsList.name);
  if (absences && reasons)
    items.push(...absenceItemsFor(people, weekStart, absences, reasons, createdDateTime));

  const callbacks = lists.find((list) => list.name === callbacksList.name);
  const burgerzaken = teams.find((team) => team.name === 'Burgerzaken');
  if (callbacks && burgerzaken) {
    const employeeId = idOf(`pieter.vanderberg@${tenantDomain}`);
    items.push(
      ...callbackItemsFor({
        weekStart,
        now,
        listId: callbacks.id,
        createdDateTime,
        agentId: idOf(`sanne.devries@${tenantDomain}`),
        employeeId,
        colleagueIds: people
          .filter(
            (person) =>
              person.role === 'member' &&
              person.team?.name === 'Burgerzaken' &&
              person.user.id !== employeeId,
          )
          .slice(0, 3)
          .map((person) => person.user.id),
        team: { name: burgerzaken.name, mailbox: `${burgerzaken.mailbox}@${tenantDomain}` },
      }),
    );
  }
  // The Bereikbaar Teams app is installed for the personas and the front office; others get e-mail.
  const teamsAppInstalledUserIds = [
    ...new Set([
      ...demoPersonas.map((persona) => idOf(persona.upn)),
      ...(groups.find((group) => group.id === seededGroupIds.kcp)?.memberIds ?? []),
    ]),
  ];

  const state: EmulatorState = {
    seedWeekStart: weekStart,
    changeSeq: users.length,
    nextId: 1,
    users,
    groups,
    events: weekly.events,
    presences: weekly.presences,
    mailboxSettings,
    sites: [site],
    lists,
    items,
    outbox: [],
    activities: [],
    teamsAppInstalledUserIds,
    teamsApps: seededTeamsApps(),
  };
  // A quarter of history for every team, so the monitor has figures to show from the first start.
  if (callbacks)
    generateCallbacks(
      state,
      {
        count: 1200,
        from: addDaysToDate(weekStart, -91),
        to: addDaysToDate(weekStart, -1),
        seed: 2025,
      },
      instantFromWallClock(
        {
          year: Number(weekStart.slice(0, 4)),
          month: Number(weekStart.slice(5, 7)),
          day: Number(weekStart.slice(8, 10)),
          hour: 0,
          minute: 0,
          second: 0,
        },
        amsterdamZone,
      ),
    );
  return state;
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
