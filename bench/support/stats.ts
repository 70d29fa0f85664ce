/** The value at fraction `p` (0..1) of `values`, by nearest rank; NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[rank]!;
}

export function median(values: readonly number[]): number {
  return percentile(values, 0.5);
}

export function max(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : Math.max(...values);
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Fraction (0..1) of `values` strictly above `limit`. */
export function shareAbove(values: readonly number[], limit: number): number {
  return values.length === 0 ? Number.NaN : values.filter((value) => value > limit).length / values.length;
}

export interface RunTimes {
  min: number;
  median: number;
  p95: number;
  max: number;
}

/** Runs `action` `runs` times in a row (given the run's index) and gives the spread of its wall-clock times, in ms. */
export function timeRuns(runs: number, action: (run: number) => unknown): RunTimes {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    action(run);
    times.push(performance.now() - start);
  }
  return { min: Math.min(...times), median: median(times), p95: percentile(times, 0.95), max: max(times) };
}

/** Milliseconds for a report: three decimals under 1 ms, one above. */
export const ms = (value: number): number => Number(value.toFixed(value < 1 ? 3 : 1));
