/**
 * How the trend names its buckets, in a locale and a time zone: the accessible name, the tooltip
 * and the table say what a bucket covers ("14:00–15:00", "Thu, Nov 26", or "Nov 25, 09:00–Nov 26,
 * 09:00" for a day that does not start at midnight where the reader is); the ticks under the chart
 * are shorter ("2:00 PM", "Thu 26").
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const OPTIONS = {
  time: { hour: '2-digit', minute: '2-digit' },
  day: { weekday: 'short', month: 'short', day: 'numeric' },
  dayAndTime: { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' },
  timeTick: { hour: 'numeric', minute: '2-digit' },
  dayTick: { weekday: 'short', day: 'numeric' },
  // Machine-readable: the calendar day and the time of day, to compare instants in the zone.
  calendarDay: { year: 'numeric', month: '2-digit', day: '2-digit' },
  clock: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

type FormatKind = keyof typeof OPTIONS;

const formats = new Map<string, Intl.DateTimeFormat>();

/** The format of `kind` for `locale` in `timeZone`, made on first use; an unknown zone falls back to the browser's. */
function formatOf(kind: FormatKind, locale: string, timeZone: string | undefined): Intl.DateTimeFormat {
  const machine = kind === 'calendarDay' || kind === 'clock';
  const key = `${kind}|${machine ? '' : locale}|${timeZone ?? ''}`;
  let format = formats.get(key);
  if (!format) {
    const tag = machine ? 'en-CA' : locale;
    try {
      format = new Intl.DateTimeFormat(tag, { ...OPTIONS[kind], timeZone });
    } catch {
      format = new Intl.DateTimeFormat(tag, OPTIONS[kind]);
    }
    formats.set(key, format);
  }
  return format;
}

/** The zone's calendar day of `time` ("2026-11-26"). */
function calendarDay(time: number, timeZone: string | undefined): string {
  return formatOf('calendarDay', 'en', timeZone).format(time);
}

function isMidnight(time: number, timeZone: string | undefined): boolean {
  return formatOf('clock', 'en', timeZone).format(time) === '00:00';
}

/** Joins the two ends of a span as the reader's language does (a message such as "{start}–{end}"). */
export type JoinSpan = (start: string, end: string) => string;

/**
 * What the bucket `[start, end)` covers, for its name, its tooltip and its table row: the times
 * alone within a day, the day alone for a whole day from midnight, else both ends in full.
 */
export function bucketSpan(start: number, end: number, locale: string, timeZone: string | undefined, join: JoinSpan): string {
  const length = end - start;
  const lastInstant = end - 1;
  if (length < DAY && calendarDay(start, timeZone) === calendarDay(lastInstant, timeZone)) {
    const time = formatOf('time', locale, timeZone);
    return join(time.format(start), time.format(end));
  }
  if (isMidnight(start, timeZone) && isMidnight(end, timeZone) && calendarDay(start, timeZone) === calendarDay(lastInstant, timeZone)) {
    return formatOf('day', locale, timeZone).format(start);
  }
  const dayAndTime = formatOf('dayAndTime', locale, timeZone);
  return join(dayAndTime.format(start), dayAndTime.format(end));
}

/** The tick under a bucket: the start's time for a bucket shorter than a day, else the day holding most of it. */
export function tickLabel(start: number, end: number, locale: string, timeZone: string | undefined): string {
  if (end - start < DAY) return formatOf('timeTick', locale, timeZone).format(start);
  return formatOf('dayTick', locale, timeZone).format(start + (end - start) / 2);
}

/** The end of a trend that runs up to `time`: the next full hour (`time` itself on the hour), as ISO 8601. */
export function trendEndAt(time: number): string {
  return new Date(Math.ceil(time / HOUR) * HOUR).toISOString();
}

/** Whether bucket `index` of `count` shows its tick: all of a few, every sixth of many (every six hours of 24). */
export function hasTick(index: number, count: number): boolean {
  return count <= 12 || index % 6 === 0;
}
