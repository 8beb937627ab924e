// Pure helpers of the compose pane: which recipients are colleagues (by address, case-insensitive), and
// whom to add when a colleague is absent.
import type { AgentAvailability, Substitute } from '../domain/availability';
import type { PersonSummary } from '../domain/people';
import type { MailAddress, MailRecipient } from './mail-item';

const key = (address: string) => address.trim().toLowerCase();

/**
 * Colleagues by lower-case mail address.
 * @example colleaguesByAddress([anna]).get('anna.smit@lindeburg.example') // anna
 */
export function colleaguesByAddress(
  people: readonly PersonSummary[],
): ReadonlyMap<string, PersonSummary> {
  const map = new Map<string, PersonSummary>();
  for (const person of people) if (person.mail) map.set(key(person.mail), person);
  return map;
}

/** The colleague a recipient is, or undefined when the address is not in the directory. */
export function colleagueOf(
  byAddress: ReadonlyMap<string, PersonSummary>,
  recipient: MailAddress,
): PersonSummary | undefined {
  return byAddress.get(key(recipient.address));
}

/** Whether an address is already on the message (To or Cc), case-insensitively. */
export function isRecipient(recipients: readonly MailRecipient[], address: string): boolean {
  return recipients.some((recipient) => key(recipient.address) === key(address));
}

/**
 * The substitute of a registered absence to put on a message: the one for calls (the colleague's
 * general stand-in), else the one for callbacks. Null when the absence names none or the colleague
 * is not absent by a registered absence (then nobody is known to stand in).
 */
export function substituteOf(availability: AgentAvailability): Substitute | null {
  if (availability.state !== 'absent' || availability.absence == null) return null;
  return availability.absence.substituteForCalls ?? availability.absence.substituteForCallbacks;
}

/** Who a substitute is as a recipient; `address: null` when the directory has no mail for them. */
export type SubstituteRecipient =
  | { kind: 'person'; displayName: string; address: string | null }
  | { kind: 'teamMailbox'; displayName: string; address: string }
  | { kind: 'unknown' };

/** @example substituteRecipient({ kind: 'teamMailbox', mailbox: 'burgerzaken@…' }, people, teams) */
export function substituteRecipient(
  substitute: Substitute,
  peopleById: ReadonlyMap<string, PersonSummary>,
  teams: readonly { name: string; generalMailbox: string | null }[],
): SubstituteRecipient {
  if (substitute.kind === 'teamMailbox') {
    const team = teams.find(
      (candidate) => candidate.generalMailbox?.toLowerCase() === key(substitute.mailbox),
    );
    return {
      kind: 'teamMailbox',
      displayName: team?.name ?? substitute.mailbox,
      address: substitute.mailbox,
    };
  }
  const person = peopleById.get(substitute.personId);
  if (person === undefined) return { kind: 'unknown' };
  return {
    kind: 'person',
    displayName: person.displayName,
    address: person.mail === null || person.mail === '' ? null : person.mail,
  };
}
