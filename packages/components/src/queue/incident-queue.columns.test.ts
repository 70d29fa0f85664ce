import { expect } from '@open-wc/testing';
import { freshState, startTestBackend, type TestBackend } from '../../../../test/support/test-backend.js';
import type { SocIncidentQueue } from './incident-queue.js';
import { eventually, openPanel, part, parts, renderQueue } from './incident-queue.fixture.js';

const STORAGE_KEY = 'incident-queue-columns-test';

describe('soc-incident-queue columns', function () {
  let test: TestBackend;

  before(async () => {
    test = await startTestBackend();
  });
  after(() => test.worker.stop());
  beforeEach(() => {
    freshState(test);
    localStorage.removeItem(STORAGE_KEY);
  });
  afterEach(() => localStorage.removeItem(STORAGE_KEY));

  const headers = (queue: SocIncidentQueue) =>
    parts(queue, '[role="columnheader"][data-column]').map((header) => header.dataset.column);

  async function openPicker(queue: SocIncidentQueue) {
    const picker = await openPanel(queue, 'columns');
    return picker.shadowRoot!;
  }

  it('hides and shows a column', async () => {
    const { queue } = await renderQueue({ storageKey: STORAGE_KEY });
    const picker = await openPicker(queue);
    const tags = picker.querySelector('li[data-column="tags"] input') as HTMLInputElement;
    tags.click();
    await queue.updateComplete;
    expect(headers(queue)).not.to.include('tags');
    expect(part(queue, '[role="grid"]')!.getAttribute('aria-colcount')).to.equal('17');
    expect(parts(queue, '.body [role="row"]')[0]!.querySelectorAll('[role="gridcell"]')).to.have.length(17);
    expect(
      (picker.querySelector('li[data-column="name"] input') as HTMLInputElement).disabled,
      'the incident name always shows',
    ).to.be.true;
    await expect(part(queue, 'soc-queue-column-picker')!).to.be.accessible();

    tags.click();
    await queue.updateComplete;
    expect(headers(queue)).to.include('tags');
  });

  it('reorders columns and keeps focus on the moved column', async () => {
    const { queue } = await renderQueue({ storageKey: STORAGE_KEY });
    const picker = await openPicker(queue);
    const moveUp = picker.querySelector('li[data-column="severity"] [data-move="up"]') as HTMLButtonElement;
    moveUp.click();
    await queue.updateComplete;
    await eventually(() => picker.activeElement !== null, 'focus settles');
    expect(headers(queue).slice(0, 4)).to.deep.equal(['name', 'id', 'severity', 'tags']);
    expect(picker.activeElement?.closest('li')?.dataset.column).to.equal('severity');
  });

  it('remembers the layout for a new queue with the same storage key, and resets to the default', async () => {
    const first = await renderQueue({ storageKey: STORAGE_KEY });
    let picker = await openPicker(first.queue);
    (picker.querySelector('li[data-column="categories"] input') as HTMLInputElement).click();
    (picker.querySelector('li[data-column="status"] [data-move="up"]') as HTMLButtonElement).click();
    await first.queue.updateComplete;
    const layout = headers(first.queue);

    const second = await renderQueue({ storageKey: STORAGE_KEY });
    expect(headers(second.queue)).to.deep.equal(layout);
    expect(headers(second.queue)).not.to.include('categories');

    picker = await openPicker(second.queue);
    [...picker.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === 'Reset to default')!.click();
    await second.queue.updateComplete;
    expect(headers(second.queue)).to.include('categories');
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).hidden).to.deep.equal([]);
  });

  it('remembers nothing with an empty storage key', async () => {
    const { queue } = await renderQueue({ storageKey: '' });
    const picker = await openPicker(queue);
    (picker.querySelector('li[data-column="tags"] input') as HTMLInputElement).click();
    await queue.updateComplete;
    const fresh = await renderQueue({ storageKey: '' });
    expect(headers(fresh.queue)).to.include('tags');
  });
});
