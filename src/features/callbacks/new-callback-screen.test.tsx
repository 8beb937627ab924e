// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { callbackDueAt, STATUTORY_CALENDAR } from '../../domain/working-days';
import { instantFromEpochMs } from '../../domain/time';
import { LocaleProvider } from '../../i18n';
import { CallbacksDataSourceProvider } from './api/callbacks-data-source';
import { dueDateText } from './due-text';
import type { FakeCallbacks } from './fake-callbacks-data-source';
import { createFakeCallbacks, person, team } from './fake-callbacks-data-source';
import { NewCallbackScreen } from './new-callback-screen';

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
        <CallbacksDataSourceProvider value={fake.source}>
          <NewCallbackScreen
            forPersonId={props.forPersonId ?? null}
            forTeam={props.forTeam ?? null}
          />
        </CallbacksDataSourceProvider>
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
  await user.click(field(/Naam van de burger/));
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
  await user.click(field(/Naam van de burger/));
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
  expect(field(/Naam van de burger/)).toHaveValue('');
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
  await user.click(field(/Naam van de burger/));
  await user.keyboard('Jan Jansen');
  await user.click(field(/Telefoonnummer/));
  await user.keyboard('06-12345678');
  await user.click(field(/Vraag/));
  await user.keyboard('Vraag over paspoort');
  await user.click(screen.getByRole('combobox', { name: 'Voor medewerker' }));
  await user.keyboard('vd berg');
  await user.keyboard('{ArrowDown}{Enter}');
  await user.click(field(/Naam van de burger/));
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
  expect(field(/Naam van de burger/)).toHaveAccessibleDescription(/Vul de naam van de burger in/);
  expect(field(/Telefoonnummer/)).toHaveAccessibleDescription(/Dit telefoonnummer klopt niet/);
  expect(field(/Vraag/)).toHaveAccessibleDescription(/Beschrijf de vraag/);
  expect(screen.getByRole('combobox', { name: 'Voor medewerker' })).toHaveAccessibleDescription(
    /Kies een medewerker of een team/,
  );
  expect(field(/Naam van de burger/)).toHaveFocus();
  expect(field(/Telefoonnummer/)).toHaveValue('12345');
  expect(fake.saved).toHaveLength(0);
});

it('restores the draft after a remount (reload) with "Concept hersteld", and clears it on request', async () => {
  const user = userEvent.setup();
  const fake = createFakeCallbacks({ me: sanne, now, people, teams });
  const first = renderForm(fake);
  await user.type(field(/Naam van de burger/), 'Fatima Ouali');
  await user.type(field(/Vraag/), 'Paspoort dochter');
  first.unmount();

  renderForm(fake);
  expect(screen.getByText(/Concept hersteld/)).toBeInTheDocument();
  expect(field(/Naam van de burger/)).toHaveValue('Fatima Ouali');
  expect(field(/Vraag/)).toHaveValue('Paspoort dochter');
  await user.click(screen.getAllByRole('button', { name: 'Wis concept' })[0]!);
  expect(field(/Naam van de burger/)).toHaveValue('');
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
  await user.type(field(/Naam van de burger/), 'Kees');
  await user.type(field(/Telefoonnummer/), '020 123 4567');
  await user.type(field(/Vraag/), 'Rijbewijs');
  await user.click(screen.getByRole('button', { name: 'Terugbelverzoek opslaan' }));
  await waitFor(() => expect(fake.saved).toHaveLength(1));
  expect(fake.saved[0]).toMatchObject({
    assignedToPersonId: 'anna',
    citizen: { phone: '+31201234567' },
  });
});

it('sends a team request to the team mailbox', async () => {
  const user = userEvent.setup();
  const fake = createFakeCallbacks({ me: sanne, now, people, teams });
  renderForm(fake, { forTeam: 'Burgerzaken' });
  expect(
    await screen.findByText(/de melding gaat naar burgerzaken@lindeburg.example/),
  ).toBeInTheDocument();
  await user.type(field(/Naam van de burger/), 'Kees');
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
  await user.type(field(/Naam van de burger/), 'Kees');
  await user.type(field(/Telefoonnummer/), '0612345678');
  await user.type(field(/Vraag/), 'Verhuizing');
  await user.click(screen.getByRole('button', { name: 'Terugbelverzoek opslaan' }));
  expect(
    await screen.findByText(
      /Terugbelverzoek voor Kees: nog niet opgeslagen — nieuwe poging om \d\d:\d\d/,
    ),
  ).toBeInTheDocument();
  expect(localStorage.getItem('bereikbaar.callbacks.outbox.sanne')).toContain('Kees');
  await user.click(screen.getByRole('button', { name: 'Nu opnieuw proberen' }));
  expect(await screen.findByText('Terugbelverzoek voor Kees: opgeslagen')).toBeInTheDocument();
  expect(fake.items.size).toBe(1);
  expect(localStorage.getItem('bereikbaar.callbacks.outbox.sanne')).toBeNull();
});
