// @vitest-environment jsdom
// The callback form recognises a citizen who calls again: the earlier request is shown before saving, and the
// agent adds this call to it or makes a new request linked to it.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CallbackRequest } from '../../domain/callbacks';
import { logAttempt } from '../../domain/callbacks';
import { instantFromIso } from '../../domain/time';
import type { Instant } from '../../domain/time';
import { LocaleProvider } from '../../i18n';
import { createQueryClient } from '../../graph/client';
import { CallbacksDataSourceProvider } from './api/callbacks-data-source';
import type { FakeCallbacks } from './testing/fake-callbacks-data-source';
import { createFakeCallbacks, person, team } from './testing/fake-callbacks-data-source';
import { NewCallbackScreen } from './new-callback-screen';

// Wednesday 2 December 2026, 10:30 in Amsterdam.
const now = new Date('2026-12-02T09:30:00Z');
const at = (iso: string) => instantFromIso(iso) as Instant;
const sanne = { id: 'sanne', displayName: 'Sanne de Vries' };
const people = [
  person('sanne', 'Sanne de Vries', 'KCP-TIC'),
  person('pieter', 'Pieter van der Berg', 'Burgerzaken'),
  person('anna', 'Anna Smit', 'Burgerzaken'),
];
const teams = [team('Burgerzaken', ['pieter', 'anna'], null), team('KCP-TIC', ['sanne'], null)];

const base: CallbackRequest = {
  id: 'earlier-open',
  citizen: { name: 'Jan Jansen', phone: '+31612345678', email: 'jan.jansen@example.nl' },
  question: 'Paspoort',
  channel: 'phone',
  preferredTime: null,
  madeAt: at('2026-11-30T10:00:00+01:00'),
  madeById: 'sanne',
  assignedToPersonId: null,
  assignedToTeam: 'Burgerzaken',
  teamMailbox: 'burgerzaken@lindeburg.example',
  dueAt: at('2026-12-02T23:59:59.999+01:00'),
  status: 'open',
  attempts: [],
  closedAt: null,
  closedById: null,
  outcomeNote: null,
  claimedById: null,
};
const open = logAttempt(base, {
  at: at('2026-12-01T09:00:00+01:00'),
  byId: 'anna',
  outcome: 'noAnswer',
  note: '',
});
const closedRecently: CallbackRequest = {
  ...base,
  id: 'closed-recent',
  citizen: { name: 'Kees de Boer', phone: '+31570123456', email: null },
  assignedToPersonId: 'pieter',
  madeAt: at('2026-11-23T10:00:00+01:00'),
  dueAt: at('2026-11-25T23:59:59.999+01:00'),
  status: 'done',
  closedAt: at('2026-11-24T11:00:00+01:00'),
  closedById: 'pieter',
};
const closedLongAgo: CallbackRequest = {
  ...closedRecently,
  id: 'closed-old',
  citizen: { name: 'Anouk Visser', phone: '+31687654321', email: null },
  madeAt: at('2026-11-02T10:00:00+01:00'),
  closedAt: at('2026-11-03T11:00:00+01:00'),
};

function renderForm(fake: FakeCallbacks) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider initialLocale="nl">
        <QueryClientProvider client={createQueryClient()}>
          <CallbacksDataSourceProvider value={fake.source}>
            <NewCallbackScreen forPersonId={null} forTeam="Burgerzaken" />
          </CallbacksDataSourceProvider>
        </QueryClientProvider>
      </LocaleProvider>
    </FluentProvider>,
  );
}

const fake = () =>
  createFakeCallbacks({
    me: sanne,
    now,
    people,
    teams,
    stored: [open, closedRecently, closedLongAgo],
  });
const field = (name: RegExp) => screen.getByRole('textbox', { name });

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});
beforeEach(() => localStorage.clear());

