// The app package as a new user builds it: `npm run package`'s builder into a temp folder, then the zip taken
// apart and checked: its files, the icons' sizes and transparency, the manifest against the bundled schema.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { requestedGraphScopes } from '../src/config/graph-scopes';
import { appRoutes } from '../src/app/routes';
import {
  buildAppPackage,
  defaultTeamsAppId,
  fillTemplate,
  manifestSchemaErrors,
  packageSettingsFromEnv,
} from '../scripts/app-package/build-app-package';
import type { PackageSettings } from '../scripts/app-package/build-app-package';
import { pathPolygons } from '../scripts/app-package/icons';
import { decodePng, encodePng, readPngHeader } from '../scripts/app-package/png';

const root = path.resolve(import.meta.dirname, '..');
const templatePath = path.join(root, 'manifest', 'manifest.template.json');

const env = {
  BRK_CLIENT_ID: '3f1c2a4e-8b7d-4c1a-9e2f-5a6b7c8d9e0f',
  BRK_APP_BASE_URL: 'https://bereikbaar.lindeburg.example/',
  BRK_PUBLISHER_NAME: 'Gemeente Lindeburg',
  BRK_PUBLISHER_URL: 'https://www.lindeburg.example',
  BRK_PRIVACY_URL: 'https://www.lindeburg.example/privacy',
};

function settings(): PackageSettings {
  const parsed = packageSettingsFromEnv(env, '0.1.0');
  if (parsed.kind !== 'valid') throw new Error(parsed.problems.join('\n'));
  return parsed.settings;
}

/** The parts of the manifest these tests read or break. */
type Manifest = {
  $schema: string;
  manifestVersion: string;
  id: string;
  version: string;
  icons: Record<string, string>;
  validDomains: string[];
  accentColor: string;
  staticTabs: { scopes?: string[] }[];
  webApplicationInfo: { id: string; nestedAppAuthInfo: unknown };
  activities: { activityTypes: { type: string }[] };
};

let outDir: string;

beforeEach(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'brk-package-'));
});

