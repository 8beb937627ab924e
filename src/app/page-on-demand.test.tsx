// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, useState } from 'react';
import { pageOnDemand } from './page-on-demand';

function Counter({ label }: { label: string }) {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      {label} {count}
    </button>
  );
}

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

const inShell = (node: React.ReactNode) => (
  <Suspense fallback={<p>Pagina wordt geladen…</p>}>{node}</Suspense>
);

describe('pageOnDemand', () => {
  it('renders a page whose code has arrived in the first render, without the loading fallback', async () => {
    const { Page, preload } = pageOnDemand(() => Promise.resolve(Counter));
    await preload();

    render(inShell(<Page label="Teller" />));

    // Synchronously there: no fallback, so React's 300 ms hold-back of suspended content does not apply.
    expect(screen.getByRole('button', { name: 'Teller 0' })).toBeInTheDocument();
    expect(screen.queryByText('Pagina wordt geladen…')).not.toBeInTheDocument();
  });

  it('shows the fallback while the code loads, fetches it once, and keeps the page state when its code arrives', async () => {
    const code = deferred<typeof Counter>();
    let loads = 0;
    const { Page, preload } = pageOnDemand(() => {
      loads += 1;
      return code.promise;
    });
    const { rerender } = render(inShell(<Page label="Teller" />));
    expect(screen.getByText('Pagina wordt geladen…')).toBeInTheDocument();

    await act(() => {
      code.resolve(Counter);
      return code.promise;
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Teller 0' }));
    rerender(inShell(<Page label="Teller" />));

    // The mounted page is not replaced by the now-loaded component: its count survives the re-render.
    expect(screen.getByRole('button', { name: 'Teller 1' })).toBeInTheDocument();
    await preload();
    expect(loads).toBe(1);
  });

  it('asks for the code again after a failed fetch', async () => {
    let attempts = 0;
    const { preload } = pageOnDemand(() => {
      attempts += 1;
      return attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(Counter);
    });
    await expect(preload()).rejects.toThrow('offline');
    await expect(preload()).resolves.toBe(Counter);
    expect(attempts).toBe(2);
  });
});
