// The tenant check's words, in Dutch (default) and English: IT staff of a Dutch municipality read them, and
// so may a supplier's engineer. `{name}` placeholders and `{n, plural, …}` counts are filled by `checkText`.

import { formatMessage } from '../../src/i18n/translate';

export type CheckLocale = 'nl' | 'en';

const nl = {
  'outcome.pass': 'in orde',
  'outcome.warn': 'let op',
  'outcome.fail': 'FOUT',
  'label.advice': 'Wat te doen',
  summary: '{passed} in orde, {warned} om op te letten, {failed} fout, van {total} controles.',
  heading: 'Bereikbaar: controle van {target}',
  usage:
    'Zet BRK_SHAREPOINT_SITE (bijv. contoso.sharepoint.com:/sites/bereikbaar) en BRK_GRAPH_TOKEN (een gedelegeerd Graph-token met de scopes van de app; zie docs/deploy.md), of gebruik --emulator <url>.',

  'signedIn.title': 'Aangemeld',
  'signedIn.got': '{name} ({upn}), rollen: {roles}',
  'signedIn.advice':
    'Het token is niet geldig of verlopen. Haal een nieuw token op voor een gebruiker van deze tenant (docs/deploy.md, "De tenant controleren").',

  'directory.title': 'Medewerkers en hun manager (teams)',
  'directory.got': '{people} medewerkers, {withManager} met een manager',
  'directory.noManagers':
    'Er kwam geen enkele manager mee: elk team blijft leeg. Vul in Entra ID bij iedere medewerker de manager in (het team volgt de manager) en geef toestemming voor User.Read.All.',
  'directory.noPeople':
    'Er kwamen geen medewerkers terug. Geef beheerderstoestemming voor User.Read.All (docs/deploy.md, stap 1).',

  'schedule.title': 'Agenda’s van twee collega’s (getSchedule)',
  'schedule.got': '{read} van {asked} agenda’s gelezen, {withSubjects} met onderwerpen',
  'schedule.advice':
    'Geef beheerderstoestemming voor Calendars.Read. Een agenda die niet gedeeld is, geeft alleen vrij/bezet; dat is geen fout, maar het KCP ziet dan niet wat de collega doet.',
  'schedule.partial':
    'Niet elke agenda kon worden gelezen: heeft iedere collega een Exchange Online-postvak met licentie?',

  'presence.title': 'Teams-status van twee collega’s',
  'presence.got': '{count, plural, one {# status} other {# statussen}}, bijvoorbeeld {example}',
  'presence.advice':
    'Geef beheerderstoestemming voor Presence.Read.All; collega’s hebben een Teams-licentie nodig.',

  'mailTips.title': 'Automatische antwoorden (getMailTips)',
  'mailTips.got': '{count, plural, one {# postvak} other {# postvakken}} gelezen',
  'mailTips.advice':
    'Geef beheerderstoestemming voor Mail.Read (Graph vraagt die voor mail tips; de app leest geen berichten). De aangemelde gebruiker heeft een postvak nodig.',

  'site.title': 'SharePoint-site',
  'site.got': '{name} ({id})',
  'site.advice':
    'Controleer BRK_SHAREPOINT_SITE (bijvoorbeeld contoso.sharepoint.com:/sites/bereikbaar) en of de gebruiker lid is van de site; met Sites.Selected moet de app toegang tot deze site hebben gekregen.',

  'list.title': 'Lijst {list}',
  'list.got':
    '{columns, plural, one {# kolom} other {# kolommen}}, {indexes, plural, one {# index} other {# indexen}}',
  'list.missing': 'ontbreekt: {missing}',
  'list.advice':
    'Voer npm run provision uit (docs/deploy.md, stap 5): het maakt de lijst, kolommen en indexen aan of vult ze aan.',
  'list.restrictedHidden': 'niet leesbaar voor deze gebruiker, zoals bedoeld',
  'list.restrictedVisible':
    'leesbaar voor een gebruiker die geen teamleider of coördinator is: afwezigheidsredenen (gezondheidsgegevens) liggen open. Voer npm run provision uit om de lijstrechten te zetten.',

  'index.title': 'Geïndexeerde zoekvraag {list}.{column}',
  'index.got': 'antwoord {status}',
  'index.advice':
    'SharePoint weigert deze zoekvraag zonder index; op een lijst met meer dan 5.000 items werkt de app dan niet. Voer npm run provision uit: het zet de index.',

  'teamsApp.title': 'Bereikbaar in de app-catalogus van Teams',
  'teamsApp.got': 'catalogus-id {id}',
  'teamsApp.notFound': 'niet gevonden voor manifest-id {manifestId}',
  'teamsApp.advice':
    'Upload het app-pakket (appPackage/build/bereikbaar.zip) in het Teams-beheercentrum naar de app-catalogus van de organisatie (docs/deploy.md, stap 6); zonder dat verwijzen meldingen nergens naar.',

  refused: 'geweigerd: {status} {code} {message}',
} as const;

