// Mijn bereikbaarheid in a real browser: Pieter (an employee whose calendar colleagues see as free/busy only) lands
// on how the front office sees him, opens his calendar in one click, and the agent then sees his appointment's title.
import { inject } from 'vitest';
import {
  openBrowser,
  saveScreenshot,
  seriousAxeViolations,
  type BrowserSession,
} from './support/browser';
import { Scenario } from './support/scenario';

const appUrl = inject('appUrl');
const emulatorUrl = inject('emulatorUrl');
const agent = 'sanne.devries@lindeburg.example';
const employee = 'pieter.vanderberg@lindeburg.example';
const subject = 'Training Omgevingswet';
const myOrganization = '/me/calendar/calendarPermissions/RGVmYXVsdA==';
const scenario = new Scenario(emulatorUrl);

let session: BrowserSession;
let pieterId: string;

beforeAll(async () => {
  const own = await scenario.token(employee, ['Calendars.ReadWrite', 'User.Read']);
  // The start of the story, set through Graph: colleagues see Pieter's calendar as free/busy only.
  await scenario.graph(own, 'PATCH', myOrganization, { role: 'freeBusyRead' });
  pieterId = (await scenario.graph<{ id: string }>(own, 'GET', '/me')).id;
  // Out of office outranks his other items, so it is the current one whenever the test runs.
  await scenario.addEvent(
    { id: pieterId, upn: employee, displayName: 'Pieter van der Berg' },
    {
      subject,
      start: new Date(Date.now() - 5 * 60_000),
      end: new Date(Date.now() + 60 * 60_000),
      showAs: 'oof',
    },
  );
});

afterAll(async () => {
  const own = await scenario.token(employee, ['Calendars.ReadWrite']);
  await scenario.graph(own, 'PATCH', myOrganization, { role: 'limitedRead' });
});

beforeEach(async () => {
  session = await openBrowser();
});

afterEach(async () => {
  await session.close();
});

describe('an employee opens his calendar to colleagues', () => {
  it('Pieter lands on Mijn bereikbaarheid, sees what the front office sees, and opens his calendar in one click', async () => {
    const { page } = session;
    await page.goto(`${appUrl}/?persona=${encodeURIComponent(employee)}`);
    await page.getByRole('heading', { level: 1, name: 'Mijn bereikbaarheid' }).waitFor();
    const kcp = page.getByRole('region', { name: 'Zo ziet het KCP u nu' });
    await expect.poll(() => kcp.innerText()).toContain('Afwezig');
    expect(await kcp.innerText()).not.toContain(subject);
    const calendar = page.getByRole('region', { name: 'Uw agenda' });
    await expect.poll(() => calendar.innerText()).toContain('alleen of u vrij of bezet bent');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'my-availability-free-busy');

    await calendar.getByRole('button', { name: "Agenda openstellen voor collega's" }).click();
    await calendar
      .getByRole('status')
      .getByText(/Uw agenda is opengesteld/)
      .waitFor();
    await expect.poll(() => kcp.innerText()).toContain(subject);
    await calendar.getByRole('button', { name: /^Ongedaan maken/ }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'my-availability-opened');
    expect(session.problems).toEqual([]);
  });

  it('the agent’s card for Pieter then shows the appointment’s title', async () => {
    const { page } = session;
    await page.goto(
      `${appUrl}/?persona=${encodeURIComponent(agent)}#/beschikbaarheid?persoon=${encodeURIComponent(pieterId)}`,
    );
    const card = page.getByRole('region', { name: 'Pieter van der Berg' });
    await card.waitFor();
    await expect.poll(() => card.innerText()).toContain(subject);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'agent-card-opened-calendar');
    expect(session.problems).toEqual([]);
  });
});
