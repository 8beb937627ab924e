// @vitest-environment jsdom
// The read pane with the callbacks feature's in-memory data source: the form starts with the sender and
// subject, keeps the app's rules (assignee required, due date shown), and stores the request once.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { instantFromEpochMs } from '../domain/time';
import { callbackDueAt, STATUTORY_CALENDAR } from '../domain/working-days';
import { CallbacksDataSourceProvider } from '../features/callbacks';
import type { FakeCallbacks } from '../features/callbacks/fake-callbacks-data-source';
import {
  createFakeCallbacks,
  person,
  team,
} from '../features/callbacks/fake-callbacks-data-source';
import { LocaleProvider } from '../i18n';
import { createQueryClient } from '../graph/client';
import type { ReadMessage } from './mail-item';
import { callbackPrefillFrom, ReadPane } from './read-pane';

const now = new Date('2026-11-25T09:30:00Z'); // a Wednesday morning
const sanne = { id: 'sanne', displayName: 'Sanne de Vries' };
const people = [
  person('sanne', 'Sanne de Vries', 'KCP-TIC'),
  person('pieter', 'Pieter van der Berg', 'Burgerzaken'),
];
const teams = [team('Burgerzaken', ['pieter'], null), team('KCP-TIC', ['sanne'], null)];

const message: ReadMessage = {
  sender: { displayName: 'Jan Jansen', address: 'jan.jansen@example.nl' },
  subject: '  Vraag over mijn paspoort ',
};

function renderPane(fake: FakeCallbacks, shown: ReadMessage = message) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider initialLocale="nl">
        <QueryClientProvider client={createQueryClient()}>
          <CallbacksDataSourceProvider value={fake.source}>
            <ReadPane message={shown} />
          </CallbacksDataSourceProvider>
        </QueryClientProvider>
      </LocaleProvider>
    </FluentProvider>,
  );
}

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

beforeEach(() => {
  localStorage.clear();
});

const field = (name: RegExp) => screen.getByRole('textbox', { name });

describe('callbackPrefillFrom', () => {
  it('takes name, address and subject, channel e-mail; no name when Outlook only has the address', () => {
    expect(callbackPrefillFrom(message)).toEqual({
      citizenName: 'Jan Jansen',
      email: 'jan.jansen@example.nl',
      question: 'Vraag over mijn paspoort',
      channel: 'email',
    });
    expect(
      callbackPrefillFrom({
        sender: { displayName: 'jan@example.nl', address: 'jan@example.nl' },
        subject: '',
      }),
    ).toMatchObject({ citizenName: '', email: 'jan@example.nl' });
    expect(callbackPrefillFrom({ sender: null, subject: 'Hallo' })).toMatchObject({
      citizenName: '',
      email: '',
      question: 'Hallo',
    });
  });
});

it('starts the app’s form from the message, keeps its rules, and stores the request once', async () => {
  const user = userEvent.setup();
  const fake = createFakeCallbacks({ me: sanne, now, people, teams });
  renderPane(fake);
  expect(
    screen.getByText(/Overgenomen uit de e-mail van Jan Jansen \(jan\.jansen@example\.nl\)/),
  ).toBeVisible();
  expect(field(/Naam van de inwoner/)).toHaveValue('Jan Jansen');
  expect(field(/E-mailadres/)).toHaveValue('jan.jansen@example.nl');
  expect(field(/^Vraag/)).toHaveValue('Vraag over mijn paspoort');
  expect(screen.getByRole('combobox', { name: 'Kanaal' })).toHaveValue('email');
  const due = callbackDueAt(instantFromEpochMs(now.getTime()), STATUTORY_CALENDAR);
  expect(screen.getByText(/^Uiterlijk terugbellen: .+, einde dag$/)).toBeVisible();

  // The subject is only a start: the agent edits the question.
  await user.clear(field(/^Vraag/));
  await user.type(field(/^Vraag/), 'Wanneer is mijn paspoort klaar?');

  // The same rule as in the app: nobody to call back yet, so nothing is stored.
  await user.click(screen.getByRole('button', { name: 'Terugbelverzoek opslaan' }));
  expect(await screen.findByText(/Kies een medewerker of een team/)).toBeVisible();
  expect(fake.saved).toHaveLength(0);

  await user.selectOptions(screen.getByRole('combobox', { name: 'Of voor team' }), 'Burgerzaken');
  await user.click(screen.getByRole('button', { name: 'Terugbelverzoek opslaan' }));
  await waitFor(() => expect(fake.saved).toHaveLength(1));
  const saved = fake.saved[0]!;
  expect(saved.citizen).toMatchObject({ name: 'Jan Jansen', email: 'jan.jansen@example.nl' });
  expect(saved.question).toBe('Wanneer is mijn paspoort klaar?');
  expect(saved.channel).toBe('email');
  expect(saved.assignedToTeam).toBe('Burgerzaken');
  expect(saved.dueAt).toBe(due);
  expect(await screen.findByText(/Jan Jansen: opgeslagen/)).toBeVisible();
  // Saved: the next form is empty, not the same message again.
  expect(field(/Naam van de inwoner/)).toHaveValue('');
});

it('keeps a typed draft over the message, and clearing it starts again from the message', async () => {
  const user = userEvent.setup();
  const fake = createFakeCallbacks({ me: sanne, now, people, teams });
  const first = renderPane(fake);
  await user.type(field(/Telefoonnummer/), '06-12345678');
  first.unmount();

  renderPane(fake, {
    sender: { displayName: 'Els Bos', address: 'els@example.nl' },
    subject: 'Afval',
  });
  expect(screen.getByText(/Concept hersteld/)).toBeVisible();
  expect(field(/Naam van de inwoner/)).toHaveValue('Jan Jansen');
  expect(field(/Telefoonnummer/)).toHaveValue('06-12345678');

  await user.click(screen.getAllByRole('button', { name: 'Wis concept' })[0]!);
  expect(field(/Naam van de inwoner/)).toHaveValue('Els Bos');
  expect(field(/^Vraag/)).toHaveValue('Afval');
  expect(field(/Telefoonnummer/)).toHaveValue('');
});

it('says so when the message has no sender, and still takes the subject', async () => {
  const fake = createFakeCallbacks({ me: sanne, now, people, teams });
  renderPane(fake, { sender: null, subject: 'Doorgestuurd bericht' });
  expect(await screen.findByRole('option', { name: 'Burgerzaken' })).toBeInTheDocument();
  expect(screen.getByText(/Deze e-mail heeft geen afzender/)).toBeVisible();
  expect(field(/^Vraag/)).toHaveValue('Doorgestuurd bericht');
  expect(field(/Naam van de inwoner/)).toHaveValue('');
});
