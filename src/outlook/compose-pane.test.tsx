// @vitest-environment jsdom
// The compose pane with a fake directory/signals source and a fake message: colleagues' state, the
// substitute of an absent colleague and adding them, "geen collega", and re-reading on RecipientsChanged.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AvailabilitySignals } from '../domain/availability';
import type { PersonSummary } from '../domain/people';
import { instantFromIso } from '../domain/time';
import type { Instant } from '../domain/time';
import type { AvailabilityDataSource } from '../features/availability';
import { AvailabilityDataSourceProvider } from '../features/availability';
import type { PersonRef, SignalsResult } from '../graph/availability';
import type { DirectorySnapshot } from '../graph/people';
import { createQueryClient, GraphRequestError } from '../graph/client';
import { LocaleProvider } from '../i18n';
import { ComposePane } from './compose-pane';
import type { ComposeMessage, MailAddress, MailRecipient, RecipientField } from './mail-item';

function at(iso: string): Instant {
  const instant = instantFromIso(iso);
  if (instant === null) throw new Error(iso);
  return instant;
}
// Monday 30 March 2026, 10:00 in Amsterdam.
const clock = new Date(at('2026-03-30T10:00:00+02:00'));

const person = (id: string, displayName: string): PersonSummary => ({
  id,
  displayName,
  givenName: null,
  surname: null,
  jobTitle: null,
  department: null,
  team: 'Burgerzaken',
  mail: `${id}@lindeburg.example`,
  phones: [],
  topics: [],
});
const anna = person('anna.smit', 'Anna Smit');
const pieter = person('pieter.vanderberg', 'Pieter van der Berg');
const vera = person('vera.visser', 'Vera Visser');
const karin = person('karin.devries', 'Karin de Vries');

const snapshot: DirectorySnapshot = {
  people: [anna, pieter, vera, karin],
  teams: [
    {
      name: 'Burgerzaken',
      department: null,
      leaderId: null,
      generalMailbox: 'burgerzaken@lindeburg.example',
      topics: [],
      memberIds: [anna.id, pieter.id, vera.id, karin.id],
    },
  ],
  deltaLink: null,
  syncedAt: '2026-03-30T07:00:00.000Z',
};

function signalsOf(personId: string): AvailabilitySignals {
  const base: AvailabilitySignals = {
    personId,
    calendar: { access: 'details', items: [] },
    workingHours: {
      daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
      startTime: '08:00',
      endTime: '17:00',
      timeZone: 'Europe/Amsterdam',
    },
    presence: { availability: 'Available', activity: 'Available', isOutOfOffice: false },
    automaticReplies: null,
    registeredAbsences: [],
  };
  const absence = (
    substituteForCalls: AvailabilitySignals['registeredAbsences'][number]['substituteForCalls'],
  ) => ({
    ...base,
    registeredAbsences: [
      {
        id: `a-${personId}`,
        personId,
        from: at('2026-03-30T07:00:00+02:00'),
        expectedUntil: at('2026-03-31T08:30:00+02:00'),
        kind: 'sick',
        ...(substituteForCalls === undefined ? {} : { substituteForCalls }),
      },
    ],
  });
  if (personId === pieter.id) return absence({ kind: 'person', personId: vera.id });
  if (personId === karin.id)
    return absence({ kind: 'teamMailbox', mailbox: 'burgerzaken@lindeburg.example' });
  return base;
}

function fakeSource(): AvailabilityDataSource {
  return {
    loadCachedDirectory: () => Promise.resolve(null),
    syncDirectory: () => Promise.resolve(snapshot),
    now: () => clock,
    fetchSignals: (people: PersonRef[], now: Date): Promise<SignalsResult> =>
      Promise.resolve({
        signals: new Map(people.map((ref) => [ref.id, signalsOf(ref.id)])),
        failedPersonIds: [],
        calendarNotShared: [],
        substituteIds: [],
        absencesUnavailable: false,
        roundTrips: 1,
        subRequests: 1,
        waves: 1,
        fetchedAt: now,
      }),
  };
}

/** A message being written, in memory, that tells its listeners when recipients change (as Outlook does). */
function fakeMessage(initial: MailRecipient[], options: { failAdd?: string } = {}) {
  let recipients = [...initial];
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const listener of listeners) listener();
  };
  const message: ComposeMessage = {
    recipients: () => Promise.resolve([...recipients]),
    addRecipient: vi.fn((field: RecipientField, recipient: MailAddress) => {
      if (options.failAdd !== undefined) return Promise.reject(new Error(options.failAdd));
      recipients = [...recipients, { ...recipient, field }];
      changed();
      return Promise.resolve();
    }),
    onRecipientsChanged: (listener) => {
      listeners.add(listener);
      return Promise.resolve(() => listeners.delete(listener));
    },
  };
  return {
    message,
    /** The user edits the To line in Outlook. */
    type: (recipient: MailRecipient) => {
      recipients = [...recipients, recipient];
      changed();
    },
    listeners,
  };
}

const to = (p: PersonSummary): MailRecipient => ({
  displayName: p.displayName,
  address: p.mail ?? '',
  field: 'to',
});

function renderPane(message: ComposeMessage, source: AvailabilityDataSource = fakeSource()) {
  return render(
    <QueryClientProvider client={createQueryClient()}>
      <FluentProvider theme={webLightTheme}>
        <LocaleProvider initialLocale="nl">
          <AvailabilityDataSourceProvider value={source}>
            <ComposePane message={message} />
          </AvailabilityDataSourceProvider>
        </LocaleProvider>
      </FluentProvider>
    </QueryClientProvider>,
  );
}