it('shows the open request of a known number before saving, and adds this call to it: a note, one notification, no duplicate', async () => {
  const user = userEvent.setup();
  const callbacks = fake();
  renderForm(callbacks);
  await user.click(field(/Naam van de inwoner/));
  await user.keyboard('Jan Jansen');
  await user.click(field(/Telefoonnummer/));
  await user.keyboard('06 12 34 56 78');

  const earlier = await screen.findByRole('region', {
    name: 'Deze inwoner heeft al een terugbelverzoek',
  });
  const list = within(earlier).getByRole('list', { name: 'Eerdere verzoeken' });
  expect(
    within(list)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual([
    expect.stringContaining(
      'Eerder verzoek: ma 30 nov, Burgerzaken, open, uiterlijk wo 2 dec, 1 poging',
    ),
  ]);
  // Only what the agent needs: not the question, not the notes.
  expect(earlier).not.toHaveTextContent('Paspoort');
  expect(callbacks.lookups).toEqual([{ phone: '+31612345678', email: null }]);

  const add = within(earlier).getByRole('button', { name: 'Toevoegen aan het open verzoek' });
  expect(add).toHaveAccessibleDescription(/ma 30 nov, Burgerzaken/);
  await user.click(add);

  await waitFor(() => expect(callbacks.repeatNotified).toHaveLength(1));
  const stored = [...callbacks.items.values()].find((item) => item.request.id === open.id)!;
  expect(stored.request.repeatCalls).toEqual([
    { id: expect.any(String), at: now.getTime(), byId: 'sanne' },
  ]);
  expect(stored.request.attempts).toHaveLength(1);
  expect(callbacks.saved).toEqual([]);
  expect(callbacks.items.size).toBe(3);
  expect(callbacks.repeatNotified[0]!.id).toBe(open.id);
  expect(
    screen.getByText(
      'Toegevoegd aan het open verzoek voor Burgerzaken: "inwoner belde opnieuw". Burgerzaken krijgt bericht.',
    ),
  ).toBeInTheDocument();
  // Ready for the next call.
  expect(field(/Naam van de inwoner/)).toHaveValue('');
  expect(field(/Naam van de inwoner/)).toHaveFocus();
});

it('finds by the exact e-mail address in any case, and never looks up a fragment', async () => {
  const user = userEvent.setup();
  const callbacks = fake();
  renderForm(callbacks);
  await user.click(field(/Telefoonnummer/));
  // Seven digits of a number that does exist: not complete, so nothing is looked up.
  await user.keyboard('06-1234567');
  await user.click(field(/E-mailadres/));
  await user.keyboard('Jan.Jansen@Example');
  expect(screen.queryByRole('region', { name: /al een terugbelverzoek/ })).toBeNull();
  await user.keyboard('.NL');
  const earlier = await screen.findByRole('region', {
    name: 'Deze inwoner heeft al een terugbelverzoek',
  });
  expect(earlier).toHaveTextContent('met hetzelfde e-mailadres');
  expect(callbacks.lookups).toEqual([{ phone: null, email: 'jan.jansen@example.nl' }]);
});

it('shows a request closed in the last 10 working days without "Toevoegen", and none closed earlier', async () => {
  const user = userEvent.setup();
  const callbacks = fake();
  renderForm(callbacks);
  await user.click(field(/Telefoonnummer/));
  await user.keyboard('0570 12 34 56');
  const earlier = await screen.findByRole('region', {
    name: 'Deze inwoner heeft al een terugbelverzoek',
  });
  expect(earlier).toHaveTextContent(
    'Eerder verzoek: ma 23 nov, Pieter van der Berg, afgehandeld op di 24 nov, uiterlijk wo 25 nov, nog geen poging',
  );
  expect(within(earlier).queryByRole('button', { name: /Toevoegen/ })).toBeNull();

  await user.clear(field(/Telefoonnummer/));
  await user.keyboard('06 87654321');
  await waitFor(() =>
    expect(callbacks.lookups).toContainEqual({ phone: '+31687654321', email: null }),
  );
  await waitFor(() =>
    expect(screen.queryByRole('region', { name: /al een terugbelverzoek/ })).toBeNull(),
  );
});

it('"Nieuw verzoek" saves a new request linked to the earlier one', async () => {
  const user = userEvent.setup();
  const callbacks = fake();
  renderForm(callbacks);
  await user.click(field(/Naam van de inwoner/));
  await user.keyboard('Jan Jansen');
  await user.click(field(/Telefoonnummer/));
  await user.keyboard('0612345678');
  const earlier = await screen.findByRole('region', {
    name: 'Deze inwoner heeft al een terugbelverzoek',
  });
  await user.click(within(earlier).getByRole('button', { name: 'Nieuw verzoek' }));
  expect(
    screen.getByText(
      'Wordt opgeslagen als nieuw verzoek, gekoppeld aan het eerdere verzoek van ma 30 nov.',
    ),
  ).toBeInTheDocument();
  expect(field(/Vraag/)).toHaveFocus();
  await user.keyboard('Nu ook een vraag over een ID-kaart');
  await user.click(screen.getByRole('button', { name: 'Terugbelverzoek opslaan' }));
  await waitFor(() => expect(callbacks.saved).toHaveLength(1));
  expect(callbacks.saved[0]).toMatchObject({
    repeatOfId: open.id,
    citizen: { phone: '+31612345678' },
  });
  expect(callbacks.repeatNotified).toEqual([]);
});
