// What the employee fills in to switch automatic replies on or off, and what is wrong with it before it is sent.
import type { Instant } from '../time';

/** Off; on until switched off; or on for a period (Outlook's "only send during this time range"). */
export type AutomaticRepliesMode = 'off' | 'on' | 'scheduled';

export type AutomaticRepliesDraft = {
  mode: AutomaticRepliesMode;
  /** The period, for 'scheduled'; null when not filled in (or unreadable). */
  start: Instant | null;
  end: Instant | null;
  /** The reply colleagues and citizens get (plain text). */
  message: string;
};

export type AutomaticRepliesProblem =
  'messageMissing' | 'periodMissing' | 'endNotAfterStart' | 'endPassed';

/** Exchange keeps messages up to this size; a longer one is refused rather than cut off silently. */
export const AUTOMATIC_REPLY_MAX_LENGTH = 4000;

/**
 * What stops the draft from being sent, in the order of the form; an empty list means it can be sent. Switching off
 * needs nothing.
 * @example automaticRepliesProblems({ mode: 'on', start: null, end: null, message: ' ' }, now) // ['messageMissing']
 */
export function automaticRepliesProblems(
  draft: AutomaticRepliesDraft,
  now: Instant,
): AutomaticRepliesProblem[] {
  if (draft.mode === 'off') return [];
  const problems: AutomaticRepliesProblem[] = [];
  if (draft.message.trim() === '') problems.push('messageMissing');
  if (draft.mode === 'scheduled') {
    if (draft.start === null || draft.end === null) problems.push('periodMissing');
    else if (draft.end <= draft.start) problems.push('endNotAfterStart');
    else if (draft.end <= now) problems.push('endPassed');
  }
  return problems;
}
