// The start as the page itself sees it, installed before any of the app's code runs: the moment the search box is
// there the probe types the query into it (so the figure holds no time the browser driver takes to notice the box
// and send keys), and it times the answer when the first frame showing a result has been painted.
// The query comes in a cookie the driver sets before navigating (`bench.query`), read once and cleared.

export type StartProbe = {
  /** When the search box was first in the page (performance.now(), 0 = the start of the navigation). */
  boxAt: number | null;
  /** When the first frame showing a result for the typed query was painted; null until it is. */
  answerPaintedAt: number | null;
};

export const startQueryCookie = 'bench.query';

/** The probe as a function for `addInitScript` (it runs in the page: no imports, no closures over this file). */
export function installStartProbe(): void {
  const probe: StartProbe = { boxAt: null, answerPaintedAt: null };
  (window as unknown as { benchStart: StartProbe }).benchStart = probe;
  const cookie = document.cookie.split('; ').find((entry) => entry.startsWith('bench.query='));
  if (cookie === undefined) return;
  document.cookie = 'bench.query=; path=/; max-age=0';
  const query = decodeURIComponent(cookie.slice('bench.query='.length));
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  const observer = new MutationObserver(() => {
    const box = document.querySelector('input[role="combobox"]');
    if (probe.boxAt === null && box instanceof HTMLInputElement) {
      probe.boxAt = performance.now();
      // As a typed letter does: the input's value changes and an input event bubbles to React's root.
      setValue?.call(box, query);
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }
    if (probe.boxAt !== null && document.querySelector('[role="listbox"] [role="option"]')) {
      observer.disconnect();
      // A message posted in an animation frame is handled once that frame is rendered and painted.
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          probe.answerPaintedAt = performance.now();
        };
        channel.port2.postMessage(null);
      });
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** The probe as an init script; `__name` is the helper tsx's compiler may call inside the function's source. */
export const startProbeScript = `var __name = (f) => f; (${installStartProbe.toString()})();`;
