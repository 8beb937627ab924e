// Phone numbers as the agent types them, parsed with libphonenumber-js: Dutch by default ("06-12345678",
// "020 123 4567"), international with a + or 00 ("+32 470 12 34 56").
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { ParsedPhone } from '../../domain/callbacks';

/** A typed number with its E.164 form and a readable international form, or why not. */
export type PhoneReading = ParsedPhone & { display: string | null };

/**
 * Parses what was typed; an empty field is `empty`, a number that cannot exist is `invalid`.
 * @example readPhone('06-12345678') // { kind: 'valid', e164: '+31612345678', display: '+31 6 12345678' }
 * @example readPhone('12') // { kind: 'invalid', display: null }
 */
export function readPhone(text: string): PhoneReading {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty', display: null };
  // "0031 6 …" is how many people write an international number; the library expects "+".
  const normalised = trimmed.replace(/^00(?=[1-9])/, '+');
  const parsed = parsePhoneNumberFromString(normalised, 'NL');
  if (parsed === undefined || !parsed.isValid()) return { kind: 'invalid', display: null };
  return { kind: 'valid', e164: parsed.number, display: parsed.formatInternational() };
}

/**
 * A stored E.164 number for reading aloud and dialling: national form for Dutch numbers.
 * @example displayPhone('+31201234567') // '020 123 4567'
 */
export function displayPhone(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  if (parsed === undefined) return e164;
  return parsed.country === 'NL' ? parsed.formatNational() : parsed.formatInternational();
}
