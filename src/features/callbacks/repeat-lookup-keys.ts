// The lookup keys of what the agent types: the phone parsed with libphonenumber-js (as it will be stored), then the
// domain's normalisation; a number or address that is not complete yet is no key (no partial search).
import type { CitizenContactKeys } from '../../domain/callbacks';
import { emailKeyOf, phoneKeyOf } from '../../domain/callbacks';
import { readPhone } from './phone';

/**
 * @example typedContactKeys('06-12345678', '') // { phone: '+31612345678', email: null }
 * @example typedContactKeys('06-1234', 'Jan@Example.nl') // { phone: null, email: 'jan@example.nl' }
 */
export function typedContactKeys(phone: string, email: string): CitizenContactKeys {
  const reading = readPhone(phone);
  return {
    phone: reading.kind === 'valid' ? phoneKeyOf(reading.e164) : null,
    email: emailKeyOf(email),
  };
}
