// Absences in a real browser: the team leader registers sickness with a substitute using the keyboard;
// the agent then sees the colleague absent with the substitute, and the reason nowhere, not even in
// the network responses.
import { inject } from 'vitest';
import type { Response } from 'playwright-core';
import {
  openBrowser,
  saveScreenshot,
  seriousAxeViolations,
  type BrowserSession,
} from './support/browser';
import { Scenario, type ScenarioPerson } from './support/scenario';

const appUrl = inject('appUrl');
const emulatorUrl = inject('emulatorUrl');
const agent = 'sanne.devries@lindeburg.example';
const leader = 'mohamed.elamrani@lindeburg.example';

let sick: ScenarioPerson;
let substitute: ScenarioPerson;
let session: BrowserSession;
const scenario = new Scenario(emulatorUrl);

beforeAll(async () => {
  sick = await scenario.createColleague({
    givenName: 'Karin',
    surname: 'Testhuis',
    jobTitle: 'Medewerker burgerzaken',
    managerUpn: leader,
  });
  substitute = await scenario.createColleague({
    givenName: 'Tom',
    surname: 'Testinval',
    jobTitle: 'Medewerker burgerzaken',
    managerUpn: leader,
  });
});

beforeEach(async () => {
  session = await openBrowser();
});

afterEach(async () => {
  await session.close();
});

describe('absences with substitutes', () => {
  it('the team leader registers a sick colleague with a substitute, keyboard only', async () => {
    const { page } = session;
    await page.goto(`${appUrl}/?persona=${encodeURIComponent(leader)}#/mijn-team`);
    await page.getByRole('heading', { level: 1, name: /Mijn team/ }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: `Afwezigheid melden voor ${sick.displayName}` }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('combobox', { name: /Soort afwezigheid/ }).waitFor();
    // Sickness, from now, until unknown are the defaults; pick the substitute by typing and Enter.
    await page.getByRole('combobox', { name: /Vervanger voor telefoon/ }).focus();
    await page.keyboard.type('Testinval');
    await page
      .getByRole('listbox', { name: /Vervanger voor telefoon/ })
      .getByRole('option', { name: /Tom Testinval/ })
      .waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: /Toelichting voor het KCP/ }).focus();
    await page.keyboard.type('Vragen over verhuizingen naar Tom.');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'absence-form');
    await page.getByRole('button', { name: 'Afwezigheid opslaan' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(new RegExp(`Afwezigheid van ${sick.displayName} opgeslagen`)).waitFor();
    await saveScreenshot(page, 'absence-saved');
    expect(session.problems).toEqual([]);
  });

  it('the agent sees the colleague absent with the substitute, and the reason is nowhere', async () => {
    const bodies: Promise<string>[] = [];
    session.page.on('response', (response: Response) => {
      if (new URL(response.url()).port === new URL(emulatorUrl).port)
        bodies.push(response.text().catch(() => ''));
    });
    const { page } = session;
    await page.goto(`${appUrl}/?persona=${encodeURIComponent(agent)}`);
    await page.getByRole('heading', { level: 1, name: 'Collega zoeken' }).waitFor();
    await page.keyboard.type('Karin Testhuis');
    await page
      .getByRole('listbox')
      .getByRole('option', { name: /Karin Testhuis/ })
      .waitFor();
    await page.keyboard.press('Enter');
    const card = page.getByRole('region', { name: sick.displayName });
    await expect.poll(() => card.innerText()).toContain('Afwezig');
    const absence = card.getByRole('region', { name: 'Afwezigheid' });
    await expect.poll(() => absence.innerText()).toContain(substitute.displayName);
    expect(await absence.innerText()).toContain('Vragen over verhuizingen naar Tom.');
    expect(await seriousAxeViolations(page)).toEqual([]);

    const pageText = (await page.locator('body').innerText()).toLowerCase();
    for (const word of ['ziek', 'sick']) expect(pageText).not.toContain(word);
    const received = (await Promise.all(bodies)).join('\n');
    expect(received).toContain('Testhuis');
    expect(received).not.toMatch(/"Kind"|"sick"/);
    expect(session.problems).toEqual([]);
  });

  it('the leader extends the absence and ends it after confirming; the front office is mailed each time', async () => {
    const { page } = session;
    const subjects = async (): Promise<string[]> => {
      const outbox = (await (await fetch(`${emulatorUrl}/_emulator/outbox`)).json()) as {
        value: { message: { subject: string } }[];
      };
      return outbox.value.map((entry) => entry.message.subject);
    };
    await page.goto(`${appUrl}/?persona=${encodeURIComponent(leader)}#/mijn-team`);
    await page.getByRole('heading', { level: 1, name: /Mijn team/ }).waitFor();
    await page
      .getByRole('button', { name: `Afwezigheid van ${sick.displayName} wijzigen` })
      .first()
      .click();
    await page.getByRole('radio', { name: 'Datum en tijd' }).check();
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText(new RegExp(`Afwezigheid van ${sick.displayName} gewijzigd`)).waitFor();
    await expect.poll(subjects).toContain(`Afwezigheid gewijzigd: ${sick.displayName}`);

    await page.getByRole('button', { name: `${sick.displayName} is weer aanwezig` }).click();
    const confirm = page.getByRole('button', { name: `Ja, ${sick.displayName} is weer aanwezig` });
    await expect
      .poll(() => confirm.evaluate((element) => element === document.activeElement))
      .toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await page.getByText(new RegExp(`^${sick.displayName} is weer aanwezig\\.`)).waitFor();
    await expect.poll(subjects).toContain(`Weer aanwezig: ${sick.displayName}`);
    expect(session.problems).toEqual([]);
  });

  it("the agent's own Graph calls cannot read the reasons list", async () => {
    const token = await scenario.token(agent, ['Sites.ReadWrite.All']);
    // The leader's own team's reasons list, which the absence above went into.
    const reasons = await scenario.reasonsListOf(token, leader);
    const response = await fetch(
      `${emulatorUrl}/v1.0/sites/lindeburg.sharepoint.com:/sites/bereikbaar:/lists/${reasons}/items?expand=fields`,
      { headers: { Authorization: `Bearer ${token}` } },
    );
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('sick');
  });
});
