// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { callbackDueAt, STATUTORY_CALENDAR } from '../../domain/working-days';
import { instantFromEpochMs } from '../../domain/time';
import { LocaleProvider } from '../../i18n';
import { createQueryClient } from '../../graph/client';
import { CallbacksDataSourceProvider } from './api/callbacks-data-source';
import { dueDateText } from './due-text';
import type { FakeCallbacks } from './testing/fake-callbacks-data-source';
import { createFakeCallbacks, person, team } from './testing/fake-callbacks-data-source';
import { NewCallbackScreen } from './new-callback-screen';

// These tests type whole forms through user-event; on a loaded 2-core machine one can take longer than the
// default 20 s. A longer limit, not a wait: a passing test is as fast as ever.
vi.setConfig({ testTimeout: 60_000 });

// A Wednesday morning; expectations use the domain's own deadline, never the real weekday.
const now = new Date('2026-11-25T09:30:00Z');
const sanne = { id: 'sanne', displayName: 'Sanne de Vries' };
const people = [
  person('sanne', 'Sanne de Vries', 'KCP-TIC'),
  person('pieter', 'Pieter van der Berg', 'Burgerzaken'),
  person('anna', 'Anna Smit', 'Burgerzaken'),
  person('eva', 'Eva de Wit', 'Burgerzaken'),
];
const teams = [
  team('Burgerzaken', ['pieter', 'anna', 'eva'], 'mohamed'),
  team('KCP-TIC', ['sanne'], null),
];

function renderForm(
  fake: FakeCallbacks,
  props: { forPersonId?: string | null; forTeam?: string | null } = {},
) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider initialLocale="nl">
        <QueryClientProvider client={createQueryClient()}>
          <CallbacksDataSourceProvider value={fake.source}>
            <NewCallbackScreen
              forPersonId={props.forPersonId ?? null}
              forTeam={props.forTeam ?? null}
            />
          </CallbacksDataSourceProvider>
        </QueryClientProvider>
      </LocaleProvider>
    </FluentProvider>,
  );
}

