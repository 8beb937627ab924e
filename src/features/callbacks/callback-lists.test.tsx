// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CallbackRequest } from '../../domain/callbacks';
import { aRequest, anAttempt } from '../../domain/callbacks/callback-test-fixtures';
import { instantFromEpochMs } from '../../domain/time';
import {
  callbackDueAt,
  lastInstantOfLocalDate,
  STATUTORY_CALENDAR,
} from '../../domain/working-days';
import { AMSTERDAM, localDateAt, localDatePlusDays } from '../../domain/time';
import { LocaleProvider } from '../../i18n';
import { createQueryClient } from '../../graph/client';
import { CallbacksDataSourceProvider } from './api/callbacks-data-source';
import type { FakeCallbacks } from './testing/fake-callbacks-data-source';
import { createFakeCallbacks, person, team } from './testing/fake-callbacks-data-source';
import { MyCallbacksScreen } from './my-callbacks-screen';
import { MyCallbacksCount } from './nav-badges';
import { TeamCallbacksScreen } from './team-callbacks-screen';

const now = new Date('2026-11-25T09:30:00Z');
const today = localDateAt(instantFromEpochMs(now.getTime()), AMSTERDAM);
const endOf = (days: number) => lastInstantOfLocalDate(localDatePlusDays(today, days));
const people = [
  person('pieter', 'Pieter van der Berg', 'Burgerzaken'),
  person('anna', 'Anna Smit', 'Burgerzaken'),
  person('mohamed', 'Mohamed el Amrani', 'Burgerzaken'),
];
const teams = [team('Burgerzaken', ['pieter', 'anna'], 'mohamed')];
const madeAt = instantFromEpochMs(now.getTime() - 3 * 24 * 60 * 60 * 1000);
const base = (id: string, overrides: Partial<CallbackRequest>) =>
  aRequest({
    id,
    madeAt,
    dueAt: callbackDueAt(madeAt, STATUTORY_CALENDAR),
    assignedToTeam: 'Burgerzaken',
    ...overrides,
  });

const stored = [
  base('overdue', {
    citizen: { name: 'Henk Mulder', phone: '+31612345001', email: null },
    assignedToPersonId: 'pieter',
    dueAt: endOf(-1),
  }),
  base('today', {
    citizen: { name: 'Fatima Ouali', phone: '+31201234567', email: null },
    assignedToPersonId: 'pieter',
    dueAt: endOf(0),
  }),
  base('later', {
    citizen: { name: 'Jan Jansen', phone: '+31612345678', email: null },
    assignedToPersonId: 'pieter',
    dueAt: endOf(3),
  }),
  base('team', {
    citizen: { name: 'Kees de Boer', phone: '+31570123456', email: null },
    assignedToPersonId: null,
    dueAt: endOf(1),
  }),
  base('tried', {
    citizen: { name: 'Ruud Smits', phone: '+32470123456', email: null },
    assignedToPersonId: 'pieter',
    dueAt: endOf(2),
    attempts: [
      anAttempt('2026-11-23T10:00:00+01:00', 'noAnswer'),
      anAttempt('2026-11-24T10:00:00+01:00', 'voicemail'),
      anAttempt('2026-11-24T15:00:00+01:00', 'noAnswer'),
    ],
  }),
  base('anna', {
    citizen: { name: 'Lotte Bakker', phone: null, email: 'l@example.nl' },
    assignedToPersonId: 'anna',
    dueAt: endOf(-2),
  }),
  base('done', {
    citizen: { name: 'Anouk Visser', phone: null, email: 'a@example.nl' },
    assignedToPersonId: 'anna',
    status: 'done',
    closedAt: endOf(-3),
    closedById: 'anna',
  }),
];

