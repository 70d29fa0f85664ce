import type { TimelineBucket } from '../api/model.js';
import type { Localizer } from '../i18n/localizer.js';
import type { entityTimelineMessages } from './messages.js';

type L10n = Localizer<typeof entityTimelineMessages>;

/** One bucket of the histogram with its end, which the API leaves to the next bucket's start. */
export interface HistogramBar {
  index: number;
  /** Epoch ms, inclusive. */
  start: number;
  /** Epoch ms, exclusive. */
  end: number;
  count: number;
}

/** The buckets of a page over a range ending at `to`, as bars with both ends. */
export function histogramBars(buckets: readonly TimelineBucket[], to: number): HistogramBar[] {
  return buckets.map((bucket, index) => {
    const start = Date.parse(bucket.start);
    const end = index + 1 < buckets.length ? Date.parse(buckets[index + 1]!.start) : to;
    return { index, start, end, count: bucket.count };
  });
}

/** What a bar says to a screen reader and in its tooltip: its span and its count. */
export function barLabel(bar: HistogramBar, l10n: L10n): string {
  return l10n.t('barLabel', { span: spanLabel(bar.start, bar.end, l10n.locale), count: bar.count });
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

interface HistogramFormats {
  span: Intl.DateTimeFormat;
  axis: Intl.DateTimeFormat;
  axisTime: Intl.DateTimeFormat;
}

const formats = new Map<string, HistogramFormats>();

/** The formats of the histogram for `locale`, made on first use. */
function formatsFor(locale: string): HistogramFormats {
  let found = formats.get(locale);
  if (!found) {
    const dayAndTime = { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' } as const;
    found = {
      span: new Intl.DateTimeFormat(locale, dayAndTime),
      axis: new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' }),
      axisTime: new Intl.DateTimeFormat(locale, dayAndTime),
    };
    formats.set(locale, found);
  }
  return found;
}

/** "Nov 26, 09:00 – 21:00", or across days "Nov 25, 21:00 – Nov 26, 09:00", as `locale` writes it. */
export function spanLabel(start: number, end: number, locale: string): string {
  return formatsFor(locale).span.formatRange(start, end);
}

/** A count of events in words: "1 event", "12,345 events". */
export function eventCount(count: number, l10n: L10n): string {
  return l10n.t('eventCount', { count });
}

/** A tick under the histogram: the day alone for long ranges, with the time for short ones. */
export function axisLabel(time: number, rangeMs: number, locale: string): string {
  const { axis, axisTime } = formatsFor(locale);
  return rangeMs > 3 * 24 * 3600e3 ? axis.format(time) : axisTime.format(time);
}
