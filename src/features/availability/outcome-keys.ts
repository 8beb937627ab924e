// The keys that record a call's outcome: the same on the card, on a team and on the search screen, and usable while
// the focus is in the search box.
//
// Why Alt+Shift+digit: while the citizen waits, the focus is usually still in the search box, where plain letters and
// digits are typing (names, but also employee and phone numbers), so a plain key cannot be a shortcut there. The card
// already uses Alt+Shift+N for "Terugbelverzoek maken", for the same reasons: browsers use Alt+letter for their menus
// (and Chrome on Linux Alt+digit for its tabs), AltGr (Ctrl+Alt) types characters on many layouts, Teams and Outlook
// use Ctrl and Ctrl+Shift. Digits rather than letters: they follow the order of the buttons, and they are the same in
// Dutch and English and on every keyboard layout (matched by physical key, so macOS's Option works too). 0 is apart,
// like the outcome: "zelf beantwoord" is not a call for a team.
import type { ContactOutcome } from '../../domain/contacts';

export type OutcomeKey = { outcome: ContactOutcome; label: string; code: string };

/** The outcomes after trying to put a call through, in button order. */
export const TRANSFER_OUTCOME_KEYS: readonly OutcomeKey[] = [
  { outcome: 'answered', label: 'Alt+Shift+1', code: 'Digit1' },
  { outcome: 'substituteAnswered', label: 'Alt+Shift+2', code: 'Digit2' },
  { outcome: 'callbackRequested', label: 'Alt+Shift+3', code: 'Digit3' },
  { outcome: 'notAnswered', label: 'Alt+Shift+4', code: 'Digit4' },
];

/** "Zelf beantwoord", on the search screen. */
export const SELF_ANSWERED_KEY: OutcomeKey = {
  outcome: 'selfAnswered',
  label: 'Alt+Shift+0',
  code: 'Digit0',
};

type KeyPress = Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'code'>;

/**
 * The outcome a key press records, if any (the number pad's digits count too).
 * @example outcomeForKey({ altKey: true, shiftKey: true, ctrlKey: false, metaKey: false, code: 'Digit3' }) // 'callbackRequested'
 * @example outcomeForKey({ altKey: false, shiftKey: false, ctrlKey: false, metaKey: false, code: 'Digit3' }) // null
 */
export function outcomeForKey(event: KeyPress): ContactOutcome | null {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return null;
  const code = event.code.replace(/^Numpad(\d)$/, 'Digit$1');
  return (
    [...TRANSFER_OUTCOME_KEYS, SELF_ANSWERED_KEY].find((key) => key.code === code)?.outcome ?? null
  );
}

/** The key of an outcome. */
export const keyOfOutcome = (outcome: ContactOutcome): OutcomeKey =>
  [...TRANSFER_OUTCOME_KEYS, SELF_ANSWERED_KEY].find((key) => key.outcome === outcome) ??
  SELF_ANSWERED_KEY;
