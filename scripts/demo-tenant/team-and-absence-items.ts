// The demo's team settings and registered absences, written through Graph as the coordinator and the team leaders
// would register them in the app (the app's own field mapping from src/graph).
import { absencesList, teamReasonsList, teamSettingsList } from '../../schema/lists';
import { tenantDomain } from '../../emulator/personas';
import { demoPeople } from '../../emulator/seed-organisation';
import type { DemoPerson } from '../../emulator/seed-organisation';
import { teams } from '../../emulator/seed-teams';
import { demoPersonas } from '../../emulator/personas';
import type { AbsenceKind, AbsenceRegistration } from '../../src/domain/absences';
import type { LocalDate } from '../../src/domain/time';
import { absenceFieldsFor } from '../../src/graph/absences';
import { fieldsForListItem } from '../../src/graph/lists';
import { at, plusDays } from './demo-calendar';
import { createItems, graphAs, itemsPath } from './demo-graph';
import type { DemoTenantAccess } from './demo-graph';
import { demoCoordinatorUpn } from './provision-demo-tenant';

/** Every team's settings (leader, general mailbox, topics), as the coordinator enters them. */
export async function seedTeamSettings(tenant: DemoTenantAccess): Promise<void> {
  const people = demoPeople();
  await createItems(
    tenant,
    demoCoordinatorUpn(),
    teamSettingsList,
    teams.map((team) =>
      fieldsForListItem(teamSettingsList, {
        Title: team.name,
        Department: team.department,
        GeneralMailbox: `${team.mailbox}@${tenantDomain}`,
        Topics: team.topics,
        LeaderUpn:
          people.find((person) => person.role === 'teamLeader' && person.teamName === team.name)
            ?.upn ?? '',
        ExtraMemberUpns: '',
      }),
    ),
  );
}

/** Each team's item id in the teams list, by team name: the key of the team's own reasons list. */
async function teamItemIds(tenant: DemoTenantAccess): Promise<Map<string, string>> {
  const reply = await graphAs(tenant, demoCoordinatorUpn())(
    'GET',
    `${itemsPath(teamSettingsList)}?$expand=fields($select=Title)&$top=999`,
  );
  const items =
    (reply.body as { value?: { id: string; fields?: { Title?: string } }[] }).value ?? [];
  return new Map(items.map((item) => [item.fields?.Title ?? '', item.id]));
}

type AbsenceSeed = {
  person: DemoPerson | undefined;
  kind: AbsenceKind;
  registration: (
    person: DemoPerson,
    colleague: DemoPerson | undefined,
  ) => Omit<AbsenceRegistration, 'personId' | 'kind'>;
  /** Ended by the leader at this moment (after the registration). */
  endedOn?: LocalDate;
};

/**
 * A few absences registered by team leaders for the week of `weekStart`, each with its reason: one with substitutes
 * for calls and callbacks, one open-ended ("unknown") with the team mailbox for callbacks, one later this week
 * without substitutes, and one that has already ended.
 */
export async function seedAbsences(tenant: DemoTenantAccess, weekStart: LocalDate): Promise<void> {
  const personaUpns = new Set(demoPersonas.map((persona) => persona.upn));
  const members = demoPeople().filter(
    (person) =>
      person.role === 'member' && person.teamName !== null && !personaUpns.has(person.upn),
  );
  const colleagueOf = (person: DemoPerson): DemoPerson | undefined =>
    members.find((other) => other !== person && other.teamName === person.teamName);
  const mailboxOf = (person: DemoPerson) =>
    `${teams.find((team) => team.name === person.teamName)?.mailbox ?? 'info'}@${tenantDomain}`;
  const seeds: AbsenceSeed[] = [
    {
      person: members[10],
      kind: 'sick',
      registration: (_person, colleague) => ({
        from: at(weekStart),
        expectedUntil: at(plusDays(weekStart, 7)),
        substituteForCalls: colleague ? { kind: 'person', personId: colleague.id } : null,
        substituteForCallbacks: colleague ? { kind: 'person', personId: colleague.id } : null,
        noteForFrontOffice:
          'Verbind door met de vervanger; terugbelverzoeken ook naar de vervanger.',
      }),
    },
    {
      person: members[60],
      kind: 'sick',
      registration: (person, colleague) => ({
        from: at(weekStart),
        expectedUntil: 'unknown',
        substituteForCalls: colleague ? { kind: 'person', personId: colleague.id } : null,
        substituteForCallbacks: { kind: 'teamMailbox', mailbox: mailboxOf(person) },
        noteForFrontOffice: 'Terugkeer nog niet bekend.',
      }),
    },
    {
      person: members[150],
      kind: 'leave',
      registration: () => ({
        from: at(plusDays(weekStart, 2)),
        expectedUntil: at(plusDays(weekStart, 5)),
        substituteForCalls: null,
        substituteForCallbacks: null,
        noteForFrontOffice: null,
      }),
    },
    {
      person: members[240],
      kind: 'training',
      registration: () => ({
        from: at(plusDays(weekStart, -5)),
        expectedUntil: at(plusDays(weekStart, 2)),
        substituteForCalls: null,
        substituteForCallbacks: null,
        noteForFrontOffice: null,
      }),
      endedOn: weekStart,
    },
  ];
  const teamIds = await teamItemIds(tenant);
  for (const seed of seeds) {
    const person = seed.person;
    if (person === undefined) continue;
    const leader = person.managerId
      ? (demoPeople().find((candidate) => candidate.id === person.managerId) ?? person)
      : person;
    const registration: AbsenceRegistration = {
      personId: person.id,
      kind: seed.kind,
      ...seed.registration(person, colleagueOf(person)),
    };
    const [absenceId] = await createItems(tenant, leader.upn, absencesList, [
      fieldsForListItem(absencesList, {
        ...absenceFieldsFor(registration, person.displayName),
        RegisteredById: leader.id,
        State: 'open',
      }),
    ]);
    const teamItemId = teamIds.get(person.teamName ?? '');
    if (teamItemId === undefined)
      throw new Error(`The demo team ${person.teamName} is not in the teams list.`);
    const reasons = teamReasonsList(teamItemId);
    await createItems(tenant, leader.upn, reasons, [
      fieldsForListItem(reasons, {
        Title: `Afwezigheid ${absenceId}`,
        AbsenceId: absenceId,
        Kind: seed.kind,
        AbsenceEndedAt: seed.endedOn === undefined ? null : at(seed.endedOn),
      }),
    ]);
    if (seed.endedOn !== undefined)
      await graphAs(tenant, leader.upn)(
        'PATCH',
        `${itemsPath(absencesList)}/${encodeURIComponent(absenceId ?? '')}/fields`,
        fieldsForListItem(absencesList, { EndedAt: at(seed.endedOn), State: 'ended' }),
      );
  }
}
