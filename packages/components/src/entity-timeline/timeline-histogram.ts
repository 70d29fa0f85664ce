import type { TimelineBucket } from '../api/model.js';
import { formatCount } from '../internal/format.js';

/** One bucket of the histogram with its end, which the API leaves to the next bucket's start. */
export interface HistogramBar {
  index: number;
  /** Epoch ms, inclusive. */
  start: number;
  /** Epoch ms, exclusive. */
  end: number;
  count: number;
  /** What the bar says to a screen reader and in its tooltip: its span and its count. */
  label: string;
}

/** The buckets of a page over a range ending at `to`, as bars with both ends. */
export function histogramBars(buckets: readonly TimelineBucket[], to: number): HistogramBar[] {
  return buckets.map((bucket, index) => {
    const start = Date.parse(bucket.start);
    const end = index + 1 < buckets.length ? Date.parse(buckets[index + 1]!.start) : to;
    // Formatted once per load: a jump re-renders the bars, and formatting ranges is not cheap.
    return { index, start, end, count: bucket.count, label: `${spanLabel(start, end)}: ${eventCount(bucket.count)}` };
  });
}

/** The bar whose span holds `time`, or -1. */
export function barIndexAt(bars: readonly HistogramBar[], time: number): number {
  let low = 0;
  let high = bars.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const bar = bars[mid]!;
    if (time < bar.start) high = mid - 1;
    else if (time >= bar.end) low = mid + 1;
    else return mid;
  }
  return -1;
}

const spanFormat = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const axisFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const axisTimeFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

/** "Nov 26, 09:00 – 21:00", or across days "Nov 25, 21:00 – Nov 26, 09:00". */
export function spanLabel(start: number, end: number): string {
  return spanFormat.formatRange(start, end);
}

/** A count of events in words: "1 event", "12,345 events". */
export function eventCount(count: number): string {
  return `${formatCount(count)} ${count === 1 ? 'event' : 'events'}`;
}

/** A tick under the histogram: the day alone for long ranges, with the time for short ones. */
export function axisLabel(time: number, rangeMs: number): string {
  return rangeMs > 3 * 24 * 3600e3 ? axisFormat.format(time) : axisTimeFormat.format(time);
}
