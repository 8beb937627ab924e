// @vitest-environment jsdom
// The coordinator's reminders from the signals, and the calendar-sharing share per team, on the monitoring screen.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClientProvider } from '@tanstack/react-query';
import type { IsoWeek, SharingSnapshot } from '../../domain/figures';
import type { Instant } from '../../domain/time';
import { instantFromIso } from '../../domain/time';
import { createQueryClient } from '../../graph/client';
import { LocaleProvider } from '../../i18n';
import type { MonitoringDataSource } from './api/monitoring-data-source';
import { MonitoringDataSourceProvider } from './api/monitoring-data-source';
import { MonitoringScreen } from './monitoring-screen';
import type { MonitoringScreenProps } from './monitoring-screen';
import { fakeSource } from './testing/fake-monitoring-data-source';
import { memoryReminderPort } from './testing/memory-reminder-port';

vi.mock('./components/trend-chart', () => ({
  TrendChart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
  ContactTrendChart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

const at = (iso: string): Instant => instantFromIso(iso) as Instant;

function renderScreen(props: MonitoringScreenProps, source: MonitoringDataSource) {
  return render(
    <QueryClientProvider client={createQueryClient()}>
      <FluentProvider theme={webLightTheme}>
        <LocaleProvider initialLocale="nl">
          <MonitoringDataSourceProvider value={source}>
            <MonitoringScreen {...props} />
          </MonitoringDataSourceProvider>
        </LocaleProvider>
      </FluentProvider>
    </QueryClientProvider>,
  );
}

const coordinator = { scope: 'allTeams', userId: 'coordinator' } as const;

describe('reminders from the signals', () => {
  it('sends a reminder to one colleague and says how it went', async () => {
    const reminders = memoryReminderPort();
    renderScreen(coordinator, fakeSource({ reminders }).source);
    const form = await screen.findByRole('group', {
      name: 'Herinnering sturen: agenda openstellen',
    });
    expect(within(form).getByRole('combobox', { name: 'Collega' })).toHaveValue('p3');
    await userEvent.click(within(form).getByRole('button', { name: 'Herinnering agenda sturen' }));
    expect(await screen.findByText('Karin de Vries: e-mail verstuurd')).toBeInTheDocument();
    expect(
      screen.getByText('1 collega herinnerd; niemand overgeslagen; alles gelukt.'),
    ).toBeInTheDocument();
    expect(reminders.sent).toEqual([{ personId: 'p3', topic: 'calendarNotShared' }]);
    expect(reminders.stored.map((reminder) => reminder.outcome)).toEqual(['email']);
  });

  it('skips whoever was reminded of the same thing this week, and says on which day', async () => {
    const reminders = memoryReminderPort([
      {
        itemId: '1',
        eTag: null,
        reminderId: 'earlier:p3:calendarNotShared',
        personId: 'p3',
        personName: 'Karin de Vries',
        topic: 'calendarNotShared',
        sentAt: at('2026-04-06T09:00:00+02:00'),
        sentById: 'coordinator',
        outcome: 'teamsActivity',
      },
    ]);
    renderScreen(coordinator, fakeSource({ reminders }).source);
    const form = await screen.findByRole('group', {
      name: 'Herinnering sturen: agenda openstellen',
    });
    await userEvent.click(
      within(form).getByRole('radio', { name: /Iedereen in deze lijst \(1 collega\)/ }),
    );
    await userEvent.click(within(form).getByRole('button', { name: 'Herinnering agenda sturen' }));
    expect(
      await screen.findByText('Karin de Vries: overgeslagen, al herinnerd op ma 6 apr'),
    ).toBeInTheDocument();
    expect(reminders.sent).toEqual([]);
  });

  it('reminds a whole team of missing working hours, and retries what failed without sending twice', async () => {
    const reminders = memoryReminderPort();
    reminders.failing.set('p1', 503);
    renderScreen(coordinator, fakeSource({ reminders }).source);
    const table = await screen.findByRole('table', {
      name: 'Geen werktijden: 1 collega, per team',
    });
    expect(within(table).getByText('Pieter van der Berg')).toBeInTheDocument();
    const form = screen.getByRole('group', { name: 'Herinnering sturen: werktijden invullen' });
    await userEvent.click(within(form).getByRole('radio', { name: 'Een team' }));
    expect(within(form).getByRole('combobox', { name: 'Team' })).toHaveValue('Burgerzaken');
    await userEvent.click(
      within(form).getByRole('button', { name: 'Herinnering werktijden sturen' }),
    );
    expect(await screen.findByText(/^Pieter van der Berg: niet verstuurd\. /)).toBeInTheDocument();
    reminders.failing.clear();
    await userEvent.click(screen.getByRole('button', { name: 'Niet verstuurde opnieuw proberen' }));
    expect(await screen.findByText('Pieter van der Berg: e-mail verstuurd')).toBeInTheDocument();
    expect(reminders.sent).toEqual([{ personId: 'p1', topic: 'workingHoursMissing' }]);
    // One item for the one reminder: the retry used the same send.
    expect(reminders.stored).toHaveLength(1);
  });

  it('offers no reminders on a team leader’s screen', async () => {
    renderScreen({ scope: 'ownTeam', userId: 'lead-bz' }, fakeSource().source);
    expect(
      await screen.findByRole('table', { name: 'Geen werktijden: 1 collega, per team' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Herinnering .* sturen/ })).not.toBeInTheDocument();
  });
});

describe('the calendar-sharing share per team', () => {
  it('shows now and the recorded weeks, leaves weeks without a measurement empty, and records this week', async () => {
    const recorded: SharingSnapshot[][] = [];
    const { source } = fakeSource({
      readSharingSnapshots: () =>
        Promise.resolve([
          {
            team: 'Belastingen',
            week: '2026-W13' as IsoWeek,
            checked: 2,
            sharing: 0,
            recordedAt: 1,
          },
        ]),
      recordSharingSnapshots: (snapshots) => {
        recorded.push([...snapshots]);
        return Promise.resolve();
      },
    });
    renderScreen(coordinator, source);
    const table = await screen.findByRole('table', {
      name: 'Agenda gedeeld met collega’s per team: nu en per week',
    });
    const header = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(header).toEqual([
      'Team',
      'Nu',
      'week 10',
      'week 11',
      'week 12',
      'week 13',
      'week 14',
      'week 15',
    ]);
    const row = (team: string) =>
      within(within(table).getByRole('cell', { name: team }).closest('tr') as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(await within(table).findAllByText('0% (0 van 2)')).toHaveLength(1);
    expect(row('Belastingen')).toEqual([
      'Belastingen',
      '50% (1 van 2)',
      'geen meting',
      'geen meting',
      'geen meting',
      '0% (0 van 2)',
      'geen meting',
      'geen meting',
    ]);
    expect(row('Burgerzaken')[1]).toBe('100% (3 van 3)');
    expect(recorded).toHaveLength(1);
    expect(
      recorded[0]?.map(({ team, week, checked, sharing }) => ({ team, week, checked, sharing })),
    ).toEqual([
      { team: 'Belastingen', week: '2026-W15', checked: 2, sharing: 1 },
      { team: 'Burgerzaken', week: '2026-W15', checked: 3, sharing: 3 },
      { team: 'Zonder team', week: '2026-W15', checked: 1, sharing: 1 },
    ]);
  });

  it('is not recorded from a team leader’s screen', async () => {
    const recordSharingSnapshots = vi.fn(() => Promise.resolve());
    renderScreen(
      { scope: 'ownTeam', userId: 'lead-bz' },
      fakeSource({ recordSharingSnapshots }).source,
    );
    await screen.findByRole('table', {
      name: 'Agenda gedeeld met collega’s per team: nu en per week',
    });
    expect(recordSharingSnapshots).not.toHaveBeenCalled();
  });
});
