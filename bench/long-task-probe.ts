// What the monitor and outcome benchmarks watch inside the page, installed before any of the app's code runs: every
// long task (> 50 ms, PerformanceObserver 'longtask'), every long animation frame ('long-animation-frame', with the
// part of it that blocked input) and the moment of every fetch. Times are the page's own performance.now().

/** What ran in a long animation frame (its longest scripts): where it came from and how long it took. */
export type FrameScript = { invoker: string; source: string; duration: number };

export type LongTaskProbe = {
  tasks: { start: number; duration: number }[];
  frames: { start: number; duration: number; blocking: number; scripts: FrameScript[] }[];
  fetches: number[];
};

/** The probe as a function for `addInitScript` (it runs in the page: no imports, no closures over this file). */
export function installLongTaskProbe(): void {
  const probe: LongTaskProbe = { tasks: [], frames: [], fetches: [] };
  (window as unknown as { benchLongTasks: LongTaskProbe }).benchLongTasks = probe;
  const observe = (type: string, take: (entry: PerformanceEntry) => void) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(take)).observe({
        type,
        buffered: true,
      });
    } catch {
      // A browser without this entry type: nothing is counted for it.
    }
  };
  observe('longtask', (entry) =>
    probe.tasks.push({ start: entry.startTime, duration: entry.duration }),
  );
  observe('long-animation-frame', (entry) =>
    probe.frames.push({
      start: entry.startTime,
      duration: entry.duration,
      blocking: (entry as PerformanceEntry & { blockingDuration?: number }).blockingDuration ?? 0,
      scripts: (
        (
          entry as PerformanceEntry & {
            scripts?: {
              invoker: string;
              sourceURL: string;
              sourceFunctionName: string;
              sourceCharPosition: number;
              duration: number;
            }[];
          }
        ).scripts ?? []
      )
        .map((script) => ({
          invoker: script.invoker,
          source: `${script.sourceFunctionName || '(anonymous)'} ${script.sourceURL.split('/').pop() ?? ''}:${script.sourceCharPosition}`,
          duration: script.duration,
        }))
        .sort((a, b) => b.duration - a.duration)
        .slice(0, 3),
    }),
  );
  const original = window.fetch.bind(window);
  window.fetch = (input, init) => {
    probe.fetches.push(performance.now());
    return original(input, init);
  };
}

/** The probe as an init script; `__name` is the helper tsx's compiler may call inside the function's source. */
export const longTaskProbeScript = `var __name = (f) => f; (${installLongTaskProbe.toString()})();`;
