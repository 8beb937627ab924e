// What the agent screen benchmark measures inside the page, installed before any of the app's code runs: every
// fetch (with its time), the moment the search first answers, and for each key the agent presses the time to the
// frame that shows its result, painted. Times are the page's own performance.now() (0 = the start of the navigation).

export type KeyTiming = {
  key: string;
  /** When the key was pressed: the event's own time stamp (so time the key waited for a busy page counts). */
  at: number;
  /** From the key press to the end of the first frame that shows its result (its rendering and paint included). */
  ms: number;
  /**
   * What Chromium itself reports for the key (Event Timing: from the key press to the next paint after its
   * handlers, the figure behind INP, in steps of 8 ms); null when it reported nothing, which it does only for
   * keys under 16 ms.
   */
  browserMs: number | null;
  /** From the key press to the end of the app's handling of it (the render, before the browser paints). */
  handledMs: number;
  /** Whether that frame showed what the key asks for: the complete card after Enter, the results after a letter. */
  complete: boolean;
  /** Fetches the page made from the key press until the measurement was read. */
  requestsAfter: number;
};

export type PageProbe = {
  fetches: { url: string; at: number }[];
  /** Chromium's Event Timing entries of key events of 16 ms or more: [start (= the key's time stamp), duration]. */
  keyEvents: [number, number][];
  /** When a result first appeared in the search's list (the search answered); null until it does. */
  firstAnswerAt: number | null;
  keys: KeyTiming[];
};

/**
 * The probe as a function for `page.addInitScript` (it runs in the page: no imports, no closures over this file).
 * A key's frame: React renders discrete events (keydown, input) synchronously, so when the event has passed the
 * app's handlers the screen is updated; the next animation frame is the one that paints it. When the update is
 * not complete yet (the card still loading), the probe keeps looking at each frame for up to 2 s.
 */
export function installPageProbe(): void {
  const probe: PageProbe = { fetches: [], keyEvents: [], firstAnswerAt: null, keys: [] };
  (window as unknown as { benchProbe: PageProbe }).benchProbe = probe;
  const original = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : input instanceof URL ? input.href : input;
    probe.fetches.push({ url, at: performance.now() });
    return original(input, init);
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (['keydown', 'keypress', 'beforeinput', 'input'].includes(entry.name))
        probe.keyEvents.push([entry.startTime, entry.duration]);
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  new MutationObserver(() => {
    if (probe.firstAnswerAt === null && document.querySelector('[role="listbox"] [role="option"]'))
      probe.firstAnswerAt = performance.now();
  }).observe(document, { childList: true, subtree: true });

  const activeOptionName = (): string | null => {
    const input = document.querySelector<HTMLInputElement>('input[role="combobox"]');
    const id = input?.getAttribute('aria-activedescendant');
    const option = id ? document.getElementById(id) : document.querySelector('[role="option"]');
    return option?.textContent ?? null;
  };
  // The card of the person just opened: its heading is that person's name, and no part of it is still loading.
  const cardComplete = (expected: string | null): boolean => {
    const heading = [...document.querySelectorAll('section > h2, section h2')].find(
      (h) => expected !== null && h.textContent !== '' && expected.startsWith(h.textContent ?? ''),
    );
    const card = heading?.closest('section');
    if (!card) return false;
    const text = card.textContent ?? '';
    return !/laden…|Loading/i.test(text) && card.querySelector('[role="progressbar"]') === null;
  };
  const resultsShown = (query: string): boolean => {
    const status = document.querySelector('[role="status"]');
    const input = document.querySelector<HTMLInputElement>('input[role="combobox"]');
    return input?.value === query && status !== null;
  };

  let pending: { key: string; at: number; expected: string | null } | null = null;
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Enter')
        pending = { key: 'Enter', at: event.timeStamp, expected: activeOptionName() };
      else if (event.key.length === 1)
        pending = { key: event.key, at: event.timeStamp, expected: null };
    },
    true,
  );
  const measure = (check: () => boolean) => {
    const started = pending;
    pending = null;
    if (started === null) return;
    const handledMs = performance.now() - started.at;
    const deadline = started.at + 2000;
    // A message posted in an animation frame is handled once that frame is rendered and painted.
    const painted = (done: boolean) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        probe.keys.push({
          key: started.key,
          at: started.at,
          ms: performance.now() - started.at,
          browserMs: null,
          handledMs,
          complete: done,
          requestsAfter: probe.fetches.filter((f) => f.at >= started.at).length,
        });
      };
      channel.port2.postMessage(null);
    };
    const frame = () => {
      const done = check();
      if (done || performance.now() > deadline) painted(done);
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  };
  // Bubbling listeners on window run after React's (on the root): the app has rendered the key's result.
  window.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && pending?.key === 'Enter') {
      const expected = pending.expected;
      measure(() => cardComplete(expected));
    }
  });
  window.addEventListener('input', (event) => {
    if (pending === null || pending.key === 'Enter') return;
    const value = (event.target as HTMLInputElement).value;
    measure(() => resultsShown(value));
  });
}

/** The probe as an init script; `__name` is the helper tsx's compiler may call inside the function's source. */
export const pageProbeScript = `var __name = (f) => f; (${installPageProbe.toString()})();`;
