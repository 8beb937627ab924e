// The people of Gemeente Lindeburg (week-independent): secretary, department heads, team leaders and members, with
// the demo personas in their fixed places; deterministic, built once per process.
import { demoPersonas, tenantDomain } from './personas';
import { guidFrom, randomFrom } from './seed-random';
import type { Random } from './seed-random';
import { givenNames, surnames } from './seed-names';
import { departments, gemeentesecretarisTitle, teams } from './seed-teams';
import type { TeamSeed } from './seed-teams';
import type { StoredUser, StoredWorkingHours } from './store';
import { weekdayNames } from './time';

/** Windows zone name, as Exchange reports it in mailboxSettings. */
export const mailboxTimeZone = 'W. Europe Standard Time';

export type OrgRole = 'secretary' | 'departmentHead' | 'teamLeader' | 'member';

export type WorkPattern = { days: readonly number[]; startMinutes: number; endMinutes: number };

export type SeedPerson = {
  user: StoredUser;
  role: OrgRole;
  team: TeamSeed | null;
  work: WorkPattern;
};

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

export type Organisation = { people: SeedPerson[]; byUpn: Map<string, SeedPerson> };

let cachedOrganisation: Organisation | null = null;

/** The people of Gemeente Lindeburg. Built once per process; callers get fresh copies of the users. */
export function organisation(): Organisation {
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
      calendarSharing: random.chance(0.6) || fixedUpn ? 'limitedRead' : 'freeBusyRead',
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

export function workingHoursOf(work: WorkPattern): StoredWorkingHours {
  const time = (minutes: number) =>
    `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00.0000000`;
  return {
    daysOfWeek: work.days.map((day) => weekdayNames[day] as string),
    startTime: time(work.startMinutes),
    endTime: time(work.endMinutes),
    timeZone: mailboxTimeZone,
  };
}

/** One person of the demo organisation, as the demo data script needs to know them (who leads whom, which team). */
export type DemoPerson = {
  id: string;
  upn: string;
  displayName: string;
  role: OrgRole;
  teamName: string | null;
  managerId: string | null;
};

/** The demo organisation's people in their fixed order (scripts/demo-tenant fills Bereikbaar's lists with them). */
export function demoPeople(): DemoPerson[] {
  return organisation().people.map(({ user, role, team }) => ({
    id: user.id,
    upn: user.userPrincipalName,
    displayName: user.displayName,
    role,
    teamName: team?.name ?? null,
    managerId: user.managerId,
  }));
}
