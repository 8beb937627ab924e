// What the agent screen benchmark measures inside the page, installed before any of the app's code runs: every
// fetch (with its start and end), and for each key the agent presses the time to the frame that shows its result,
// painted (the start has a probe of its own: start-probe.ts). Times are the page's own performance.now() (0 = the start of the
// navigation).
//
// "Within one frame" (issue 17): from a key's time stamp to after the paint includes the browser's own part (the
// wait for a frame, the paint), whatever the app does, so a no-op key (Shift) is measured too: the floor of key →
// painted on this machine. The app's own part is the time to the end of its handling (before the paint).
// (An animation frame's time stamp does not tell a late frame: headless Chromium stamps the frame that follows a
// 50 ms handler less than a frame after the key, so frames are counted from the painted time.)

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
  /** In which frame interval (1000/60 ms) after the key it was painted: 1 is within one frame (the goal). */
  frames: number;
  /** Fetches the page made from the key press until the measurement was read. */
  requestsAfter: number;
};

export type PageProbe = {
  /** Every fetch: when it started, and when it settled (null while in flight). */
  fetches: { url: string; at: number; end: number | null }[];
  /** Chromium's Event Timing entries of key events of 16 ms or more: [start (= the key's time stamp), duration]. */
  keyEvents: [number, number][];
  keys: KeyTiming[];
};

/**
 * The probe as a function for `page.addInitScript` (it runs in the page: no imports, no closures over this file).
 * A key's frame: React renders discrete events (keydown, input) synchronously, so when the event has passed the
 * app's handlers the screen is updated; the next animation frame is the one that paints it. When the update is
 * not complete yet (the card still loading), the probe keeps looking at each frame for up to 2 s.
 */
export function installPageProbe(): void {
  const probe: PageProbe = { fetches: [], keyEvents: [], keys: [] };
  (window as unknown as { benchProbe: PageProbe }).benchProbe = probe;
  const original = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : input instanceof URL ? input.href : input;
    const entry: PageProbe['fetches'][number] = { url, at: performance.now(), end: null };
    probe.fetches.push(entry);
    // Settled when its body has been read too would need the response cloned; the headers are what the app
    // awaits first, and the quiet period after the last one covers reading the body.
    const settle = () => {
      entry.end = performance.now();
    };
    const response = original(input, init);
    response.then(settle, settle);
    return response;
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (['keydown', 'keypress', 'beforeinput', 'input'].includes(entry.name))
        probe.keyEvents.push([entry.startTime, entry.duration]);
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);

  const activeOptionName = (): string | null => {
    const input = document.querySelector<HTMLInputElement>('input[role="combobox"]');
    const id = input?.getAttribute('aria-activedescendant');
    const option = id ? document.getElementById(id) : document.querySelector('[role="option"]');
    return option?.textContent ?? null;
  };
  // The card of the person just opened: its heading is that person's name, and no part of it is still loading.
  const cardComplete = (expected: string | null): boolean => {
    // Visible only: cards kept ready but hidden (visibility: hidden) are not on screen.
    const heading = [...document.querySelectorAll('section > h2, section h2')].find(
      (h) =>
        expected !== null &&
        h.textContent !== '' &&
        expected.startsWith(h.textContent ?? '') &&
        h.checkVisibility({ visibilityProperty: true }),
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

  type Started = { key: string; at: number; handledMs: number | null };
  // Watches the frames from now on for `check`, and records the key once the frame that passes it is painted.
  const watch = (started: Started, check: () => boolean) => {
    const deadline = started.at + 2000;
    // A message posted in an animation frame is handled once that frame is rendered and painted.
    const painted = (done: boolean) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const ms = performance.now() - started.at;
        probe.keys.push({
          key: started.key,
          at: started.at,
          ms,
          browserMs: null,
          handledMs: started.handledMs ?? Number.NaN,
          complete: done,
          frames: Math.max(1, Math.ceil(ms / (1000 / 60))),
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

  // Enter and the no-op key are watched from the capture phase, before the app's handlers: the probe's frame
  // callback then runs before any the app asks for while handling the key (work it defers until after the paint
  // is not counted as the key's). The frame comes only after the handlers anyway.
  let handling: Started | null = null;
  let typed: Started | null = null;
  window.addEventListener(
    'keydown',
    (event) => {
      const started = { key: event.key, at: event.timeStamp, handledMs: null };
      if (event.key === 'Enter') {
        const expected = activeOptionName();
        handling = started;
        watch(started, () => cardComplete(expected));
      } else if (event.key === 'Shift') {
        // A key the app ignores: what key → painted costs when the app does nothing (the vsync wait, the paint).
        handling = started;
        watch(started, () => true);
      } else if (event.key.length === 1) typed = started;
    },
    true,
  );
  // Bubbling listeners on window run after React's (on the root): the app has rendered the key's result.
  window.addEventListener('keydown', () => {
    if (handling === null) return;
    handling.handledMs = performance.now() - handling.at;
    handling = null;
  });
  // A letter's results are watched from its input event (a frame between keydown and input would show nothing).
  window.addEventListener('input', (event) => {
    const started = typed;
    typed = null;
    if (started === null) return;
    started.handledMs = performance.now() - started.at;
    const value = (event.target as HTMLInputElement).value;
    watch(started, () => resultsShown(value));
  });
}

/** The probe as an init script; `__name` is the helper tsx's compiler may call inside the function's source. */
export const pageProbeScript = `var __name = (f) => f; (${installPageProbe.toString()})();`;
