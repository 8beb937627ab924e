// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import type { Instant } from '../../../domain/time';
import { emptyDailyRunSummary } from '../../../domain/daily-run';
import { createQueryClient } from '../../../graph/client';
import type { LastDailyRun } from '../../../graph/monitoring';
import { LocaleProvider } from '../../../i18n';
import type { Locale } from '../../../i18n';
import { MonitoringDataSourceProvider } from '../api/monitoring-data-source';
import { fakeSource } from '../testing/fake-monitoring-data-source';
import { DailyRunStatus } from './daily-run-status';

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

const thursday0700 = Date.parse('2026-12-03T07:00:00+01:00') as Instant;

function renderStatus(run: LastDailyRun | null | Error, locale: Locale = 'nl') {
  const { source } = fakeSource({
    now: () => new Date('2026-12-03T10:15:00+01:00'),
    readLastDailyRun: () => (run instanceof Error ? Promise.reject(run) : Promise.resolve(run)),
  });
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false } });
  return render(
    <QueryClientProvider client={client}>
      <FluentProvider theme={webLightTheme}>
        <LocaleProvider initialLocale={locale}>
          <MonitoringDataSourceProvider value={source}>
            <DailyRunStatus />
          </MonitoringDataSourceProvider>
        </LocaleProvider>
      </FluentProvider>
    </QueryClientProvider>,
  );
}

const done = (at: Instant, summary: Partial<LastDailyRun['summary']> = {}): LastDailyRun => ({
  at,
  outcome: 'done',
  summary: {
    ...emptyDailyRunSummary,
    reminders: 12,
    escalations: 3,
    redactedCallbacks: 40,
    ...summary,
  },
  error: null,
});

describe('the monitor shows the last daily check', () => {
  it("today's run: when, and what it did", async () => {
    renderStatus(done(thursday0700));
    expect(
      await screen.findByText(
        'Laatste dagelijkse controle: vandaag 07:00, 12 herinneringen, 3 escalaties, 40 verzoeken opgeschoond',
      ),
    ).toBeInTheDocument();
  });

  it('an earlier day by its date, and messages that may not have gone out', async () => {
    renderStatus(done((thursday0700 - 86_400_000) as Instant, { failed: 2 }));
    expect(
      await screen.findByText(/Laatste dagelijkse controle: .*2 dec.*07:00, 12 herinneringen/),
    ).toBeInTheDocument();
    expect(screen.getByText(/2 berichten niet zeker verstuurd of geweigerd/)).toBeInTheDocument();
  });

  it('a run that failed says so and why', async () => {
    renderStatus({ ...done(thursday0700), outcome: 'runFailed', error: 'Mail.Send ontbreekt' });
    expect(
      await screen.findByText(/vandaag 07:00 mislukt \(Mail.Send ontbreekt\)/),
    ).toBeInTheDocument();
  });

  it('never ran', async () => {
    renderStatus(null);
    expect(
      await screen.findByText(/De dagelijkse controle heeft nog niet gedraaid/),
    ).toBeInTheDocument();
  });

  it('could not be read', async () => {
    renderStatus(new Error('offline'));
    expect(
      await screen.findByText(/De laatste dagelijkse controle kon niet worden gelezen/),
    ).toBeInTheDocument();
  });
});
