// The response headers the static build must be served with, per path: the one definition that the deployment
// guide's table is generated from (docs/deploy.md, checked by a test) and that the browser tests' static server
// serves the production build with. Change a header here, then run
// `npx tsx scripts/hosting/write-deploy-headers.ts` to update the guide.

/** Where the build talks to: Microsoft Graph (or, in demo mode, the demo tenant) and Entra ID. */
export type HostingOrigins = {
  /** Origin of Microsoft Graph, e.g. https://graph.microsoft.com; the demo build uses the demo tenant's. */
  graph: string;
};

/** The origins of a build for a real tenant in Microsoft's global cloud, as the guide shows them. */
export const productionOrigins: HostingOrigins = { graph: 'https://graph.microsoft.com' };

/** Entra ID's sign-in endpoint: MSAL's token requests, and its hidden iframe for silent renewal. */
const signInOrigin = 'https://login.microsoftonline.com';
/** TeamsJS reads the list of Microsoft's host origins it trusts from this CDN (validDomains.json). */
const teamsJsCdnOrigin = 'https://res.cdn.office.net';
/** Office.js: loaded from Microsoft's CDN (it may not be bundled), and it loads its host scripts from there. */
const officeJsOrigin = 'https://appsforoffice.microsoft.com';
/**
 * Office.js loads MicrosoftAjax from this CDN on some Outlook clients. Microsoft does not publish the list of
 * origins Office.js needs (OfficeDev/office-js issue #1005); these two are the ones it is known to use.
 */
const officeAjaxOrigin = 'https://ajax.aspnetcdn.com';

/**
 * Hosts allowed to frame the app, from Microsoft's requirements for Teams tabs: Teams, the Microsoft 365 app,
 * Outlook, and `*.cloud.microsoft`, where all of them are moving. 'self': MSAL's silent-renewal iframe ends on
 * redirect.html inside the app's own page.
 */
const frameAncestors = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
];

type Directives = ReadonlyArray<readonly [directive: string, ...sources: string[]]>;

function policy(directives: Directives): string {
  return directives.map((parts) => parts.join(' ')).join('; ');
}

/** What every page of the app shares; Fluent UI (griffel) inserts its styles at run time, hence 'unsafe-inline' for styles. */
function pagePolicy(origins: HostingOrigins, scripts: readonly string[]): string {
  return policy([
    ['default-src', "'self'"],
    ['script-src', "'self'", ...scripts],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:'],
    ['connect-src', "'self'", origins.graph, signInOrigin, teamsJsCdnOrigin, ...scripts],
    // MSAL renews tokens silently in a hidden iframe on the sign-in origin (browser flow).
    ['frame-src', signInOrigin],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', ...frameAncestors],
  ]);
}

const pageBasics = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // A new build is picked up at once; the scripts it names carry content hashes.
  'Cache-Control': 'no-cache',
} as const;

/** One row of the guide's table: the paths it covers, their headers, and why. */
export type HeaderRule = {
  /** Exact paths (`/index.html`) or a folder (`/js/*`). */
  paths: readonly string[];
  headers: Readonly<Record<string, string>>;
  why: string;
};

/**
 * The headers per path, in the order a host should match them.
 * @example securityHeaderRules(productionOrigins)[0].paths // ['/', '/index.html']
 */
export function securityHeaderRules(origins: HostingOrigins): HeaderRule[] {
  return [
    {
      paths: ['/', '/index.html'],
      headers: { 'Content-Security-Policy': pagePolicy(origins, []), ...pageBasics },
      why: 'the app (Teams tabs, Microsoft 365 app, browser); also every path the host answers with index.html',
    },
    {
      paths: ['/outlook.html'],
      headers: {
        'Content-Security-Policy': pagePolicy(origins, [officeJsOrigin, officeAjaxOrigin]),
        ...pageBasics,
      },
      why: "the Outlook task pane: Office.js comes from Microsoft's CDN",
    },
    {
      paths: ['/redirect.html'],
      headers: { 'Content-Security-Policy': pagePolicy(origins, []), ...pageBasics },
      why: 'the sign-in popup and silent renewal land here; no `Cross-Origin-Opener-Policy`, so the popup can reach the window that opened it',
    },
    {
      paths: ['/js/*'],
      headers: {
        'Cache-Control': 'public, max-age=31536000, immutable',
        'X-Content-Type-Options': 'nosniff',
      },
      why: 'file names contain a content hash',
    },
    {
      paths: ['/assets/*', '/favicon.svg'],
      headers: { 'Cache-Control': 'public, max-age=86400', 'X-Content-Type-Options': 'nosniff' },
      why: 'icons (the Outlook ribbon loads them by fixed name)',
    },
  ];
}

/** Paths a host answers with index.html (the single-page fallback) get index.html's headers. */
export const fallbackPath = '/index.html';

function pathMatches(pattern: string, urlPath: string): boolean {
  return pattern.endsWith('/*') ? urlPath.startsWith(pattern.slice(0, -1)) : pattern === urlPath;
}

/**
 * The headers for a served file, by its path in dist/.
 * @example securityHeadersFor('/js/app.1a2b3c4d.js', productionOrigins)['Cache-Control'] // 'public, max-age=31536000, immutable'
 */
export function securityHeadersFor(
  filePath: string,
  origins: HostingOrigins,
): Readonly<Record<string, string>> {
  const rules = securityHeaderRules(origins);
  const rule =
    rules.find((candidate) => candidate.paths.some((p) => pathMatches(p, filePath))) ??
    rules.find((candidate) => candidate.paths.includes(fallbackPath));
  return rule?.headers ?? {};
}

/** Headers a host must not send, with the reason; the guide lists them under the table. */
export const forbiddenHeaders: Readonly<Record<string, string>> = {
  'X-Frame-Options':
    'it would stop Teams and Outlook from showing the app; `frame-ancestors` replaces it',
  'Cross-Origin-Opener-Policy':
    'the sign-in popup must be able to reach the window that opened it (MSAL)',
};

export const docsStartMarker =
  '<!-- security-headers:start (generated from scripts/hosting/security-headers.ts) -->';
export const docsEndMarker = '<!-- security-headers:end -->';

/** One table row: paths, headers (`Name: value`), why; the guide shows each row, a test compares them. */
export function securityHeaderTableRows(
  origins: HostingOrigins = productionOrigins,
): { paths: string[]; headers: string[]; why: string }[] {
  return [
    ...securityHeaderRules(origins).map((rule) => ({
      paths: [...rule.paths],
      headers: Object.entries(rule.headers).map(([name, value]) => `${name}: ${value}`),
      why: rule.why,
    })),
    {
      paths: ['*'],
      headers: Object.keys(forbiddenHeaders).map((name) => `no ${name}`),
      why: Object.entries(forbiddenHeaders)
        .map(([name, why]) => `${name}: ${why}`)
        .join('; '),
    },
  ];
}

/** The guide's section between the markers. */
export function securityHeadersMarkdown(origins: HostingOrigins = productionOrigins): string {
  const code = (text: string) => `\`${text}\``;
  return [
    '| path | headers | why |',
    '| --- | --- | --- |',
    ...securityHeaderTableRows(origins).map(
      (row) =>
        `| ${row.paths.map(code).join(', ')} | ${row.headers.map(code).join('<br>')} | ${row.why} |`,
    ),
  ].join('\n');
}
