// The Outlook add-in's task pane (dist/outlook.html) in a real browser, served with the deployment guide's headers.
// Office.js cannot come from Microsoft's CDN here, so the test answers the page's request for that very URL (the
// CSP still allows only the CDN, unchanged) with a stub `Office` global that
// behaves like Outlook for one open item: a message being read, or one being written whose recipients
// live in the stub (getAsync, addAsync, RecipientsChanged). Data comes from the demo tenant.
import { inject } from 'vitest';
import type { Page } from 'playwright-core';
import {
  openBrowser,
  saveScreenshot,
  seriousAxeViolations,
  type BrowserSession,
} from './support/browser';
import { Scenario, type ScenarioPerson } from './support/scenario';
import { securityHeadersFor } from '../../scripts/hosting/security-headers';

const appUrl = inject('appUrl');
const emulatorUrl = inject('emulatorUrl');
const agent = 'sanne.devries@lindeburg.example';
const leader = 'mohamed.elamrani@lindeburg.example';
const site = 'lindeburg.sharepoint.com:/sites/bereikbaar:';
const officeJsUrl = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const scenario = new Scenario(emulatorUrl);

type Address = { displayName: string; emailAddress: string };
type StubItem =
  | { mode: 'read'; from: Address; subject: string }
  | { mode: 'compose'; to: Address[]; cc: Address[] };

/**
 * Office.js as the page sees it in Outlook, for one item. `window.__outlookStub` lets the test read
 * the recipients back and play the user editing the To line.
 */
function officeStub(item: StubItem): string {
  return `(() => {
  const config = ${JSON.stringify(item)};
  const ok = (value) => ({ status: 'succeeded', value });
  const handlers = {};
  const recipients = (list) => ({
    getAsync(callback) { setTimeout(() => callback(ok(list.map((r) => ({ ...r, recipientType: 'user' })))), 5); },
    addAsync(added, callback) {
      list.push(...added);
      setTimeout(() => {
        callback(ok(undefined));
        handlers.olkRecipientsChanged?.({ type: 'olkRecipientsChanged' });
      }, 5);
    },
  });
  const item = config.mode === 'read'
    ? { itemType: 'message', from: config.from, subject: config.subject, displayReplyForm() {} }
    : {
        itemType: 'message',
        to: recipients(config.to),
        cc: recipients(config.cc),
        addHandlerAsync(type, handler, callback) { handlers[type] = handler; callback?.(ok(undefined)); },
        removeHandlerAsync(type, callback) { delete handlers[type]; callback?.(ok(undefined)); },
      };
  window.__outlookStub = {
    to: () => config.to ?? [],
    typeRecipient: (recipient) => {
      config.to.push(recipient);
      handlers.olkRecipientsChanged?.({ type: 'olkRecipientsChanged' });
    },
  };
  const info = { host: 'Outlook', platform: 'OfficeOnline' };
  window.Office = {
    onReady(callback) { callback?.(info); return Promise.resolve(info); },
    HostType: { Outlook: 'Outlook' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { RecipientsChanged: 'olkRecipientsChanged' },
    MailboxEnums: { ItemType: { Message: 'message', Appointment: 'appointment' } },
    context: {
      displayLanguage: 'nl-NL',
      officeTheme: { bodyBackgroundColor: '#ffffff' },
      mailbox: {
        userProfile: { emailAddress: '${agent}', displayName: 'Sanne de Vries' },
        item,
      },
    },
  };
})();`;
}

async function openPane(page: Page, item: StubItem): Promise<Record<string, string>> {
  await page.route(officeJsUrl, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: officeStub(item) }),
  );
  const response = await page.goto(`${appUrl}/outlook.html?persona=${encodeURIComponent(agent)}`);
  return response?.headers() ?? {};
}