afterEach(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('npm run package', () => {
  it('writes a zip with exactly the manifest and two icons, and the manifest passes the bundled schema', async () => {
    const built = await buildAppPackage({ templatePath, outDir, settings: settings() });
    const entries = unzipSync(await readFile(built.zipPath));
    expect(Object.keys(entries).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);

    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as Manifest;
    await expect(manifestSchemaErrors(manifest)).resolves.toEqual([]);
    expect(manifest.manifestVersion).toBe('1.30');
    expect(manifest.id).toBe(defaultTeamsAppId);
    expect(manifest.version).toBe('0.1.0');
    expect(manifest.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
    expect(manifest.validDomains).toEqual(['bereikbaar.lindeburg.example']);
    expect(manifest.webApplicationInfo.id).toBe(env.BRK_CLIENT_ID);
    // Nested app auth prefetches a token for exactly the scopes, in the order, that sign-in asks for.
    expect(manifest.webApplicationInfo.nestedAppAuthInfo).toEqual([
      {
        redirectUri: 'brk-multihub://bereikbaar.lindeburg.example',
        scopes: requestedGraphScopes({
          sitesScope: 'Sites.ReadWrite.All',
          notifications: 'email',
          teamsCatalogAppId: 'lookedUp',
        }),
      },
    ]);
    expect(manifest.activities.activityTypes.map((type) => type.type)).toEqual([
      'callbackAssigned',
      'callbackReassigned',
      'availabilityReminder',
      'callbackRepeatCall',
      'callbackDailyReminder',
      'callbackEscalation',
      'absencePastEnd',
    ]);
    // The files beside the zip are the same bytes as inside it.
    for (const name of Object.keys(entries))
      expect(
        Buffer.from(await readFile(path.join(outDir, name))).equals(Buffer.from(entries[name]!)),
      ).toBe(true);
  });

  it('puts every personal tab on an existing route of the app, under the configured base URL', async () => {
    const built = await buildAppPackage({ templatePath, outDir, settings: settings() });
    const tabs = built.manifest.staticTabs as {
      contentUrl: string;
      scopes: string[];
      context: string[];
    }[];
    expect(tabs.length).toBeGreaterThan(0);
    const routePaths = appRoutes.map((route) => route.path);
    for (const tab of tabs) {
      expect(tab.scopes).toEqual(['personal']);
      expect(tab.context).toContain('personalTab');
      const match = /^https:\/\/bereikbaar\.lindeburg\.example\/index\.html#\/([^?]+)$/.exec(
        tab.contentUrl,
      );
      expect(match, tab.contentUrl).not.toBeNull();
      expect(routePaths).toContain(match![1]);
    }
  });

  it('draws a 192×192 colour icon and a 32×32 outline icon that is white on transparent', async () => {
    const built = await buildAppPackage({ templatePath, outDir, settings: settings() });
    const color = built.files['color.png']!;
    const outline = built.files['outline.png']!;
    expect(readPngHeader(color)).toMatchObject({ width: 192, height: 192 });
    expect(readPngHeader(outline)).toMatchObject({ width: 32, height: 32 });

    const outlinePixels = decodePng(outline).pixels;
    let transparent = 0;
    let drawn = 0;
    for (let offset = 0; offset < outlinePixels.length; offset += 4) {
      const alpha = outlinePixels[offset + 3]!;
      if (alpha === 0) transparent++;
      else {
        drawn++;
        expect([...outlinePixels.subarray(offset, offset + 3)]).toEqual([255, 255, 255]);
      }
    }
    // Mostly background, but a real drawing: neither empty nor a filled square.
    expect(transparent).toBeGreaterThan(32 * 32 * 0.5);
    expect(drawn).toBeGreaterThan(32 * 32 * 0.15);

    const colorImage = decodePng(color);
    const pixel = (x: number, y: number) => [
      ...colorImage.pixels.subarray((y * 192 + x) * 4, (y * 192 + x) * 4 + 4),
    ];
    expect(pixel(2, 2)).toEqual([0x0f, 0x6c, 0xbd, 255]); // blue field
    expect(pixel(141, 51)).toEqual([0x6c, 0xcb, 0x5f, 255]); // centre of the green dot (23.5, 8.5) × 6
    expect(pixel(72, 72)).toEqual([255, 255, 255, 255]); // inside the handset
  });

  it('rejects a broken manifest with the schema’s own message, before writing anything', async () => {
    const brokenTemplate = path.join(outDir, 'broken.template.json');
    const template = JSON.parse(await readFile(templatePath, 'utf8')) as Manifest;
    delete template.staticTabs[0]!.scopes;
    template.accentColor = 'blue';
    await writeFile(brokenTemplate, JSON.stringify(template));
    const target = path.join(outDir, 'out');
    await expect(
      buildAppPackage({ templatePath: brokenTemplate, outDir: target, settings: settings() }),
    ).rejects.toThrow(/staticTabs\/0 must have required property 'scopes'/);
    await expect(
      buildAppPackage({ templatePath: brokenTemplate, outDir: target, settings: settings() }),
    ).rejects.toThrow(/\/accentColor must match pattern/);
    await expect(readFile(path.join(target, 'bereikbaar.zip'))).rejects.toThrow(/ENOENT/);
  });

  it('refuses a manifest whose schema is not bundled, instead of fetching it', async () => {
    await expect(
      manifestSchemaErrors({ $schema: 'https://example.com/schema.json' }),
    ).resolves.toEqual([expect.stringMatching(/^\$schema must be one of/)]);
  });
});

describe('package settings', () => {
  it('reports every missing or wrong variable at once', () => {
    const parsed = packageSettingsFromEnv(
      { BRK_CLIENT_ID: 'not-a-guid', BRK_APP_BASE_URL: 'http://bereikbaar.example' },
      '0.1',
    );
    expect(parsed.kind).toBe('invalid');
    if (parsed.kind !== 'invalid') return;
    expect(parsed.problems.join('\n')).toMatch(/BRK_CLIENT_ID/);
    expect(parsed.problems.join('\n')).toMatch(/BRK_APP_BASE_URL must be an https URL/);
    expect(parsed.problems.join('\n')).toMatch(/BRK_PUBLISHER_NAME/);
    expect(parsed.problems.join('\n')).toMatch(/BRK_PRIVACY_URL is missing/);
    expect(parsed.problems.join('\n')).toMatch(/version/);
  });

  it('declares alternate icons, so Microsoft generates the add-in-only manifest for the Outlook clients that need it', async () => {
    const built = await buildAppPackage({ templatePath, outDir, settings: settings() });
    const extensions = built.manifest.extensions as {
      alternates?: {
        alternateIcons?: { icon: { url: string }; highResolutionIcon: { url: string } };
      }[];
    }[];
    const icons = extensions[0]?.alternates?.[0]?.alternateIcons;
    expect(icons?.icon.url).toBe('https://bereikbaar.lindeburg.example/assets/outlook-icon-64.png');
    expect(icons?.highResolutionIcon.url).toBe(
      'https://bereikbaar.lindeburg.example/assets/outlook-icon-128.png',
    );
    // The build draws every icon the manifest names.
    const { outlookIconSizes } = await import('../webpack.config');
    const named = [...JSON.stringify(built.manifest).matchAll(/outlook-icon-(\d+)\.png/g)].map(
      (m) => Number(m[1]),
    );
    for (const size of new Set(named)) expect(outlookIconSizes).toContain(size);
  });

  it('prefetches Sites.Selected and TeamsActivity.Send only when the build asks for them', async () => {
    const parsed = packageSettingsFromEnv(
      { ...env, BRK_SITES_SCOPE: 'Sites.Selected', BRK_NOTIFICATIONS: 'teamsActivity' },
      '0.1.0',
    );
    if (parsed.kind !== 'valid') throw new Error(parsed.problems.join('\n'));
    const built = await buildAppPackage({ templatePath, outDir, settings: parsed.settings });
    const scopes = (built.manifest as unknown as Manifest).webApplicationInfo.nestedAppAuthInfo as {
      scopes: string[];
    }[];
    expect(scopes[0]!.scopes).toContain('Sites.Selected');
    expect(scopes[0]!.scopes).toContain('TeamsActivity.Send');
    expect(scopes[0]!.scopes).not.toContain('Sites.ReadWrite.All');
    expect(
      packageSettingsFromEnv({ ...env, BRK_SITES_SCOPE: 'Sites.Read.All' }, '0.1.0'),
    ).toMatchObject({
      kind: 'invalid',
      problems: [expect.stringContaining('BRK_SITES_SCOPE')],
    });
  });

  it('takes BRK_TEAMS_APP_ID over the default app id and strips the trailing slash of the base URL', () => {
    const parsed = packageSettingsFromEnv(
      { ...env, BRK_TEAMS_APP_ID: '11111111-2222-4333-8444-555555555555' },
      '1.2.3',
    );
    expect(parsed).toMatchObject({
      kind: 'valid',
      settings: {
        teamsAppId: '11111111-2222-4333-8444-555555555555',
        appBaseUrl: 'https://bereikbaar.lindeburg.example',
        termsUrl: env.BRK_PUBLISHER_URL,
      },
    });
  });

  it('fills placeholders JSON-escaped and fails on one without a value', () => {
    expect(fillTemplate('{"n":"${{A}}"}', { A: 'Gemeente "Oost"' })).toBe(
      '{"n":"Gemeente \\"Oost\\""}',
    );
    expect(() => fillTemplate('{"n":"${{B}}"}', { A: 'x' })).toThrow(/\$\{\{B\}\}/);
  });
});

describe('icon drawing helpers', () => {
  it('flattens relative lines of an SVG path', () => {
    expect(pathPolygons('M0 0l4 0 0 4z')).toEqual([
      [
        { x: 0, y: 0 },
        { x: 4, y: 0 },
        { x: 4, y: 4 },
      ],
    ]);
  });

  it('decodes what it encodes', () => {
    const image = { width: 2, height: 1, pixels: Uint8Array.of(1, 2, 3, 4, 250, 251, 252, 253) };
    expect(decodePng(encodePng(image))).toEqual(image);
  });
});
