// Checks of what the agent typed, as field errors with codes; the UI turns codes into text.
import type { Instant } from '../time';
import type { CallbackChannel } from './callback-request';
import { CALLBACK_LIMITS } from './callback-request';

/**
 * A phone number as the feature layer's phone-number library parsed it (Dutch numbers by default,
 * international accepted). The domain does not parse phone numbers itself.
 */
export type ParsedPhone = { kind: 'valid'; e164: string } | { kind: 'invalid' } | { kind: 'empty' };

/** The callback form's content, as typed (untrimmed). */
export type CallbackDraft = {
  citizenName: string;
  phone: ParsedPhone;
  email: string;
  question: string;
  channel: CallbackChannel;
  preferredTime: string;
  assignedToPersonId: string | null;
  assignedToTeam: string | null;
  /**
   * When the request was made: set when the form opens, during the call, and kept with the locally
   * saved draft, so a reload or a late save does not move the deadline.
   */
  madeAt: Instant;
};

export type CallbackField =
  | 'citizenName'
  | 'contact'
  | 'phone'
  | 'email'
  | 'question'
  | 'preferredTime'
  | 'assignee'
  | 'madeAt'
  | 'attemptNote'
  | 'outcomeNote';

/**
 * One problem with one field. `contact` means: neither a phone number nor an e-mail address.
 * `assignee` means: neither a person nor a team. `madeAt` 'invalid' means: later than now.
 */
export type FieldError =
  | { field: CallbackField; problem: 'required' | 'invalid' }
  | { field: CallbackField; problem: 'tooLong'; max: number };

const isBlank = (text: string | null | undefined): boolean => (text ?? '').trim() === '';

const tooLong = (field: CallbackField, text: string, max: number): FieldError[] =>
  text.trim().length > max ? [{ field, problem: 'tooLong', max }] : [];

/**
 * Whether text looks like an e-mail address: one '@', no spaces, a dot in the domain. Deliverability
 * is not checked (that is what the mail server is for).
 * @example isPlausibleEmail('j.jansen@example.nl') // true
 * @example isPlausibleEmail('j.jansen@example') // false
 */
export const isPlausibleEmail = (text: string): boolean =>
  /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/.test(text.trim());

/**
 * The problems with a callback draft, in form order; empty when it can be saved. Text is judged
 * trimmed. Rules: name required (max 200); a valid phone number or an e-mail address required
 * (a phone number that does not parse is an error even when an e-mail address is given); e-mail
 * plausible (max 254); question required (max 2000); preferred time max 200; a person or a team
 * required; made at not later than now.
 * @example validateCallbackDraft({ citizenName: ' ', phone: { kind: 'empty' }, email: '', question: 'Paspoort', channel: 'phone', preferredTime: '', assignedToPersonId: 'u1', assignedToTeam: null, madeAt: now }, now)
 * // [{ field: 'citizenName', problem: 'required' }, { field: 'contact', problem: 'required' }]
 */
export const validateCallbackDraft = (draft: CallbackDraft, now: Instant): FieldError[] => {
  const errors: FieldError[] = [];
  if (isBlank(draft.citizenName)) errors.push({ field: 'citizenName', problem: 'required' });
  else errors.push(...tooLong('citizenName', draft.citizenName, CALLBACK_LIMITS.citizenName));

  if (draft.phone.kind === 'empty' && isBlank(draft.email))
    errors.push({ field: 'contact', problem: 'required' });
  if (draft.phone.kind === 'invalid') errors.push({ field: 'phone', problem: 'invalid' });
  if (!isBlank(draft.email)) {
    const emailTooLong = tooLong('email', draft.email, CALLBACK_LIMITS.email);
    if (emailTooLong.length > 0) errors.push(...emailTooLong);
    else if (!isPlausibleEmail(draft.email)) errors.push({ field: 'email', problem: 'invalid' });
  }

  if (isBlank(draft.question)) errors.push({ field: 'question', problem: 'required' });
  else errors.push(...tooLong('question', draft.question, CALLBACK_LIMITS.question));
  errors.push(...tooLong('preferredTime', draft.preferredTime, CALLBACK_LIMITS.preferredTime));

  if (isBlank(draft.assignedToPersonId) && isBlank(draft.assignedToTeam))
    errors.push({ field: 'assignee', problem: 'required' });
  if (draft.madeAt > now) errors.push({ field: 'madeAt', problem: 'invalid' });
  return errors;
};

/**
 * The problems with an attempt before it is logged: the note is optional, at most 1000 characters.
 * @example validateAttemptNote('x'.repeat(1001)) // [{ field: 'attemptNote', problem: 'tooLong', max: 1000 }]
 */
export const validateAttemptNote = (note: string): FieldError[] =>
  tooLong('attemptNote', note, CALLBACK_LIMITS.attemptNote);

/**
 * The problems with an outcome note before closing: optional, at most 2000 characters.
 * @example validateOutcomeNote('Paspoort ligt klaar, inwoner geïnformeerd') // []
 */
export const validateOutcomeNote = (note: string): FieldError[] =>
  tooLong('outcomeNote', note, CALLBACK_LIMITS.outcomeNote);
