// Builds the Teams/Microsoft 365 app package: fills manifest/manifest.template.json from configuration,
// validates it against the manifest schema bundled in @microsoft/app-manifest (offline), draws the icons and
// zips the three files. `npm run package` is the command; tests call buildAppPackage directly.
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { zipSync } from 'fflate';
import { defaultTeamsAppId } from '../../src/config/app-config';
import { parseSitesScope, requestedGraphScopes } from '../../src/config/graph-scopes';
import { drawColorIcon, drawOutlineIcon } from './icons';
import { encodePng } from './png';

/** Everything the template's `${{…}}` placeholders are filled with. */
export type PackageSettings = {
  teamsAppId: string;
  clientId: string;
  /** Where the static build is served, e.g. https://bereikbaar.contoso.nl (no trailing slash). */
  appBaseUrl: string;
  version: string;
  publisherName: string;
  publisherUrl: string;
  privacyUrl: string;
  termsUrl: string;
  /** The delegated scopes nested app auth prefetches: the ones the build asks for (BRK_SITES_SCOPE, BRK_NOTIFICATIONS). */
  graphScopes: readonly string[];
};

/**
 * The app's id in Teams when BRK_TEAMS_APP_ID is not set: defined once in the app's configuration, so the
 * manifest's `id` and the app's deep links into its tabs agree.
 */
export { defaultTeamsAppId };

export const manifestFileName = 'manifest.json';
export const colorIconFileName = 'color.png';
export const outlineIconFileName = 'outline.png';
export const packageFileName = 'bereikbaar.zip';

const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const semverPattern = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

const urlExamples: Readonly<Record<string, string>> = {
  BRK_APP_BASE_URL: 'https://bereikbaar.contoso.nl',
  BRK_PUBLISHER_URL: 'https://www.contoso.nl',
  BRK_PRIVACY_URL: 'https://www.contoso.nl/privacy',
  BRK_TERMS_URL: 'https://www.contoso.nl/voorwaarden',
};

function httpsUrlProblem(name: string, value: string | undefined): string | null {
  if (value === undefined)
    return `${name} is missing (example: ${urlExamples[name] ?? 'https://www.contoso.nl'}).`;
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:') return `${name} must be an https URL (now: "${value}").`;
    return null;
  } catch {
    return `${name} is not a URL (now: "${value}").`;
  }
}

/**
 * Reads the package settings from BRK_* environment variables; every problem is reported at once.
 * @example packageSettingsFromEnv({ BRK_CLIENT_ID: '…', BRK_APP_BASE_URL: 'https://bereikbaar.contoso.nl', … }, '0.1.0')
 * // { kind: 'valid', settings: { teamsAppId: defaultTeamsAppId, … } }
 */
