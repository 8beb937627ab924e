// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LocaleProvider } from '../../i18n';
import { isChunkLoadError, PageErrorBoundary } from './page-error-boundary';

function Throws({ error }: { error: Error }): never {
  throw error;
}

function renderBoundary(error: Error, onReload: () => void, locale: 'nl' | 'en' = 'nl') {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  render(
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider initialLocale={locale}>
        <PageErrorBoundary onReload={onReload}>
          <Throws error={error} />
        </PageErrorBoundary>
      </LocaleProvider>
    </FluentProvider>,
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('PageErrorBoundary', () => {
  it('reloads the app from "Opnieuw laden" after a chunk failed, with focus on the message', async () => {
    const user = userEvent.setup();
    const onReload = vi.fn();
    renderBoundary(new TypeError('Importing a module script failed.'), onReload);
    const heading = await screen.findByRole('heading', {
      name: 'Dit deel van Bereikbaar kon niet worden geladen',
    });
    expect(heading).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Opnieuw laden' }));
    expect(onReload).toHaveBeenCalledTimes(1);
  });

  it('says in English that the page could not be shown when it failed otherwise', async () => {
    renderBoundary(new RangeError('Invalid time value'), () => undefined, 'en');
    expect(
      await screen.findByRole('heading', { name: 'This page could not be shown' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    expect(screen.queryByText(/Invalid time value/)).not.toBeInTheDocument();
  });
});

describe('isChunkLoadError', () => {
  it.each([
    ['Chrome', new TypeError('Failed to fetch dynamically imported module: http://x/a.js'), true],
    ['Safari', new TypeError('Importing a module script failed.'), true],
    ['Firefox', new TypeError('error loading dynamically imported module: http://x/a.js'), true],
    [
      'webpack',
      Object.assign(new Error('Loading chunk 123 failed.'), { name: 'ChunkLoadError' }),
      true,
    ],
    ['a render bug', new TypeError("Cannot read properties of undefined (reading 'x')"), false],
  ])('%s', (_name, error, expected) => {
    expect(isChunkLoadError(error)).toBe(expected);
  });
});
