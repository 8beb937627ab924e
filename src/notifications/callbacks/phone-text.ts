// Phone numbers in notification mails as people in the Netherlands read them: national form for a
// Dutch number ("06 12345601"), international otherwise. Loaded on demand (the library is large).
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * @example phoneText('+31612345601') // '06 12345601'
 * @example phoneText('+32470123456') // '+32 470 12 34 56'
 */
export function phoneText(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  if (parsed === undefined) return e164;
  return parsed.country === 'NL' ? parsed.formatNational() : parsed.formatInternational();
}