const item = (name: string) =>
  screen
    .getAllByRole('listitem')
    .find((element) => within(element).queryByText(name, { exact: true }) !== null) ??
  (() => {
    throw new Error(`no recipient ${name}`);
  })();

it('shows each colleague’s state, until and why; a stranger is "geen collega"', async () => {
  const fake = fakeMessage([
    to(anna),
    { displayName: 'Jan Jansen', address: 'jan.jansen@example.nl', field: 'cc' },
  ]);
  renderPane(fake.message);
  await waitFor(() => expect(within(item('Anna Smit')).getByText('Bereikbaar')).toBeVisible());
  expect(within(item('Anna Smit')).getByText(/anna\.smit@lindeburg\.example · Aan/)).toBeVisible();
  expect(within(item('Anna Smit')).getByText('tot 17:00')).toBeVisible();
  expect(within(item('Anna Smit')).getByText('vrij in de agenda')).toBeVisible();
  expect(within(item('Jan Jansen')).getByText('geen collega')).toBeVisible();
  expect(within(item('Jan Jansen')).queryByText('Bereikbaar')).toBeNull();
  expect(within(item('Jan Jansen')).getByText(/· CC/)).toBeVisible();
});

it('names the substitute of an absent colleague and adds them to the same field', async () => {
  const user = userEvent.setup();
  const fake = fakeMessage([to(anna), to(pieter)]);
  renderPane(fake.message);
  const row = await waitFor(() => {
    const found = item('Pieter van der Berg');
    expect(within(found).getByText('Afwezig')).toBeVisible();
    return found;
  });
  // Absent: the moment the colleague is back (issue 11.1).
  expect(within(row).getByText('terug morgen 08:30')).toBeVisible();
  expect(within(row).getByText('afwezigheidsmelding')).toBeVisible();
  expect(within(row).getByText('Vervanger: Vera Visser')).toBeVisible();
  const add = within(row).getByRole('button', {
    name: 'Vervanger toevoegen: Vera Visser, voor Pieter van der Berg',
  });
  expect(add).toHaveTextContent('Vervanger toevoegen');
  // Anna is reachable: no substitute line, no button.
  expect(within(item('Anna Smit')).queryByRole('button')).toBeNull();

  await user.click(add);
  expect(fake.message.addRecipient).toHaveBeenCalledWith('to', {
    displayName: 'Vera Visser',
    address: 'vera.visser@lindeburg.example',
  });
  expect(await screen.findByRole('status')).toHaveTextContent('Vera Visser is toegevoegd aan Aan.');
  // Vera is now a recipient with her own state, and Pieter's line says so instead of offering the button.
  await waitFor(() => expect(within(item('Vera Visser')).getByText('Bereikbaar')).toBeVisible());
  expect(
    within(item('Pieter van der Berg')).getByText('Vera Visser staat al bij de ontvangers.'),
  ).toBeVisible();
  expect(within(item('Pieter van der Berg')).queryByRole('button')).toBeNull();
});

it('offers a team mailbox substitute, and says so when adding fails', async () => {
  const user = userEvent.setup();
  const fake = fakeMessage([{ ...to(karin), field: 'cc' }], { failAdd: 'Het item is gesloten.' });
  renderPane(fake.message);
  const add = await screen.findByRole('button', {
    name: 'Vervanger toevoegen: Burgerzaken, voor Karin de Vries',
  });
  expect(
    within(item('Karin de Vries')).getByText(
      'Vervanger: teammailbox burgerzaken@lindeburg.example',
    ),
  ).toBeVisible();
  await user.click(add);
  expect(fake.message.addRecipient).toHaveBeenCalledWith('cc', {
    displayName: 'Burgerzaken',
    address: 'burgerzaken@lindeburg.example',
  });
  expect(await screen.findByRole('status')).toHaveTextContent(
    'Burgerzaken kon niet worden toegevoegd: Het item is gesloten.',
  );
});

it('reads the recipients again when Outlook reports a change, and stops listening when closed', async () => {
  const fake = fakeMessage([]);
  const view = renderPane(fake.message);
  expect(
    await screen.findByText('Nog geen ontvangers. Voeg ontvangers toe onder Aan of CC.'),
  ).toBeVisible();
  await waitFor(() => expect(fake.listeners.size).toBe(1));
  fake.type(to(anna));
  await waitFor(() => expect(within(item('Anna Smit')).getByText('Bereikbaar')).toBeVisible());
  view.unmount();
  expect(fake.listeners.size).toBe(0);
});

it("says in Dutch why the directory could not be loaded, never Graph's English message", async () => {
  const refused = new GraphRequestError(
    403,
    'Authorization_RequestDenied',
    'Insufficient privileges to complete the operation.',
    null,
    null,
  );
  renderPane(fakeMessage([to(anna)]).message, {
    ...fakeSource(),
    syncDirectory: () => Promise.reject(refused),
  });
  expect(
    await screen.findByText(
      'Het adresboek kon niet worden geladen: U hebt geen toegang tot deze gegevens in Microsoft 365.',
    ),
  ).toBeInTheDocument();
  expect(screen.queryByText(/Insufficient privileges/)).toBeNull();
});