function renderWith(fake: FakeCallbacks, screenElement: React.ReactElement) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider initialLocale="nl">
        <QueryClientProvider client={createQueryClient()}>
          <CallbacksDataSourceProvider value={fake.source}>
            {screenElement}
          </CallbacksDataSourceProvider>
        </QueryClientProvider>
      </LocaleProvider>
    </FluentProvider>,
  );
}

beforeAll(() => {
  // jsdom has no ResizeObserver; Fluent's TabList and MessageBar measure with one.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

const card = (name: string) => screen.getByRole('article', { name });

describe('Mijn terugbelverzoeken', () => {
  const pieter = () =>
    createFakeCallbacks({
      me: { id: 'pieter', displayName: 'Pieter van der Berg' },
      now,
      people,
      teams,
      stored,
    });

  it("shows my open requests and my team's unclaimed one, earliest due first, with counts and marks", async () => {
    renderWith(pieter(), <MyCallbacksScreen />);
    expect(
      await screen.findByText('5 open terugbelverzoeken: 1 uiterlijk vandaag, 1 te laat'),
    ).toBeInTheDocument();
    const names = screen
      .getAllByRole('article')
      .map((article) => within(article).getByRole('heading').textContent);
    expect(names).toEqual([
      'Henk Mulder',
      'Fatima Ouali',
      'Kees de Boer',
      'Ruud Smits',
      'Jan Jansen',
    ]);
    expect(within(card('Henk Mulder')).getByText(/^Te laat: uiterlijk/)).toBeInTheDocument();
    expect(
      within(card('Fatima Ouali')).getByText('Vandaag uiterlijk terugbellen'),
    ).toBeInTheDocument();
    expect(within(card('Jan Jansen')).queryByText(/Te laat|Vandaag/)).not.toBeInTheDocument();
    expect(
      within(card('Fatima Ouali')).getByRole('link', { name: 'Bel Fatima Ouali: 020 123 4567' }),
    ).toHaveAttribute('href', 'tel:+31201234567');
  });

  it('says it is loading, never "0 open", while the directory and the list are on their way', async () => {
    const fake = pieter();
    const release = fake.holdDirectory();
    renderWith(
      fake,
      <>
        <nav>
          Mijn terugbelverzoeken
          <MyCallbacksCount />
        </nav>
        <MyCallbacksScreen />
      </>,
    );
    expect(await screen.findByText('Terugbelverzoeken worden geladen…')).toBeInTheDocument();
    // Give any load that does not wait for the team time to answer: it must not show a count.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText(/\d+ open/)).not.toBeInTheDocument();
    expect(screen.queryByText(/Geen open terugbelverzoeken/)).not.toBeInTheDocument();
    expect(screen.getByRole('navigation')).toHaveTextContent(/^Mijn terugbelverzoeken$/);
    release();
    expect(
      await screen.findByText('5 open terugbelverzoeken: 1 uiterlijk vandaag, 1 te laat'),
    ).toBeInTheDocument();
    expect(screen.getByRole('navigation')).toHaveTextContent(
      'Mijn terugbelverzoeken (5, 1 te laat)',
    );
  });

  it('loads once for the navigation count and the page together', async () => {
    const fake = pieter();
    renderWith(
      fake,
      <>
        <MyCallbacksCount />
        <MyCallbacksScreen />
        <MyCallbacksCount />
      </>,
    );
    expect(
      await screen.findByText('5 open terugbelverzoeken: 1 uiterlijk vandaag, 1 te laat'),
    ).toBeInTheDocument();
    expect(fake.listMineCalls()).toBe(1);
  });

  it('marks the list as not up to date when a refresh fails, and the count as unknown', async () => {
    const user = userEvent.setup();
    const fake = pieter();
    renderWith(
      fake,
      <>
        <nav>
          Mijn terugbelverzoeken
          <MyCallbacksCount />
        </nav>
        <MyCallbacksScreen />
      </>,
    );
    expect(
      await screen.findByText('5 open terugbelverzoeken: 1 uiterlijk vandaag, 1 te laat'),
    ).toBeInTheDocument();
    fake.failNextListMine(1, 429);
    await user.click(screen.getByRole('button', { name: 'Vernieuwen' }));
    expect(await screen.findByText(/Deze lijst is niet bijgewerkt/)).toBeInTheDocument();
    expect(screen.queryByText(/5 open/)).not.toBeInTheDocument();
    expect(screen.getByRole('navigation')).toHaveTextContent(
      'Mijn terugbelverzoeken (aantal onbekend)',
    );
    // What was known is still there to work with, marked as such.
    expect(screen.getByRole('article', { name: 'Henk Mulder' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Vernieuwen' }));
    expect(
      await screen.findByText('5 open terugbelverzoeken: 1 uiterlijk vandaag, 1 te laat'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Deze lijst is niet bijgewerkt/)).not.toBeInTheDocument();
  });

  it('says what failed when the first load fails, without a count', async () => {
    const fake = pieter();
    fake.failNextListMine(1, 503);
    renderWith(
      fake,
      <>
        <nav>
          Mijn terugbelverzoeken
          <MyCallbacksCount />
        </nav>
        <MyCallbacksScreen />
      </>,
    );
    expect(await screen.findByText(/konden niet worden geladen/)).toBeInTheDocument();
    expect(screen.queryByText(/\d+ open/)).not.toBeInTheDocument();
    expect(screen.queryByText(/Geen open terugbelverzoeken/)).not.toBeInTheDocument();
  });

  it('logs an attempt with a note', async () => {
    const user = userEvent.setup();
    const fake = pieter();
    renderWith(fake, <MyCallbacksScreen />);
    const jan = await screen.findByRole('article', { name: 'Jan Jansen' });
    await user.click(within(jan).getByRole('button', { name: 'Poging vastleggen' }));
    await user.click(within(jan).getByRole('radio', { name: 'Geen gehoor' }));
    await user.type(
      within(jan).getByRole('textbox', { name: 'Notitie (optioneel)' }),
      'Na 14:00 opnieuw',
    );
    await user.click(within(jan).getByRole('button', { name: 'Poging opslaan' }));
    expect(
      await within(card('Jan Jansen')).findByText('De poging is vastgelegd.'),
    ).toBeInTheDocument();
    const storedJan = [...fake.items.values()].find((item) => item.request.id === 'later')!;
    expect(storedJan.request.attempts).toMatchObject([
      { outcome: 'noAnswer', note: 'Na 14:00 opnieuw', byId: 'pieter' },
    ]);
    expect(
      within(card('Jan Jansen')).getByText(/Geen gehoor — Na 14:00 opnieuw/),
    ).toBeInTheDocument();
  });

  it('says who changed a request first, when and what, when my change came second', async () => {
    const user = userEvent.setup();
    const fake = pieter();
    renderWith(fake, <MyCallbacksScreen />);
    const jan = await screen.findByRole('article', { name: 'Jan Jansen' });
    const storedJan = [...fake.items.values()].find((item) => item.request.id === 'later')!;
    // Anna logs an attempt on Jan's request while Pieter has it open.
    fake.changeBehindTheScenes(
      storedJan.itemId,
      (request) => ({
        ...request,
        attempts: [
          ...request.attempts,
          { at: request.madeAt, byId: 'anna', outcome: 'noAnswer', note: '' },
        ],
      }),
      { id: 'anna', name: 'Anna Smit' },
    );
    await user.click(within(jan).getByRole('button', { name: 'Poging vastleggen' }));
    await user.click(within(jan).getByRole('radio', { name: 'Voicemail' }));
    await user.click(within(jan).getByRole('button', { name: 'Poging opslaan' }));
    expect(
      await within(card('Jan Jansen')).findByText(
        /Anna Smit heeft dit verzoek intussen gewijzigd \(.+\): pogingen\. .*uw wijziging is niet opgeslagen/,
      ),
    ).toBeInTheDocument();
    const now = [...fake.items.values()].find((item) => item.request.id === 'later')!;
    expect(now.request.attempts).toHaveLength(1);
  });

  it('closes a request with an outcome, and the count goes down', async () => {
    const user = userEvent.setup();
    const fake = pieter();
    renderWith(fake, <MyCallbacksScreen />);
    const henk = await screen.findByRole('article', { name: 'Henk Mulder' });
    await user.click(within(henk).getByRole('button', { name: 'Afsluiten' }));
    await user.type(
      within(henk).getByRole('textbox', { name: 'Uitkomst (optioneel)' }),
      'Verhuizing verwerkt',
    );
    await user.click(within(henk).getByRole('button', { name: 'Terugbelverzoek afsluiten' }));
    await waitFor(() =>
      expect(screen.queryByRole('article', { name: 'Henk Mulder' })).not.toBeInTheDocument(),
    );
    expect(
      screen.getByText('4 open terugbelverzoeken: 1 uiterlijk vandaag, 0 te laat'),
    ).toBeInTheDocument();
    // The card took its confirmation with it; the page's live region says it instead.
    expect(screen.getByText('Het terugbelverzoek van Henk Mulder is afgesloten.')).toHaveAttribute(
      'role',
      'status',
    );
    expect(
      [...fake.items.values()].find((item) => item.request.id === 'overdue')!.request,
    ).toMatchObject({ status: 'done', outcomeNote: 'Verhuizing verwerkt' });
  });

  it('suggests closing as not reached after three failed attempts, in one click', async () => {
    const user = userEvent.setup();
    const fake = pieter();
    renderWith(fake, <MyCallbacksScreen />);
    const ruud = await screen.findByRole('article', { name: 'Ruud Smits' });
    expect(within(ruud).getByText(/Drie keer geprobeerd/)).toBeInTheDocument();
    expect(within(card('Jan Jansen')).queryByText(/Drie keer geprobeerd/)).not.toBeInTheDocument();
    await user.click(within(ruud).getByRole('button', { name: 'Afsluiten als niet bereikt' }));
    await waitFor(() =>
      expect(screen.queryByRole('article', { name: 'Ruud Smits' })).not.toBeInTheDocument(),
    );
    expect(
      [...fake.items.values()].find((item) => item.request.id === 'tried')!.request,
    ).toMatchObject({ status: 'done', outcomeNote: 'Niet bereikt na drie pogingen.' });
  });

  it('claims a team request, or says who was first', async () => {
    const user = userEvent.setup();
    const fake = pieter();
    renderWith(fake, <MyCallbacksScreen />);
    const kees = await screen.findByRole('article', { name: 'Kees de Boer' });
    const item = [...fake.items.values()].find((candidate) => candidate.request.id === 'team')!;
    fake.changeBehindTheScenes(item.itemId, (request) => ({ ...request, claimedById: 'anna' }));
    await user.click(within(kees).getByRole('button', { name: 'Oppakken' }));
    // The loser of the race cannot try or close it any more: the card leaves, the page says why,
    // and the count follows.
    expect(
      await screen.findByText(
        'Het terugbelverzoek van Kees de Boer is al opgepakt door Anna Smit; het staat niet meer in uw lijst.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'Kees de Boer' })).not.toBeInTheDocument();
    expect(
      screen.getByText('4 open terugbelverzoeken: 1 uiterlijk vandaag, 1 te laat'),
    ).toBeInTheDocument();
  });

  it('claims an unclaimed team request and keeps it in my list', async () => {
    const user = userEvent.setup();
    const fake = pieter();
    renderWith(fake, <MyCallbacksScreen />);
    const kees = await screen.findByRole('article', { name: 'Kees de Boer' });
    await user.click(within(kees).getByRole('button', { name: 'Oppakken' }));
    expect(
      await within(card('Kees de Boer')).findByRole('button', { name: 'Poging vastleggen' }),
    ).toBeInTheDocument();
  });
});

describe('Terugbelverzoeken van mijn team', () => {
  const mohamed = () =>
    createFakeCallbacks({
      me: { id: 'mohamed', displayName: 'Mohamed el Amrani' },
      now,
      people,
      teams,
      stored,
    });

  it("shows the team's overdue and done requests in tabs", async () => {
    const user = userEvent.setup();
    renderWith(mohamed(), <TeamCallbacksScreen teams="led" />);
    expect(await screen.findByRole('tab', { name: 'Open (6)' })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Te laat (2)' }));
    expect(
      screen
        .getAllByRole('article')
        .map((article) => within(article).getByRole('heading').textContent),
    ).toEqual(['Lotte Bakker', 'Henk Mulder']);
    await user.click(screen.getByRole('tab', { name: 'Afgehandeld, laatste 28 dagen (1)' }));
    const anouk = screen.getByRole('article', { name: 'Anouk Visser' });
    // A closed card says when it was closed, and by whom.
    expect(within(anouk).getByText(/^Afgehandeld op .+ door Anna Smit$/)).toBeInTheDocument();
  });

  it('says only when a request was closed when who closed it is unknown or not in the directory', async () => {
    const user = userEvent.setup();
    const closed = (id: string, name: string, closedById: string | null) =>
      base(id, {
        citizen: { name, phone: null, email: null },
        assignedToPersonId: 'anna',
        status: 'done',
        closedAt: endOf(-3),
        closedById,
      });
    renderWith(
      createFakeCallbacks({
        me: { id: 'mohamed', displayName: 'Mohamed el Amrani' },
        now,
        people,
        teams,
        stored: [closed('old', 'Anouk Visser', null), closed('left', 'Bas Kok', 'someone-gone')],
      }),
      <TeamCallbacksScreen teams="led" />,
    );
    await user.click(await screen.findByRole('tab', { name: 'Afgehandeld, laatste 28 dagen (2)' }));
    for (const name of ['Anouk Visser', 'Bas Kok']) {
      const closedText = within(card(name)).getByText(/^Afgehandeld op /);
      expect(closedText.textContent).not.toMatch(/door/);
    }
  });

  it('counts as "Binnenkort" what is due today or on the next working day', async () => {
    const user = userEvent.setup();
    renderWith(mohamed(), <TeamCallbacksScreen teams="led" />);
    // Wednesday: due today (Fatima) and Thursday (Kees); Friday (Ruud) is not yet soon.
    await user.click(await screen.findByRole('tab', { name: 'Binnenkort (2)' }));
    expect(
      screen
        .getAllByRole('article')
        .map((article) => within(article).getByRole('heading').textContent),
    ).toEqual(['Fatima Ouali', 'Kees de Boer']);
  });

  it('marks absent colleagues among those a request can be given to', async () => {
    const user = userEvent.setup();
    const fake = createFakeCallbacks({
      me: { id: 'mohamed', displayName: 'Mohamed el Amrani' },
      now,
      people,
      teams,
      stored,
      absent: ['anna'],
    });
    renderWith(fake, <TeamCallbacksScreen teams="led" />);
    const henk = await screen.findByRole('article', { name: 'Henk Mulder' });
    await user.click(within(henk).getByRole('button', { name: 'Toewijzen' }));
    expect(
      await within(henk).findByRole('option', { name: 'Anna Smit (afwezig)' }),
    ).toBeInTheDocument();
    expect(within(henk).getByRole('option', { name: 'Pieter van der Berg' })).toBeInTheDocument();
  });

  it('tells the leader when the new assignee could not be notified, while the reassignment stands', async () => {
    const user = userEvent.setup();
    const fake = mohamed();
    fake.failNextReassignNotifications(1);
    renderWith(fake, <TeamCallbacksScreen teams="led" />);
    const henk = await screen.findByRole('article', { name: 'Henk Mulder' });
    await user.click(within(henk).getByRole('button', { name: 'Toewijzen' }));
    await user.selectOptions(
      within(henk).getByRole('combobox', { name: 'Toewijzen aan' }),
      'Anna Smit',
    );
    await user.click(within(henk).getByRole('button', { name: 'Toewijzing opslaan' }));
    expect(
      await within(card('Henk Mulder')).findByText(
        /toegewezen aan Anna Smit, maar het bericht daarover kon niet worden verstuurd/,
      ),
    ).toBeInTheDocument();
    expect(fake.reassignNotified).toEqual([]);
  });

  it('tells the leader when the new assignee was e-mailed because the Teams notification was refused', async () => {
    const user = userEvent.setup();
    const fake = createFakeCallbacks({
      me: { id: 'mohamed', displayName: 'Mohamed el Amrani' },
      now,
      people,
      teams,
      stored,
      notifyOutcome: 'emailedInstead',
    });
    renderWith(fake, <TeamCallbacksScreen teams="led" />);
    const henk = await screen.findByRole('article', { name: 'Henk Mulder' });
    await user.click(within(henk).getByRole('button', { name: 'Toewijzen' }));
    await user.selectOptions(
      within(henk).getByRole('combobox', { name: 'Toewijzen aan' }),
      'Anna Smit',
    );
    await user.click(within(henk).getByRole('button', { name: 'Toewijzing opslaan' }));
    expect(
      await within(card('Henk Mulder')).findByText(
        'Het terugbelverzoek is toegewezen aan Anna Smit; de melding in Teams kwam niet aan (app niet geïnstalleerd), daarom verstuurd per e-mail.',
      ),
    ).toBeInTheDocument();
    expect(fake.reassignNotified.map((request) => request.id)).toEqual(['overdue']);
  });

  it('reassigns a request to a team member and closes one on behalf of the assignee', async () => {
    const user = userEvent.setup();
    const fake = mohamed();
    renderWith(fake, <TeamCallbacksScreen teams="led" />);
    const henk = await screen.findByRole('article', { name: 'Henk Mulder' });
    await user.click(within(henk).getByRole('button', { name: 'Toewijzen' }));
    await user.selectOptions(
      within(henk).getByRole('combobox', { name: 'Toewijzen aan' }),
      'Anna Smit',
    );
    await user.click(within(henk).getByRole('button', { name: 'Toewijzing opslaan' }));
    expect(await within(card('Henk Mulder')).findByText('Voor Anna Smit')).toBeInTheDocument();
    expect(
      [...fake.items.values()].find((item) => item.request.id === 'overdue')!.request
        .assignedToPersonId,
    ).toBe('anna');
    // Anna hears of it like of a new request, and the leader is told so.
    expect(fake.reassignNotified.map((request) => request.id)).toEqual(['overdue']);
    expect(
      within(card('Henk Mulder')).getByText(
        'Het terugbelverzoek is toegewezen aan Anna Smit, die er bericht van heeft gekregen.',
      ),
    ).toBeInTheDocument();

    const lotte = card('Lotte Bakker');
    await user.click(within(lotte).getByRole('button', { name: 'Afsluiten namens Anna Smit' }));
    await user.click(within(lotte).getByRole('radio', { name: 'Vervallen' }));
    await user.click(within(lotte).getByRole('button', { name: 'Terugbelverzoek afsluiten' }));
    await waitFor(() =>
      expect(
        [...fake.items.values()].find((item) => item.request.id === 'anna')!.request.status,
      ).toBe('cancelled'),
    );
    await user.click(await screen.findByRole('tab', { name: 'Afgehandeld, laatste 28 dagen (2)' }));
    // The leader who closed it on Anna's behalf is named on the closed card.
    expect(
      within(card('Lotte Bakker')).getByText(/^Vervallen op .+ door Mohamed el Amrani$/),
    ).toBeInTheDocument();
  });
});
