// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AvailabilitySignals, WorkingHours } from '../../domain/availability';
import { aRequest } from '../../domain/callbacks/callback-test-fixtures';
import type { OrganizationSharing } from '../../domain/my-availability';
import { instantFromIso } from '../../domain/time';
import type { Instant } from '../../domain/time';
import { createQueryClient } from '../../graph/client';
import { LocaleProvider } from '../../i18n';
import { MyAvailabilityDataSourceProvider } from './api/my-availability-data-source';
import { MyAvailabilityScreen } from './my-availability-screen';
import { fakeMyAvailabilityDataSource } from './testing/fake-my-availability-data-source';

/** Monday 30 November 2026 (Amsterdam winter time) at HH:mm. */
const monday = (hhmm: string): Instant => instantFromIso(`2026-11-30T${hhmm}:00+01:00`)!;
const now = new Date(monday('10:15'));
const officeHours: WorkingHours = {
  daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
  startTime: '08:30:00.0000000',
  endTime: '17:00:00.0000000',
  timeZone: 'Europe/Amsterdam',
};
const own = (changes: Partial<AvailabilitySignals> = {}): AvailabilitySignals => ({
  personId: 'p-pieter',
  // As the owner reads it: in full.
  calendar: {
    access: 'details',
    items: [
      {
        start: monday('10:00'),
        end: monday('11:00'),
        status: 'busy',
        isPrivate: false,
        subject: 'Overleg omgevingsvisie',
        location: 'Kamer 2.14',
      },
    ],
  },
  workingHours: officeHours,
  presence: null,
  automaticReplies: { status: 'disabled' },
  registeredAbsences: [],
  ...changes,
});

function renderScreen(
  options: { sharing?: OrganizationSharing; signals?: AvailabilitySignals } = {},
) {
  const source = fakeMyAvailabilityDataSource({
    now,
    signals: options.signals ?? own(),
    sharing: options.sharing ?? 'freeBusyRead',
    callbacks: [
      aRequest({ id: 'a', dueAt: monday('23:59') }),
      aRequest({ id: 'b', dueAt: instantFromIso('2026-12-02T23:59:00+01:00')! }),
    ],
  });
  render(
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider initialLocale="nl">
        <QueryClientProvider client={createQueryClient()}>
          <MyAvailabilityDataSourceProvider value={source}>
            <MyAvailabilityScreen callbacksHref="#/mijn-terugbelverzoeken" aboutHref="#/over" />
          </MyAvailabilityDataSourceProvider>
        </QueryClientProvider>
      </LocaleProvider>
    </FluentProvider>,
  );
  return source;
}

const section = (name: string) => screen.getByRole('region', { name });

