declare global {
  interface Window {
    /**
     * The browser's cumulative main-thread counters (Chrome DevTools protocol `Performance.getMetrics`:
     * durations in seconds), when the page is driven by the benchmark runner.
     */
    readMainThreadMetrics?: () => Promise<Record<string, number>>;
  }
}

/**
 * Main-thread CPU time in milliseconds, by kind of work. (The browser's script counter leaves out
 * microtasks, where Lit renders, so it is not used.)
 */
export interface MainThreadTime {
  styleAndLayout: number;
  /** Every task on the main thread, style and layout included. */
  tasks: number;
}

/** The counters so far; `undefined` when the page runs outside the runner and cannot read them. */
export async function readMainThreadTime(): Promise<MainThreadTime | undefined> {
  const metrics = await window.readMainThreadMetrics?.();
  if (!metrics) return undefined;
  const ms = (name: string) => (metrics[name] ?? 0) * 1000;
  return {
    styleAndLayout: ms('RecalcStyleDuration') + ms('LayoutDuration'),
    tasks: ms('TaskDuration'),
  };
}

export function timeBetween(before: MainThreadTime | undefined, after: MainThreadTime | undefined): MainThreadTime | undefined {
  if (!before || !after) return undefined;
  return {
    styleAndLayout: after.styleAndLayout - before.styleAndLayout,
    tasks: after.tasks - before.tasks,
  };
}
