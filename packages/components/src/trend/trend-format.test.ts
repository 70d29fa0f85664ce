import { expect } from '@open-wc/testing';
import { bucketSpan, hasTick, tickLabel, trendEndAt } from './trend-format.js';

const HOUR = 3_600_000;
const join = (start: string, end: string) => `${start}–${end}`;
const at = (iso: string) => Date.parse(iso);

describe('trend format', () => {
  it('names an hour by its times, in the zone and the locale', () => {
    const start = at('2026-11-26T13:00:00Z');
    expect(bucketSpan(start, start + HOUR, 'en-GB', 'UTC', join)).to.equal('13:00–14:00');
    expect(bucketSpan(start, start + HOUR, 'en-GB', 'Europe/Berlin', join)).to.equal('14:00–15:00');
    expect(bucketSpan(start, start + HOUR, 'de', 'Asia/Kolkata', join)).to.equal('18:30–19:30');
    // The hour before midnight ends at midnight, still one day.
    const late = at('2026-11-26T23:00:00Z');
    expect(bucketSpan(late, late + HOUR, 'en-GB', 'UTC', join)).to.equal('23:00–00:00');
  });

  it('names a whole day from midnight by the day, and any other 24 hours by both ends', () => {
    const midnight = at('2026-11-26T00:00:00Z');
    expect(bucketSpan(midnight, midnight + 24 * HOUR, 'en-US', 'UTC', join)).to.equal('Thu, Nov 26');
    const nine = at('2026-11-25T09:00:00Z');
    expect(bucketSpan(nine, nine + 24 * HOUR, 'en-GB', 'UTC', join)).to.equal('25 Nov, 09:00–26 Nov, 09:00');
  });

  it('writes ticks shorter: the hour of an hour, the day holding most of a day', () => {
    const start = at('2026-11-26T13:00:00Z');
    expect(tickLabel(start, start + HOUR, 'en-US', 'UTC')).to.equal('1:00 PM');
    expect(tickLabel(start, start + HOUR, 'de', 'UTC')).to.equal('13:00');
    const nine = at('2026-11-25T09:00:00Z');
    expect(tickLabel(nine, nine + 24 * HOUR, 'en-GB', 'UTC')).to.equal('Wed 25');
    expect(tickLabel(nine, nine + 24 * HOUR, 'en-GB', 'Pacific/Kiritimati')).to.equal('Thu 26');
  });

  it('ticks every bucket of a week, every sixth hour of a day', () => {
    expect(Array.from({ length: 7 }, (_, index) => hasTick(index, 7)).every(Boolean)).to.be.true;
    const ticked = Array.from({ length: 24 }, (_, index) => index).filter((index) => hasTick(index, 24));
    expect(ticked).to.deep.equal([0, 6, 12, 18]);
  });

  it('falls back to the browser\'s zone for an unknown one', () => {
    const start = at('2026-11-26T13:00:00Z');
    const local = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
    expect(bucketSpan(start, start + HOUR, 'en-GB', 'Mars/Olympus_Mons', join)).to.equal(`${local.format(start)}–${local.format(start + HOUR)}`);
  });

  it('ends a trend at the next full hour', () => {
    expect(trendEndAt(at('2026-11-26T09:00:00Z'))).to.equal('2026-11-26T09:00:00.000Z');
    expect(trendEndAt(at('2026-11-26T09:00:01Z'))).to.equal('2026-11-26T10:00:00.000Z');
  });
});
