import { expect } from '@open-wc/testing';
import { countAxis, horizontalBars, lines } from './chart-geometry.js';

describe('chart geometry', () => {
  it('rounds an axis of counts up to a whole step of 1, 2 or 5 times a power of ten', () => {
    expect(countAxis(14, 4)).to.deep.equal({ top: 15, ticks: [0, 5, 10, 15] });
    expect(countAxis(52, 5)).to.deep.equal({ top: 60, ticks: [0, 10, 20, 30, 40, 50, 60] });
    expect(countAxis(3, 5)).to.deep.equal({ top: 3, ticks: [0, 1, 2, 3] });
    expect(countAxis(0, 4)).to.deep.equal({ top: 1, ticks: [0, 1] });
    expect(countAxis(12_345, 4)).to.deep.equal({ top: 14_000, ticks: [0, 2_000, 4_000, 6_000, 8_000, 10_000, 12_000, 14_000] });
  });

  describe('horizontalBars', () => {
    const values = [
      [3, 1],
      [0, 2],
      [0, 0],
    ];

    it('stacks the series of a row from the zero line, leaving out empty segments', () => {
      const layout = horizontalBars(values, { width: 400 });
      expect(layout.segments.map(({ row, series, value }) => [row, series, value])).to.deep.equal([
        [0, 0, 3],
        [0, 1, 1],
        [1, 1, 2],
      ]);
      const [first, second, third] = layout.segments;
      expect(first!.x).to.equal(layout.baseX);
      expect(second!.x).to.be.closeTo(first!.x + first!.width, 1e-9);
      // Widths are proportional to the values.
      expect(second!.width * 3).to.be.closeTo(first!.width, 1e-9);
      expect(third!.x).to.equal(layout.baseX);
      expect(layout.rows.map((row) => row.total)).to.deep.equal([4, 2, 0]);
      expect(layout.height).to.be.greaterThan(3 * 28);
    });

    it('keeps the bars inside the width, with room for the labels', () => {
      const layout = horizontalBars(values, { width: 320 });
      for (const segment of layout.segments) {
        expect(segment.x).to.be.at.least(layout.rows[0]!.labelWidth);
        expect(segment.x + segment.width).to.be.at.most(320);
      }
      expect(layout.ticks.map((tick) => tick.value)).to.include(0);
    });

    it('mirrors a right-to-left chart', () => {
      const ltr = horizontalBars(values, { width: 400 });
      const rtl = horizontalBars(values, { width: 400, rtl: true });
      rtl.segments.forEach((segment, index) => {
        const mirror = ltr.segments[index]!;
        expect(segment.x).to.be.closeTo(400 - mirror.x - mirror.width, 1e-9);
      });
      expect(rtl.rows[0]!.labelX).to.equal(400);
      expect(rtl.rows[0]!.labelAnchor).to.equal('end');
      expect(ltr.rows[0]!.labelAnchor).to.equal('start');
    });
  });

  describe('lines', () => {
    it('draws a path per series over a shared y scale from zero, with a point per day', () => {
      const layout = lines(
        [
          [0, 4, 2],
          [1, 0, 3],
        ],
        { width: 300, height: 200 },
      );
      expect(layout.paths).to.have.length(2);
      expect(layout.paths[0]).to.match(/^M/);
      expect(layout.points.map((point) => point.index)).to.deep.equal([0, 1, 2]);
      const [first, , last] = layout.points;
      expect(first!.x).to.equal(layout.left);
      expect(last!.x).to.equal(layout.right);
      // Zero sits on the bottom; the largest value highest.
      expect(first!.ys[0]).to.equal(layout.bottom);
      expect(layout.points[1]!.ys[0]).to.be.lessThan(last!.ys[1]!);
      expect(layout.dayLabels.map((label) => label.index)).to.deep.equal([0, 1, 2]);
    });

    it('runs time from right to left in a right-to-left chart', () => {
      const layout = lines([[1, 2, 3, 4]], { width: 300, rtl: true });
      expect(layout.points[0]!.x).to.be.greaterThan(layout.points[3]!.x);
      expect(layout.dayLabels[0]!.anchor).to.equal('end');
      expect(layout.tickAnchor).to.equal('start');
    });

    it('copes with no days and a single one', () => {
      expect(lines([[], []], { width: 300 }).points).to.deep.equal([]);
      const one = lines([[5]], { width: 300 });
      expect(one.points[0]!.x).to.equal((one.left + one.right) / 2);
    });
  });
});