describe('MyAvailabilityScreen', () => {
  it('shows how the front office sees a free/busy-only calendar, opens it in one click and undoes it', async () => {
    const user = userEvent.setup();
    const source = renderScreen();
    const kcp = await screen.findByRole('region', { name: 'Zo ziet het KCP u nu' });
    expect(await within(kcp).findByText('Bezet')).toBeInTheDocument();
    expect(within(kcp).getByText(/afspraak \(details niet zichtbaar\)/)).toBeInTheDocument();
    expect(within(kcp).queryByText(/Overleg omgevingsvisie/)).not.toBeInTheDocument();

    const calendar = section('Uw agenda');
    expect(within(calendar).getByText(/zien alleen of u vrij of bezet bent/)).toBeInTheDocument();
    await user.click(
      within(calendar).getByRole('button', { name: "Agenda openstellen voor collega's" }),
    );

    expect(await within(kcp).findByText(/Overleg omgevingsvisie/)).toBeInTheDocument();
    expect(within(calendar).getByRole('status')).toHaveTextContent(/Uw agenda is opengesteld/);
    expect(source.sharingWrites).toEqual(['limitedRead']);

    await user.click(within(calendar).getByRole('button', { name: /^Ongedaan maken/ }));
    expect(
      await within(calendar).findByRole('button', { name: "Agenda openstellen voor collega's" }),
    ).toBeInTheDocument();
    expect(source.sharingWrites).toEqual(['limitedRead', 'freeBusyRead']);
    expect(within(kcp).queryByText(/Overleg omgevingsvisie/)).not.toBeInTheDocument();
  });

  it('says so when consent is refused, changes nothing, and keeps the rest working', async () => {
    const user = userEvent.setup();
    const source = renderScreen();
    source.refuseNextConsent(
      Object.assign(new Error('User cancelled the flow'), { errorCode: 'user_cancelled' }),
    );
    const calendar = await screen.findByRole('region', { name: 'Uw agenda' });
    await user.click(
      await within(calendar).findByRole('button', { name: "Agenda openstellen voor collega's" }),
    );
    expect(await within(calendar).findByText(/geen toestemming gegeven/)).toBeInTheDocument();
    expect(source.sharingWrites).toEqual([]);
    expect(within(section('Zo ziet het KCP u nu')).getByText('Bezet')).toBeInTheDocument();
    // Trying again asks again, and works once given.
    await user.click(
      within(calendar).getByRole('button', { name: "Agenda openstellen voor collega's" }),
    );
    expect(
      await within(calendar).findByRole('button', { name: /^Ongedaan maken/ }),
    ).toBeInTheDocument();
    expect(source.sharingWrites).toEqual(['limitedRead']);
  });

  it('switches automatic replies on for a period, after pointing out what is missing', async () => {
    const user = userEvent.setup();
    const source = renderScreen();
    const replies = await screen.findByRole('region', { name: 'Automatisch antwoord' });
    expect(
      await within(replies).findByText('Uw automatisch antwoord staat uit.'),
    ).toBeInTheDocument();
    await user.click(within(replies).getByRole('radio', { name: 'Aan in een periode' }));
    await user.click(within(replies).getByRole('button', { name: 'Automatisch antwoord opslaan' }));
    expect(within(replies).getByText('Vul in van wanneer tot wanneer.')).toBeInTheDocument();
    expect(within(replies).getByText('Schrijf een bericht.')).toBeInTheDocument();
    expect(source.savedReplies).toEqual([]);

    await user.type(within(replies).getByLabelText('Van'), '2026-12-01T08:00');
    await user.type(within(replies).getByLabelText('Tot'), '2026-12-04T17:00');
    await user.type(
      within(replies).getByRole('textbox', { name: /^Bericht/ }),
      'Terug op maandag.',
    );
    await user.click(within(replies).getByRole('button', { name: 'Automatisch antwoord opslaan' }));
    expect(await within(replies).findByText(/^Opgeslagen/)).toBeInTheDocument();
    expect(source.savedReplies).toEqual([
      {
        mode: 'scheduled',
        start: instantFromIso('2026-12-01T08:00:00+01:00'),
        end: instantFromIso('2026-12-04T17:00:00+01:00'),
        message: 'Terug op maandag.',
      },
    ]);
  });

  it('keeps what was typed and says why when saving automatic replies is refused', async () => {
    const user = userEvent.setup();
    const source = renderScreen();
    source.refuseNextConsent(
      Object.assign(new Error('consent required'), { errorCode: 'consent_required' }),
    );
    const replies = await screen.findByRole('region', { name: 'Automatisch antwoord' });
    await user.click(await within(replies).findByRole('radio', { name: 'Aan, tot ik het uitzet' }));
    await user.type(within(replies).getByRole('textbox', { name: /^Bericht/ }), 'Afwezig');
    await user.click(within(replies).getByRole('button', { name: 'Automatisch antwoord opslaan' }));
    expect(await within(replies).findByText(/geen toestemming gegeven/)).toBeInTheDocument();
    expect(within(replies).getByRole('textbox', { name: /^Bericht/ })).toHaveValue('Afwezig');
    expect(source.savedReplies).toEqual([]);
  });

  it('warns about working hours of a whole day, and shows the open callback requests with the next due', async () => {
    renderScreen({
      sharing: 'limitedRead',
      signals: own({ workingHours: { ...officeHours, startTime: '00:00', endTime: '23:59' } }),
    });
    const hours = await screen.findByRole('region', { name: 'Werktijden' });
    expect(await within(hours).findByText(/beslaan de hele dag/)).toBeInTheDocument();
    expect(
      within(hours).getByText(/maandag, dinsdag, woensdag, donderdag, vrijdag, 00:00–23:59/),
    ).toBeInTheDocument();

    const callbacks = section('Mijn open terugbelverzoeken');
    expect(
      await within(callbacks).findByText(/U heeft 2 open terugbelverzoeken/),
    ).toBeInTheDocument();
    expect(within(callbacks).getByText(/uiterlijk .*30.*23:59/)).toBeInTheDocument();
    expect(
      within(callbacks).getByRole('link', { name: /^Naar mijn terugbelverzoeken/ }),
    ).toHaveAttribute('href', '#/mijn-terugbelverzoeken');
    expect(screen.getByRole('link', { name: /^Over Bereikbaar/ })).toHaveAttribute(
      'href',
      '#/over',
    );
    // Already open: no button to open it, only the undo.
    expect(
      within(section('Uw agenda')).queryByRole('button', {
        name: "Agenda openstellen voor collega's",
      }),
    ).toBeNull();
  });
});
