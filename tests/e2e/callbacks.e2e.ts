// Callback requests in a real browser: the agent logs one with the keyboard (also while the demo tenant
// fails a share of requests, and across a reload), the employee handles it, the leader sees overdue ones.
import { inject } from 'vitest';
import {
  openBrowser,
  saveScreenshot,
  seriousAxeViolations,
  type BrowserSession,
} from './support/browser';
import type { Page } from 'playwright-core';
import { Scenario, type ScenarioPerson } from './support/scenario';

const appUrl = inject('appUrl');
const emulatorUrl = inject('emulatorUrl');
const agent = 'sanne.devries@lindeburg.example';
const employee = 'pieter.vanderberg@lindeburg.example';
const leader = 'mohamed.elamrani@lindeburg.example';
const site = 'lindeburg.sharepoint.com:/sites/bereikbaar:';

let session: BrowserSession;
let pieterId: string;
let mohamedId: string;
const scenario = new Scenario(emulatorUrl);

beforeAll(async () => {
  const token = await scenario.token(agent, ['User.Read.All']);
  pieterId = (await scenario.graph<{ id: string }>(token, 'GET', `/users/${employee}?$select=id`))
    .id;
  mohamedId = (await scenario.graph<{ id: string }>(token, 'GET', `/users/${leader}?$select=id`))
    .id;
});

beforeEach(async () => {
  session = await openBrowser();
});

afterEach(async () => {
  await faults(null);
  await session.close();
});

async function faults(settings: object | null): Promise<void> {
  await fetch(`${emulatorUrl}/_emulator/faults`, {
    method: settings === null ? 'DELETE' : 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: settings === null ? undefined : JSON.stringify(settings),
  });
}

