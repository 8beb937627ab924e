import { en as enCore } from './en';
import { formatDateTime, formatTime } from './format';
import { resolveLocale } from './locale';
import { groupLoaders, messageGroups } from './message-groups';
import { nl as nlCore } from './nl';
import type { MessageKey } from './nl';

// Every message: the first paint's catalog and each page's group (as the app has them once all pages opened).
const groups = await Promise.all(
  messageGroups.map(async (group) => ({
    nl: await groupLoaders[group].nl(),
    en: await groupLoaders[group].en(),
  })),
);
const nl = Object.assign({}, nlCore, ...groups.map((g) => g.nl)) as Record<MessageKey, string>;
const en = Object.assign({}, enCore, ...groups.map((g) => g.en)) as Record<MessageKey, string>;
import { formatMessage, pluralBranches, translate } from './translate';

describe('message catalogs', () => {
  it('English has exactly the keys of Dutch', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it.each(messageGroups)('English has exactly the keys of Dutch in group %s', async (group) => {
    const [dutch, english] = await Promise.all([
      groupLoaders[group].nl(),
      groupLoaders[group].en(),
    ]);
    expect(Object.keys(english).sort()).toEqual(Object.keys(dutch).sort());
  });

  it('has no key both in the first catalog and in a group, nor in two groups', () => {
    const keys = [nlCore, ...groups.map((g) => g.nl)].flatMap((catalog) => Object.keys(catalog));
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  it.each([
    ['nl', nl],
    ['en', en],
  ] as const)('%s has no empty message', (_locale, catalog) => {
    const empty = Object.entries(catalog).filter(([, message]) => message.trim() === '');
    expect(empty).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (message: string) =>
      [
        ...new Set([...message.matchAll(/\{(\w+)(?:\}|,\s*plural,)/g)].map((match) => match[1])),
      ].sort();
    const mismatched = Object.keys(nl).filter(
      (key) =>
        placeholders(nl[key as keyof typeof nl]).join() !==
        placeholders(en[key as keyof typeof en]).join(),
    );
    expect(mismatched).toEqual([]);
  });
});

describe('plural messages', () => {
  const pluralBodies = (message: string) =>
    [...message.matchAll(/\{\w+,\s*plural,/g)].map((match) => {
      let depth = 0;
      for (let index = match.index; index < message.length; index += 1) {
        if (message[index] === '{') depth += 1;
        if (message[index] === '}' && --depth === 0)
          return message.slice(match.index + match[0].length, index);
      }
      return '';
    });

  it.each([
    ['nl', nl],
    ['en', en],
  ] as const)('%s: every plural parses and has an "other" form', (_locale, catalog) => {
    const broken = Object.entries(catalog).filter(([, message]) =>
      pluralBodies(message).some((body) => pluralBranches(body)?.has('other') !== true),
    );
    expect(broken).toEqual([]);
  });

  it.each([
    ['nl', 0, 'Geen open terugbelverzoeken: 0 uiterlijk vandaag, 0 te laat'],
    ['nl', 1, '1 open terugbelverzoek: 0 uiterlijk vandaag, 0 te laat'],
    ['nl', 8, '8 open terugbelverzoeken: 0 uiterlijk vandaag, 0 te laat'],
    ['en', 1, '1 open callback request: 0 due today, 0 overdue'],
    ['en', 2, '2 open callback requests: 0 due today, 0 overdue'],
  ] as const)('%s, %i open', (locale, open, expected) => {
    expect(translate(locale, 'callbacks.counts', { open, dueToday: 0, overdue: 0 })).toBe(expected);
  });

  it('fills placeholders inside a branch, and an exact =0 form before the rules', () => {
    expect(translate('nl', 'absences.callbacks.handedOver', { count: 0, name: 'Anna' })).toBe(
      'Anna had geen open terugbelverzoeken om over te dragen.',
    );
    expect(translate('nl', 'absences.callbacks.handedOver', { count: 1, name: 'Anna' })).toBe(
      '1 open terugbelverzoek van Anna overgedragen aan de vervanger.',
    );
  });

  it('accepts a count given as text, and leaves the message visible without a count', () => {
    const message = '{n, plural, one {# dag} other {# dagen}}';
    expect(formatMessage('nl', message, { n: '3' })).toBe('3 dagen');
    expect(formatMessage('nl', message, {})).toBe(message);
  });
});

describe('translate', () => {
  it('fills placeholders', () => {
    expect(translate('nl', 'home.title', { name: 'Sanne' })).toBe('Welkom, Sanne');
    expect(translate('en', 'home.title', { name: 'Sanne' })).toBe('Welcome, Sanne');
  });

  it('only takes keys the catalog has, also keys built at run time (a missing key does not compile)', () => {
    const status = 'open' as 'open' | 'done' | 'cancelled';
    expect(translate('nl', `callbacks.status.${status}`)).toBe('Open');
    // @ts-expect-error: no such key (at run time its key shows, so the mistake is seen)
    expect(translate('nl', 'callbacks.status.lost')).toBe('callbacks.status.lost');
    const channel = 'pigeon' as string;
    // @ts-expect-error: a plain string is not a key; the caller must narrow it to the known values
    expect(translate('nl', `callbacks.channel.${channel}`)).toBe('callbacks.channel.pigeon');
  });

  it('leaves a placeholder without value visible', () => {
    expect(translate('en', 'home.title')).toBe('Welcome, {name}');
  });
});

describe('resolveLocale', () => {
  it.each([
    [{ hostLocale: 'en-us', storedChoice: 'nl', navigatorLanguage: 'nl-NL' }, 'en'],
    [{ hostLocale: 'nl-nl', storedChoice: 'en', navigatorLanguage: 'en-US' }, 'nl'],
    [{ hostLocale: 'de-de', storedChoice: null, navigatorLanguage: 'en-US' }, 'nl'],
    [{ hostLocale: null, storedChoice: 'en', navigatorLanguage: 'nl-NL' }, 'en'],
    [{ hostLocale: null, storedChoice: null, navigatorLanguage: 'en-GB' }, 'en'],
    [{ hostLocale: null, storedChoice: null, navigatorLanguage: 'fr-FR' }, 'nl'],
    [{ hostLocale: '', storedChoice: null, navigatorLanguage: undefined }, 'nl'],
  ] as const)('%o → %s', (sources, expected) => {
    expect(resolveLocale(sources)).toBe(expected);
  });
});

describe('formatting in Europe/Amsterdam', () => {
  // 08:05 UTC is 09:05 in winter (CET) and 10:05 in summer (CEST).
  it('formats times in Dutch time, daylight saving aware', () => {
    expect(formatTime(new Date('2025-01-15T08:05:00Z'))).toBe('09:05');
    expect(formatTime(new Date('2025-07-15T08:05:00Z'))).toBe('10:05');
  });

  it('formats date and time in nl-NL', () => {
    expect(formatDateTime(new Date('2025-03-10T08:05:00Z'), 'nl')).toMatch(
      /^ma 10 mrt 2025.*09:05$/,
    );
    expect(formatDateTime(new Date('2025-03-10T08:05:00Z'), 'en')).toMatch(
      /^Mon,? 10 Mar 2025.*09:05$/,
    );
  });
});

describe('catalogs by language', () => {
  it('has Dutch at once and English only after it is loaded; until then English asks fall back to Dutch', async () => {
    vi.resetModules(); // a fresh module: the test setup has loaded English into the shared one
    const fresh = await import('./translate');
    expect(fresh.isCatalogLoaded('nl')).toBe(true);
    expect(fresh.isCatalogLoaded('en')).toBe(false);
    expect(fresh.translate('en', 'home.title', { name: 'Sanne' })).toBe('Welkom, Sanne');
    await fresh.loadCatalog('en');
    expect(fresh.isCatalogLoaded('en')).toBe(true);
    expect(fresh.translate('en', 'home.title', { name: 'Sanne' })).toBe('Welcome, Sanne');
  });
});
