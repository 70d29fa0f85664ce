import { TIMELINE_KINDS, type TimelineKind } from '../api/model.js';

/** The preset ranges, each ending now. */
export const TIMELINE_RANGE_PRESETS = ['1d', '3d', '1w', '30d', '6m'] as const;
export type TimelineRangePreset = (typeof TIMELINE_RANGE_PRESETS)[number];

/** What the time range menu offers: the presets, then a range of the person's own. */
export const TIMELINE_RANGES = [...TIMELINE_RANGE_PRESETS, 'custom'] as const;
export type TimelineRange = (typeof TIMELINE_RANGES)[number];

export const DEFAULT_TIMELINE_RANGE: TimelineRangePreset = '30d';

/** A span of time in epoch milliseconds: `from` inclusive, `to` exclusive. */
export interface TimeSpan {
  from: number;
  to: number;
}

const DAY_MS = 24 * 3600e3;
const PRESET_DAYS: Record<Exclude<TimelineRangePreset, '6m'>, number> = { '1d': 1, '3d': 3, '1w': 7, '30d': 30 };

export function isTimelineRange(value: unknown): value is TimelineRange {
  return typeof value === 'string' && (TIMELINE_RANGES as readonly string[]).includes(value);
}

export function isTimelineRangePreset(value: unknown): value is TimelineRangePreset {
  return typeof value === 'string' && (TIMELINE_RANGE_PRESETS as readonly string[]).includes(value);
}

/** The span a preset stands for when it ends at `now`; six months are calendar months. */
export function presetSpan(preset: TimelineRangePreset, now: number): TimeSpan {
  if (preset === '6m') {
    const from = new Date(now);
    from.setMonth(from.getMonth() - 6);
    return { from: from.getTime(), to: now };
  }
  return { from: now - PRESET_DAYS[preset] * DAY_MS, to: now };
}

const pad = (value: number) => String(value).padStart(2, '0');

/** A time as a `datetime-local` input shows it (local time, to the minute). */
export function toLocalInputValue(time: number): string {
  const date = new Date(time);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Reads a `datetime-local` value (local time); `undefined` when it is empty or not a time. */
export function fromLocalInputValue(value: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day, hours, minutes, seconds = 0] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  const date = new Date(year!, month! - 1, day!, hours!, minutes!, seconds);
  // Reject what the calendar rolls over (31 April becomes 1 May).
  return date.getMonth() === month! - 1 && date.getDate() === day ? date.getTime() : undefined;
}

/** What is wrong with a custom range: the `rangeError.*` message of the timeline's catalog. */
export type CustomSpanError = 'noStart' | 'noEnd' | 'endBeforeStart';

export type CustomSpanResult = { span: TimeSpan } | { error: CustomSpanError; field: 'from' | 'to' };

/** Checks what the person typed as a custom range. */
export function readCustomSpan(fromValue: string, toValue: string): CustomSpanResult {
  const from = fromLocalInputValue(fromValue);
  const to = fromLocalInputValue(toValue);
  if (from === undefined) return { error: 'noStart', field: 'from' };
  if (to === undefined) return { error: 'noEnd', field: 'to' };
  if (to <= from) return { error: 'endBeforeStart', field: 'to' };
  return { span: { from, to } };
}

/** Reads the `kinds` attribute: kinds separated by spaces or commas; unknown words are ignored. */
export function parseKinds(value: string | null): TimelineKind[] {
  if (value === null) return [...TIMELINE_KINDS];
  const words = value.split(/[\s,]+/).filter(Boolean);
  return TIMELINE_KINDS.filter((kind) => words.includes(kind));
}
