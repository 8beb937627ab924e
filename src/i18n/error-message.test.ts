import { errorMessage } from './error-message';
import { translate } from './translate';

const nl = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate('nl', key, params);
const http = (status: number, extra: Record<string, unknown> = {}) =>
  Object.assign(new Error('Graph says something in English.'), { status, ...extra });

describe('errorMessage', () => {
  it.each([
    [
      'the browser without network',
      new TypeError('Failed to fetch'),
      'Er is geen verbinding met de server.',
    ],
    [
      'Safari without network',
      new TypeError('Load failed'),
      'Er is geen verbinding met de server.',
    ],
    ['no response (status 0)', http(0), 'Er is geen verbinding met de server.'],
    ['403', http(403), 'U hebt geen toegang tot deze gegevens in Microsoft 365.'],
    ['412 (eTag)', http(412), 'Iemand anders heeft dit net gewijzigd.'],
    [
      '429 with Retry-After',
      http(429, { retryAfterSeconds: 1 }),
      'Microsoft 365 is even overbelast; probeer het over 1 seconde opnieuw.',
    ],
    ['503', http(503), 'Microsoft 365 is tijdelijk niet beschikbaar.'],
    ['400', http(400), 'Microsoft 365 weigerde het verzoek (HTTP 400).'],
    [
      'anything else',
      new Error('Cannot read properties of undefined'),
      'Er ging iets onverwachts mis.',
    ],
  ])('%s', (_name, error, expected) => {
    expect(errorMessage(error, nl)).toBe(expected);
  });

  it('is English in English, and never repeats the English text it was given', () => {
    const message = errorMessage(http(403), (key, params) => translate('en', key, params));
    expect(message).toBe('You have no access to this data in Microsoft 365.');
    expect(errorMessage(http(403), nl)).not.toContain('Graph says');
  });
});
