// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AvailabilitySignals } from '../../domain/availability';
import type { Contact } from '../../domain/contacts';
import type { PersonSummary } from '../../domain/people';
import { instantFromIso } from '../../domain/time';
import type { Instant } from '../../domain/time';
import type { PersonRef, SignalsResult } from '../../graph/availability';
import type { DirectorySnapshot, TeamSummary } from '../../graph/people';
import { createQueryClient } from '../../graph/client';
import { LocaleProvider, useI18n } from '../../i18n';
import type { AvailabilityDataSource } from './api/availability-data-source';
import { AvailabilityDataSourceProvider } from './api/availability-data-source';
import { AvailabilityScreen } from './availability-screen';
import type { AvailabilityScreenProps } from './availability-screen';
import type { OutcomeRecorder } from './outcome-recorder';

/** Monday 30 March 2026 (Amsterdam summer time) at HH:mm. */
function monday(hhmm: string): Instant {
  const instant = instantFromIso(`2026-03-30T${hhmm}:00+02:00`);
  if (instant === null) throw new Error(hhmm);
  return instant;
}
function tuesday(hhmm: string): Instant {
  const instant = instantFromIso(`2026-03-31T${hhmm}:00+02:00`);
  if (instant === null) throw new Error(hhmm);
  return instant;
}
const clock = new Date(monday('10:00'));

function person(partial: Partial<PersonSummary> & Pick<PersonSummary, 'id' | 'displayName'>) {
  return {
    givenName: null,
    surname: null,
    jobTitle: 'Medewerker Burgerzaken',
    department: 'Publiekszaken',
    team: 'Burgerzaken',
    mail: `${partial.id}@lindeburg.example`,
    phones: [],
    topics: ['paspoort', 'rijbewijs'],
    ...partial,
  } satisfies PersonSummary;
}

const pieter = person({
  id: 'p-pieter',
  displayName: 'Pieter van der Berg',
  givenName: 'Pieter',
  surname: 'van der Berg',
  mail: 'pieter.vanderberg@lindeburg.example',
  phones: [
    { kind: 'business', number: '+31 50 123 4567' },
    { kind: 'mobile', number: '06 1234 5678' },
  ],
});
const anna = person({ id: 'p-anna', displayName: 'Anna Jansen', givenName: 'Anna' });
const karin = person({ id: 'p-karin', displayName: 'Karin de Vries', givenName: 'Karin' });
const bas = person({
  id: 'p-bas',
  displayName: 'Bas Bakker',
  givenName: 'Bas',
  jobTitle: 'Teamleider Burgerzaken',
});
const other = person({
  id: 'p-other',
  displayName: 'Olga Vermeer',
  givenName: 'Olga',
  team: 'Belastingen',
  department: 'Financiën',
  jobTitle: 'Medewerker Belastingen',
  topics: ['WOZ'],
});

const burgerzaken: TeamSummary = {
  name: 'Burgerzaken',
  department: 'Publiekszaken',
  leaderId: 'p-bas',
  generalMailbox: 'burgerzaken@lindeburg.example',
  topics: ['paspoort', 'rijbewijs'],
  memberIds: ['p-karin', 'p-bas', 'p-pieter', 'p-anna'],
};

const snapshot: DirectorySnapshot = {
  people: [pieter, anna, karin, bas, other],
  teams: [burgerzaken],
  deltaLink: null,
  syncedAt: '2026-03-30T07:00:00.000Z',
};

const officeHours = {
  daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
  startTime: '08:00',
  endTime: '17:00',
  timeZone: 'Europe/Amsterdam',
};