/** The stored requests for a citizen, through Graph, following every page (the demo tenant holds many). */
async function storedRequestsFor(
  citizenName: string,
): Promise<{ id: string; fields: Record<string, unknown> }[]> {
  type Page = {
    value: { id: string; fields: Record<string, unknown> }[];
    '@odata.nextLink'?: string;
  };
  const token = await scenario.token(leader, ['Sites.ReadWrite.All']);
  const found: Page['value'] = [];
  let path: string | undefined =
    `/sites/${site}/lists/BereikbaarTerugbelverzoeken/items?expand=fields&$top=999`;
  while (path !== undefined) {
    const page: Page = await scenario.graph<Page>(token, 'GET', path);
    found.push(...page.value.filter((item) => item.fields.CitizenName === citizenName));
    const next = page['@odata.nextLink'];
    path = next === undefined ? undefined : next.slice(next.indexOf('/v1.0') + '/v1.0'.length);
  }
  return found;
}

let session: BrowserSession;

beforeEach(async () => {
  session = await openBrowser();
  // A task pane is narrow.
  await session.page.setViewportSize({ width: 420, height: 900 });
});

afterEach(async () => {
  await session.close();
});

describe('Outlook add-in', () => {
  it('the pane runs under the guide’s CSP, and a script from elsewhere is refused and reported', async () => {
    const { page } = session;
    await openPane(page, {
      mode: 'read',
      from: { displayName: 'Mirjam Testmail', emailAddress: 'mirjam.testmail@example.nl' },
      subject: 'Vraag',
    });
    await page.getByRole('form', { name: 'Terugbelverzoek vastleggen' }).waitFor();
    expect(session.cspViolations).toEqual([]);
    session.expectCspViolation(/scripts\.example\.org/);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.src = 'https://scripts.example.org/tracker.js';
      document.head.append(script);
    });
    await expect.poll(() => session.cspViolations.length).toBeGreaterThan(0);
    expect(session.cspViolations.join('\n')).toContain('scripts.example.org');
  });

  it('reading a message: logs a callback request from its sender and subject', async () => {
    const { page } = session;
    const headers = await openPane(page, {
      mode: 'read',
      from: { displayName: 'Mirjam Testmail', emailAddress: 'mirjam.testmail@example.nl' },
      subject: 'Vraag over mijn rijbewijs',
    });
    const form = page.getByRole('form', { name: 'Terugbelverzoek vastleggen' });
    await form.waitFor();
    await page.getByText(/Overgenomen uit de e-mail van Mirjam Testmail/).waitFor();
    expect(await form.getByRole('textbox', { name: /Naam van de inwoner/ }).inputValue()).toBe(
      'Mirjam Testmail',
    );
    expect(await form.getByRole('textbox', { name: /E-mailadres/ }).inputValue()).toBe(
      'mirjam.testmail@example.nl',
    );
    const question = form.getByRole('textbox', { name: /^Vraag/ });
    expect(await question.inputValue()).toBe('Vraag over mijn rijbewijs');
    expect(await form.getByRole('combobox', { name: 'Kanaal' }).inputValue()).toBe('email');
    await page.getByText(/Uiterlijk terugbellen: .+, einde dag/).waitFor();
    // Under the guide's own headers for outlook.html.
    expect(headers['content-security-policy']).toBe(
      securityHeadersFor('/outlook.html', { graph: inject('graphOrigin') })[
        'Content-Security-Policy'
      ],
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'outlook-read-pane');

    // Compact in a narrow pane: a slim banner with the user and sign-out, no navigation, nothing wider
    // than the pane.
    await page.setViewportSize({ width: 350, height: 900 });
    const banner = page.getByRole('banner');
    await banner.getByRole('button', { name: 'Afmelden' }).waitFor();
    expect(await banner.getByText('Sanne de Vries').count()).toBe(1);
    expect(await page.getByRole('navigation').count()).toBe(0);
    expect(await banner.getByRole('combobox').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      350,
    );
    await saveScreenshot(page, 'outlook-read-pane-350');

    // The subject is editable; the assignee is the agent's choice, as in the app.
    await question.focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' (verlopen in mei)');
    const team = form.getByRole('combobox', { name: 'Of voor team' });
    await team.locator('option').nth(1).waitFor({ state: 'attached' });
    await team.selectOption({ index: 1 });
    const teamName = await team.inputValue();
    await form.getByRole('button', { name: 'Terugbelverzoek opslaan' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Terugbelverzoek voor Mirjam Testmail: opgeslagen').waitFor();
    await saveScreenshot(page, 'outlook-read-pane-saved');

    const stored = await storedRequestsFor('Mirjam Testmail');
    expect(stored).toHaveLength(1);
    expect(stored[0]!.fields).toMatchObject({
      CitizenEmail: 'mirjam.testmail@example.nl',
      Question: 'Vraag over mijn rijbewijs (verlopen in mei)',
      Channel: 'email',
    });
    expect(JSON.stringify(stored[0]!.fields)).toContain(teamName);
    expect(session.problems).toEqual([]);
  });

  describe('writing a message', () => {
    let absent: ScenarioPerson;
    let substitute: ScenarioPerson;
    let reachable: ScenarioPerson;

    beforeAll(async () => {
      const now = new Date();
      absent = await scenario.createColleague({
        givenName: 'Olivier',
        surname: 'Testoutlook',
        jobTitle: 'Medewerker vergunningen',
        managerUpn: leader,
      });
      substitute = await scenario.createColleague({
        givenName: 'Wendy',
        surname: 'Testinvaller',
        jobTitle: 'Medewerker vergunningen',
        managerUpn: leader,
      });
      reachable = await scenario.createColleague({
        givenName: 'Ruben',
        surname: 'Testontvanger',
        jobTitle: 'Adviseur',
        managerUpn: leader,
      });
      await scenario.registerAbsence({
        leaderUpn: leader,
        person: absent,
        from: new Date(now.getTime() - 60 * 60_000),
        until: new Date(now.getTime() + 2 * 24 * 60 * 60_000),
        callsSubstitute: substitute,
        callbacksSubstitute: substitute,
        kind: 'leave',
      });
    });

    it('shows the recipients’ availability and adds the substitute of an absent colleague', async () => {
      const { page } = session;
      await openPane(page, {
        mode: 'compose',
        to: [{ displayName: absent.displayName, emailAddress: absent.upn }],
        cc: [{ displayName: 'Burger Extern', emailAddress: 'burger.extern@example.nl' }],
      });
      await page
        .getByRole('heading', { level: 1, name: 'Bereikbaarheid van de ontvangers' })
        .waitFor();
      const list = page.getByRole('list', { name: 'Ontvangers' });
      const absentItem = list.getByRole('listitem').filter({ hasText: absent.displayName });
      await absentItem.getByText('Afwezig', { exact: true }).waitFor();
      await absentItem.getByText(`Vervanger: ${substitute.displayName}`).waitFor();
      // Agents never see the kind of absence.
      expect(await absentItem.innerText()).not.toMatch(/verlof|leave/i);
      const external = list.getByRole('listitem').filter({ hasText: 'burger.extern@example.nl' });
      await external.getByText('geen collega').waitFor();
      expect(await external.innerText()).not.toMatch(/Bereikbaar|Bezet|Afwezig/);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await saveScreenshot(page, 'outlook-compose-pane');

      await absentItem
        .getByRole('button', {
          name: `Vervanger toevoegen: ${substitute.displayName}, voor ${absent.displayName}`,
        })
        .click();
      await page
        .getByRole('status')
        .getByText(`${substitute.displayName} is toegevoegd aan Aan.`)
        .waitFor();
      const to = await page.evaluate(() =>
        (window as unknown as { __outlookStub: { to: () => Address[] } }).__outlookStub.to(),
      );
      expect(to.map((recipient) => recipient.emailAddress)).toEqual([absent.upn, substitute.upn]);
      const substituteItem = list.getByRole('listitem').filter({ hasText: substitute.upn });
      await substituteItem.getByText('Bereikbaar', { exact: true }).waitFor();
      await absentItem.getByText(`${substitute.displayName} staat al bij de ontvangers.`).waitFor();

      // The user adds a colleague on the To line: Outlook reports it, the pane reads them.
      await page.evaluate(
        (recipient) =>
          (
            window as unknown as { __outlookStub: { typeRecipient: (r: Address) => void } }
          ).__outlookStub.typeRecipient(recipient),
        { displayName: reachable.displayName, emailAddress: reachable.upn },
      );
      await list
        .getByRole('listitem')
        .filter({ hasText: reachable.upn })
        .getByText('Bereikbaar', { exact: true })
        .waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await saveScreenshot(page, 'outlook-compose-pane-substitute-added');
      expect(session.problems).toEqual([]);
    });
  });
});
