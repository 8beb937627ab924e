// @vitest-environment jsdom
// The assignee sees on the request's card that the citizen called again (added by the front office).
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { addRepeatCall } from '../../domain/callbacks';
import { aRequest, at } from '../../domain/callbacks/callback-test-fixtures';
import { LocaleProvider } from '../../i18n';
import { createQueryClient } from '../../graph/client';
import { CallbacksDataSourceProvider } from './api/callbacks-data-source';
import { createFakeCallbacks, person, team } from './testing/fake-callbacks-data-source';
import { MyCallbacksScreen } from './my-callbacks-screen';

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

it('says on the card when and how often the citizen called again; nothing when never', async () => {
  const once = addRepeatCall(
    aRequest({ id: 'once', citizen: { name: 'Henk Mulder', phone: '+31612345001', email: null } }),
    { id: 'call-1', at: at('2026-11-24T16:05:00+01:00'), byId: 'sanne' },
  );
  const twice = addRepeatCall(
    addRepeatCall(
      aRequest({ id: 'twice', citizen: { name: 'Kees de Boer', phone: null, email: 'k@x.nl' } }),
      { id: 'call-2', at: at('2026-11-23T09:00:00+01:00'), byId: 'sanne' },
    ),
    { id: 'call-3', at: at('2026-11-24T11:30:00+01:00'), byId: 'sanne' },
  );
  const never = aRequest({
    id: 'never',
    citizen: { name: 'Jan Jansen', phone: null, email: 'j@x.nl' },
  });
  const fake = createFakeCallbacks({
    me: { id: 'emp-1', displayName: 'Pieter van der Berg' },
    now: new Date('2026-11-25T09:30:00Z'),
    people: [person('emp-1', 'Pieter van der Berg', 'Burgerzaken')],
    teams: [team('Burgerzaken', ['emp-1'], null)],
    stored: [once, twice, never],
  });
  render(
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider initialLocale="nl">
        <QueryClientProvider client={createQueryClient()}>
          <CallbacksDataSourceProvider value={fake.source}>
            <MyCallbacksScreen />
          </CallbacksDataSourceProvider>
        </QueryClientProvider>
      </LocaleProvider>
    </FluentProvider>,
  );
  const card = async (name: string) => screen.findByRole('article', { name });
  expect(
    within(await card('Henk Mulder')).getByText('Inwoner belde opnieuw: di 24 nov, 16:05'),
  ).toBeInTheDocument();
  expect(
    within(await card('Kees de Boer')).getByText(
      'Inwoner belde 2 keer opnieuw, laatst di 24 nov, 11:30',
    ),
  ).toBeInTheDocument();
  expect(within(await card('Jan Jansen')).queryByText(/belde/)).toBeNull();
});