beforeAll(() => {
  // jsdom has no ResizeObserver; Fluent's Combobox positions its list with one.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

beforeEach(() => {
  localStorage.clear();
});

const field = (name: string | RegExp) => screen.getByRole('textbox', { name });

it('is typed and saved with Enter, shows the due date first, and stores it once', async () => {
  const user = userEvent.setup();
  const fake = createFakeCallbacks({ me: sanne, now, people, teams });
  renderForm(fake);
  const due = dueDateText(
    callbackDueAt(instantFromEpochMs(now.getTime()), STATUTORY_CALENDAR),
    'nl',
  );
  expect(screen.getByText(`Uiterlijk terugbellen: ${due}, einde dag`)).toBeInTheDocument();

  // Fluent's focus manager (tabster) measures layout to find the next field, which jsdom cannot; the
  // browser tests walk the form with Tab. Here each field is focused directly and typed into.
  await user.click(field(/Naam van de inwoner/));
  await user.keyboard('Jan Jansen');
  await user.click(field(/Telefoonnummer/));
  await user.keyboard('06-12345678');
  expect(screen.getByText('Wordt opgeslagen als +31 6 12345678')).toBeInTheDocument();
  await user.click(field(/Vraag/));
  await user.keyboard('Vraag over <script>paspoort</script>');
  await user.click(screen.getByRole('combobox', { name: 'Voor medewerker' }));
  await user.keyboard('vd berg');
  await user.keyboard('{ArrowDown}{Enter}');
  expect(screen.getByRole('combobox', { name: 'Voor medewerker' })).toHaveValue(
    'Pieter van der Berg',
  );
  await user.click(field(/Naam van de inwoner/));
  await user.keyboard('{Enter}');

  await waitFor(() => expect(fake.saved).toHaveLength(1));
  const saved = fake.saved[0]!;
  expect(saved).toMatchObject({
    citizen: { name: 'Jan Jansen', phone: '+31612345678', email: null },
    question: 'Vraag over <script>paspoort</script>',
    assignedToPersonId: 'pieter',
    assignedToTeam: 'Burgerzaken',
    madeById: 'sanne',
    status: 'open',
  });
  expect(saved.dueAt).toBe(callbackDueAt(instantFromEpochMs(now.getTime()), STATUTORY_CALENDAR));
  await waitFor(() => expect(fake.notified).toHaveLength(1));
  expect(
    await screen.findByText('Terugbelverzoek voor Jan Jansen: opgeslagen'),
  ).toBeInTheDocument();
  // The form is empty again for the next call, and the draft is gone.
  expect(field(/Naam van de inwoner/)).toHaveValue('');
  expect(fake.items.size).toBe(1);
});

it('says so when the Teams notification could not be delivered and an e-mail went out instead', async () => {
  const user = userEvent.setup();
  const fake = createFakeCallbacks({
    me: sanne,
    now,
    people,
    teams,
    notifyOutcome: 'emailedInstead',
  });
  renderForm(fake);
  await user.click(field(/Naam van de inwoner/));
  await user.keyboard('Jan Jansen');
  await user.click(field(/Telefoonnummer/));
  await user.keyboard('06-12345678');
  await user.click(field(/Vraag/));
  await user.keyboard('Vraag over paspoort');
  await user.click(screen.getByRole('combobox', { name: 'Voor medewerker' }));
  await user.keyboard('vd berg');
  await user.keyboard('{ArrowDown}{Enter}');
  await user.click(field(/Naam van de inwoner/));
  await user.keyboard('{Enter}');
  expect(
    await screen.findByText(
      'Terugbelverzoek voor Jan Jansen: opgeslagen; de melding in Teams kwam niet aan (app niet geïnstalleerd), daarom verstuurd per e-mail',
    ),
  ).toBeInTheDocument();
});

it('shows a message per field in Dutch and keeps what was typed', async () => {
  const user = userEvent.setup();
  const fake = createFakeCallbacks({ me: sanne, now, people, teams });
  renderForm(fake);
  await user.type(field(/Telefoonnummer/), '12345');
  await user.click(screen.getByRole('button', { name: 'Terugbelverzoek opslaan' }));
  expect(field(/Naam van de inwoner/)).toHaveAccessibleDescription(/Vul de naam van de inwoner in/);
  expect(field(/Telefoonnummer/)).toHaveAccessibleDescription(/Dit telefoonnummer klopt niet/);
  expect(field(/Vraag/)).toHaveAccessibleDescription(/Beschrijf de vraag/);
  expect(screen.getByRole('combobox', { name: 'Voor medewerker' })).toHaveAccessibleDescription(
    /Kies een medewerker of een team/,
  );
  expect(field(/Naam van de inwoner/)).toHaveFocus();
  expect(field(/Telefoonnummer/)).toHaveValue('12345');
  expect(fake.saved).toHaveLength(0);
});

it('restores the draft after a remount (reload) with "Concept hersteld", and clears it on request', async () => {
  const user = userEvent.setup();
  const fake = createFakeCallbacks({ me: sanne, now, people, teams });
  const first = renderForm(fake);
  await user.type(field(/Naam van de inwoner/), 'Fatima Ouali');
  await user.type(field(/Vraag/), 'Paspoort dochter');
  first.unmount();

  renderForm(fake);
  expect(screen.getByText(/Concept hersteld/)).toBeInTheDocument();
  expect(field(/Naam van de inwoner/)).toHaveValue('Fatima Ouali');
  expect(field(/Vraag/)).toHaveValue('Paspoort dochter');
  await user.click(screen.getAllByRole('button', { name: 'Wis concept' })[0]!);
  expect(field(/Naam van de inwoner/)).toHaveValue('');
  expect(screen.queryByText(/Concept hersteld/)).not.toBeInTheDocument();
});

it('proposes the callback substitute of an absent colleague, selected by default', async () => {
  const user = userEvent.setup();
  const fake = createFakeCallbacks({
    me: sanne,
    now,
    people,
    teams,
    substitutes: { pieter: { kind: 'person', personId: 'anna' } },
  });
  renderForm(fake, { forPersonId: 'pieter' });
  const accept = await screen.findByRole('radio', {
    name: 'Naar de vervanger: Anna Smit (aanbevolen)',
  });
  expect(accept).toBeChecked();
  expect(screen.getByRole('radio', { name: 'Toch naar Pieter van der Berg' })).not.toBeChecked();
  await user.type(field(/Naam van de inwoner/), 'Kees');
  await user.type(field(/Telefoonnummer/), '020 123 4567');
  await user.type(field(/Vraag/), 'Rijbewijs');
  await user.click(screen.getByRole('button', { name: 'Terugbelverzoek opslaan' }));
  await waitFor(() => expect(fake.saved).toHaveLength(1));
  expect(fake.saved[0]).toMatchObject({
    assignedToPersonId: 'anna',
    citizen: { phone: '+31201234567' },
  });
});

it('warns and proposes the team mailbox when the colleague is away through the deadline', async () => {
  const user = userEvent.setup();
  // Automatic replies from now until next Monday evening, no registered absence: nobody named to take over.
  const fake = createFakeCallbacks({
    me: sanne,
    now,
    people,
    teams,
    signals: {
      pieter: {
        personId: 'pieter',
        calendar: { access: 'details', items: [] },
        workingHours: {
          daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
          startTime: '08:00',
          endTime: '17:00',
          timeZone: 'Europe/Amsterdam',
        },
        presence: null,
        automaticReplies: {
          status: 'scheduled',
          start: instantFromEpochMs(Date.parse('2026-11-24T07:00:00Z')),
          end: instantFromEpochMs(Date.parse('2026-11-30T16:00:00Z')),
        },
        registeredAbsences: [],
      },
    },
  });
  renderForm(fake, { forPersonId: 'pieter' });
  const warning = await screen.findByRole('radiogroup', {
    name: /Pieter van der Berg is afwezig .*tot na de streefdatum/,
  });
  expect(warning).toHaveAccessibleName(/terug di 1 dec/);
  const accept = screen.getByRole('radio', {
    name: 'Naar de algemene mailbox van Burgerzaken: burgerzaken@lindeburg.example (aanbevolen)',
  });
  expect(accept).toBeChecked();
  await user.type(field(/Naam van de inwoner/), 'Kees');
  await user.type(field(/Telefoonnummer/), '020 123 4567');
  await user.type(field(/Vraag/), 'Rijbewijs');
  await user.click(screen.getByRole('button', { name: 'Terugbelverzoek opslaan' }));
  await waitFor(() => expect(fake.saved).toHaveLength(1));
  expect(fake.saved[0]).toMatchObject({
    assignedToPersonId: null,
    assignedToTeam: 'Burgerzaken',
    teamMailbox: 'burgerzaken@lindeburg.example',
  });
});

it('assigns a colleague who is back before the deadline without a warning', async () => {
  const user = userEvent.setup();
  const fake = createFakeCallbacks({
    me: sanne,
    now,
    people,
    teams,
    signals: {
      pieter: {
        personId: 'pieter',
        calendar: { access: 'details', items: [] },
        workingHours: {
          daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
          startTime: '08:00',
          endTime: '17:00',
          timeZone: 'Europe/Amsterdam',
        },
        presence: null,
        automaticReplies: null,
        registeredAbsences: [
          {
            id: 'a1',
            personId: 'pieter',
            from: instantFromEpochMs(Date.parse('2026-11-25T07:00:00Z')),
            expectedUntil: instantFromEpochMs(Date.parse('2026-11-25T23:00:00Z')),
            substituteForCallbacks: { kind: 'person', personId: 'anna' },
          },
        ],
      },
    },
  });
  renderForm(fake, { forPersonId: 'pieter' });
  await user.type(await screen.findByRole('textbox', { name: /Naam van de inwoner/ }), 'Kees');
  await user.type(field(/Telefoonnummer/), '020 123 4567');
  await user.type(field(/Vraag/), 'Rijbewijs');
  expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Terugbelverzoek opslaan' }));
  await waitFor(() => expect(fake.saved).toHaveLength(1));
  expect(fake.saved[0]).toMatchObject({ assignedToPersonId: 'pieter' });
});

it('sends a team request to the team mailbox', async () => {
  const user = userEvent.setup();
  const fake = createFakeCallbacks({ me: sanne, now, people, teams });
  renderForm(fake, { forTeam: 'Burgerzaken' });
  expect(
    await screen.findByText(/de melding gaat naar burgerzaken@lindeburg.example/),
  ).toBeInTheDocument();
  await user.type(field(/Naam van de inwoner/), 'Kees');
  await user.type(field(/E-mailadres/), 'kees@example.nl');
  await user.type(field(/Vraag/), 'Verhuizing');
  await user.click(screen.getByRole('button', { name: 'Terugbelverzoek opslaan' }));
  await waitFor(() => expect(fake.saved).toHaveLength(1));
  expect(fake.saved[0]).toMatchObject({
    assignedToPersonId: null,
    assignedToTeam: 'Burgerzaken',
    teamMailbox: 'burgerzaken@lindeburg.example',
  });
});

it('keeps a failed save in the outbox with the time of the next try, and stores it once later', async () => {
  const user = userEvent.setup();
  const fake = createFakeCallbacks({ me: sanne, now, people, teams });
  fake.failNextSaves(1, 503);
  renderForm(fake, { forTeam: 'Burgerzaken' });
  await user.type(field(/Naam van de inwoner/), 'Kees');
  await user.type(field(/Telefoonnummer/), '0612345678');
  await user.type(field(/Vraag/), 'Verhuizing');
  await user.click(screen.getByRole('button', { name: 'Terugbelverzoek opslaan' }));
  expect(
    await screen.findByText(
      /Terugbelverzoek voor Kees: nog niet opgeslagen — nieuwe poging om \d\d:\d\d/,
    ),
  ).toBeInTheDocument();
  const outboxRecords = () =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('bereikbaar.callbacks.outbox.sanne.'))
      .map((key) => localStorage.getItem(key) ?? '');
  expect(outboxRecords()).toEqual([expect.stringContaining('Kees')]);
  await user.click(screen.getByRole('button', { name: 'Nu opnieuw proberen' }));
  expect(await screen.findByText('Terugbelverzoek voor Kees: opgeslagen')).toBeInTheDocument();
  expect(fake.items.size).toBe(1);
  expect(outboxRecords()).toEqual([]);
});

it('says in Dutch why a save is waiting when the network is down, never "Failed to fetch"', async () => {
  const user = userEvent.setup();
  const fake = createFakeCallbacks({ me: sanne, now, people, teams });
  const offline = {
    ...fake,
    source: { ...fake.source, save: () => Promise.reject(new TypeError('Failed to fetch')) },
  };
  renderForm(offline, { forTeam: 'Burgerzaken' });
  await user.type(field(/Naam van de inwoner/), 'Kees');
  await user.type(field(/Telefoonnummer/), '0612345678');
  await user.type(field(/Vraag/), 'Verhuizing');
  await user.click(screen.getByRole('button', { name: 'Terugbelverzoek opslaan' }));
  const waiting = await screen.findByText(
    /Terugbelverzoek voor Kees: nog niet opgeslagen — nieuwe poging om \d\d:\d\d \(Er is geen verbinding met de server\.\)$/,
  );
  expect(waiting).not.toHaveTextContent(/Failed to fetch/);
});

it('puts focus in the first field when the form opens, so what the agent types at once is kept', async () => {
  const user = userEvent.setup();
  const fake = createFakeCallbacks({ me: sanne, now, people, teams });
  renderForm(fake, { forPersonId: 'pieter' });
  await waitFor(() => expect(field(/Naam van de inwoner/)).toHaveFocus());
  await user.keyboard('Jan');
  expect(field(/Naam van de inwoner/)).toHaveValue('Jan');
});

it("keeps a draft with its colleague: another colleague's form starts empty and offers the old draft", async () => {
  const user = userEvent.setup();
  const fake = createFakeCallbacks({ me: sanne, now, people, teams });
  const first = renderForm(fake, { forPersonId: 'pieter' });
  await user.type(
    await screen.findByRole('textbox', { name: /Naam van de inwoner/ }),
    'Fatima Ouali',
  );
  await user.type(field(/Vraag/), 'Paspoort dochter');
  first.unmount();

  renderForm(fake, { forPersonId: 'anna' });
  expect(await screen.findByRole('combobox', { name: 'Voor medewerker' })).toHaveValue('Anna Smit');
  expect(field(/Naam van de inwoner/)).toHaveValue('');
  expect(screen.queryByText(/Concept hersteld/)).not.toBeInTheDocument();
  // Starting the new one keeps the old draft: it is offered again next time.
  await user.click(screen.getByRole('button', { name: 'Nieuw voor Anna Smit' }));
  expect(
    screen.queryByRole('button', { name: 'Verder met concept voor Pieter van der Berg' }),
  ).not.toBeInTheDocument();
  await user.type(field(/Naam van de inwoner/), 'Kees');
  expect(field(/Naam van de inwoner/)).toHaveValue('Kees');

  await user.click(screen.getByRole('button', { name: 'Wis concept' }));
  const again = screen.getByRole('button', { name: 'Verder met concept voor Pieter van der Berg' });
  await user.click(again);
  expect(field(/Naam van de inwoner/)).toHaveValue('Fatima Ouali');
  expect(field(/Vraag/)).toHaveValue('Paspoort dochter');
  expect(screen.getByRole('combobox', { name: 'Voor medewerker' })).toHaveValue(
    'Pieter van der Berg',
  );
});

it('restores the draft of the colleague asked for', async () => {
  const user = userEvent.setup();
  const fake = createFakeCallbacks({ me: sanne, now, people, teams });
  const first = renderForm(fake, { forPersonId: 'pieter' });
  await user.type(
    await screen.findByRole('textbox', { name: /Naam van de inwoner/ }),
    'Fatima Ouali',
  );
  first.unmount();
  renderForm(fake, { forPersonId: 'pieter' });
  expect(await screen.findByText(/Concept hersteld/)).toBeInTheDocument();
  expect(field(/Naam van de inwoner/)).toHaveValue('Fatima Ouali');
});

it('saves with Ctrl+Enter from the question, and Enter in a half-filled form moves on instead of saving', async () => {
  const user = userEvent.setup();
  const fake = createFakeCallbacks({ me: sanne, now, people, teams });
  renderForm(fake, { forTeam: 'Burgerzaken' });
  await user.type(field(/Naam van de inwoner/), 'Kees{Enter}');
  // Not saved, no error messages flashed; the agent is taken to what is still missing.
  expect(field(/Naam van de inwoner/)).not.toHaveAccessibleDescription(/Vul/);
  expect(field(/Telefoonnummer/)).toHaveFocus();
  expect(fake.saved).toHaveLength(0);
  await user.keyboard('0612345678');
  await user.click(field(/Vraag/));
  await user.keyboard('Verhuizing{Control>}{Enter}{/Control}');
  await waitFor(() => expect(fake.saved).toHaveLength(1));
  expect(fake.saved[0]).toMatchObject({ question: 'Verhuizing', citizen: { name: 'Kees' } });
});