async function storedRequestsFor(
  citizenName: string,
): Promise<{ id: string; fields: Record<string, unknown> }[]> {
  // The citizen's name is not an indexed column: ask as a script may, with SharePoint's explicit opt-in.
  const token = await scenario.token(leader, ['Sites.ReadWrite.All']);
  const filter = encodeURIComponent(`fields/CitizenName eq '${citizenName.replace(/'/g, "''")}'`);
  const response = await fetch(
    `${emulatorUrl}/v1.0/sites/${site}/lists/BereikbaarTerugbelverzoeken/items?expand=fields&$filter=${filter}&$top=999`,
    {
      headers: {
        Authorization: `Bearer ${token}`,
        Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly',
      },
    },
  );
  if (!response.ok) throw new Error(`list items: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { value: { id: string; fields: Record<string, unknown> }[] })
    .value;
}

async function fillAndSave(citizenName: string, page: Page = session.page): Promise<void> {
  const form = page
    .getByRole('form', { name: 'Terugbelverzoek vastleggen' })
    .or(page.locator('main'));
  await form.getByRole('textbox', { name: /Naam van de inwoner/ }).focus();
  await page.keyboard.type(citizenName);
  await page.keyboard.press('Tab');
  await page.keyboard.type('06-12345678');
  await form.getByRole('textbox', { name: /^Vraag/ }).focus();
  await page.keyboard.type('Wil weten wanneer het <paspoort> klaar is.');
  await form.getByRole('button', { name: 'Terugbelverzoek opslaan' }).focus();
  await page.keyboard.press('Enter');
}

describe('callback requests end to end', () => {
  it('the agent logs a request for a colleague with the keyboard; the due date is shown before saving', async () => {
    const { page } = session;
    await page.goto(
      `${appUrl}/?persona=${encodeURIComponent(agent)}#/terugbelverzoek/nieuw?voor=${pieterId}`,
    );
    await page.getByRole('heading', { level: 1, name: 'Terugbelverzoek vastleggen' }).waitFor();
    await page.getByText(/Uiterlijk terugbellen: .+, einde dag/).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await fillAndSave('Johan Testburger');
    await page.getByText('Terugbelverzoek voor Johan Testburger: opgeslagen').waitFor();
    await saveScreenshot(page, 'callback-saved');
    const stored = await storedRequestsFor('Johan Testburger');
    expect(stored).toHaveLength(1);
    expect(stored[0]!.fields.CitizenPhone).toBe('+31612345678');
    expect(session.problems).toEqual([]);
  });

  it('proposes the callback substitute of an absent colleague and shows the due date', async () => {
    const absent: ScenarioPerson = await scenario.createColleague({
      givenName: 'Lotte',
      surname: 'Testweg',
      jobTitle: 'Medewerker burgerzaken',
      managerUpn: leader,
    });
    const substitute = await scenario.createColleague({
      givenName: 'Daan',
      surname: 'Testneemtover',
      jobTitle: 'Medewerker burgerzaken',
      managerUpn: leader,
    });
    const now = Date.now();
    await scenario.registerAbsence({
      leaderUpn: leader,
      person: absent,
      from: new Date(now - 60 * 60_000),
      until: null,
      callbacksSubstitute: substitute,
      kind: 'leave',
    });
    const { page } = session;
    await page.goto(
      `${appUrl}/?persona=${encodeURIComponent(agent)}#/terugbelverzoek/nieuw?voor=${absent.id}`,
    );
    await page.getByRole('heading', { level: 1, name: 'Terugbelverzoek vastleggen' }).waitFor();
    const proposal = page.getByRole('radio', {
      name: `Naar de vervanger: ${substitute.displayName} (aanbevolen)`,
    });
    await proposal.waitFor();
    expect(await proposal.isChecked()).toBe(true);
    await page.getByRole('radio', { name: `Toch naar ${absent.displayName}` }).waitFor();
    await page.getByText(/Uiterlijk terugbellen: .+, einde dag/).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await fillAndSave('Sem Testvervanging');
    await page.getByText('Terugbelverzoek voor Sem Testvervanging: opgeslagen').waitFor();
    const stored = await storedRequestsFor('Sem Testvervanging');
    expect(stored).toHaveLength(1);
    expect(stored[0]!.fields.AssignedToId).toBe(substitute.id);
    await saveScreenshot(page, 'callback-substitute');
    expect(session.problems).toEqual([]);
  });

  it('stores the request exactly once while the demo tenant throttles and fails a share of requests', async () => {
    const { page } = session;
    await page.goto(
      `${appUrl}/?persona=${encodeURIComponent(agent)}#/terugbelverzoek/nieuw?voor=${pieterId}`,
    );
    await page.getByRole('heading', { level: 1, name: 'Terugbelverzoek vastleggen' }).waitFor();
    await page.getByText(/Uiterlijk terugbellen/).waitFor();
    await faults({ throttle: { rate: 0.3, retryAfterSeconds: 1 }, fault: { rate: 0.3 } });
    await fillAndSave('Fenna Teststoring');
    await page
      .getByText('Terugbelverzoek voor Fenna Teststoring: opgeslagen')
      .waitFor({ timeout: 45_000 });
    await faults(null);
    expect(await storedRequestsFor('Fenna Teststoring')).toHaveLength(1);
    // Failed requests are expected here (the emulator failed them on purpose); the page itself stayed quiet.
    expect(session.problems.filter((p) => !/\b(429|503)\b/.test(p))).toEqual([]);
  });

  it('keeps what the agent typed across a reload', async () => {
    const { page } = session;
    await page.goto(
      `${appUrl}/?persona=${encodeURIComponent(agent)}#/terugbelverzoek/nieuw?voor=${pieterId}`,
    );
    const name = page.getByRole('textbox', { name: /Naam van de inwoner/ });
    await name.focus();
    await page.keyboard.type('Willemijn Testconcept');
    await page.getByRole('textbox', { name: /^Vraag/ }).focus();
    await page.keyboard.type('Half getypt tijdens het gesprek');
    await page.reload();
    await page.getByText(/Concept hersteld/).waitFor();
    expect(await page.getByRole('textbox', { name: /Naam van de inwoner/ }).inputValue()).toBe(
      'Willemijn Testconcept',
    );
    expect(await page.getByRole('textbox', { name: /^Vraag/ }).inputValue()).toBe(
      'Half getypt tijdens het gesprek',
    );
    expect(session.problems).toEqual([]);
  });

  it('puts focus in the first field, keeps a draft with its colleague, and follows the address', async () => {
    const { page } = session;
    await page.goto(
      `${appUrl}/?persona=${encodeURIComponent(agent)}#/terugbelverzoek/nieuw?voor=${pieterId}`,
    );
    const name = page.getByRole('textbox', { name: /Naam van de inwoner/ });
    await name.waitFor();
    // The agent types at once, without clicking: it lands in the first field.
    await expect
      .poll(() => name.evaluate((element) => element === document.activeElement))
      .toBe(true);
    await page.keyboard.type('Marco Testconcept');
    await page.getByRole('textbox', { name: /^Vraag/ }).focus();
    await page.keyboard.type('Vraag voor Pieter');

    // "Terugbelverzoek maken voor" another colleague: only the target in the address changes.
    await page.evaluate((id) => {
      window.location.hash = `#/terugbelverzoek/nieuw?voor=${id}`;
    }, mohamedId);
    const person = page.getByRole('combobox', { name: 'Voor medewerker' });
    await expect.poll(() => person.inputValue()).toBe('Mohamed el Amrani');
    expect(await name.inputValue()).toBe('');
    await expect
      .poll(() => name.evaluate((element) => element === document.activeElement))
      .toBe(true);
    const resume = page.getByRole('button', {
      name: 'Verder met concept voor Pieter van der Berg',
    });
    await resume.waitFor();
    await page.getByRole('button', { name: 'Nieuw voor Mohamed el Amrani' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await resume.click();
    expect(await name.inputValue()).toBe('Marco Testconcept');
    expect(await person.inputValue()).toBe('Pieter van der Berg');
    expect(session.problems).toEqual([]);
  });

  it('two tabs of one agent lose nothing: what one tab queued during an outage is stored after it closes', async () => {
    const { page, context } = session;
    const url = `${appUrl}/?persona=${encodeURIComponent(agent)}#/terugbelverzoek/nieuw?voor=${pieterId}`;
    await page.goto(url);
    await page.getByText(/Uiterlijk terugbellen/).waitFor();
    const second = await context.newPage();
    await second.goto(url);
    await second.getByText(/Uiterlijk terugbellen/).waitFor();
    await faults({ fault: { rate: 1 } });
    await fillAndSave('Tabea Testeen', page);
    await page.getByText(/Terugbelverzoek voor Tabea Testeen: nog niet opgeslagen/).waitFor();
    await fillAndSave('Tijmen Testtwee', second);
    await second.getByText(/Terugbelverzoek voor Tijmen Testtwee: nog niet opgeslagen/).waitFor();
    // The other tab's request shows in this one too: one outbox per agent, not per tab.
    await second.getByText(/Terugbelverzoek voor Tabea Testeen: nog niet opgeslagen/).waitFor();
    await page.close();
    await faults(null);
    await second.getByRole('button', { name: 'Nu opnieuw proberen' }).click();
    await second
      .getByText('Terugbelverzoek voor Tijmen Testtwee: opgeslagen')
      .waitFor({ timeout: 30_000 });
    await expect
      .poll(async () => (await storedRequestsFor('Tabea Testeen')).length, {
        timeout: 30_000,
      })
      .toBe(1);
    expect(await storedRequestsFor('Tijmen Testtwee')).toHaveLength(1);
    // The outage makes the Graph client back off inside a try; on a busy machine that adds up.
  }, 120_000);

  it('the employee sees the request, logs an attempt and closes it', async () => {
    const { page } = session;
    await page.goto(`${appUrl}/?persona=${encodeURIComponent(employee)}#/mijn-terugbelverzoeken`);
    await page.getByRole('heading', { level: 1, name: 'Mijn terugbelverzoeken' }).waitFor();
    const card = page.getByRole('article', { name: /Johan Testburger/ });
    await card.waitFor();
    expect(await card.innerText()).toContain('Wil weten wanneer het <paspoort> klaar is.');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await card.getByRole('button', { name: 'Poging vastleggen' }).click();
    await card.getByRole('radio', { name: 'Geen gehoor' }).check();
    await card.getByRole('button', { name: 'Poging opslaan' }).click();
    await expect
      .poll(async () => (await storedRequestsFor('Johan Testburger'))[0]?.fields.Attempts ?? '')
      .toContain('noAnswer');

    await card.getByRole('button', { name: /^Afsluiten/ }).click();
    await card.getByRole('radio', { name: 'Afgehandeld' }).check();
    await card.getByRole('button', { name: 'Terugbelverzoek afsluiten' }).click();
    await card.waitFor({ state: 'detached' });
    expect((await storedRequestsFor('Johan Testburger'))[0]?.fields.Status).toBe('done');
    await saveScreenshot(page, 'callbacks-mine');
    expect(session.problems).toEqual([]);
  });

  it("the team leader sees the team's overdue requests", async () => {
    const { page } = session;
    await page.goto(`${appUrl}/?persona=${encodeURIComponent(leader)}#/terugbelverzoeken-team`);
    await page.getByRole('heading', { level: 1, name: /Terugbelverzoeken van/ }).waitFor();
    const overdueTab = page.getByRole('tab', { name: /Te laat \((\d+)\)/ });
    await overdueTab.waitFor();
    const count = Number((await overdueTab.innerText()).match(/\((\d+)\)/)?.[1]);
    expect(count).toBeGreaterThan(0);
    await overdueTab.click();
    await expect.poll(() => page.getByRole('article').count()).toBe(count);
    expect(await page.getByRole('article').first().innerText()).toMatch(/Te laat/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'callbacks-team');
    expect(session.problems).toEqual([]);
  });
});
