import { intlLocale } from './format';
import { nl } from './nl';
import type { MessageCatalog, MessageKey } from './nl';
import type { MessageGroup, GroupMessages } from './message-groups';
import { groupLoaders } from './message-groups';

export type { Locale } from './locale-code';
import type { Locale } from './locale-code';
export type MessageParams = Readonly<Record<string, string | number>>;

// Dutch is the default and always at hand; English (en.ts) is a chunk of its own, fetched only by someone who reads
// English. The messages of a page the agent screen does not show (message-groups.ts) are a chunk per page and
// language, fetched with that page: the agent screen's first paint carries only its own texts.
const loaded: Partial<Record<Locale, MessageCatalog>> = { nl };
const loaders: Readonly<Record<Locale, () => Promise<MessageCatalog>>> = {
  nl: () => Promise.resolve(nl),
  en: async () => (await import(/* webpackChunkName: "messages-en" */ './en')).en,
};
/** The groups asked for (by a page that opened); each language of one arrives when that language is loaded. */
const wantedGroups = new Set<MessageGroup>();
const groupTexts: Record<Locale, Partial<Record<MessageKey, string>>> = { nl: {}, en: {} };
const groupsLoaded: Record<Locale, Set<MessageGroup>> = { nl: new Set(), en: new Set() };
const groupRequests = new Map<string, Promise<void>>();

function loadGroup(group: MessageGroup, locale: Locale): Promise<void> {
  const id = `${group}.${locale}`;
  let request = groupRequests.get(id);
  if (request === undefined) {
    request = groupLoaders[group][locale]().then((texts: GroupMessages) => {
      Object.assign(groupTexts[locale], texts);
      groupsLoaded[locale].add(group);
    });
    // A failed fetch (offline, a new version deployed) may be tried again on the next visit to the page.
    request.catch(() => groupRequests.delete(id));
    groupRequests.set(id, request);
  }
  return request;
}

/**
 * Fetches the messages of `groups` in Dutch and in every other language loaded so far (a language loaded later
 * brings them along); resolves when they are here. The routes call it with their page's code.
 * @example await loadMessages(['absences']); translate('nl', 'absences.title') // → 'Mijn team'
 */
export async function loadMessages(groups: readonly MessageGroup[]): Promise<void> {
  for (const group of groups) wantedGroups.add(group);
  const locales = (Object.keys(loaded) as Locale[]).filter((locale) => loaded[locale]);
  await Promise.all(groups.flatMap((group) => locales.map((locale) => loadGroup(group, locale))));
}

/** Whether `locale`'s messages are here; `translate` for a locale not loaded yet falls back to Dutch. */
export function isCatalogLoaded(locale: Locale): boolean {
  return (
    loaded[locale] !== undefined &&
    [...wantedGroups].every((group) => groupsLoaded[locale].has(group))
  );
}

/**
 * Fetches `locale`'s messages (once); the LocaleProvider waits for it before it shows that language.
 * @example await loadCatalog('en'); translate('en', 'app.name') // → 'Bereikbaar'
 */
export async function loadCatalog(locale: Locale): Promise<void> {
  const early = [...wantedGroups].map((group) => loadGroup(group, locale));
  loaded[locale] ??= await loaders[locale]();
  // Also a group a page asked for while this language was on its way (the requests are shared).
  await Promise.all([...early, ...[...wantedGroups].map((group) => loadGroup(group, locale))]);
}

const pluralRules: Readonly<Record<Locale, Intl.PluralRules>> = {
  nl: new Intl.PluralRules(intlLocale('nl')),
  en: new Intl.PluralRules(intlLocale('en')),
};

/**
 * Looks up a message and fills `{name}` placeholders; unknown placeholders stay visible so a mistake shows.
 * Counts use the ICU plural form: `{count, plural, =0 {geen verzoeken} one {# verzoek} other {# verzoeken}}` picks
 * the branch by the language's plural rules (an exact `=n` first) and writes the number for `#`; a branch can hold
 * other `{name}` placeholders. Every plural needs an `other` branch (the catalog test checks).
 * @example translate('en', 'home.title', { name: 'Sanne' }) // → 'Welcome, Sanne'
 */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const catalog = loaded[locale] ?? nl;
  // A page's message before its group arrived shows its key, so the mistake is seen (routes load groups first).
  const message = (catalog as Partial<Record<MessageKey, string>>)[key] ?? groupTexts[locale][key];
  return formatMessage(locale, message ?? groupTexts.nl[key] ?? key, params);
}

/**
 * Formats one message text (see {@link translate}).
 * @example formatMessage('nl', '{n, plural, one {# dag} other {# dagen}}', { n: 1 }) // → '1 dag'
 */
export function formatMessage(locale: Locale, message: string, params: MessageParams): string {
  let result = '';
  let index = 0;
  while (index < message.length) {
    const open = message.indexOf('{', index);
    if (open === -1) break;
    const close = matchingBrace(message, open);
    if (close === -1) break;
    result += message.slice(index, open);
    result += formatArgument(locale, message.slice(open, close + 1), params);
    index = close + 1;
  }
  return result + message.slice(index);
}

function formatArgument(locale: Locale, argument: string, params: MessageParams): string {
  const simple = /^\{(\w+)\}$/.exec(argument);
  if (simple) {
    const value = params[simple[1] ?? ''];
    return value === undefined ? argument : String(value);
  }
  const plural = /^\{(\w+),\s*plural,/.exec(argument);
  if (!plural) return argument;
  const raw = params[plural[1] ?? ''];
  const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  const branches = pluralBranches(argument.slice(plural[0].length, -1));
  if (typeof value !== 'number' || !Number.isFinite(value) || branches === null) return argument;
  const branch =
    branches.get(`=${value}`) ??
    branches.get(pluralRules[locale].select(value)) ??
    branches.get('other');
  if (branch === undefined) return argument;
  return formatMessage(locale, branch.replaceAll('#', String(value)), params);
}

/** `one {# dag} other {# dagen}` → one → '# dag', other → '# dagen'; null when malformed. */
export function pluralBranches(body: string): Map<string, string> | null {
  const branches = new Map<string, string>();
  let index = 0;
  for (;;) {
    const selector = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(body.slice(index));
    if (!selector) break;
    const open = index + selector[0].length - 1;
    const close = matchingBrace(body, open);
    if (close === -1) return null;
    branches.set(selector[1] ?? '', body.slice(open + 1, close));
    index = close + 1;
  }
  return body.slice(index).trim() === '' && branches.size > 0 ? branches : null;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index += 1) {
    if (text[index] === '{') depth += 1;
    else if (text[index] === '}') {
      depth -= 1;
      if (depth === 0) return index;
    }
  }
  return -1;
}
