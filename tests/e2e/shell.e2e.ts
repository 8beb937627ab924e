// The app shell in a real browser: demo sign-in, every persona, Dutch and English, light and dark, axe.
import { inject } from 'vitest';
import {
  openBrowser,
  saveScreenshot,
  seriousAxeViolations,
  type BrowserSession,
} from './support/browser';

const appUrl = inject('appUrl');

// Agents and the coordinator land on the agent screen; the others on the start page.
const personas = [
  {
    upn: 'sanne.devries@lindeburg.example',
    name: 'Sanne de Vries',
    roleNl: 'KCP-medewerker',
    roleEn: 'Front-office agent',
    landsOn: 'agentScreen',
  },
  {
    upn: 'mohamed.elamrani@lindeburg.example',
    name: 'Mohamed el Amrani',
    roleNl: 'Teamleider',
    roleEn: 'Team leader',
    landsOn: 'myAvailability',
  },
  {
    upn: 'pieter.vanderberg@lindeburg.example',
    name: 'Pieter van der Berg',
    roleNl: 'Medewerker',
    roleEn: 'Employee',
    landsOn: 'myAvailability',
  },
  {
    upn: 'ingrid.bakker@lindeburg.example',
    name: 'Ingrid Bakker',
    roleNl: 'KCP-coördinator',
    roleEn: 'Front-office coordinator',
    landsOn: 'agentScreen',
  },
] as const;

let session: BrowserSession;

beforeEach(async () => {
  session = await openBrowser();
});

afterEach(async () => {
  await session.close();
});

describe('the app shell on the demo tenant', () => {
  it('opens on the demo sign-in with every persona, accessibly and without errors', async () => {
    const { page } = session;
    await page.goto(appUrl);
    await page.getByRole('heading', { level: 1, name: 'Aanmelden bij de demo' }).waitFor();
    for (const persona of personas) {
      await page.getByRole('button', { name: new RegExp(`^${persona.name}`) }).waitFor();
    }
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'sign-in');
    expect(session.problems).toEqual([]);
  });

  it('signs in by choosing a persona with the keyboard, shows name and role, and signs out again', async () => {
    const { page } = session;
    await page.goto(appUrl);
    const button = page.getByRole('button', { name: /^Sanne de Vries/ });
    await button.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Collega zoeken' }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Start' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welkom, Sanne de Vries' }).waitFor();
    const banner = page.getByRole('banner');
    await banner.getByText('Sanne de Vries').first().waitFor();
    expect(await banner.innerText()).toContain('KCP-medewerker');
    await page
      .getByRole('main')
      .getByRole('link', { name: /^Over Bereikbaar/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Over Bereikbaar' }).waitFor();
    // Graph answered /me through the app's own client with the persona's token.
    await page.getByText('Klantcontactmedewerker').waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Over Bereikbaar' }).waitFor();

    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmelden bij de demo' }).waitFor();
    expect(session.problems).toEqual([]);
  });

  it.each(personas)('shows the signed-in shell for $name in Dutch and English', async (persona) => {
    const { page } = session;
    await page.goto(`${appUrl}/?persona=${encodeURIComponent(persona.upn)}`);
    // Without a front-office role, people land on how the front office sees them.
    const landing =
      persona.landsOn === 'myAvailability'
        ? { nl: 'Mijn bereikbaarheid', en: 'My availability' }
        : { nl: 'Collega zoeken', en: 'Find a colleague' };
    await page.getByRole('heading', { level: 1, name: landing.nl }).waitFor();
    expect(await page.getByRole('banner').innerText()).toContain(persona.name);
    expect(await page.getByRole('banner').innerText()).toContain(persona.roleNl);
    await page.getByRole('navigation').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, `shell-${persona.upn.split('@')[0]}-nl`);

    await page.getByRole('combobox', { name: 'Taal' }).selectOption({ label: 'English' });
    await page.getByRole('heading', { level: 1, name: landing.en }).waitFor();
    expect(await page.getByRole('banner').innerText()).toContain(persona.roleEn);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(session.problems).toEqual([]);
  });

  it('switches between light and dark, and stays accessible in both', async () => {
    const { page } = session;
    await page.goto(`${appUrl}/?persona=${encodeURIComponent(personas[1].upn)}`);
    await page.getByRole('heading', { level: 1, name: 'Mijn bereikbaarheid' }).waitFor();
    const background = () =>
      page.evaluate(
        () =>
          getComputedStyle(document.querySelector('main')!.closest('.fui-FluentProvider')!)
            .backgroundColor,
      );
    const light = await background();

    await page.getByRole('combobox', { name: 'Weergave' }).selectOption({ label: 'Donker' });
    await expect.poll(background).not.toBe(light);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'shell-dark');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Mijn bereikbaarheid' }).waitFor();
    expect(await background()).not.toBe(light);
    expect(session.problems).toEqual([]);
  });

  it('follows a dark system preference in the browser', async () => {
    const dark = await openBrowser({ colorScheme: 'dark' });
    try {
      await dark.page.goto(`${appUrl}/?persona=${encodeURIComponent(personas[2].upn)}`);
      await dark.page.getByRole('heading', { level: 1, name: 'Mijn bereikbaarheid' }).waitFor();
      const luminance = await dark.page.evaluate(() => {
        const rgb = getComputedStyle(
          document.querySelector('main')!.closest('.fui-FluentProvider')!,
        )
          .backgroundColor.match(/\d+/g)!
          .map(Number);
        return (rgb[0]! + rgb[1]! + rgb[2]!) / 3;
      });
      expect(luminance).toBeLessThan(80);
      expect(await seriousAxeViolations(dark.page)).toEqual([]);
      expect(dark.problems).toEqual([]);
    } finally {
      await dark.close();
    }
  });
});

