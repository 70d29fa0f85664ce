/**
 * Locale-aware formatting. Every function takes the BCP 47 tag to format for (an element's
 * `LocaleController` supplies it); formatters are made once per tag and kept.
 */

interface Formatters {
  dateTime: Intl.DateTimeFormat;
  dateTimeSeconds: Intl.DateTimeFormat;
  date: Intl.DateTimeFormat;
  time: Intl.DateTimeFormat;
  count: Intl.NumberFormat;
  relative: Intl.RelativeTimeFormat;
  plural: Intl.PluralRules;
  list(type?: Intl.ListFormatType): Intl.ListFormat;
  listParts(items: readonly string[], type?: Intl.ListFormatType): { type: string; value: string }[];
}

const cache = new Map<string, Formatters>();

/** The formatters for `locale`, made on first use. */
export function formattersFor(locale: string): Formatters {
  let formatters = cache.get(locale);
  if (!formatters) {
    const lists = new Map<Intl.ListFormatType, Intl.ListFormat>();
    formatters = {
      dateTime: new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }),
      dateTimeSeconds: new Intl.DateTimeFormat(locale, {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      }),
      date: new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' }),
      time: new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' }),
      count: new Intl.NumberFormat(locale),
      relative: new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
      plural: new Intl.PluralRules(locale),
      list(type = 'conjunction') {
        let list = lists.get(type);
        if (!list) {
          list = new Intl.ListFormat(locale, { style: 'long', type });
          lists.set(type, list);
        }
        return list;
      },
      listParts(items, type) {
        return this.list(type).formatToParts(items);
      },
    };
    cache.set(locale, formatters);
  }
  return formatters;
}

function formatTimestamp(format: Intl.DateTimeFormat, iso: string | number | null | undefined): string {
  if (iso === null || iso === undefined || iso === '') return '—';
  const time = typeof iso === 'number' ? iso : Date.parse(iso);
  // Beyond ±8.64e15 ms there is no date (Intl would throw).
  return Number.isFinite(time) && Math.abs(time) <= 8.64e15 ? format.format(time) : '—';
}

/** A timestamp as the portal shows it ("Nov 26, 2026, 09:14" in English); '—' when absent or unreadable. */
export function formatDateTime(iso: string | number | null | undefined, locale = 'en'): string {
  return formatTimestamp(formattersFor(locale).dateTime, iso);
}

/** A timestamp to the second ("Nov 26, 2026, 09:14:05"), as an entity's timeline shows events; '—' when absent or unreadable. */
export function formatDateTimeSeconds(iso: string | number | null | undefined, locale = 'en'): string {
  return formatTimestamp(formattersFor(locale).dateTimeSeconds, iso);
}

/** A day ("Nov 26, 2026"); '—' when absent or unreadable. */
export function formatDate(iso: string | number | null | undefined, locale = 'en'): string {
  return formatTimestamp(formattersFor(locale).date, iso);
}

/** A time of day with seconds ("09:14:05"); '—' when absent or unreadable. */
export function formatTime(iso: string | number | null | undefined, locale = 'en'): string {
  return formatTimestamp(formattersFor(locale).time, iso);
}

/** A count with the reader's digit grouping ("30,000", "30.000"). */
export function formatCount(value: number, locale = 'en'): string {
  return formattersFor(locale).count.format(value);
}

/** Items joined as the language joins them ("a, b, and c"; "a, b und c"). */
export function formatList(items: readonly string[], locale = 'en', type: Intl.ListFormatType = 'conjunction'): string {
  return formattersFor(locale).list(type).format(items);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600e3],
  ['month', 30 * 24 * 3600e3],
  ['day', 24 * 3600e3],
  ['hour', 3600e3],
  ['minute', 60e3],
];

/** "3 hours ago"; `now` is a parameter so tests and stories are stable. */
export function formatRelative(iso: string | null | undefined, now = Date.now(), locale = 'en'): string {
  if (!iso) return '—';
  const diff = Date.parse(iso) - now;
  if (Number.isNaN(diff)) return '—';
  const { relative } = formattersFor(locale);
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms) return relative.format(Math.round(diff / ms), unit);
  }
  return relative.format(0, 'minute');
}

/** Only http(s) and mailto links from data may become links; anything else is shown as text. */
export function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return ['http:', 'https:', 'mailto:'].includes(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
