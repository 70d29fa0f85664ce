import type { MetricsQuery } from '../api/model.js';

/** The ranges the time range control offers besides a custom one, in days back from today. */
export const METRICS_RANGE_PRESETS = ['7d', '30d', '90d'] as const;
export type MetricsRangePreset = (typeof METRICS_RANGE_PRESETS)[number];

/** A range as the control holds it: a preset, or two days (`YYYY-MM-DD`, UTC) as the person typed them. */
export type MetricsRange = { preset: MetricsRangePreset } | { preset: 'custom'; from: string; to: string };

/** The longest custom range, in days: a year, leap day included. */
export const MAX_RANGE_DAYS = 366;

export const DAY_MS = 24 * 3600e3;

const PRESET_DAYS: Record<MetricsRangePreset, number> = { '7d': 7, '30d': 30, '90d': 90 };

/** Midnight UTC at the start of the day that holds `time`. */
export function startOfUtcDay(time: number): number {
  return Math.floor(time / DAY_MS) * DAY_MS;
}

/**
 * The query of a preset: whole UTC days, today included, so that every day of the per-day chart
 * is a full one and the same range asked twice in a day is the same query.
 */
export function presetQuery(preset: MetricsRangePreset, now: number): MetricsQuery {
  const to = startOfUtcDay(now) + DAY_MS;
  return { from: new Date(to - PRESET_DAYS[preset] * DAY_MS).toISOString(), to: new Date(to).toISOString() };
}

/** `YYYY-MM-DD` as midnight UTC, or NaN when it is no such day. */
export function parseDay(day: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return NaN;
  const time = Date.parse(`${day}T00:00:00Z`);
  // Date.parse rolls "2026-02-30" over to March: only a day that formats back the same is one.
  return Number.isFinite(time) && new Date(time).toISOString().slice(0, 10) === day ? time : NaN;
}

/** The day (`YYYY-MM-DD`, UTC) that holds `time`. */
export function dayOf(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** What is wrong with a custom range, by field. */
export type CustomRangeProblem =
  | { field: 'from'; problem: 'fromRequired' | 'fromInvalid' }
  | { field: 'to'; problem: 'toRequired' | 'toInvalid' | 'toBeforeFrom' | 'tooLong' | 'toInFuture' };

/**
 * Checks a custom range of days, both inclusive: both present and real days, the end not before
 * the start nor after today, at most `MAX_RANGE_DAYS` days. Undefined when it is fine.
 */
export function checkCustomRange(from: string, to: string, now: number): CustomRangeProblem | undefined {
  if (!from) return { field: 'from', problem: 'fromRequired' };
  const start = parseDay(from);
  if (Number.isNaN(start)) return { field: 'from', problem: 'fromInvalid' };
  if (!to) return { field: 'to', problem: 'toRequired' };
  const end = parseDay(to);
  if (Number.isNaN(end)) return { field: 'to', problem: 'toInvalid' };
  if (end < start) return { field: 'to', problem: 'toBeforeFrom' };
  if (end > startOfUtcDay(now)) return { field: 'to', problem: 'toInFuture' };
  if ((end - start) / DAY_MS + 1 > MAX_RANGE_DAYS) return { field: 'to', problem: 'tooLong' };
  return undefined;
}

/** The query of a valid custom range: from the start of its first day to the end of its last. */
export function customQuery(from: string, to: string): MetricsQuery {
  return { from: new Date(parseDay(from)).toISOString(), to: new Date(parseDay(to) + DAY_MS).toISOString() };
}

/** The query of `range`, or undefined for a custom range that does not pass `checkCustomRange`. */
export function queryOf(range: MetricsRange, now: number): MetricsQuery | undefined {
  if (range.preset !== 'custom') return presetQuery(range.preset, now);
  return checkCustomRange(range.from, range.to, now) ? undefined : customQuery(range.from, range.to);
}
