import { line } from 'd3-shape';

/**
 * Geometry of the metrics charts, in CSS pixels of an SVG as wide as its card: pure functions of
 * the figures and the width, so the element only draws what they return. Positions are physical
 * (x grows to the right); a right-to-left chart is mirrored here, and its text anchors with it.
 */

/** `start` puts text to the right of x, `end` to its left (an SVG in `direction: ltr`). */
export type Anchor = 'start' | 'end';

export interface Tick {
  value: number;
  /** x of a horizontal chart's tick, y of a vertical one's. */
  at: number;
}

export interface BarSegment {
  /** Index of the row (category). */
  row: number;
  /** Index of the series within the row. */
  series: number;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BarRow {
  /** Baseline of the row's label and total. */
  textY: number;
  labelX: number;
  labelAnchor: Anchor;
  /** Room for the label, after which it is cut short. */
  labelWidth: number;
  total: number;
  totalX: number;
  totalAnchor: Anchor;
}

export interface HorizontalBarsLayout {
  width: number;
  height: number;
  rows: BarRow[];
  /** Non-empty segments, row by row and series by series: the chart's data points in order. */
  segments: BarSegment[];
  ticks: Tick[];
  /** Where the bars start (the zero line). */
  baseX: number;
  /** Top and bottom of the bars' area, for the grid lines. */
  top: number;
  bottom: number;
}

export interface HorizontalBarsOptions {
  width: number;
  rtl?: boolean;
  /** Height of a row (default 28). */
  rowHeight?: number;
  /** Thickness of a bar (default 16). */
  barHeight?: number;
}

/**
 * An axis of counts from zero: its top, `max` rounded up to a whole step, and its ticks. The step
 * is 1, 2 or 5 times a power of ten giving about `count` ticks, and never below 1 (counts are whole).
 * (A few lines here rather than d3-scale's linear scale, which brings formatting and interpolation
 * the charts do not use.)
 */
export function countAxis(max: number, count: number): { top: number; ticks: number[] } {
  const raw = Math.max(1, max) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  const step = Math.max(1, (error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1) * power);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const ticks: number[] = [];
  for (let value = 0; value <= top; value += step) ticks.push(value);
  return { top, ticks };
}

/** Maps `[0, top]` onto `[from, to]`. */
function linear(top: number, from: number, to: number): (value: number) => number {
  return (value) => from + (value / top) * (to - from);
}

const AXIS_HEIGHT = 20;
const GAP = 8;
/** Room for a row's total after its bar ("12,345"). */
const TOTAL_WIDTH = 48;

/**
 * Rows of bars, each row's series stacked from the zero line: `values[row][series]`. The label
 * column takes up to two fifths of the width (at most 180px); the bars scale to the largest total.
 */
export function horizontalBars(values: readonly (readonly number[])[], options: HorizontalBarsOptions): HorizontalBarsLayout {
  const { width, rtl = false, rowHeight = 28, barHeight = 16 } = options;
  const labelWidth = Math.min(180, Math.round(width * 0.4));
  const totals = values.map((row) => row.reduce((sum, value) => sum + value, 0));
  const max = Math.max(1, ...totals);
  const start = labelWidth + GAP;
  const end = Math.max(start + 1, width - TOTAL_WIDTH);
  const axis = countAxis(max, Math.max(2, Math.min(5, Math.floor((end - start) / 60))));
  const scale = linear(axis.top, start, end);
  const flip = (x: number, w = 0) => (rtl ? width - x - w : x);
  const segments: BarSegment[] = [];
  const rows: BarRow[] = values.map((row, index) => {
    const top = index * rowHeight + (rowHeight - barHeight) / 2;
    let sum = 0;
    row.forEach((value, series) => {
      if (value <= 0) return;
      const x0 = scale(sum);
      sum += value;
      const x1 = scale(sum);
      segments.push({ row: index, series, value, x: flip(x0, x1 - x0), y: top, width: x1 - x0, height: barHeight });
    });
    const textY = index * rowHeight + rowHeight / 2 + 4;
    return {
      textY,
      labelX: flip(0),
      labelAnchor: rtl ? 'end' : 'start',
      labelWidth,
      total: totals[index]!,
      totalX: flip(scale(sum) + 4),
      totalAnchor: rtl ? 'end' : 'start',
    };
  });
  const bottom = values.length * rowHeight;
  const ticks = axis.ticks.map((value) => ({ value, at: flip(scale(value)) }));
  return { width, height: bottom + AXIS_HEIGHT, rows, segments, ticks, baseX: flip(start), top: 0, bottom };
}

export interface LinePoint {
  /** Index of the day. */
  index: number;
  x: number;
  /** y of each series' value. */
  ys: number[];
  /** The column around x that takes the pointer and focus. */
  hitX: number;
  hitWidth: number;
}

export interface LinesLayout {
  width: number;
  height: number;
  /** One SVG path per series. */
  paths: string[];
  points: LinePoint[];
  /** Values on the y axis, at their y. */
  ticks: Tick[];
  tickX: number;
  tickAnchor: Anchor;
  /** The plot area. */
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Indexes of the days labelled under the axis (first, middle, last), with their x and anchor. */
  dayLabels: { index: number; x: number; anchor: Anchor | 'middle' }[];
}

export interface LinesOptions {
  width: number;
  height?: number;
  rtl?: boolean;
}

/** Series over days, `series[s][day]`, as lines over a shared y scale from zero; time runs the way the text reads. */
export function lines(series: readonly (readonly number[])[], options: LinesOptions): LinesLayout {
  const { width, height = 200, rtl = false } = options;
  const count = Math.max(0, ...series.map((each) => each.length));
  const axisWidth = 40;
  const left = rtl ? 8 : axisWidth;
  const right = width - (rtl ? axisWidth : 8);
  const top = 8;
  const bottom = height - 24;
  const max = Math.max(1, ...series.flat());
  // Up to a whole step, so the top of the plot is a labelled line.
  const axis = countAxis(max, 4);
  const y = linear(axis.top, bottom, top);
  const step = count > 1 ? (right - left) / (count - 1) : 0;
  const x = (index: number) => {
    const along = count > 1 ? left + index * step : (left + right) / 2;
    return rtl ? left + right - along : along;
  };
  const path = line<number>()
    .x((_, index) => x(index))
    .y((value) => y(value));
  const hitWidth = count > 1 ? step : right - left;
  const points: LinePoint[] = Array.from({ length: count }, (_, index) => ({
    index,
    x: x(index),
    ys: series.map((each) => y(each[index] ?? 0)),
    hitX: x(index) - hitWidth / 2,
    hitWidth,
  }));
  const ticks = axis.ticks.map((value) => ({ value, at: y(value) }));
  const labelled = count === 0 ? [] : count < 3 ? [...Array(count).keys()] : [0, Math.floor((count - 1) / 2), count - 1];
  const dayLabels = labelled.map((index) => {
    const edge = index === 0 ? 'first' : index === count - 1 ? 'last' : 'middle';
    const anchor: Anchor | 'middle' = edge === 'middle' ? 'middle' : (edge === 'first') !== rtl ? 'start' : 'end';
    return { index, x: x(index), anchor };
  });
  return {
    width,
    height,
    paths: series.map((each) => path([...each]) ?? ''),
    points,
    ticks,
    tickX: rtl ? right + 6 : left - 6,
    tickAnchor: rtl ? 'start' : 'end',
    left,
    right,
    top,
    bottom,
    dayLabels,
  };
}
