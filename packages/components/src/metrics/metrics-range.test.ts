import { expect } from '@open-wc/testing';
import { formatDuration } from './metrics-format.js';
import { checkCustomRange, customQuery, parseDay, presetQuery, queryOf } from './metrics-range.js';

const NOW = Date.parse('2026-11-26T09:30:00Z');

describe('metrics ranges', () => {
  it('makes a preset whole UTC days up to the end of today', () => {
    expect(presetQuery('7d', NOW)).to.deep.equal({ from: '2026-11-20T00:00:00.000Z', to: '2026-11-27T00:00:00.000Z' });
    expect(presetQuery('90d', NOW).from).to.equal('2026-08-29T00:00:00.000Z');
  });

  it('takes both days of a custom range whole', () => {
    expect(customQuery('2026-11-01', '2026-11-03')).to.deep.equal({ from: '2026-11-01T00:00:00.000Z', to: '2026-11-04T00:00:00.000Z' });
    expect(queryOf({ preset: 'custom', from: '2026-11-01', to: '2026-11-01' }, NOW)).to.deep.equal({
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-11-02T00:00:00.000Z',
    });
  });

  it('names what is wrong with a custom range, by field', () => {
    expect(checkCustomRange('', '2026-11-01', NOW)).to.deep.equal({ field: 'from', problem: 'fromRequired' });
    expect(checkCustomRange('2026-02-30', '2026-11-01', NOW)).to.deep.equal({ field: 'from', problem: 'fromInvalid' });
    expect(checkCustomRange('2026-11-01', '', NOW)).to.deep.equal({ field: 'to', problem: 'toRequired' });
    expect(checkCustomRange('2026-11-05', '2026-11-01', NOW)).to.deep.equal({ field: 'to', problem: 'toBeforeFrom' });
    expect(checkCustomRange('2026-11-01', '2026-11-27', NOW)).to.deep.equal({ field: 'to', problem: 'toInFuture' });
    expect(checkCustomRange('2025-11-25', '2026-11-26', NOW)).to.deep.equal({ field: 'to', problem: 'tooLong' });
    expect(checkCustomRange('2025-11-26', '2026-11-26', NOW)).to.equal(undefined);
    expect(queryOf({ preset: 'custom', from: '2026-11-05', to: '2026-11-01' }, NOW)).to.equal(undefined);
  });

  it('reads only real days', () => {
    expect(parseDay('2024-02-29')).to.equal(Date.parse('2024-02-29T00:00:00Z'));
    expect(parseDay('2026-02-29')).to.be.NaN;
    expect(parseDay('26-11-01')).to.be.NaN;
  });
});

describe('formatDuration', () => {
  const minutes = 60e3;
  const hours = 60 * minutes;

  it('gives the two largest units for the locale', () => {
    expect(formatDuration(3 * hours + 20 * minutes, 'en')).to.equal('3 hr 20 min');
    expect(formatDuration(2 * 24 * hours + 4 * hours, 'en')).to.equal('2 days 4 hr');
    expect(formatDuration(45 * minutes + 20e3, 'en')).to.equal('45 min');
    expect(formatDuration(42e3, 'en')).to.equal('42 sec');
    const unit = (unit: string, value: number) => new Intl.NumberFormat('de', { style: 'unit', unit }).format(value);
    const list = new Intl.ListFormat('de', { type: 'unit', style: 'narrow' });
    expect(formatDuration(3 * hours + 20 * minutes, 'de')).to.equal(list.format([unit('hour', 3), unit('minute', 20)]));
  });

  it('carries a rounded-up smaller unit and leaves out zeros', () => {
    expect(formatDuration(hours + 59.7 * minutes, 'en')).to.equal('2 hr');
    expect(formatDuration(2 * 24 * hours, 'en')).to.equal('2 days');
  });
});
