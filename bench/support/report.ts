/** What a benchmark prints: a title, notes, and a table of rows with the same keys. */
export interface BenchReport {
  title: string;
  notes: string[];
  rows: Record<string, string | number>[];
}

export type BenchOutcome = BenchReport | { error: string };

declare global {
  interface Window {
    /** Set once the page's benchmark has finished; the runner reads it. */
    benchResult?: BenchOutcome;
  }
}

/** The event dispatched on `window` when `window.benchResult` is set. */
export const BENCH_RESULT_EVENT = 'bench-result';

/** Runs a browser benchmark and hands its report (or its failure) to the runner. */
export function publishBenchmark(run: () => Promise<BenchReport>): void {
  const finish = (outcome: BenchOutcome) => {
    window.benchResult = outcome;
    window.dispatchEvent(new Event(BENCH_RESULT_EVENT));
  };
  run().then(finish, (error: unknown) =>
    finish({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
}
