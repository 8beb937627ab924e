// Test fixtures: a request and a draft to vary per case.
import type { Instant } from '../time';
import { instantFromIso } from '../time';
import type { AttemptOutcome, CallbackAttempt, CallbackRequest } from './callback-request';
import type { CallbackDraft } from './callback-validation';

export const at = (iso: string): Instant => {
  const instant = instantFromIso(iso);
  if (instant === null) throw new Error(`bad iso ${iso}`);
  return instant;
};

/** Made Monday 12 January 2026 10:00, due end of Wednesday 14 January (22:59:59.999Z). */
export const aRequest = (overrides: Partial<CallbackRequest> = {}): CallbackRequest => ({
  id: 'cb-1',
  citizen: { name: 'Jan Jansen', phone: '+31612345678', email: 'jan@example.nl' },
  question: 'Vraag over de aanvraag van een paspoort',
  channel: 'phone',
  preferredTime: 'na 14:00',
  madeAt: at('2026-01-12T10:00:00+01:00'),
  madeById: 'agent-1',
  assignedToPersonId: 'emp-1',
  assignedToTeam: 'Burgerzaken',
  teamMailbox: 'burgerzaken@example.nl',
  dueAt: at('2026-01-14T23:59:59.999+01:00'),
  status: 'open',
  attempts: [],
  closedAt: null,
  closedById: null,
  outcomeNote: null,
  claimedById: null,
  ...overrides,
});

export const anAttempt = (
  iso: string,
  outcome: AttemptOutcome,
  note = '',
  byId = 'emp-1',
): CallbackAttempt => ({ at: at(iso), byId, outcome, note });

export const aDraft = (overrides: Partial<CallbackDraft> = {}): CallbackDraft => ({
  citizenName: 'Jan Jansen',
  phone: { kind: 'valid', e164: '+31612345678' },
  email: '',
  question: 'Vraag over de aanvraag van een paspoort',
  channel: 'phone',
  preferredTime: '',
  assignedToPersonId: 'emp-1',
  assignedToTeam: null,
  madeAt: at('2026-01-12T10:00:00+01:00'),
  ...overrides,
});