function signalsOf(personId: string): AvailabilitySignals {
  const base: AvailabilitySignals = {
    personId,
    calendar: { access: 'details', items: [] },
    workingHours: officeHours,
    presence: { availability: 'Available', activity: 'Available', isOutOfOffice: false },
    automaticReplies: null,
    registeredAbsences: [],
  };
  switch (personId) {
    case 'p-pieter':
      return {
        ...base,
        calendar: {
          access: 'details',
          items: [
            {
              start: monday('09:30'),
              end: monday('10:30'),
              status: 'Busy',
              isPrivate: false,
              subject: 'Overleg paspoorten',
            },
            {
              start: monday('13:00'),
              end: monday('14:00'),
              status: 'Busy',
              isPrivate: true,
              subject: 'Tandarts',
            },
          ],
        },
      };
    case 'p-anna':
      return {
        ...base,
        calendar: {
          access: 'freeBusy',
          items: [
            { start: monday('11:00'), end: monday('12:00'), status: 'busy', isPrivate: false },
          ],
        },
      };
    case 'p-karin':
      return {
        ...base,
        registeredAbsences: [
          {
            id: 'a-1',
            personId: 'p-karin',
            from: monday('07:00'),
            expectedUntil: tuesday('08:30'),
            kind: 'Ziekteverlof',
            substituteForCalls: { kind: 'person', personId: 'p-anna' },
            substituteForCallbacks: {
              kind: 'teamMailbox',
              mailbox: 'burgerzaken@lindeburg.example',
            },
            noteForFrontOffice: 'Bij spoed: Anna Jansen.',
          },
        ],
      };
    case 'p-other':
      return {
        ...base,
        automaticReplies: {
          status: 'alwaysEnabled',
          message: '<p>Met vakantie.<br>Voor spoed: bel <b>14 050</b></p><script>x()</script>',
        },
      };
    case 'p-bas':
      return {
        ...base,
        presence: { availability: 'Busy', activity: 'InACall', isOutOfOffice: false },
      };
    default:
      return base;
  }
}

function fakeSource(
  overrides: Partial<AvailabilityDataSource> = {},
  signalsFor: (personId: string) => AvailabilitySignals = signalsOf,
): AvailabilityDataSource & { fetchSignals: ReturnType<typeof vi.fn> } {
  const fetchSignals = vi.fn((people: PersonRef[], now: Date): Promise<SignalsResult> =>
    Promise.resolve({
      signals: new Map(people.map((ref) => [ref.id, signalsFor(ref.id)])),
      failedPersonIds: [],
      calendarNotShared: people.filter((ref) => ref.id === 'p-anna').map((ref) => ref.id),
      substituteIds: [],
      absencesUnavailable: false,
      roundTrips: 1,
      subRequests: 1,
      waves: 1,
      fetchedAt: now,
    }),
  );
  return {
    loadCachedDirectory: () => Promise.resolve(snapshot),
    syncDirectory: () => Promise.resolve(snapshot),
    now: () => clock,
    ...overrides,
    fetchSignals,
  };
}

function LanguageSwitch() {
  const { setLocale } = useI18n();
  return (
    <button type="button" onClick={() => setLocale('en')}>
      English
    </button>
  );
}

function renderScreen(
  source: AvailabilityDataSource = fakeSource(),
  props: Partial<AvailabilityScreenProps> = {},
) {
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={createQueryClient()}>
      <FluentProvider theme={webLightTheme}>
        <LocaleProvider initialLocale="nl">
          <LanguageSwitch />
          <AvailabilityDataSourceProvider value={source}>
            <AvailabilityScreen basePath="beschikbaarheid" {...props} />
          </AvailabilityDataSourceProvider>
        </LocaleProvider>
      </FluentProvider>
    </QueryClientProvider>,
  );
  return { user, view, source };
}

const searchBox = () =>
  screen.getByRole('combobox', { name: 'Zoek een collega, team of onderwerp' });

async function search(user: ReturnType<typeof userEvent.setup>, text: string) {
  await waitFor(() => expect(searchBox()).toHaveFocus());
  await user.type(searchBox(), text);
}

afterEach(() => {
  window.location.hash = '';
});

