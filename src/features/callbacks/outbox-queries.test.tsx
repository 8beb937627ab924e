// @vitest-environment jsdom
// A request the outbox stores shows in the lists it belongs to: the outbox tells the read cache, which reads
// the callbacks lists on screen again (once, however many components show the outbox).
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import { aRequest } from '../../domain/callbacks/callback-test-fixtures';
import { instantFromEpochMs } from '../../domain/time';
import { createQueryClient } from '../../graph/client';
import { LocaleProvider } from '../../i18n';
import { CallbacksDataSourceProvider } from './api/callbacks-data-source';
import { MyCallbacksCount, OutboxCount } from './nav-badges';
import { outboxEntryFor } from './outbox';
import { outboxRunnerFor } from './outbox-runner';
import { createFakeCallbacks, person, team } from './testing/fake-callbacks-data-source';

const now = new Date('2026-11-25T09:30:00Z');
const pieter = { id: 'pieter', displayName: 'Pieter van der Berg' };
const dueLater = instantFromEpochMs(now.getTime() + 3 * 24 * 60 * 60 * 1000);

beforeEach(() => {
  localStorage.clear();
});

it('reads my list again once after the outbox stored a request, and the count follows', async () => {
  const fake = createFakeCallbacks({
    me: pieter,
    now,
    people: [person('pieter', 'Pieter van der Berg', 'Burgerzaken')],
    teams: [team('Burgerzaken', ['pieter'], null)],
    stored: [aRequest({ id: 'first', assignedToPersonId: 'pieter', dueAt: dueLater })],
  });
  render(
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider initialLocale="nl">
        <QueryClientProvider client={createQueryClient()}>
          <CallbacksDataSourceProvider value={fake.source}>
            <nav>
              Mijn terugbelverzoeken
              <MyCallbacksCount />
              <OutboxCount />
              <OutboxCount />
            </nav>
          </CallbacksDataSourceProvider>
        </QueryClientProvider>
      </LocaleProvider>
    </FluentProvider>,
  );
  await waitFor(() =>
    expect(screen.getByRole('navigation')).toHaveTextContent('Mijn terugbelverzoeken (1)'),
  );
  expect(fake.listMineCalls()).toBe(1);
  act(() =>
    outboxRunnerFor(fake.source).enqueue(
      outboxEntryFor(aRequest({ id: 'second', assignedToPersonId: 'pieter', dueAt: dueLater }), {
        assignee: { id: 'pieter', mail: null },
        madeByName: 'Sanne de Vries',
        linkUrl: null,
      }),
    ),
  );
  await waitFor(() =>
    expect(screen.getByRole('navigation')).toHaveTextContent('Mijn terugbelverzoeken (2)'),
  );
  expect(fake.saved.map((request) => request.id)).toEqual(['second']);
  expect(fake.listMineCalls()).toBe(2);
});