export function packageSettingsFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  version: string,
): { kind: 'valid'; settings: PackageSettings } | { kind: 'invalid'; problems: string[] } {
  const value = (name: string) => {
    const trimmed = env[name]?.trim();
    return trimmed === undefined || trimmed === '' ? undefined : trimmed;
  };
  const problems: string[] = [];
  const clientId = value('BRK_CLIENT_ID');
  if (clientId === undefined || !guidPattern.test(clientId))
    problems.push(
      `BRK_CLIENT_ID must be the Application (client) ID of the Entra app registration, a GUID (now: "${clientId ?? ''}").`,
    );
  const teamsAppId = value('BRK_TEAMS_APP_ID') ?? defaultTeamsAppId;
  if (!guidPattern.test(teamsAppId))
    problems.push(`BRK_TEAMS_APP_ID must be a GUID (now: "${teamsAppId}").`);
  const rawBase = value('BRK_APP_BASE_URL');
  const baseProblem = httpsUrlProblem('BRK_APP_BASE_URL', rawBase);
  if (baseProblem !== null) problems.push(baseProblem);
  else if (/[?#]/.test(rawBase as string))
    problems.push(`BRK_APP_BASE_URL must not contain a query or fragment (now: "${rawBase}").`);
  const publisherName = value('BRK_PUBLISHER_NAME');
  if (publisherName === undefined || publisherName.length > 32)
    problems.push(
      `BRK_PUBLISHER_NAME must be the organisation's name, at most 32 characters (example: Gemeente Lindeburg).`,
    );
  const publisherUrl = value('BRK_PUBLISHER_URL');
  const privacyUrl = value('BRK_PRIVACY_URL');
  const termsUrl = value('BRK_TERMS_URL') ?? publisherUrl;
  // BRK_TERMS_URL falls back to the website: when both are missing, one message says so.
  for (const [name, url] of [
    ['BRK_PUBLISHER_URL', publisherUrl],
    ['BRK_PRIVACY_URL', privacyUrl],
    ...(termsUrl === undefined ? [] : [['BRK_TERMS_URL', termsUrl] as const]),
  ] as const) {
    const problem = httpsUrlProblem(name, url);
    if (problem !== null) problems.push(problem);
  }
  const sitesScope = parseSitesScope(value('BRK_SITES_SCOPE'));
  if (sitesScope === null)
    problems.push(
      `BRK_SITES_SCOPE must be Sites.ReadWrite.All or Sites.Selected, as for the build (now: "${value('BRK_SITES_SCOPE') ?? ''}").`,
    );
  const notifications = (value('BRK_NOTIFICATIONS') ?? 'email').toLowerCase();
  if (notifications !== 'email' && notifications !== 'teamsactivity')
    problems.push(
      `BRK_NOTIFICATIONS must be email or teamsActivity, as for the build (now: "${value('BRK_NOTIFICATIONS') ?? ''}").`,
    );
  if (!semverPattern.test(version))
    problems.push(`The version in package.json must be major.minor.patch (now: "${version}").`);
  if (problems.length > 0) return { kind: 'invalid', problems };
  return {
    kind: 'valid',
    settings: {
      teamsAppId,
      clientId: clientId as string,
      appBaseUrl: (rawBase as string).replace(/\/+$/, ''),
      version,
      publisherName: publisherName as string,
      publisherUrl: publisherUrl as string,
      privacyUrl: privacyUrl as string,
      termsUrl: termsUrl as string,
      graphScopes: requestedGraphScopes({
        sitesScope: sitesScope ?? 'Sites.ReadWrite.All',
        notifications: notifications === 'teamsactivity' ? 'teamsActivity' : 'email',
        teamsCatalogAppId:
          value('BRK_TEAMS_CATALOG_APP_ID') === undefined ? 'lookedUp' : 'configured',
      }),
    },
  };
}

/** The placeholder values, by the names the template (and the Agents Toolkit's env files) use. */
export function placeholderValues(settings: PackageSettings): Record<string, string> {
  return {
    BRK_TEAMS_APP_ID: settings.teamsAppId,
    BRK_CLIENT_ID: settings.clientId,
    BRK_APP_BASE_URL: settings.appBaseUrl,
    BRK_APP_HOST: new URL(settings.appBaseUrl).host,
    BRK_APP_VERSION: settings.version,
    BRK_PUBLISHER_NAME: settings.publisherName,
    BRK_PUBLISHER_URL: settings.publisherUrl,
    BRK_PRIVACY_URL: settings.privacyUrl,
    BRK_TERMS_URL: settings.termsUrl,
  };
}

/**
 * The template with every `${{NAME}}` replaced, JSON-escaped; an unknown placeholder is an error, never left in.
 * @example fillTemplate('{"id":"${{BRK_TEAMS_APP_ID}}"}', { BRK_TEAMS_APP_ID: 'abc' }) // '{"id":"abc"}'
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\$\{\{\s*([A-Z0-9_]+)\s*\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined)
      throw new Error(`The manifest template uses \${{${name}}}, which has no value.`);
    // Inside a JSON string: escape as JSON does, without the surrounding quotes.
    return JSON.stringify(value).slice(1, -1);
  });
}

const bundledSchemaPaths: Readonly<Record<string, string>> = {
  'https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json':
    'build/json-schemas/teams/v1.30/MicrosoftTeams.schema.json',
};

/**
 * Schema errors of a manifest, checked against the copy of its `$schema` that ships in @microsoft/app-manifest:
 * no network. An empty array means valid. A `$schema` the package does not bundle is an error too.
 */
export async function manifestSchemaErrors(manifest: unknown): Promise<string[]> {
  const schemaUrl =
    typeof manifest === 'object' && manifest !== null
      ? (manifest as { $schema?: unknown }).$schema
      : undefined;
  const relative = typeof schemaUrl === 'string' ? bundledSchemaPaths[schemaUrl] : undefined;
  if (relative === undefined)
    return [
      `$schema must be one of ${Object.keys(bundledSchemaPaths).join(', ')} (now: ${JSON.stringify(schemaUrl)}).`,
    ];
  const require = createRequire(import.meta.url);
  const packageRoot = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const schema: unknown = JSON.parse(await readFile(path.join(packageRoot, relative), 'utf8'));
  type Validate = (manifest: unknown, schema: unknown) => Promise<string[]>;
  return (AppManifestUtils.validateAgainstSchema as unknown as Validate)(manifest, schema);
}

export type BuiltAppPackage = {
  zipPath: string;
  manifest: Record<string, unknown>;
  /** The files in the zip, by name. */
  files: Record<string, Uint8Array>;
};

/**
 * Fills, validates and writes the package into `outDir`: manifest.json, color.png, outline.png and
 * bereikbaar.zip holding those three. Throws with the schema's messages when the manifest is not valid,
 * before anything is written.
 */
export async function buildAppPackage(options: {
  templatePath: string;
  outDir: string;
  settings: PackageSettings;
}): Promise<BuiltAppPackage> {
  const template = await readFile(options.templatePath, 'utf8');
  const filled = fillTemplate(template, placeholderValues(options.settings));
  const manifest = JSON.parse(filled) as Record<string, unknown>;
  // Nested app auth prefetches a token for exactly the scopes sign-in asks for (the template leaves them empty).
  const appInfo = manifest.webApplicationInfo as { nestedAppAuthInfo?: { scopes: string[] }[] };
  for (const info of appInfo.nestedAppAuthInfo ?? [])
    info.scopes = [...options.settings.graphScopes];
  const errors = await manifestSchemaErrors(manifest);
  if (errors.length > 0)
    throw new Error(
      `The app manifest does not match its schema (${String(manifest.$schema)}):\n${errors.map((error) => `  - ${error}`).join('\n')}`,
    );
  const files: Record<string, Uint8Array> = {
    [manifestFileName]: new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`),
    [colorIconFileName]: encodePng(drawColorIcon()),
    [outlineIconFileName]: encodePng(drawOutlineIcon()),
  };
  // A fixed timestamp: the same configuration gives a byte-identical zip.
  const zip = zipSync(files, { level: 9, mtime: new Date('2025-01-01T00:00:00Z') });
  await mkdir(options.outDir, { recursive: true });
  for (const [name, bytes] of Object.entries(files))
    await writeFile(path.join(options.outDir, name), bytes);
  const zipPath = path.join(options.outDir, packageFileName);
  await writeFile(zipPath, zip);
  return { zipPath, manifest, files };
}