describe('AvailabilityScreen', () => {
  it('opens with the cursor in the search box', async () => {
    renderScreen();
    await waitFor(() => expect(searchBox()).toHaveFocus());
    expect(screen.getByRole('heading', { level: 1, name: 'Collega zoeken' })).toBeInTheDocument();
  });

  it('finds Pieter van der Berg by "vd berg" with his state, and opens his card with ArrowDown and Enter', async () => {
    const { user } = renderScreen();
    await search(user, 'vd berg');
    const option = await screen.findByRole('option', { name: /Pieter van der Berg.*Bezet/ });
    expect(option).toBeInTheDocument();
    expect(screen.getByText('1 resultaat')).toBeInTheDocument();

    await user.keyboard('{ArrowDown}');
    expect(searchBox()).toHaveAttribute('aria-activedescendant', option.id);
    await user.keyboard('{Enter}');

    const card = await screen.findByRole('region', { name: 'Pieter van der Berg' });
    expect(searchBox()).toHaveFocus();
    const c = within(card);
    expect(c.getByText('Bezet')).toBeInTheDocument();
    expect(c.getByText('tot 10:30')).toBeInTheDocument();
    expect(c.getByText('in een vergadering (agenda)')).toBeInTheDocument();
    expect(c.getByText('10:30–13:00')).toBeInTheDocument();
    expect(c.getByText('09:30–10:30 Overleg paspoorten')).toBeInTheDocument();
    expect(c.getByText('13:00–14:00 afspraak (details niet zichtbaar)')).toBeInTheDocument();
    expect(card.textContent).not.toContain('Tandarts');
    expect(c.getByRole('link', { name: 'Bel +31 50 123 4567 (werk)' })).toHaveAttribute(
      'href',
      'tel:+31501234567',
    );
    expect(c.getByRole('link', { name: 'Bel 06 1234 5678 (mobiel)' })).toHaveAttribute(
      'href',
      'tel:0612345678',
    );
    expect(
      c.getByRole('link', { name: 'Bellen via Teams met Pieter van der Berg' }),
    ).toHaveAttribute(
      'href',
      'https://teams.microsoft.com/l/call/0/0?users=pieter.vanderberg%40lindeburg.example',
    );
    expect(
      c.getByRole('link', { name: 'Chatten via Teams met Pieter van der Berg' }),
    ).toHaveAttribute(
      'href',
      'https://teams.microsoft.com/l/chat/0/0?users=pieter.vanderberg%40lindeburg.example',
    );
    expect(c.getByText('Publiekszaken')).toBeInTheDocument();
    // The address follows after the paint (use-hash-selection), on a busy machine a moment later.
    await waitFor(() => expect(window.location.hash).toBe('#/beschikbaarheid?persoon=p-pieter'));
  });

  it('says "agenda niet gedeeld" when only free/busy is visible', async () => {
    const { user } = renderScreen();
    await search(user, 'anna');
    await screen.findByRole('option', { name: /Anna Jansen.*Bereikbaar/ });
    await user.keyboard('{Enter}');
    const card = await screen.findByRole('region', { name: 'Anna Jansen' });
    expect(within(card).getByText('agenda niet gedeeld')).toBeInTheDocument();
  });

  it('shows an absent colleague with substitutes and their own state, never the kind of absence', async () => {
    const { user } = renderScreen();
    await search(user, 'karin');
    await screen.findByRole('option', { name: /Karin de Vries.*Afwezig/ });
    await user.keyboard('{Enter}');
    const card = await screen.findByRole('region', { name: 'Karin de Vries' });
    const c = within(card);
    expect(c.getByText('Afwezig')).toBeInTheDocument();
    // Absent: the moment she is back (issue 11.1).
    expect(c.getByText('terug morgen 08:30')).toBeInTheDocument();
    expect(c.getByText('afwezigheidsmelding')).toBeInTheDocument();
    const absence = c.getByRole('region', { name: 'Afwezigheid' });
    expect(within(absence).getByText('Vervanger voor gesprekken')).toBeInTheDocument();
    expect(
      within(absence).getByRole('button', { name: 'Open kaart van Anna Jansen' }),
    ).toBeInTheDocument();
    // The substitute's own state arrives with a second fetch.
    expect(await within(absence).findByText('Bereikbaar')).toBeInTheDocument();
    expect(
      within(absence).getByRole('link', { name: 'teammailbox burgerzaken@lindeburg.example' }),
    ).toHaveAttribute('href', 'mailto:burgerzaken@lindeburg.example');
    expect(within(absence).getByText('Bij spoed: Anna Jansen.')).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/ziekte/i);
  });

  it("fetches the substitutes of the results before Enter, so opening an absent colleague's card asks nothing", async () => {
    const source = fakeSource();
    const { user } = renderScreen(source);
    await search(user, 'karin');
    await screen.findByRole('option', { name: /Karin de Vries.*Afwezig/ });
    // Karin's substitute (Anna) is asked for with the results, before anyone opens the card.
    await waitFor(() =>
      expect(
        source.fetchSignals.mock.calls.some(([people]) =>
          (people as PersonRef[]).some((ref) => ref.id === 'p-anna'),
        ),
      ).toBe(true),
    );
    const calls = source.fetchSignals.mock.calls.length;
    await user.keyboard('{Enter}');
    const card = await screen.findByRole('region', { name: 'Karin de Vries' });
    const absence = within(card).getByRole('region', { name: 'Afwezigheid' });
    expect(within(absence).getByText('Bereikbaar')).toBeInTheDocument();
    expect(source.fetchSignals).toHaveBeenCalledTimes(calls);
  });

  it('asks nothing when opening a result drops the previous card: the states on screen are the ones just fetched', async () => {
    const source = fakeSource();
    const { user } = renderScreen(source);
    await search(user, 'karin');
    await screen.findByRole('option', { name: /Karin de Vries.*Afwezig/ });
    await user.keyboard('{Enter}');
    await screen.findByRole('region', { name: 'Karin de Vries' });
    await user.clear(searchBox());
    await user.type(searchBox(), 'anna');
    await screen.findByRole('option', { name: /Anna Jansen.*Bereikbaar/ });
    await waitFor(() =>
      expect(
        source.fetchSignals.mock.calls.some(
          ([people]) =>
            (people as PersonRef[]).some((ref) => ref.id === 'p-anna') &&
            (people as PersonRef[]).some((ref) => ref.id === 'p-karin'),
        ),
      ).toBe(true),
    );
    const calls = source.fetchSignals.mock.calls.length;
    await user.keyboard('{Enter}');
    const card = await screen.findByRole('region', { name: 'Anna Jansen' });
    expect(within(card).getByText('Bereikbaar')).toBeInTheDocument();
    // Karin left the screen; the rest were all in the last answer.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(source.fetchSignals).toHaveBeenCalledTimes(calls);
  });

  it("renders the first results' cards ahead, hidden and out of reach, so Enter shows one already there", async () => {
    const source = fakeSource();
    const { user, view } = renderScreen(source);
    await search(user, 'burgerzaken');
    await screen.findByRole('option', { name: /Anna Jansen.*Bereikbaar/ });
    const headingOf = (name: string) =>
      [...view.container.querySelectorAll('section h2')].find((h) => h.textContent === name);
    // Once the results have stayed a moment, the team's and Anna's cards are in the page, but not on screen:
    // no region, no focusable link, nothing for a screen reader.
    await waitFor(() => expect(headingOf('Anna Jansen')).toBeDefined());
    expect(headingOf('Team Burgerzaken')).toBeDefined();
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.queryByRole('link', { name: /Terugbelverzoek maken/ })).toBeNull();
    const prepared = headingOf('Anna Jansen')?.closest('section');
    const calls = source.fetchSignals.mock.calls.length;

    const options = screen.getAllByRole('option');
    const annaAt = options.findIndex((option) => /Anna Jansen/.test(option.textContent ?? ''));
    for (let index = 0; index <= annaAt; index++) await user.keyboard('{ArrowDown}');
    await user.keyboard('{Enter}');
    const card = screen.getByRole('region', { name: 'Anna Jansen' });
    expect(card).toBe(prepared);
    expect(within(card).getByText('Bereikbaar')).toBeInTheDocument();
    // Only the open card is reachable; the others stay hidden, and nothing was asked.
    expect(screen.getAllByRole('region', { name: /Jansen|Burgerzaken|Berg|Bakker|Vries/ })).toEqual(
      [card],
    );
    await waitFor(() => expect(window.location.hash).toBe('#/beschikbaarheid?persoon=p-anna'));
    expect(source.fetchSignals).toHaveBeenCalledTimes(calls);
  });

  it('shows a team reachable first, with the first reachable colleague at the top', async () => {
    const { user } = renderScreen();
    await search(user, 'burgerzaken');
    const teamOption = await screen.findByRole('option', { name: /Team Burgerzaken/ });
    expect(teamOption).toBeInTheDocument();
    await user.keyboard('{Enter}');
    const team = await screen.findByRole('region', { name: 'Team Burgerzaken' });
    const first = within(team).getByRole('region', { name: 'Eerste bereikbare collega' });
    expect(await within(first).findByRole('button', { name: 'Anna Jansen' })).toBeInTheDocument();
    await waitFor(() => {
      const rows = within(within(team).getByRole('list', { name: "Collega's (4)" })).getAllByRole(
        'listitem',
      );
      expect(rows.map((row) => row.textContent)).toEqual([
        expect.stringMatching(/^Anna Jansen.*Bereikbaar/),
        expect.stringMatching(/^Pieter van der Berg.*Bezet.*tot 10:30/),
        expect.stringMatching(/^Bas Bakker.*Bezet.*Teams: in gesprek/),
        expect.stringMatching(/^Karin de Vries.*Afwezig/),
      ]);
    });
    expect(
      within(team).getByRole('link', { name: /burgerzaken@lindeburg.example/ }),
    ).toHaveAttribute('href', 'mailto:burgerzaken@lindeburg.example');
    expect(within(team).getByText('paspoort, rijbewijs')).toBeInTheDocument();
    await waitFor(() => expect(window.location.hash).toBe('#/beschikbaarheid?team=Burgerzaken'));
  });

  it("opens the team from the card's team link", async () => {
    const { user } = renderScreen();
    await search(user, 'vd berg');
    await screen.findByRole('option', { name: /Pieter van der Berg.*Bezet/ });
    await user.keyboard('{Enter}');
    const card = await screen.findByRole('region', { name: 'Pieter van der Berg' });
    await user.click(within(card).getByRole('button', { name: 'Bekijk team Burgerzaken' }));
    expect(await screen.findByRole('region', { name: 'Team Burgerzaken' })).toBeInTheDocument();
  });

  it('keeps the last data and says it is stale when a refresh fails', async () => {
    const source = fakeSource();
    const { user } = renderScreen(source);
    await search(user, 'vd berg');
    await screen.findByRole('option', { name: /Pieter van der Berg.*Bezet/ });
    expect(screen.getByText('Bijgewerkt: zojuist')).toBeInTheDocument();

    source.fetchSignals.mockRejectedValue(new Error('offline'));
    await user.click(screen.getByRole('button', { name: 'Vernieuwen' }));
    expect(
      await screen.findByText('Verouderd: vernieuwen mislukt om 10:00 — we proberen het opnieuw.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('option', { name: /Pieter van der Berg.*Bezet/ })).toBeInTheDocument();
  });

  it('refreshes by itself without losing the search text, the focus or the highlighted result', async () => {
    const source = fakeSource();
    const { user } = renderScreen(source, { refreshIntervalMs: 150 });
    await search(user, 'vd berg');
    const option = await screen.findByRole('option', { name: /Pieter van der Berg.*Bezet/ });
    await user.keyboard('{ArrowDown}');
    const calls = source.fetchSignals.mock.calls.length;
    await waitFor(() => expect(source.fetchSignals.mock.calls.length).toBeGreaterThan(calls + 1));
    expect(searchBox()).toHaveValue('vd berg');
    expect(searchBox()).toHaveFocus();
    expect(searchBox()).toHaveAttribute('aria-activedescendant', option.id);
    expect(screen.getByRole('option', { name: /Pieter van der Berg.*Bezet/ })).toBe(option);
  });

  it('searches the cached directory before the sync returns, and says "Collega\'s laden…" only without a cache', async () => {
    let finishSync: (value: DirectorySnapshot) => void = () => undefined;
    const pendingSync = new Promise<DirectorySnapshot>((resolve) => {
      finishSync = resolve;
    });
    const withoutCache = renderScreen(
      fakeSource({
        loadCachedDirectory: () => Promise.resolve(null),
        syncDirectory: () => pendingSync,
      }),
    );
    expect(await screen.findByText("Collega's laden…")).toBeInTheDocument();
    await act(() => {
      finishSync(snapshot);
      return pendingSync;
    });
    // The query cache tells the screen in its next task, not in the sync's own promise callback.
    await waitFor(() => expect(screen.queryByText("Collega's laden…")).not.toBeInTheDocument());
    withoutCache.view.unmount();

    const { user } = renderScreen(
      fakeSource({ syncDirectory: () => new Promise<DirectorySnapshot>(() => undefined) }),
    );
    await search(user, 'vd berg');
    expect(await screen.findByRole('option', { name: /Pieter van der Berg/ })).toBeInTheDocument();
    expect(screen.queryByText("Collega's laden…")).not.toBeInTheDocument();
  });

  it('speaks English after switching language', async () => {
    const { user } = renderScreen();
    await search(user, 'vd berg');
    await screen.findByRole('option', { name: /Pieter van der Berg.*Bezet/ });
    await user.keyboard('{Enter}');
    await screen.findByRole('region', { name: 'Pieter van der Berg' });
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(
      screen.getByRole('combobox', { name: 'Search for a colleague, team or topic' }),
    ).toHaveValue('vd berg');
    expect(screen.getByRole('option', { name: /Pieter van der Berg.*Busy/ })).toBeInTheDocument();
    const card = screen.getByRole('region', { name: 'Pieter van der Berg' });
    expect(within(card).getByText('until 10:30')).toBeInTheDocument();
    expect(within(card).getByText('in a meeting (calendar)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Refresh' })).toBeInTheDocument();
  });

  it('puts "Terugbelverzoek maken" first in every card, with a shortcut that opens it', async () => {
    const { user } = renderScreen();
    for (const [query, name, id] of [
      ['vd berg', 'Pieter van der Berg', 'p-pieter'],
      ['karin', 'Karin de Vries', 'p-karin'],
    ] as const) {
      await user.clear(searchBox());
      await user.type(searchBox(), query);
      await screen.findByRole('option', { name: new RegExp(name) });
      await user.keyboard('{ArrowDown}{Enter}');
      const card = await screen.findByRole('region', { name });
      // The same keyboard path for everyone: the first thing to Tab to in the card.
      const firstFocusable = card.querySelector('a[href], button');
      expect(firstFocusable).toHaveAccessibleName(`Terugbelverzoek maken voor ${name}`);
      expect(firstFocusable).toHaveAttribute('aria-keyshortcuts', 'Alt+Shift+N');
      expect(within(card).getByText('Alt+Shift+N')).toBeInTheDocument();
      searchBox().focus();
      await user.keyboard('{Alt>}{Shift>}N{/Shift}{/Alt}');
      expect(window.location.hash).toBe(`#/terugbelverzoek/nieuw?voor=${id}`);
    }
  });

  it('says "onbekend hoe lang" for busy by Teams alone, and shows the calendar free time as such', async () => {
    const { user } = renderScreen();
    await search(user, 'bas');
    await screen.findByRole('option', { name: /Bas Bakker.*Bezet/ });
    await user.keyboard('{ArrowDown}{Enter}');
    const card = await screen.findByRole('region', { name: 'Bas Bakker' });
    const c = within(card);
    expect(c.getByText('onbekend hoe lang (Teams-status)')).toBeInTheDocument();
    expect(c.getByText('nu – 17:00 volgens de agenda')).toBeInTheDocument();
    expect(c.queryByText('vandaag geen vrij moment meer')).not.toBeInTheDocument();
  });

  it('shows the automatic reply as plain text on the card', async () => {
    const { user } = renderScreen();
    await search(user, 'olga');
    await screen.findByRole('option', { name: /Olga Vermeer.*Afwezig/ });
    await user.keyboard('{ArrowDown}{Enter}');
    const card = await screen.findByRole('region', { name: 'Olga Vermeer' });
    const reply = within(card).getByText(/Voor spoed/);
    expect(reply.textContent).toBe('Met vakantie.\nVoor spoed: bel 14 050');
    expect(card.querySelector('script, b')).toBeNull();
    expect(within(card).getByText('einde onbekend')).toBeInTheDocument();
  });

  it('names who is reachable again first when nobody in the team is reachable now', async () => {
    // Anna in a meeting until 11:30, Pieter until 10:30: Pieter first, whatever the alphabet says.
    const source = fakeSource({}, (personId) => {
      const signals = signalsOf(personId);
      if (personId !== 'p-anna') return signals;
      return {
        ...signals,
        calendar: {
          access: 'details',
          items: [
            { start: monday('09:00'), end: monday('11:30'), status: 'busy', isPrivate: false },
          ],
        },
      };
    });
    const { user } = renderScreen(source);
    await search(user, 'burgerzaken');
    await screen.findByRole('option', { name: /Team Burgerzaken/ });
    await user.keyboard('{Enter}');
    const team = await screen.findByRole('region', { name: 'Team Burgerzaken' });
    const first = within(team).getByRole('region', { name: 'Eerste bereikbare collega' });
    expect(
      await within(first).findByRole('button', { name: 'Pieter van der Berg' }),
    ).toBeInTheDocument();
    expect(
      within(first).getByText('Op dit moment is niemand van dit team bereikbaar.'),
    ).toBeInTheDocument();
    expect(within(first).getByText('Als eerste weer bereikbaar:')).toBeInTheDocument();
  });

  it('says in Dutch that there is no connection when the directory cannot be loaded ("Failed to fetch")', async () => {
    renderScreen(
      fakeSource({
        loadCachedDirectory: () => Promise.resolve(null),
        syncDirectory: () => Promise.reject(new TypeError('Failed to fetch')),
      }),
    );
    expect(
      await screen.findByText(
        "De collega's konden niet worden geladen: Er is geen verbinding met de server.",
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Failed to fetch/)).toBeNull();
  });
});

