import { expect } from '@open-wc/testing';
import { RowSlots } from './row-slots.js';

describe('RowSlots', () => {
  it('gives the first rows one slot each, in their order', () => {
    expect(new RowSlots<string>().assign(['a', 'b', 'c'])).to.deep.equal([0, 1, 2]);
  });

  it('keeps the slot of a row that stays, wherever it moves to', () => {
    const slots = new RowSlots<string>();
    slots.assign(['a', 'b', 'c', 'd']);
    // "b" was removed: the rows below it move up, and "e" comes into the range at the bottom.
    expect(slots.assign(['a', 'c', 'd', 'e'])).to.deep.equal([0, 2, 3, 1]);
  });

  it('hands the slots of rows that left to rows that arrive, in the order they were held', () => {
    const slots = new RowSlots<number>();
    slots.assign([0, 1, 2, 3, 4, 5]);
    // Scrolled down by two rows.
    expect(slots.assign([2, 3, 4, 5, 6, 7])).to.deep.equal([2, 3, 4, 5, 0, 1]);
    // Every row replaced: each slot stays where it was.
    expect(slots.assign([10, 11, 12, 13, 14, 15])).to.deep.equal([2, 3, 4, 5, 0, 1]);
  });

  it('gives arriving rows the slots rows left in this change before slots left empty earlier', () => {
    const slots = new RowSlots<number>();
    slots.assign([0, 1, 2, 3, 4, 5]);
    // The viewport was measured smaller: slots 4 and 5 are left with no row, and no element.
    slots.assign([0, 1, 2, 3]);
    // Scrolled down by one: the element of row 0 is the one to reuse.
    expect(slots.assign([1, 2, 3, 4])).to.deep.equal([1, 2, 3, 0]);
  });

  it('makes new slots only when more rows show than ever before, and keeps freed ones for later', () => {
    const slots = new RowSlots<string>();
    slots.assign(['a', 'b', 'c']);
    expect(slots.assign(['d'])).to.deep.equal([0]);
    expect(slots.assign(['d', 'e', 'f', 'g'])).to.deep.equal([0, 1, 2, 3]);
  });
});
