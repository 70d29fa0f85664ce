/** Durations for the locale: "3 hr 20 min", "2 days 4 hr", "45 sec". */

const UNITS = [
  ['day', 24 * 3600e3],
  ['hour', 3600e3],
  ['minute', 60e3],
  ['second', 1e3],
] as const;

type Unit = (typeof UNITS)[number][0];

interface DurationFormats {
  units: Record<Unit, Intl.NumberFormat>;
  list: Intl.ListFormat;
}

const formats = new Map<string, DurationFormats>();

function formatsFor(locale: string): DurationFormats {
  let found = formats.get(locale);
  if (!found) {
    const unit = (name: Unit) => new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' });
    found = {
      units: { day: unit('day'), hour: unit('hour'), minute: unit('minute'), second: unit('second') },
      list: new Intl.ListFormat(locale, { type: 'unit', style: 'narrow' }),
    };
    formats.set(locale, found);
  }
  return found;
}

/**
 * The two largest whole units of `ms` ("3 hr 20 min"; "1 day 2 hr"), rounded to the smaller of
 * them; under a minute in seconds. Zero units between are left out ("2 days", not "2 days 0 hr").
 */
export function formatDuration(ms: number, locale: string): string {
  const { units, list } = formatsFor(locale);
  const abs = Math.max(0, ms);
  if (abs < 60e3) return units.second.format(Math.round(abs / 1e3));
  const first = UNITS.findIndex(([, size]) => abs >= size);
  const [bigUnit, bigSize] = UNITS[first]!;
  const [smallUnit, smallSize] = UNITS[Math.min(first + 1, UNITS.length - 2)]!;
  let big = Math.floor(abs / bigSize);
  let small = Math.round((abs - big * bigSize) / smallSize);
  // 1 hr 59.6 min rounds to 2 hr, not "1 hr 60 min".
  if (small * smallSize >= bigSize) {
    big += 1;
    small = 0;
  }
  const parts = [units[bigUnit].format(big)];
  if (small > 0 && smallUnit !== bigUnit) parts.push(units[smallUnit].format(small));
  return list.format(parts);
}
