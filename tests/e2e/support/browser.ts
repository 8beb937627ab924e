// Debian's Chromium driven by playwright-core; never a downloaded browser.
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '../../..');
export const screenshotDir = path.join(root, 'test-results', 'screenshots');

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export type BrowserSession = {
  context: BrowserContext;
  page: Page;
  /** Console errors and failed requests, except the one teams-js makes to Microsoft's CDN for its allowed origins. */
  problems: string[];
  /** Everything the page's Content-Security-Policy refused; closing the session fails the test when any. */
  cspViolations: string[];
  /** A test that provokes a violation on purpose names it here, so closing does not fail on it. */
  expectCspViolation: (pattern: RegExp) => void;
  close: () => Promise<void>;
};

const isLocal = (url: string): boolean => /^https?:\/\/(localhost|127\.0\.0\.1)(:|\/)/.test(url);

export async function openBrowser(
  options: { colorScheme?: 'light' | 'dark'; locale?: string } = {},
): Promise<BrowserSession> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'bereikbaar-chromium-'));
  // A fresh profile per session: playwright takes it as the persistent context's directory.
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1280, height: 800 },
  });
  // The browser reports every refusal of the served CSP as a securitypolicyviolation event; log them all.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `CSP violation: ${event.effectiveDirective} refused ${event.blockedURI || 'inline'} on ${event.documentURI}`,
      );
    });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  const cspViolations: string[] = [];
  const expectedViolations: RegExp[] = [];
  const externalFailures = new Set<string>();
  page.on('requestfailed', (request) => {
    // ERR_ABORTED is a cancelled body read (the Graph SDK drops the empty body of a 202) or navigation, not a failure.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    if (isLocal(request.url()))
      problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`);
    else externalFailures.add(request.url());
  });
  page.on('console', (message) => {
    const text = message.text();
    // Chromium's own "Refused to … because it violates the following Content Security Policy directive" and the
    // event logged above, wherever they come from.
    if (/Content Security Policy|CSP violation/i.test(text)) {
      cspViolations.push(text);
      problems.push(`csp: ${text}`);
      return;
    }
    if (message.type() !== 'error') return;
    const location = message.location().url;
    // The teams-js allowed-origins lookup fails here (no internet); the browser logs that one failure.
    if (
      (location && !isLocal(location)) ||
      /ERR_NAME_NOT_RESOLVED|ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED.*(cdn|microsoft|office)/i.test(
        text,
      )
    )
      return;
    if ([...externalFailures].some((url) => text.includes(url))) return;
    problems.push(`console error: ${text}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return {
    context,
    page,
    problems,
    cspViolations,
    expectCspViolation: (pattern) => expectedViolations.push(pattern),
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
      const unexpected = cspViolations.filter(
        (text) => !expectedViolations.some((pattern) => pattern.test(text)),
      );
      if (unexpected.length > 0)
        throw new Error(`The page broke its Content-Security-Policy:\n${unexpected.join('\n')}`);
    },
  };
}

export type AxeViolation = {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
};

/** Runs axe-core in the page and returns the serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol, which the page's CSP does not govern (an inline <script> would be refused).
  await page.evaluate(source);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    // Fluent's focus manager (tabster) places aria-hidden <i tabindex> sentinels that only pass focus on;
    // they never keep focus, so they are left out of the audit.
    const result = await axe.run(
      { include: [document], exclude: [['[data-tabster-dummy]']] } as unknown as Document,
      { resultTypes: ['violations'] },
    );
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
