// Public API of contacts: the outcome of each call the front office tried to put through.
export type { Contact, ContactInput, ContactOutcome } from './contact';
export {
  CONTACT_OUTCOMES,
  CONTACT_UNDO_MS,
  contactFor,
  contactOutcomeFrom,
  isCallForTeam,
} from './contact';
