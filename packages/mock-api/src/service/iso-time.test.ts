import { expect } from '@open-wc/testing';
import { isoTime } from './iso-time.js';
import { Random } from './random.js';

const DAY = 86_400_000;

describe('isoTime', () => {
  it('writes a time as Date.prototype.toISOString does, across the years 0001 to 9999', () => {
    const at = (text: string) => Date.parse(text);
    const edges = [
      0,
      -1,
      1,
      at('1969-12-31T23:59:59.999Z'),
      at('2000-02-29T12:34:56.789Z'),
      at('2000-03-01T00:00:00.000Z'),
      at('1900-02-28T23:59:59.999Z'),
      at('1900-03-01T00:00:00.000Z'),
      at('2100-02-28T00:00:00.000Z'),
      at('2100-03-01T00:00:00.000Z'),
      at('2024-02-29T00:00:00.000Z'),
      at('2024-12-31T23:59:59.999Z'),
      at('2025-01-01T00:00:00.000Z'),
      at('0001-01-01T00:00:00.000Z'),
      at('0999-12-31T23:59:59.999Z'),
      at('9999-12-31T23:59:59.999Z'),
    ];
    for (const ms of edges) expect(isoTime(ms), String(ms)).to.equal(new Date(ms).toISOString());
    const random = new Random(42);
    for (let i = 0; i < 20_000; i++) {
      // Mostly the service's own span of years, and some anywhere from 0001 to 9999.
      const ms =
        i % 4 === 0
          ? Math.floor(random.next() * (253_402_300_799_999 + 62_135_596_800_000)) - 62_135_596_800_000
          : Math.floor(at('2020-01-01T00:00:00Z') + random.next() * 3650 * DAY);
      expect(isoTime(ms), String(ms)).to.equal(new Date(ms).toISOString());
    }
  });

  it('leaves other times to Date: signed years, a fraction of a millisecond, and no time at all', () => {
    for (const ms of [-62_135_596_800_001, 253_402_300_800_000, 8.64e15, -8.64e15, 1_700_000_000_000.5]) {
      expect(isoTime(ms), String(ms)).to.equal(new Date(ms).toISOString());
    }
    expect(() => isoTime(Number.NaN)).to.throw(RangeError);
    expect(() => isoTime(8.64e15 + 1)).to.throw(RangeError);
  });
});
