import { expect } from '@open-wc/testing';
import { bucketIndexAfter, CHART_HEIGHT, COLUMN_WIDTH, niceMax, tooltipAlignment, trendChart } from './trend-geometry.js';

describe('trend geometry', () => {
  it('tops the scale with a round number at or above the largest count', () => {
    expect([0, 1, 3, 7, 10].map(niceMax)).to.deep.equal([1, 1, 3, 7, 10]);
    expect([11, 14, 16, 52, 99, 101, 1_234, 99_999].map(niceMax)).to.deep.equal([12, 15, 20, 60, 100, 120, 1_500, 100_000]);
    expect(niceMax(Number.NaN)).to.equal(1);
  });

  it('centres a bar of each bucket in its column, as tall as its incidents on the shared scale', () => {
    const chart = trendChart([
      { incidents: 2, alerts: 10 },
      { incidents: 0, alerts: 5 },
      { incidents: 10, alerts: 0 },
    ]);
    expect(chart.width).to.equal(3 * COLUMN_WIDTH);
    expect(chart.height).to.equal(CHART_HEIGHT);
    expect(chart.max).to.equal(10);
    chart.bars.forEach((bar, index) => {
      expect(bar.x + bar.width / 2, `bar ${index} in the middle of its column`).to.be.closeTo((index + 0.5) * COLUMN_WIDTH, 1e-9);
      expect(bar.width).to.be.closeTo(COLUMN_WIDTH / 2, 1e-9);
      expect(bar.y + bar.height, `bar ${index} stands on the baseline`).to.be.closeTo(CHART_HEIGHT, 1e-9);
    });
    expect(chart.bars.map((bar) => bar.height)).to.deep.equal([20, 0, 100]);
  });

  it('draws the alerts as a line through the middle of the columns', () => {
    const chart = trendChart([
      { incidents: 1, alerts: 4 },
      { incidents: 1, alerts: 0 },
      { incidents: 1, alerts: 2 },
    ]);
    expect(chart.max).to.equal(4);
    expect(chart.alertPoints).to.deep.equal([
      { x: 5, y: 0 },
      { x: 15, y: 100 },
      { x: 25, y: 50 },
    ]);
    expect(chart.alertsPath).to.equal('M5,0L15,100L25,50');
  });

  it('has nothing to draw without buckets', () => {
    const chart = trendChart([]);
    expect(chart).to.include({ width: 0, max: 1, alertsPath: '' });
    expect(chart.bars).to.deep.equal([]);
  });

  it('moves between buckets with the arrow keys, Home and End, and stops at the ends', () => {
    expect(bucketIndexAfter('ArrowRight', 3, 24)).to.equal(4);
    expect(bucketIndexAfter('ArrowLeft', 3, 24)).to.equal(2);
    expect(bucketIndexAfter('ArrowRight', 23, 24)).to.equal(23);
    expect(bucketIndexAfter('ArrowLeft', 0, 24)).to.equal(0);
    expect(bucketIndexAfter('Home', 10, 24)).to.equal(0);
    expect(bucketIndexAfter('End', 10, 24)).to.equal(23);
    expect(bucketIndexAfter('Enter', 10, 24)).to.be.undefined;
    expect(bucketIndexAfter('End', 0, 0)).to.be.undefined;
  });

  it('keeps a tooltip inside the chart: from the start near the start, from the end near the end', () => {
    expect([0, 7, 8, 15, 16, 23].map((index) => tooltipAlignment(index, 24))).to.deep.equal([
      'start',
      'start',
      'center',
      'center',
      'end',
      'end',
    ]);
    expect([0, 1].map((index) => tooltipAlignment(index, 2))).to.deep.equal(['start', 'end']);
  });
});
