// The demo tenant's contact history (call outcomes), consistent with its callback history: every callback request
// made by phone is the "Niet opgenomen → terugbelverzoek" of a call at the moment it was made, linked by its id; the
// other calls of each team (answered by the colleague or the substitute, not answered without a request) and the
// calls the front office answered itself are generated around them, so the monitor shows realistic figures from the
// first start. Teams differ in how often they pick up. Written through Graph as the front office, in JSON batches.
// Deterministic for a seed.
import { contactsList } from '../../schema/lists';
import { createRandom } from '../../emulator/control';
import { tenantDomain } from '../../emulator/personas';
import { demoPeople } from '../../emulator/seed-organisation';
import type { CallbackRequest } from '../../src/domain/callbacks';
import type { Contact, ContactOutcome } from '../../src/domain/contacts';
import type { Instant, LocalDate } from '../../src/domain/time';
import { STATUTORY_CALENDAR, isWorkingDay } from '../../src/domain/working-days';
import { fieldsForContact } from '../../src/graph/callbacks';
import { fieldsForListItem } from '../../src/graph/lists';
import { at, plusDays } from './demo-calendar';
import { createItems } from './demo-graph';
import type { DemoTenantAccess } from './demo-graph';

export type GenerateContactsRequest = {
  /** The callback requests already in the list; those made by phone become contacts. */
  requests: readonly CallbackRequest[];
  /** First and last day (yyyy-mm-dd, Europe/Amsterdam) of the other calls, included. */
  from: LocalDate;
  to: LocalDate;
  seed: number;
};

/**
 * The contacts, as the front office would have recorded them; none after `now`.
 * @example generatedContacts({ requests, from: '2026-09-01', to: '2026-11-29', seed: 2025 }, now).length // ≈ 2.5 × the phone requests
 */
export function generatedContacts(request: GenerateContactsRequest, now: Date): Contact[] {
  const random = createRandom(request.seed);
  const people = demoPeople();
  const agentId = people.find((person) => person.upn === `sanne.devries@${tenantDomain}`)?.id;
  if (agentId === undefined) throw new Error('The demo tenant has no front office agent.');
  const nowMs = now.getTime();
  const days: LocalDate[] = [];
  for (let day = request.from; day <= request.to; day = plusDays(day, 1))
    if (isWorkingDay(day, STATUTORY_CALENDAR)) days.push(day);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const contacts: Contact[] = [];
  let counter = 0;
  const add = (contact: Omit<Contact, 'id'>) => {
    if (contact.recordedAt > nowMs) return;
    contacts.push({ ...contact, id: `ct-${request.seed}-${++counter}` });
  };
  const byTeam = new Map<string, CallbackRequest[]>();
  for (const callback of request.requests) {
    if (callback.channel !== 'phone' || callback.assignedToTeam === null) continue;
    byTeam.set(callback.assignedToTeam, [...(byTeam.get(callback.assignedToTeam) ?? []), callback]);
    add({
      recordedAt: callback.madeAt,
      agentId: callback.madeById,
      personId: callback.assignedToPersonId,
      team: callback.assignedToTeam,
      outcome: 'callbackRequested',
      callbackRequestId: callback.id,
    });
  }
  const teamNames = [...byTeam.keys()].sort();
  teamNames.forEach((team, index) => {
    const callbacks = byTeam.get(team) ?? [];
    const members = [
      ...new Set(callbacks.flatMap((c) => (c.assignedToPersonId ? [c.assignedToPersonId] : []))),
    ];
    // Of a team's calls: 30–62% answered directly (the study: 37%), 12% not answered without a request, the rest
    // became the callback requests above.
    const answeredShare = 0.3 + ((index * 7) % 10) * 0.035;
    const notAnsweredShare = 0.12;
    const total = Math.round(callbacks.length / (1 - answeredShare - notAnsweredShare));
    const others = total - callbacks.length;
    for (let n = 0; n < others && days.length > 0; n++) {
      const draw = random();
      const outcome: ContactOutcome =
        draw < answeredShare / (answeredShare + notAnsweredShare)
          ? random() < 0.85
            ? 'answered'
            : 'substituteAnswered'
          : 'notAnswered';
      const recordedAt: Instant = at(
        pick(days),
        8 + Math.floor(random() * 9),
        Math.floor(random() * 60),
      );
      const forPerson = members.length > 0 && random() < 0.8;
      add({
        recordedAt,
        agentId,
        personId: forPerson ? pick(members) : null,
        team,
        outcome,
        callbackRequestId: null,
      });
    }
  });
  // The front office answers about a fifth of the calls itself.
  const selfAnswered = Math.round(contacts.length / 4);
  for (let n = 0; n < selfAnswered && days.length > 0; n++)
    add({
      recordedAt: at(pick(days), 8 + Math.floor(random() * 9), Math.floor(random() * 60)),
      agentId,
      personId: null,
      team: null,
      outcome: 'selfAnswered',
      callbackRequestId: null,
    });
  return contacts.sort((a, b) => a.recordedAt - b.recordedAt);
}

/** Writes the generated contacts into the contacts list as the front office; returns how many. */
export async function generateContactsThroughGraph(
  tenant: DemoTenantAccess,
  request: GenerateContactsRequest,
  now: Date,
): Promise<number> {
  const contacts = generatedContacts(request, now);
  const ids = await createItems(
    tenant,
    `sanne.devries@${tenantDomain}`,
    contactsList,
    contacts.map((contact) => fieldsForListItem(contactsList, fieldsForContact(contact))),
  );
  return ids.length;
}
