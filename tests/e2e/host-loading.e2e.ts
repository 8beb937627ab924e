// What the agent screen loads (issue 17): in a plain browser on the demo tenant no host SDK (TeamsJS lives in the
// `teams-js` chunk, MSAL in `msal`) and no English messages for a Dutch reader; the directory is read once per
// visit: one full delta round on the first visit, one delta request from the device's copy on the next.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, type BrowserSession } from './support/browser';

const appUrl = inject('appUrl');
const agent = 'sanne.devries@lindeburg.example';
const leader = 'mohamed.elamrani@lindeburg.example';
// The pages' own messages (src/i18n/message-groups.ts): each a chunk fetched with its page.
const pageMessages = [
  'messages-absences',
  'messages-callbacks',
  'messages-monitoring',
  'messages-my-availability',
  'messages-outlook',
];

let session: BrowserSession | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

type Loaded = { scripts: string[]; graph: string[] };

/**
 * Opens the page and records the scripts and Graph requests it makes until it is quiet: Graph was asked, and
 * nothing has been in flight for 500 ms. (Playwright's 'networkidle' is reached once per navigation: on a busy machine a pause while signing in
 * reaches it before the directory is asked for.)
 */
async function load(page: Page, url: string, heading: string): Promise<Loaded> {
  const loaded: Loaded = { scripts: [], graph: [] };
  let inFlight = 0;
  let lastChange = Date.now();
  const onRequest = (request: { url: () => string }) => {
    inFlight += 1;
    lastChange = Date.now();
    const { pathname, search } = new URL(request.url());
    if (pathname.endsWith('.js')) loaded.scripts.push(pathname);
    if (/^\/v1\.0\//.test(pathname)) loaded.graph.push(decodeURIComponent(pathname + search));
  };
  const onDone = () => {
    inFlight -= 1;
    lastChange = Date.now();
  };
  page.on('request', onRequest);
  page.on('requestfinished', onDone);
  page.on('requestfailed', onDone);
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await expect
    .poll(() => loaded.graph.length > 0 && inFlight === 0 && Date.now() - lastChange >= 500, {
      timeout: 30_000,
    })
    .toBe(true);
  page.off('request', onRequest);
  page.off('requestfinished', onDone);
  page.off('requestfailed', onDone);
  return loaded;
}

const chunk = (name: string) => new RegExp(`/js/${name}\\.[0-9a-f]+\\.chunk\\.js$`);
// A first load: the delta started from now, and the users in pages of 999 (one page for the demo tenant).
const firstLoads = (graph: string[]) =>
  graph.filter((u) => /\/users\/delta\?(.*&)?\$deltatoken=latest/.test(u));
const userPages = (graph: string[]) => graph.filter((u) => /\/users\?(.*&)?\$top=999/.test(u));
const deltaFromLink = (graph: string[]) =>
  graph.filter((u) => /\/users\/delta\?(.*&)?\$deltatoken=(?!latest)/.test(u));
const teamsList = (graph: string[]) =>
  graph.filter((u) => /\/lists\/BereikbaarTeams\/items/.test(u));

// The build has these chunks (so not fetching them means something): the page may not load them.
const builtScripts = readdirSync(path.resolve(import.meta.dirname, '../../dist/js')).map(
  (file) => `/js/${file}`,
);

describe('what the agent screen loads', () => {
  it('the build puts TeamsJS, MSAL and the English messages in chunks of their own', () => {
    for (const name of ['teams-js', 'msal', 'messages-en', ...pageMessages])
      expect(builtScripts.filter((script) => chunk(name).test(script))).toHaveLength(1);
  });

  it('in a plain browser: no TeamsJS, no MSAL, no English messages; the directory once per visit', async () => {
    session = await openBrowser();
    const { page } = session;
    const first = await load(
      page,
      `${appUrl}/?persona=${encodeURIComponent(agent)}`,
      'Collega zoeken',
    );
    for (const name of ['teams-js', 'msal', 'messages-en', ...pageMessages])
      expect(first.scripts.filter((script) => chunk(name).test(script))).toEqual([]);
    expect(firstLoads(first.graph)).toHaveLength(1);
    expect(userPages(first.graph)).toHaveLength(1);
    expect(deltaFromLink(first.graph)).toEqual([]);
    expect(teamsList(first.graph)).toHaveLength(1);

    // The next visit starts from the device's copy: one delta request, no full round.
    const next = await load(page, `${appUrl}/`, 'Collega zoeken');
    expect(firstLoads(next.graph)).toEqual([]);
    expect(userPages(next.graph)).toEqual([]);
    expect(deltaFromLink(next.graph)).toHaveLength(1);
    expect(teamsList(next.graph)).toHaveLength(1);
    expect(session.problems).toEqual([]);
  });

  it('for someone who reads English: the English messages, still no host SDK', async () => {
    session = await openBrowser({ locale: 'en-US' });
    const { page } = session;
    const loaded = await load(
      page,
      `${appUrl}/?persona=${encodeURIComponent(agent)}`,
      'Find a colleague',
    );
    expect(loaded.scripts.filter((script) => chunk('messages-en').test(script))).toHaveLength(1);
    for (const name of ['teams-js', 'msal'])
      expect(loaded.scripts.filter((script) => chunk(name).test(script))).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(session.problems).toEqual([]);
  });

  it('styles come as one stylesheet made by the build: the page inserts no style rule while it starts', async () => {
    session = await openBrowser();
    const { page } = session;
    const loaded: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.endsWith('.css')) loaded.push(pathname);
    });
    await load(page, `${appUrl}/?persona=${encodeURIComponent(agent)}`, 'Collega zoeken');
    await page.getByRole('combobox', { name: /Zoek een collega/ }).pressSequentially('jan');
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    expect(loaded).toEqual([expect.stringMatching(/^\/css\/griffel\.[0-9a-f]+\.css$/)]);
    const styles = await page.evaluate(() => ({
      // Griffel's runtime puts each rule it computes in a <style data-make-styles-bucket> element.
      insertedRules: [...document.querySelectorAll('style[data-make-styles-bucket]')].reduce(
        (count, style) => count + ((style as HTMLStyleElement).sheet?.cssRules.length ?? 0),
        0,
      ),
      // A rule of the results' own styles is there (from the stylesheet), so the page is styled.
      optionBorder: getComputedStyle(document.querySelector('[role="option"]') as Element)
        .borderTopStyle,
    }));
    expect(styles).toEqual({ insertedRules: 0, optionBorder: 'solid' });
    expect(session.problems).toEqual([]);
  });

  it("a team leader's page brings its own messages, in Dutch and after switching to English", async () => {
    session = await openBrowser();
    const { page } = session;
    const loaded = await load(
      page,
      `${appUrl}/?persona=${encodeURIComponent(leader)}#/mijn-team`,
      'Mijn team',
    );
    expect(loaded.scripts.filter((script) => chunk('messages-absences').test(script))).toHaveLength(
      1,
    );
    expect(loaded.scripts.filter((script) => chunk('messages-monitoring').test(script))).toEqual(
      [],
    );
    await page.getByRole('combobox', { name: 'Taal' }).selectOption({ label: 'English' });
    await page.getByRole('heading', { level: 1, name: 'My team' }).waitFor();
    expect(session.problems).toEqual([]);
  });
});
