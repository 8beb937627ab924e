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

/** The storage key of a user's drafts (per user, so personas on one device never mix). */
export function draftStorageKey(userId: string): string {
  return `bereikbaar.callbacks.draft.${userId}`;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const textOrNull = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

function formFrom(raw: unknown): CallbackFormState | null {
  if (raw === null || typeof raw !== 'object') return null;
  const value = raw as Record<string, unknown>;
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
}

/**
 * The saved drafts, the one typed in last at the end; unreadable ones are ignored, never fatal. A
 * draft belongs to its target (colleague or team), so one per target can wait.
 * @example loadDrafts(localStorage, 'u1').map((draft) => draft.citizenName) // ['Jan', 'Fatima']
 */
export function loadDrafts(storage: Storage, userId: string): CallbackFormState[] {
  let raw: string | null;
  try {
    raw = storage.getItem(draftStorageKey(userId));
  } catch {
    return [];
  }
  if (raw === null) return [];
  try {
    const value = JSON.parse(raw) as unknown;
    // One draft (as stored before drafts had their own target) or a list of them.
    const list: unknown[] = Array.isArray(value) ? value : [value];
    return list.map(formFrom).filter((form): form is CallbackFormState => form !== null);
  } catch {
    return [];
  }
}

/**
 * The draft typed in last, or null when there is none.
 * @example loadDraft(localStorage, 'u1')?.citizenName // 'Jan'
 */
export function loadDraft(storage: Storage, userId: string): CallbackFormState | null {
  return loadDrafts(storage, userId).at(-1) ?? null;
}

function writeDrafts(storage: Storage, userId: string, drafts: readonly CallbackFormState[]): void {
  try {
    if (drafts.length === 0) storage.removeItem(draftStorageKey(userId));
    else storage.setItem(draftStorageKey(userId), JSON.stringify(drafts));
  } catch {
    // Quota exceeded or storage disabled: the form still works, only the safety net is gone.
  }
}

/**
 * Keeps a draft (replacing the one with its id, and any empty one); a full or blocked storage is
 * ignored. An empty draft is not kept, so it never hides another one.
 */
export function saveDraft(storage: Storage, userId: string, form: CallbackFormState): void {
  const others = loadDrafts(storage, userId).filter(
    (draft) => draft.id !== form.id && hasTypedContent(draft),
  );
  writeDrafts(storage, userId, hasTypedContent(form) ? [...others, form] : others);
}

/** Removes one draft (by its id), or every draft of the user. */
export function clearDraft(storage: Storage, userId: string, id?: string): void {
  writeDrafts(
    storage,
    userId,
    id === undefined ? [] : loadDrafts(storage, userId).filter((draft) => draft.id !== id),
  );
}

/** Who a form is for, as the address asks it (`?voor=` / `?team=`) or as the draft holds it. */
export type CallbackTarget = { personId: string | null; team: string | null };

const isUntargeted = (target: CallbackTarget) => target.personId === null && target.team === null;

/**
 * Whether a draft is for the target asked for: the same colleague, or (no colleague) the same team.
 * @example draftIsFor({ ...draft, personId: 'marco' }, { personId: 'youssef', team: null }) // false
 */
export function draftIsFor(draft: CallbackTarget, target: CallbackTarget): boolean {
  return target.personId !== null
    ? draft.personId === target.personId
    : draft.personId === null && draft.team === target.team;
}

/**
 * What the form opens with for a target: the draft that belongs to it ('restore'; a draft without
 * a target takes the one asked for), else a new form ('new') with the latest draft for someone else
 * to offer ("verder met concept voor Marco / nieuw voor Youssef"), or null.
 * @example openingFor([marcoDraft], { personId: 'youssef', team: null }) // { kind: 'new', other: marcoDraft }
 * @example openingFor([marcoDraft], { personId: null, team: null }) // { kind: 'restore', draft: marcoDraft }
 */
export function openingFor(
  drafts: readonly CallbackFormState[],
  target: CallbackTarget,
):
  { kind: 'restore'; draft: CallbackFormState } | { kind: 'new'; other: CallbackFormState | null } {
  const typed = drafts.filter(hasTypedContent);
  const latest = typed.at(-1) ?? null;
  if (isUntargeted(target))
    return latest === null ? { kind: 'new', other: null } : { kind: 'restore', draft: latest };
  const own = typed.filter((draft) => draftIsFor(draft, target)).at(-1);
  if (own !== undefined) return { kind: 'restore', draft: own };
  const loose = typed.filter(isUntargeted).at(-1);
  if (loose !== undefined) return { kind: 'restore', draft: { ...loose, ...target } };
  return { kind: 'new', other: latest };
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
