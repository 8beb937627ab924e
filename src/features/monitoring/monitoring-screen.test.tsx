// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClientProvider } from '@tanstack/react-query';
import { createQueryClient } from '../../graph/client';
import { LocaleProvider } from '../../i18n';
import type { MonitoringDataSource } from './api/monitoring-data-source';
import { MonitoringDataSourceProvider } from './api/monitoring-data-source';
import { MonitoringScreen } from './monitoring-screen';
import type { MonitoringScreenProps } from './monitoring-screen';
import { fakeSource } from './testing/fake-monitoring-data-source';

// The chart library draws SVG with layout measurements jsdom does not have; its table alternative is what is tested
// here (the browser tests see the chart itself).
vi.mock('./components/trend-chart', () => ({
  TrendChart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
  ContactTrendChart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

beforeAll(() => {
  // jsdom has no ResizeObserver; Fluent's MessageBar measures with one.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

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

// These tests render the whole monitor (two sets of tables per team and week) and click through it; on a loaded 2-core
// machine one can take longer than the default 20 s. A longer limit, not a wait: a passing test is as fast as ever.
vi.setConfig({ testTimeout: 60_000 });

const rowOf = (table: HTMLElement, name: string) => {
  const row = within(table)
    .getAllByRole('row')
    .find((candidate) => within(candidate).queryAllByRole('cell')[0]?.textContent === name);
  if (!row) throw new Error(`no row ${name}`);
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
};

describe('coordinator monitor', () => {
  it('shows all teams side by side against the norm, the total and the baseline', async () => {
    const { source, queries } = fakeSource();
    renderScreen({ scope: 'allTeams', userId: 'coordinator' }, source);
    const table = await screen.findByRole('table', { name: /Cijfers per team over/ });
    expect(
      screen.getByRole('heading', { level: 1, name: 'Monitor bereikbaarheid' }),
    ).toBeInTheDocument();
    expect(queries[0]?.team).toBeNull();
    // Burgerzaken: made 3, called back 2 of 3, on time 2 of 3 (below the 90% norm), 2 resolved, 1 overdue.
    expect(rowOf(table, 'Burgerzaken')).toEqual([
      'Burgerzaken',
      '3',
      '66,7% (2 van 3)',
      '66,7% (2 van 3)onder de norm',
      '100% (2 van 2)',
      '2',
      '1',
      '0',
      '0 u 45 min', // bz-1 made on Easter Monday: 30 min (Tue 08:30–09:00); bz-2: 60 min → 45
    ]);
    expect(rowOf(table, 'Belastingen').slice(0, 5)).toEqual([
      'Belastingen',
      '1',
      '100% (1 van 1)',
      '0% (0 van 1)onder de norm',
      '0% (0 van 1)',
    ]);
    expect(rowOf(table, 'Alle teams samen').slice(0, 2)).toEqual(['Alle teams samen', '4']);
    expect(rowOf(table, 'Nulmeting 2025 (onderzoek)').slice(2, 5)).toEqual(['55%', '26,4%', '48%']);
    expect(
      screen.getByText(
        /De uitkomst van elk gesprek dat het KCP doorverbindt legt de KCP-medewerker vast/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/bepalen de lijstrechten in Microsoft 365, niet dit scherm/),
    ).toBeInTheDocument();
  });

  it('has a trend per week with its table alternative, and drills down to a team and its overdue requests', async () => {
    const user = userEvent.setup();
    renderScreen({ scope: 'allTeams', userId: 'coordinator' }, fakeSource().source);
    await screen.findByRole('table', { name: /Cijfers per team over/ });
    expect(screen.getByRole('heading', { name: 'Trend per week' })).toBeInTheDocument();
    expect(await screen.findByRole('img', { name: /Lijndiagram/ })).toBeInTheDocument();
    const trend = screen.getByRole('table', { name: 'Trend per week als tabel' });
    // 13 weeks up to and including week 15 of 2026, plus the baseline row.
    const week15 = rowOf(trend, 'week 15 (6 apr 2026)');
    expect(week15.slice(1, 4)).toEqual(['2', '100% (2 van 2)', '100% (2 van 2)haalt de norm']);
    expect(rowOf(trend, 'week 14 (30 mrt 2026)')[1]).toBe('2');

    await user.click(screen.getByRole('button', { name: 'Details Burgerzaken' }));
    expect(screen.getByRole('heading', { name: 'Team Burgerzaken' })).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Trend per week: Burgerzaken' }),
    ).toBeInTheDocument();
    const byPerson = screen.getByRole('table', { name: 'Nu te laat, per medewerker' });
    expect(rowOf(byPerson, 'Pieter van der Berg')).toEqual([
      'Pieter van der Berg',
      '1',
      '8 apr 2026',
    ]);
    const list = screen.getByRole('table', { name: 'Nu te laat, oudste eerst' });
    expect(rowOf(list, 'bz-3')).toEqual([
      'bz-3',
      'Pieter van der Berg',
      '3 apr 2026',
      '8 apr 2026',
      '0',
    ]);
    await user.click(screen.getByRole('button', { name: 'Terug naar alle teams' }));
    expect(screen.queryByRole('heading', { name: 'Team Burgerzaken' })).not.toBeInTheDocument();
  });

  it('exports CSV with the period and definitions in the header, semicolons and a BOM', async () => {
    const user = userEvent.setup();
    const exported: Array<[string, string]> = [];
    renderScreen(
      {
        scope: 'allTeams',
        userId: 'coordinator',
        onExport: (text, name) => exported.push([text, name]),
      },
      fakeSource().source,
    );
    await user.click(await screen.findByRole('button', { name: 'Exporteren naar CSV' }));
    const [text, name] = exported[0] ?? ['', ''];
    expect(name).toBe('bereikbaar-cijfers-2026-01-12-tm-2026-04-09.csv');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('Bereikbaar – terugbelcijfers');
    expect(lines[1]).toBe('Periode (aangemaakt);2026-01-12 – 2026-04-09');
    // Local Dutch time, not a UTC ISO string.
    expect(lines[2]).toMatch(/^Stand van;do 9 apr 2026,? 12:00$/);
    expect(lines[4]).toBe('Norm op tijd teruggebeld;90%');
    expect(lines).toContain(';Nu te laat: nog open en de streefdatum is voorbij.');
    expect(lines).toContain('Burgerzaken;Hele periode;3;2;2;2;0;1;0;0;3;66,7;66,7;100;45');
    expect(lines).toContain('Burgerzaken;week 15 (2026);2;2;2;2;0;0;0;0;2;100;100;100;45');
    expect(lines).toContain('Belastingen;Hele periode;1;1;0;0;0;1;0;0;1;100;0;0;1470');
    expect(lines).toContain('Nulmeting 2025 (onderzoek);;;;;;;;;;;55;26,4;48;');
  });

  it('shows the signals: calendars not shared per team, absences without a substitute', async () => {
    const asked: string[] = [];
    const { source } = fakeSource({
      calendarChecks: (refs) => {
        asked.push(...refs.map((ref) => ref.id));
        return Promise.resolve(
          refs.map((ref) => ({
            personId: ref.id,
            sharing: ref.id === 'p3' || ref.id === 'head' ? 'freeBusy' : 'titles',
            workingHours: null,
          })),
        );
      },
    });
    renderScreen({ scope: 'allTeams', userId: 'coordinator' }, source);
    const calendars = await screen.findByRole('table', {
      name: 'Agenda niet gedeeld: 2 collega’s, per team',
    });
    expect(rowOf(calendars, 'Belastingen')).toEqual(['Belastingen', '1', 'Karin de Vries']);
    // Department heads (in no team) are checked too.
    expect(asked).toContain('head');
    expect(rowOf(calendars, 'Zonder team')).toEqual(['Zonder team', '1', 'Dirk Hoofd']);
    expect(
      await screen.findByText(
        'Anna Jansen (Burgerzaken), vanaf 8 apr 2026: geen vervanger voor telefoon en terugbelverzoeken',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Geen afwezigheden over hun verwachte einddatum heen.'),
    ).toBeInTheDocument();
  });

  it('says so when reading fails', async () => {
    const { source } = fakeSource({
      readCallbacks: () =>
        Promise.reject(
          Object.assign(new Error('Access denied. Check credentials and try again.'), {
            status: 403,
            code: 'accessDenied',
          }),
        ),
    });
    renderScreen({ scope: 'allTeams', userId: 'coordinator' }, source);
    // In Dutch, one full stop, without Graph's English message.
    expect(
      await screen.findByText(
        'De cijfers konden niet worden geladen: U hebt geen toegang tot deze gegevens in Microsoft 365. Probeer het opnieuw met “Cijfers tonen”.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Access denied/)).not.toBeInTheDocument();
  });
});

describe('team leader figures', () => {
  it('reads and shows only the own team, even when the list returns more', async () => {
    const { source, queries } = fakeSource();
    renderScreen({ scope: 'ownTeam', userId: 'lead-bz' }, source);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Cijfers van team Burgerzaken' }),
    ).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: /Cijfers per team over/ });
    expect(
      screen.queryByRole('heading', { name: 'Alle teams naast elkaar' }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Team Burgerzaken over de hele periode' }),
    ).toBeInTheDocument();
    expect(queries[0]?.team).toBe('Burgerzaken');
    const firstCells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[0]?.textContent);
    expect(firstCells).toEqual(['Burgerzaken', 'Nulmeting 2025 (onderzoek)']);
    expect(screen.queryByText('Belastingen')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Details/ })).not.toBeInTheDocument();
    // Their team's overdue requests are open straight away; other teams' signals are not shown.
    expect(screen.getByRole('table', { name: 'Nu te laat, per medewerker' })).toBeInTheDocument();
    expect(await screen.findByText('Iedereen deelt de agenda met details.')).toBeInTheDocument();
    expect(screen.queryByText('Karin de Vries')).not.toBeInTheDocument();
  });

  it('tells a user who leads no team that there are no team figures', async () => {
    renderScreen({ scope: 'ownTeam', userId: 'p1' }, fakeSource().source);
    expect(
      await screen.findByText(/niet als teamleider van een team ingesteld/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});

describe('the study’s figures from the recorded call outcomes', () => {
  it('shows Direct opgenomen, Geslaagd contact, Mislukt and Herhaalverkeer per team and week beside the 2025 baseline and the norms, with definitions', async () => {
    const { source, contactQueries } = fakeSource();
    renderScreen({ scope: 'allTeams', userId: 'coordinator' }, source);
    const table = await screen.findByRole('table', { name: /Gesprekken per team over/ });
    expect(contactQueries[0]?.team).toBeNull();
    // Counted by hand from the fake's contacts (see fake-monitoring-data-source.ts).
    // Against the default norms: at least 60% direct, at least 90% successful, at most 10% repeat traffic.
    expect(rowOf(table, 'Burgerzaken')).toEqual([
      'Burgerzaken',
      '7',
      '42,9% (3 van 7)onder de norm',
      '71,4% (5 van 7)onder de norm',
      '3',
      '2',
      '0',
      '28,6% (2 van 7)',
      '50% (2 van 4)boven de norm',
    ]);
    expect(rowOf(table, 'Belastingen')).toEqual([
      'Belastingen',
      '1',
      '0% (0 van 1)onder de norm',
      '0% (0 van 1)onder de norm',
      '1',
      '0',
      '0',
      '100% (1 van 1)',
      '0% (0 van 1)haalt de norm',
    ]);
    expect(rowOf(table, 'Alle teams samen')).toEqual([
      'Alle teams samen',
      '8',
      '37,5% (3 van 8)onder de norm',
      '62,5% (5 van 8)onder de norm',
      '4',
      '2',
      '0',
      '37,5% (3 van 8)',
      '40% (2 van 5)boven de norm',
    ]);
    expect(rowOf(table, 'Nulmeting 2025 (onderzoek)')).toEqual([
      'Nulmeting 2025 (onderzoek)',
      '—',
      '37%',
      '68%',
      '—',
      '—',
      '—',
      '32%',
      '—',
    ]);
    const weeks = screen.getByRole('table', { name: /Gesprekken per week over/ });
    // Week 15: bz-1 and bz-2 (a repeat) made, bz-3's citizen called again; week 14: bz-3 and bl-1 made.
    expect(rowOf(weeks, 'week 15 (6 apr 2026)')).toEqual([
      'week 15 (6 apr 2026)',
      '6',
      '50% (3 van 6)onder de norm',
      '83,3% (5 van 6)onder de norm',
      '2',
      '2',
      '0',
      '16,7% (1 van 6)',
      '66,7% (2 van 3)boven de norm',
    ]);
    expect(rowOf(weeks, 'week 14 (30 mrt 2026)').slice(-1)).toEqual(['0% (0 van 2)haalt de norm']);
    expect(
      screen.getByText(/^Herhaalverkeer: terugbelverzoeken van een nummer/),
    ).toBeInTheDocument();
    // The weekly trend chart of the call outcomes, with the weekly table above as its alternative.
    expect(
      await screen.findByRole('img', {
        name: 'Lijngrafiek: direct opgenomen, geslaagd contact en herhaalverkeer per week, met de normen',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Normen: direct opgenomen minstens 60%, geslaagd contact minstens 90%, herhaalverkeer hoogstens 10%.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Zelf beantwoord door het KCP (telt niet als gesprek voor een team): 2'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^Geslaagd contact: direct opgenomen, plus gesprekken/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/niet in Microsoft Graph/)).toBeNull();
  });

  it('shows a team leader only their own team’s calls', async () => {
    const { source, contactQueries } = fakeSource();
    renderScreen({ scope: 'ownTeam', userId: 'lead-bz' }, source);
    const table = await screen.findByRole('table', { name: /Gesprekken per team over/ });
    expect(contactQueries[0]?.team).toBe('Burgerzaken');
    expect(within(table).queryByText('Belastingen')).toBeNull();
    expect(rowOf(table, 'Burgerzaken')[1]).toBe('7');
  });

  it('puts the same figures and definitions in the CSV', async () => {
    const user = userEvent.setup();
    const exported: string[] = [];
    renderScreen(
      { scope: 'allTeams', userId: 'coordinator', onExport: (text) => exported.push(text) },
      fakeSource().source,
    );
    await user.click(await screen.findByRole('button', { name: 'Exporteren naar CSV' }));
    const lines = (exported[0] ?? '').slice(1).split('\r\n');
    expect(lines).toContain('Doorverbonden gesprekken');
    expect(lines).toContain(
      'Team;Week;Gesprekken voor het team;Opgenomen;Vervanger nam op;Direct opgenomen;Terugbelverzoek gemaakt;Daarvan op tijd teruggebeld;Terugbellen nog niet verlopen;Niet opgenomen, geen verzoek;Geslaagd contact;Mislukt;Zelf beantwoord door het KCP;Direct opgenomen %;Geslaagd contact %;Mislukt %;Terugbelverzoeken gemaakt;Daarvan herhaling;Inwoner belde opnieuw;Herhaalverkeer %',
    );
    expect(lines).toContain(
      'Burgerzaken;Hele periode;7;2;1;3;3;2;0;1;5;2;0;42,9;71,4;28,6;3;1;1;50',
    );
    expect(lines).toContain(
      'Alle teams samen;Hele periode;8;2;1;3;4;2;0;1;5;3;2;37,5;62,5;37,5;4;1;1;40',
    );
    expect(lines).toContain(`Nulmeting 2025 (onderzoek)${';'.repeat(13)}37;68;32;;;;`);
    expect(lines.some((line) => line.startsWith(';Herhaalverkeer: terugbelverzoeken'))).toBe(true);
    expect(lines).toContain(
      ';Normen: direct opgenomen minstens 60%, geslaagd contact minstens 90%, herhaalverkeer hoogstens 10%.',
    );
    expect(lines.some((line) => line.startsWith(';Geslaagd contact: direct opgenomen'))).toBe(true);
  });
});
