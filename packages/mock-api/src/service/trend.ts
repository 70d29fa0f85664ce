import { type IncidentTrend, TREND_RANGES, type TrendBucket, type TrendRange } from '@soc-kit/components/api';
import { rejectUnknownFields, requireEnum, requireObject, requireTime } from './validation.js';
import { isoTime } from './iso-time.js';

const HOUR = 3_600_000;

/** How each range is cut: 24 hourly buckets, or 7 daily ones, the last ending at the trend's end. */
export const TREND_BUCKETS: Readonly<Record<TrendRange, { count: number; size: number }>> = {
  '24h': { count: 24, size: HOUR },
  '7d': { count: 7, size: 24 * HOUR },
};

export interface CheckedTrendQuery {
  range: TrendRange;
  /** Epoch ms, exclusive. */
  end: number;
}

/** Checks a trend query; without an `end` the trend ends at `now` rounded up to a full hour. */
export function checkTrendQuery(query: unknown, now: number): CheckedTrendQuery {
  const input = requireObject('query', query);
  rejectUnknownFields('the trend query', input, ['range', 'end']);
  const range = requireEnum('range', input['range'], TREND_RANGES);
  const end = input['end'] === undefined ? Math.ceil(now / HOUR) * HOUR : requireTime('end', input['end']);
  return { range, end };
}

/**
 * Instants (epoch ms) kept in ascending order, counted between two times by binary search.
 * Adding keeps the order cheaply when times arrive in order, as writes on a clock do; an
 * earlier one marks the list for sorting before the next count.
 */
export class SortedTimes {
  private times: Float64Array;
  private length = 0;
  private sorted = true;

  constructor(capacity = 1024) {
    this.times = new Float64Array(Math.max(16, capacity));
  }

  get size(): number {
    return this.length;
  }

  add(time: number): void {
    if (this.length === this.times.length) {
      const grown = new Float64Array(this.times.length * 2);
      grown.set(this.times);
      this.times = grown;
    }
    if (this.length > 0 && time < this.times[this.length - 1]!) this.sorted = false;
    this.times[this.length++] = time;
  }

  /** How many of the times fall in [from, to). */
  countBetween(from: number, to: number): number {
    if (!this.sorted) {
      this.times.subarray(0, this.length).sort();
      this.sorted = true;
    }
    return Math.max(0, this.firstAtLeast(to) - this.firstAtLeast(from));
  }

  private firstAtLeast(time: number): number {
    let low = 0;
    let high = this.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.times[middle]! < time) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/** The trend of `query` from the creation times of every incident and every alert. */
export function trendOf(query: CheckedTrendQuery, incidents: SortedTimes, alerts: SortedTimes): IncidentTrend {
  const { count, size } = TREND_BUCKETS[query.range];
  const start = query.end - count * size;
  const buckets: TrendBucket[] = [];
  for (let k = 0; k < count; k++) {
    const from = start + k * size;
    const to = from + size;
    buckets.push({ start: isoTime(from), end: isoTime(to), incidents: incidents.countBetween(from, to), alerts: alerts.countBetween(from, to) });
  }
  return { range: query.range, start: isoTime(start), end: isoTime(query.end), buckets, truncated: false };
}