/**
 * How far the page, or any part of it that scrolls on its own (a table in its section), scrolls sideways
 * (0: not at all): content in a part that scrolls sideways is cut off at the pane's edge just the same.
 */
const sidewaysOverflow = (page: BrowserSession['page']) =>
  page.evaluate(() => {
    const describe = (element: Element) => {
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
      return `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}"> "${text}"`;
    };
    const root = document.scrollingElement ?? document.documentElement;
    let widest = { by: root.scrollWidth - root.clientWidth, culprit: 'the page' };
    // Which element reaches furthest right names the cause when the page itself scrolls sideways.
    if (widest.by > 0) {
      let furthest = 0;
      for (const element of document.querySelectorAll('body *')) {
        const right = element.getBoundingClientRect().right;
        if (right > furthest) {
          furthest = right;
          widest.culprit = describe(element);
        }
      }
    }
    for (const element of document.querySelectorAll('body *')) {
      // A labelled region that takes focus is a data table's own scroll area, which keyboard users scroll
      // (WCAG 1.4.10 exempts two-dimensional tables); anything else that scrolls sideways cuts content off.
      if (element.matches('[role="region"][tabindex="0"][aria-label]')) continue;
      const overflowX = getComputedStyle(element).overflowX;
      const by = element.scrollWidth - element.clientWidth;
      if ((overflowX === 'auto' || overflowX === 'scroll') && by > widest.by)
        widest = { by, culprit: describe(element) };
    }
    return widest;
  });

describe('at 350 px (the Outlook task pane, a narrow Teams pane)', () => {
  it.each(personas)('nothing scrolls sideways on any page of $name', async (persona) => {
    const { page } = session;
    await page.setViewportSize({ width: 350, height: 700 });
    await page.goto(`${appUrl}/?persona=${encodeURIComponent(persona.upn)}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const hrefs = await page
      .getByRole('navigation')
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    const extra =
      persona.landsOn === 'agentScreen' || persona.roleNl === 'Teamleider'
        ? ['#/beschikbaarheid?team=Burgerzaken', '#/terugbelverzoek/nieuw?team=Burgerzaken']
        : [];
    const overflowing: string[] = [];
    for (const href of [...hrefs, ...extra]) {
      await page.goto(`${appUrl}/${href}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      const overflow = await sidewaysOverflow(page);
      if (overflow.by > 0) overflowing.push(`${href}: ${overflow.by}px (${overflow.culprit})`);
    }
    await saveScreenshot(page, `narrow-${persona.upn.split('@')[0]}`);
    expect(overflowing).toEqual([]);
  });

  it('brings the opened card into view and announces it, with focus still in the search box', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 350, height: 700 });
    await page.goto(`${appUrl}/?persona=${encodeURIComponent(personas[0].upn)}`);
    const search = page.getByRole('combobox', { name: 'Zoek een collega, team of onderwerp' });
    await search.fill('Pieter van der');
    await page
      .getByRole('option', { name: /Pieter van der Berg/ })
      .first()
      .waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const card = page.getByRole('heading', { name: /Pieter van der Berg/ }).first();
    await card.waitFor();
    await expect
      .poll(() =>
        card.evaluate((heading) => {
          const { top, bottom } = heading.getBoundingClientRect();
          return top >= 0 && bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Pieter van der Berg:' }).count())
      .toBeGreaterThan(0);
    expect(await sidewaysOverflow(page)).toEqual({ by: 0, culprit: 'the page' });
    await saveScreenshot(page, 'narrow-card');
  });
});

describe('a page whose code cannot be loaded', () => {
  it('shows "Opnieuw laden" instead of a blank app, keeps drafts, and reloads into the page', async () => {
    const { page } = session;
    await page.goto(`${appUrl}/?persona=${encodeURIComponent(personas[3].upn)}`);
    await page.getByRole('heading', { level: 1, name: 'Collega zoeken' }).waitFor();
    await page.evaluate(() => localStorage.setItem('bereikbaar.test.draft', 'Kees'));
    // A redeploy removed the old chunks (or the network is gone): every script not loaded yet fails.
    await page.route('**/*.js', (route) => route.abort('internetdisconnected'));
    await page.getByRole('navigation').getByRole('link', { name: 'Monitor' }).click();
    const alert = page.getByRole('alert');
    await alert
      .getByRole('heading', { name: 'Dit deel van Bereikbaar kon niet worden geladen' })
      .waitFor();
    expect(await page.getByRole('banner').innerText()).toContain('Ingrid Bakker');
    await page.getByRole('navigation').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'chunk-failed');

    await page.unroute('**/*.js');
    await alert.getByRole('button', { name: 'Opnieuw laden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Monitor bereikbaarheid' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('bereikbaar.test.draft'))).toBe('Kees');
  });
});

describe('outlook.html in a plain browser', () => {
  it('says at once that it needs Outlook, without asking for a sign-in first', async () => {
    const { page } = session;
    // No Office.js (the CDN is not reachable here, as when the page is opened outside Outlook).
    await page.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
    await page.goto(`${appUrl}/outlook.html`);
    await page.getByText('werkt alleen in Outlook').waitFor();
    expect(await page.getByRole('heading', { name: 'Aanmelden bij de demo' }).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
