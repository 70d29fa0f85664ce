/** "00" to "99". */
const TWO_DIGITS = Array.from({ length: 100 }, (_, value) => (value < 10 ? `0${value}` : String(value)));

const MS_PER_DAY = 86_400_000;
/** 0001-01-01T00:00:00.000Z and 10000-01-01T00:00:00.000Z: in between, a year is written with four digits and no sign. */
const FOUR_DIGIT_YEARS_FROM = -62_135_596_800_000;
const FOUR_DIGIT_YEARS_UNTIL = 253_402_300_800_000;
/** Days from 0000-03-01 to 1970-01-01, and in a 400-year era. */
const DAYS_TO_EPOCH = 719_468;
const DAYS_PER_ERA = 146_097;

function threeDigits(value: number): string {
  return value < 10 ? `00${value}` : value < 100 ? `0${value}` : String(value);
}

/**
 * The timestamp `ms` as `Date.prototype.toISOString` writes it ("2025-03-03T09:00:00.000Z"), worked out from the
 * number: the service writes every time it answers with, and a `Date` made for each costs more than the rest of
 * an incident. Outside the years 0001 to 9999, and for a fraction of a millisecond or no time at all, it leaves the
 * writing (or the RangeError) to `Date`.
 */
export function isoTime(ms: number): string {
  if (!(ms >= FOUR_DIGIT_YEARS_FROM && ms < FOUR_DIGIT_YEARS_UNTIL) || !Number.isInteger(ms)) return new Date(ms).toISOString();
  const days = Math.floor(ms / MS_PER_DAY);
  let rest = ms - days * MS_PER_DAY;
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  const milliseconds = rest - seconds * 1000;
  // The civil date of a day count (days from 1970-01-01), in years that begin on 1 March so that a leap day ends them.
  const shifted = days + DAYS_TO_EPOCH;
  const era = Math.floor(shifted / DAYS_PER_ERA);
  const dayOfEra = shifted - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const yearText = year >= 1000 ? String(year) : String(year).padStart(4, '0');
  return (
    `${yearText}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}T${TWO_DIGITS[hours]}:${TWO_DIGITS[minutes]}:` +
    `${TWO_DIGITS[seconds]}.${threeDigits(milliseconds)}Z`
  );
}