export type CheckMessageKey = keyof typeof nl;

const en: Record<CheckMessageKey, string> = {
  'outcome.pass': 'ok',
  'outcome.warn': 'note',
  'outcome.fail': 'FAIL',
  'label.advice': 'What to do',
  summary: '{passed} ok, {warned} to note, {failed} failed, of {total} checks.',
  heading: 'Bereikbaar: checking {target}',
  usage:
    'Set BRK_SHAREPOINT_SITE (e.g. contoso.sharepoint.com:/sites/bereikbaar) and BRK_GRAPH_TOKEN (a delegated Graph token with the app’s scopes; see docs/deploy.md), or use --emulator <url>.',

  'signedIn.title': 'Signed in',
  'signedIn.got': '{name} ({upn}), roles: {roles}',
  'signedIn.advice':
    'The token is invalid or expired. Get a new token for a user of this tenant (docs/deploy.md, "Checking the tenant").',

  'directory.title': 'Colleagues and their manager (teams)',
  'directory.got': '{people} colleagues, {withManager} with a manager',
  'directory.noManagers':
    'Not a single manager came back: every team stays empty. Set each colleague’s manager in Entra ID (the team follows the manager) and consent to User.Read.All.',
  'directory.noPeople':
    'No colleagues came back. Grant admin consent for User.Read.All (docs/deploy.md, step 1).',

  'schedule.title': 'Calendars of two colleagues (getSchedule)',
  'schedule.got': '{read} of {asked} calendars read, {withSubjects} with subjects',
  'schedule.advice':
    'Grant admin consent for Calendars.Read. A calendar that is not shared gives free/busy only; that is not an error, but the front office then cannot see what the colleague is doing.',
  'schedule.partial':
    'Not every calendar could be read: does every colleague have a licensed Exchange Online mailbox?',

  'presence.title': 'Teams presence of two colleagues',
  'presence.got': '{count, plural, one {# presence} other {# presences}}, for example {example}',
  'presence.advice': 'Grant admin consent for Presence.Read.All; colleagues need a Teams licence.',

  'mailTips.title': 'Automatic replies (getMailTips)',
  'mailTips.got': '{count, plural, one {# mailbox} other {# mailboxes}} read',
  'mailTips.advice':
    'Grant admin consent for Mail.Read (Graph requires it for mail tips; the app reads no messages). The signed-in user needs a mailbox.',

  'site.title': 'SharePoint site',
  'site.got': '{name} ({id})',
  'site.advice':
    'Check BRK_SHAREPOINT_SITE (for example contoso.sharepoint.com:/sites/bereikbaar) and that the user is a member of the site; with Sites.Selected the app must have been granted access to this site.',

  'list.title': 'List {list}',
  'list.got':
    '{columns, plural, one {# column} other {# columns}}, {indexes, plural, one {# index} other {# indexes}}',
  'list.missing': 'missing: {missing}',
  'list.advice':
    'Run npm run provision (docs/deploy.md, step 5): it creates the list, its columns and indexes, or completes them.',
  'list.restrictedHidden': 'not readable by this user, as intended',
  'list.restrictedVisible':
    'readable by a user who is neither a team leader nor a coordinator: absence reasons (health data) are exposed. Run npm run provision to set the list permissions.',

  'index.title': 'Indexed query {list}.{column}',
  'index.got': 'answer {status}',
  'index.advice':
    'SharePoint refuses this query without an index; on a list of more than 5,000 items the app then fails. Run npm run provision: it sets the index.',

  'teamsApp.title': 'Bereikbaar in the Teams app catalog',
  'teamsApp.got': 'catalog id {id}',
  'teamsApp.notFound': 'not found for manifest id {manifestId}',
  'teamsApp.advice':
    'Upload the app package (appPackage/build/bereikbaar.zip) to the organisation’s app catalog in the Teams admin center (docs/deploy.md, step 6); without it notifications link nowhere.',

  refused: 'refused: {status} {code} {message}',
};

const catalogs: Record<CheckLocale, Record<CheckMessageKey, string>> = { nl, en };

/**
 * A check message with its `{name}` placeholders filled.
 * @example checkText('en', 'index.got', { status: 200 }) // 'answer 200'
 */
export function checkText(
  locale: CheckLocale,
  key: CheckMessageKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  // The app's own formatter: `{name}` placeholders and ICU plurals ("1 index", "2 indexen").
  return formatMessage(locale, catalogs[locale][key], params);
}
