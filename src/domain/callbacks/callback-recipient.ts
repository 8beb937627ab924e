// Who gets a callback request: the chosen colleague, their substitute (a colleague or the team's
// mailbox) when the agent accepts the proposal, or a team. One rule for the form and any other surface.
import type { Substitute } from '../availability';
import type { CallbackAssigneeProposal } from './callback-assignee';

/** What the rule needs to know of a colleague. */
export type RecipientPerson = { id: string; team: string | null; mail: string | null };
/** What the rule needs to know of a team. */
export type RecipientTeam = { name: string; generalMailbox: string | null };

/** Where a request goes, with the addresses its notification goes to. */
export type CallbackRecipient = {
  personId: string | null;
  team: string | null;
  /** The team's general mailbox, when it has one. */
  teamMailbox: string | null;
  /** The colleague's own mail address, when the request goes to a colleague the directory knows. */
  assigneeMail: string | null;
};

/** The directory as the rule reads it. */
export type RecipientDirectory = {
  personById: (id: string) => RecipientPerson | undefined;
  teamByName: (name: string) => RecipientTeam | undefined;
  /** Every team, to find the one that owns a mailbox. */
  teams: readonly RecipientTeam[];
};

/**
 * The substitute the form offers for a proposal: the absence's substitute, or for "the team
 * mailbox" the colleague's team's mailbox when it has one; null when the colleague can call back
 * or nobody can take over.
 * @example offeredSubstitute({ kind: 'teamMailbox', absent: 'now', back: 'unknown' }, 'burgerzaken@x.nl')
 * // { kind: 'teamMailbox', mailbox: 'burgerzaken@x.nl' }
 */
export function offeredSubstitute(
  proposal: CallbackAssigneeProposal,
  teamMailbox: string | null,
): Substitute | null {
  if (proposal.kind === 'substitute') return proposal.substitute;
  if (proposal.kind === 'teamMailbox' && teamMailbox !== null && teamMailbox !== '')
    return { kind: 'teamMailbox', mailbox: teamMailbox };
  return null;
}

/** What the agent chose. */
export type RecipientChoice = {
  /** The colleague picked, if any. */
  person: RecipientPerson | undefined;
  /** The substitute offered for that colleague (see {@link offeredSubstitute}). */
  substitute: Substitute | null;
  /** Whether the agent accepted the substitute or kept the colleague. */
  substituteChoice: 'substitute' | 'original';
  /** The team chosen in the form (used when no colleague is picked). */
  team: string | null;
};

/**
 * Who gets the request: an accepted substitute colleague (in their own team, else the absent
 * colleague's), an accepted team mailbox (the team that owns it, else the colleague's team), the
 * colleague, the chosen team, or nobody yet.
 * @example callbackRecipient({ person: pieter, substitute: null, substituteChoice: 'substitute', team: null }, directory)
 * // { personId: 'pieter', team: 'Burgerzaken', teamMailbox: 'burgerzaken@x.nl', assigneeMail: 'pieter@x.nl' }
 */
export function callbackRecipient(
  choice: RecipientChoice,
  directory: RecipientDirectory,
): CallbackRecipient {
  const mailboxOf = (name: string | null) =>
    name === null ? null : (directory.teamByName(name)?.generalMailbox ?? null);
  const { person, substitute } = choice;
  if (person !== undefined && substitute !== null && choice.substituteChoice === 'substitute') {
    if (substitute.kind === 'person') {
      const other = directory.personById(substitute.personId);
      const team = other?.team ?? person.team;
      return {
        personId: substitute.personId,
        team,
        teamMailbox: mailboxOf(team),
        assigneeMail: other?.mail ?? null,
      };
    }
    const mailbox = substitute.mailbox.toLowerCase();
    const team =
      directory.teams.find((candidate) => candidate.generalMailbox?.toLowerCase() === mailbox)
        ?.name ?? person.team;
    return { personId: null, team, teamMailbox: substitute.mailbox, assigneeMail: null };
  }
  if (person !== undefined)
    return {
      personId: person.id,
      team: person.team,
      teamMailbox: mailboxOf(person.team),
      assigneeMail: person.mail,
    };
  if (choice.team !== null)
    return {
      personId: null,
      team: choice.team,
      teamMailbox: mailboxOf(choice.team),
      assigneeMail: null,
    };
  return { personId: null, team: null, teamMailbox: null, assigneeMail: null };
}