describe('AvailabilityScreen: call outcomes', () => {
  /** Records what the screen asks, as the outbox would (ids in order), and undoes while "within the minute". */
  function fakeRecorder(): OutcomeRecorder & { recorded: Contact[]; undone: string[] } {
    const recorded: Contact[] = [];
    const undone: string[] = [];
    return {
      recorded,
      undone,
      record: (input) => {
        const contact: Contact = {
          id: `c${recorded.length + 1}`,
          recordedAt: clock.getTime() as Instant,
          agentId: 'agent',
          personId: input.personId,
          team: input.team,
          outcome: input.outcome,
          callbackRequestId:
            input.outcome === 'callbackRequested' ? `r${recorded.length + 1}` : null,
        };
        recorded.push(contact);
        return contact;
      },
      undo: (contactId) => {
        undone.push(contactId);
        return 'undone';
      },
    };
  }

  it('records each outcome for a colleague with its shortcut key, also while typing in the search box', async () => {
    const recorder = fakeRecorder();
    const { user } = renderScreen(fakeSource(), { outcomes: recorder });
    await search(user, 'vd berg');
    await screen.findByRole('option', { name: /Pieter van der Berg/ });
    await user.keyboard('{ArrowDown}{Enter}');
    const card = await screen.findByRole('region', { name: 'Pieter van der Berg' });
    const group = within(card).getByRole('group', {
      name: 'Uitkomst van het doorverbinden naar Pieter van der Berg',
    });
    // The keys are on the buttons, the same everywhere.
    for (const [name, key] of [
      ['Opgenomen', 'Alt+Shift+1'],
      ['Vervanger nam op', 'Alt+Shift+2'],
      ['Niet opgenomen → terugbelverzoek', 'Alt+Shift+3'],
      ['Niet opgenomen, geen verzoek', 'Alt+Shift+4'],
    ] as const) {
      const button = within(group).getByRole('button', { name: new RegExp(`^${name}`) });
      expect(button).toHaveAttribute('aria-keyshortcuts', key);
      expect(within(button).getByText(key)).toBeInTheDocument();
    }
    searchBox().focus();
    await user.keyboard('{Alt>}{Shift>}[Digit1]{/Shift}{/Alt}');
    expect(recorder.recorded).toEqual([
      expect.objectContaining({ outcome: 'answered', personId: 'p-pieter', team: 'Burgerzaken' }),
    ]);
    // Nothing was typed into the search box, and the focus stayed there for the next call.
    expect(searchBox()).toHaveValue('vd berg');
    expect(searchBox()).toHaveFocus();
    expect(
      await screen.findByText(
        /Vastgelegd: Opgenomen \(Pieter van der Berg\)\. Ongedaan maken kan tot 10:01\./,
      ),
    ).toBeInTheDocument();
    // Plain digits are typing, never an outcome.
    await user.keyboard('4');
    expect(recorder.recorded).toHaveLength(1);
  });

  it('undoes a wrong click, by keyboard', async () => {
    const recorder = fakeRecorder();
    const { user } = renderScreen(fakeSource(), { outcomes: recorder });
    await search(user, 'vd berg');
    await screen.findByRole('option', { name: /Pieter van der Berg/ });
    await user.keyboard('{ArrowDown}{Enter}');
    await screen.findByRole('region', { name: 'Pieter van der Berg' });
    await user.keyboard('{Alt>}{Shift>}[Digit4]{/Shift}{/Alt}');
    const undo = await screen.findByRole('button', { name: 'Ongedaan maken' });
    undo.focus();
    await user.keyboard('{Enter}');
    expect(recorder.undone).toEqual(['c1']);
    expect(
      await screen.findByText(
        'Ongedaan gemaakt: Niet opgenomen, geen verzoek (Pieter van der Berg) wordt niet opgeslagen.',
      ),
    ).toBeInTheDocument();
  });

  it('opens the callback form for the team, linked to the recorded contact', async () => {
    const recorder = fakeRecorder();
    const { user } = renderScreen(fakeSource(), { outcomes: recorder });
    await search(user, 'burgerzaken');
    await screen.findByRole('option', { name: /Team Burgerzaken/ });
    await user.keyboard('{ArrowDown}{Enter}');
    const team = await screen.findByRole('region', { name: /Burgerzaken/ });
    await user.click(
      within(team).getByRole('button', { name: /^Niet opgenomen → terugbelverzoek/ }),
    );
    expect(recorder.recorded).toEqual([
      expect.objectContaining({
        outcome: 'callbackRequested',
        personId: null,
        team: 'Burgerzaken',
        callbackRequestId: 'r1',
      }),
    ]);
    expect(window.location.hash).toBe('#/terugbelverzoek/nieuw?team=Burgerzaken&verzoek=r1');
  });

  it('records "Zelf beantwoord" from the search screen without a colleague, and nothing for a card key without one', async () => {
    const recorder = fakeRecorder();
    const { user } = renderScreen(fakeSource(), { outcomes: recorder });
    await waitFor(() => expect(searchBox()).toHaveFocus());
    await user.keyboard('{Alt>}{Shift>}[Digit1]{/Shift}{/Alt}');
    expect(recorder.recorded).toEqual([]);
    expect(screen.getByRole('button', { name: /^Zelf beantwoord/ })).toHaveAttribute(
      'aria-keyshortcuts',
      'Alt+Shift+0',
    );
    await user.keyboard('{Alt>}{Shift>}[Digit0]{/Shift}{/Alt}');
    expect(recorder.recorded).toEqual([
      expect.objectContaining({ outcome: 'selfAnswered', personId: null, team: null }),
    ]);
    expect(await screen.findByText(/Vastgelegd: zelf beantwoord\./)).toBeInTheDocument();
  });

  it('shows no outcome buttons where outcomes cannot be stored', async () => {
    const { user } = renderScreen();
    await search(user, 'vd berg');
    await screen.findByRole('option', { name: /Pieter van der Berg/ });
    await user.keyboard('{ArrowDown}{Enter}');
    await screen.findByRole('region', { name: 'Pieter van der Berg' });
    expect(screen.queryByRole('button', { name: /^Opgenomen/ })).toBeNull();
  });
});
