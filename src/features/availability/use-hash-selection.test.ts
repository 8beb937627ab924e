// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { useHashSelection } from './use-hash-selection';

const nextPaint = () =>
  act(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 5))));

describe('useHashSelection', () => {
  beforeEach(() => {
    window.location.hash = '#/beschikbaarheid';
  });

  it('shows the selection at once and writes the address after the paint, the last of several once', async () => {
    const { result } = renderHook(() => useHashSelection('beschikbaarheid'));
    act(() => result.current[1]({ kind: 'person', id: 'p-1' }));
    act(() => result.current[1]({ kind: 'team', name: 'Burgerzaken' }));
    expect(result.current[0]).toEqual({ kind: 'team', name: 'Burgerzaken' });
    expect(window.location.hash).toBe('#/beschikbaarheid');
    await nextPaint();
    expect(window.location.hash).toBe('#/beschikbaarheid?team=Burgerzaken');
  });

  it('drops a write still pending when the screen goes, so the next page keeps its address', async () => {
    const { result, unmount } = renderHook(() => useHashSelection('beschikbaarheid'));
    act(() => result.current[1]({ kind: 'person', id: 'p-1' }));
    unmount();
    window.location.hash = '#/mijn-terugbelverzoeken';
    await nextPaint();
    expect(window.location.hash).toBe('#/mijn-terugbelverzoeken');
  });
});
