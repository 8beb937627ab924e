// The callback form's state as typed, its draft in local storage (kept on every keystroke), and
// turning it into a checked domain draft.
import type { CallbackChannel, CallbackDraft, FieldError } from '../../domain/callbacks';
import { validateCallbackDraft } from '../../domain/callbacks';
import { instantFromEpochMs } from '../../domain/time';
import { readPhone } from './phone';

/** Where the request goes when the chosen person is absent with a callback substitute. */
export type SubstituteChoice = 'substitute' | 'original';

export type CallbackFormState = {
  /** Generated once when the draft starts: the request's id, so saving it twice stores it once. */
  id: string;
  /** When the draft started (epoch ms): the request's "made at", kept across reloads. */
  madeAt: number;
  citizenName: string;
  phone: string;
  email: string;
  question: string;
  channel: CallbackChannel;
  preferredTime: string;
  personId: string | null;
  /** What is in the person field's text box (a name, or a search being typed). */
  personQuery: string;
  team: string | null;
  substituteChoice: SubstituteChoice;
};

const channels: readonly CallbackChannel[] = ['phone', 'email', 'desk', 'chat'];

/**
 * A fresh form: new id, made now, optionally for a person or a team (from `?voor=` / `?team=`).
 * @example newCallbackForm('c-1', 1_700_000_000_000, { team: 'Burgerzaken' }).team // 'Burgerzaken'
 */
export function newCallbackForm(
  id: string,
  madeAt: number,
  prefill: { personId?: string | null; personName?: string; team?: string | null } = {},
): CallbackFormState {
  return {
    id,
    madeAt,
    citizenName: '',
    phone: '',
    email: '',
    question: '',
    channel: 'phone',
    preferredTime: '',
    personId: prefill.personId ?? null,
    personQuery: prefill.personName ?? '',
    team: prefill.team ?? null,
    substituteChoice: 'substitute',
  };
}

/** Whether the agent typed anything worth keeping (an empty draft is not "restored"). */
export function hasTypedContent(form: CallbackFormState): boolean {
  return [form.citizenName, form.phone, form.email, form.question, form.preferredTime].some(
    (text) => text.trim() !== '',
  );
}

/** The storage key of a user's draft (per user, so personas on one device never mix). */
export function draftStorageKey(userId: string): string {
  return `bereikbaar.callbacks.draft.${userId}`;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const textOrNull = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

/**
 * The saved draft, or null when there is none or it cannot be read (then it is ignored, not fatal).
 * @example loadDraft(localStorage, 'u1')?.citizenName // 'Jan'
 */
export function loadDraft(storage: Storage, userId: string): CallbackFormState | null {
  let raw: string | null;
  try {
    raw = storage.getItem(draftStorageKey(userId));
  } catch {
    return null;
  }
  if (raw === null) return null;
  try {
    const value = JSON.parse(raw) as Record<string, unknown>;
    if (typeof value.id !== 'string' || typeof value.madeAt !== 'number') return null;
    return {
      id: value.id,
      madeAt: value.madeAt,
      citizenName: text(value.citizenName),
      phone: text(value.phone),
      email: text(value.email),
      question: text(value.question),
      channel: channels.find((channel) => channel === value.channel) ?? 'phone',
      preferredTime: text(value.preferredTime),
      personId: textOrNull(value.personId),
      personQuery: text(value.personQuery),
      team: textOrNull(value.team),
      substituteChoice: value.substituteChoice === 'original' ? 'original' : 'substitute',
    };
  } catch {
    return null;
  }
}

/** Keeps the draft; a full or blocked storage is ignored (the form still works, only the safety net is gone). */
export function saveDraft(storage: Storage, userId: string, form: CallbackFormState): void {
  try {
    storage.setItem(draftStorageKey(userId), JSON.stringify(form));
  } catch {
    // Quota exceeded or storage disabled: nothing more to do here.
  }
}

export function clearDraft(storage: Storage, userId: string): void {
  try {
    storage.removeItem(draftStorageKey(userId));
  } catch {
    // As in saveDraft.
  }
}

/** Where the request goes, after the substitute choice (see the form). */
export type Assignment = { personId: string | null; team: string | null };

/** The domain draft of a form, with the phone parsed and the assignment already decided. */
export function draftOf(form: CallbackFormState, assignment: Assignment): CallbackDraft {
  return {
    citizenName: form.citizenName,
    phone: (({ display: _display, ...parsed }) => parsed)(readPhone(form.phone)),
    email: form.email,
    question: form.question,
    channel: form.channel,
    preferredTime: form.preferredTime,
    assignedToPersonId: assignment.personId,
    assignedToTeam: assignment.team,
    madeAt: instantFromEpochMs(form.madeAt),
  };
}

/** The form's fields that can show an error. */
export type FormField =
  'citizenName' | 'phone' | 'email' | 'question' | 'preferredTime' | 'person' | 'general';

/** A field error as a message key with parameters; the UI translates it. */
export type FormError = {
  field: FormField;
  key:
    | 'callbacks.error.citizenNameRequired'
    | 'callbacks.error.contactRequired'
    | 'callbacks.error.phoneInvalid'
    | 'callbacks.error.emailInvalid'
    | 'callbacks.error.questionRequired'
    | 'callbacks.error.assigneeRequired'
    | 'callbacks.error.madeAtInvalid'
    | 'callbacks.error.tooLong';
  max?: number;
};

const fieldOf: Readonly<Record<FieldError['field'], FormField>> = {
  citizenName: 'citizenName',
  contact: 'phone',
  phone: 'phone',
  email: 'email',
  question: 'question',
  preferredTime: 'preferredTime',
  assignee: 'person',
  madeAt: 'general',
  attemptNote: 'general',
  outcomeNote: 'general',
};

function keyOf(error: FieldError): FormError['key'] {
  if (error.problem === 'tooLong') return 'callbacks.error.tooLong';
  switch (error.field) {
    case 'citizenName':
      return 'callbacks.error.citizenNameRequired';
    case 'contact':
      return 'callbacks.error.contactRequired';
    case 'phone':
      return 'callbacks.error.phoneInvalid';
    case 'email':
      return 'callbacks.error.emailInvalid';
    case 'question':
      return 'callbacks.error.questionRequired';
    case 'assignee':
      return 'callbacks.error.assigneeRequired';
    default:
      return 'callbacks.error.madeAtInvalid';
  }
}

/**
 * The form's problems, one per field at most (the first, in form order), as message keys.
 * @example formErrors(newCallbackForm('c', now), { personId: null, team: null }, now).map((e) => e.field)
 * // ['citizenName', 'phone', 'question', 'person']
 */
export function formErrors(
  form: CallbackFormState,
  assignment: Assignment,
  now: number,
): FormError[] {
  const errors: FormError[] = [];
  for (const error of validateCallbackDraft(draftOf(form, assignment), instantFromEpochMs(now))) {
    const field = fieldOf[error.field];
    if (errors.some((known) => known.field === field)) continue;
    errors.push({
      field,
      key: keyOf(error),
      ...(error.problem === 'tooLong' ? { max: error.max } : {}),
    });
  }
  return errors;
}
