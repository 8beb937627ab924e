/** Runs `task` once the page is idle (after the render in progress), or in the next task where there is no idle callback. */
export function whenIdle(task: () => void, timeoutMs = 2000): void {
  if (typeof globalThis.requestIdleCallback === 'function')
    globalThis.requestIdleCallback(task, { timeout: timeoutMs });
  else setTimeout(task, 0);
}
