import { scaleBand } from 'd3-scale';
import { line } from 'd3-shape';
import type { TrendBucket } from '../api/model.js';

/**
 * The trend chart's geometry, in the drawing's own units: one unit column per bucket, `CHART_HEIGHT`
 * units high. The SVG stretches them over the width it is given (`preserveAspectRatio="none"`), so
 * bucket `i` fills the `i`-th of `n` equal columns, as the focusable buckets over the drawing do.
 */
export const CHART_HEIGHT = 100;
/** The width of one bucket's column, in the drawing's units. */
export const COLUMN_WIDTH = 10;

export interface ChartBar {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TrendChart {
  /** The drawing's width: `COLUMN_WIDTH` per bucket. */
  width: number;
  height: number;
  /** The value at the top of the drawing: a round number at or above every count. */
  max: number;
  /** The incidents of each bucket, as a bar centred in its column. */
  bars: ChartBar[];
  /** The alerts of each bucket, as a line through the centres of the columns; '' without buckets. */
  alertsPath: string;
  /** Where the line passes each column. */
  alertPoints: { x: number; y: number }[];
}

/** A bar's share of its column: the rest is the gap, half on each side, so bars sit in the middle. */
const BAR_SHARE = 0.5;

/**
 * The smallest round number at or above `value` for the top of the chart: the value itself up to
 * 10, then 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten. Never below 1, so that an
 * empty chart still has a scale.
 */
export function niceMax(value: number): number {
  if (!Number.isFinite(value) || value <= 1) return 1;
  if (value <= 10) return Math.ceil(value);
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
    const candidate = Math.round(step * power);
    if (candidate >= value) return candidate;
  }
  return 10 * power;
}

/** The chart of `buckets`: incidents as bars, alerts as a line, on one scale from zero to `niceMax` of the largest count. */
export function trendChart(buckets: readonly Pick<TrendBucket, 'incidents' | 'alerts'>[]): TrendChart {
  const width = buckets.length * COLUMN_WIDTH;
  const height = CHART_HEIGHT;
  const max = niceMax(Math.max(0, ...buckets.flatMap((bucket) => [bucket.incidents, bucket.alerts])));
  // Inner padding twice the outer one makes every step one column, with the band in its middle.
  const x = scaleBand<number>()
    .domain(buckets.map((_, index) => index))
    .range([0, width])
    .paddingInner(1 - BAR_SHARE)
    .paddingOuter((1 - BAR_SHARE) / 2);
  const y = (value: number) => height - (Math.max(0, value) / max) * height;
  const bars = buckets.map((bucket, index) => {
    const top = y(bucket.incidents);
    return { x: x(index) ?? 0, y: top, width: x.bandwidth(), height: height - top };
  });
  const alertPoints = buckets.map((bucket, index) => ({ x: (index + 0.5) * COLUMN_WIDTH, y: y(bucket.alerts) }));
  const path = line<{ x: number; y: number }>()
    .x((point) => point.x)
    .y((point) => point.y);
  return { width, height, max, bars, alertsPath: path(alertPoints) ?? '', alertPoints };
}

/** The index a key moves to from `current` among `count` buckets (ArrowLeft/Right as in a left-to-right page), or undefined. */
export function bucketIndexAfter(key: string, current: number, count: number): number | undefined {
  if (count === 0) return undefined;
  const last = count - 1;
  const from = Math.min(Math.max(current, 0), last);
  switch (key) {
    case 'ArrowRight':
      return Math.min(from + 1, last);
    case 'ArrowLeft':
      return Math.max(from - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
}

/** Where a bucket's tooltip sits so it stays inside the chart: from the column's start, centred on it, or from its end. */
export function tooltipAlignment(index: number, count: number): 'start' | 'center' | 'end' {
  if (count <= 2) return index === 0 ? 'start' : 'end';
  if (index < count / 3) return 'start';
  if (index >= count - count / 3) return 'end';
  return 'center';
}
