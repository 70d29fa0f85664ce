import { expect } from '@open-wc/testing';
import { defaultColumnLayout, loadColumnLayout, normalizeColumnLayout, saveColumnLayout } from './column-layout.js';
import { QUEUE_COLUMN_IDS } from './queue-columns.js';

describe('queue column layout', () => {
  afterEach(() => localStorage.removeItem('column-layout-test'));

  it('repairs a stored layout: unknown and duplicate ids dropped, new columns appended, the name never hidden', () => {
    const layout = normalizeColumnLayout({ order: ['status', 'bogus', 'status', 'name'], hidden: ['name', 'tags', 7] });
    expect(layout.order.slice(0, 2)).to.deep.equal(['status', 'name']);
    expect(layout.order).to.have.members([...QUEUE_COLUMN_IDS]);
    expect(layout.hidden).to.deep.equal(['tags']);
    expect(normalizeColumnLayout('garbage')).to.deep.equal(defaultColumnLayout());
  });

  it('saves and loads under a key, and not at all without one', () => {
    const layout = { order: [...QUEUE_COLUMN_IDS].reverse(), hidden: ['tags' as const] };
    saveColumnLayout('column-layout-test', layout);
    expect(loadColumnLayout('column-layout-test')).to.deep.equal(layout);
    localStorage.setItem('column-layout-test', '{not json');
    expect(loadColumnLayout('column-layout-test')).to.equal(undefined);
    expect(loadColumnLayout('')).to.equal(undefined);
  });
});
