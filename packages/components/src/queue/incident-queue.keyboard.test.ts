import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { freshState, startTestBackend, type TestBackend } from '../../../../test/support/test-backend.js';
import type { SocIncidentQueue } from './incident-queue.js';
import { eventually, gridRowCount, part, parts, renderQueue, settle } from './incident-queue.fixture.js';

const SIZE = 200;
const COLUMNS = 18;

describe('soc-incident-queue keyboard (WAI-ARIA grid)', function () {
  let test: TestBackend;

  before(async () => {
    test = await startTestBackend();
  });
  after(() => test.worker.stop());
  beforeEach(() => {
    freshState(test);
    test.backend.reset({ size: SIZE });
  });

  /** The focused element inside the queue, and where it sits in the grid. */
  function focused(queue: SocIncidentQueue) {
    const element = queue.shadowRoot!.activeElement as HTMLElement | null;
    const row = element?.closest('[role="row"]');
    const cell = element?.closest('[role="gridcell"], [role="columnheader"]');
    return {
      element,
      rowIndex: Number(row?.getAttribute('aria-rowindex')),
      col: cell ? [...cell.parentElement!.children].indexOf(cell) : -1,
      id: (row as HTMLElement | null)?.dataset.id,
    };
  }

  async function press(queue: SocIncidentQueue, key: string) {
    await sendKeys({ press: key });
    await queue.updateComplete;
  }

  async function pressWithControl(queue: SocIncidentQueue, key: string) {
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: key });
    await sendKeys({ up: 'Control' });
    await queue.updateComplete;
  }

  async function tabIntoGrid(queue: SocIncidentQueue) {
    (part(queue, 'input[type="search"]') as HTMLInputElement).focus();
    await sendKeys({ press: 'Tab' });
    await queue.updateComplete;
  }

  it('is one tab stop, starting on the first incident', async () => {
    const { queue } = await renderQueue({ pageSize: 50 });
    expect(parts(queue, '[role="grid"] [tabindex="0"]')).to.have.length(1);
    await tabIntoGrid(queue);
    expect(focused(queue)).to.include({ rowIndex: 2, col: 1 });
    await sendKeys({ press: 'Tab' });
    expect(queue.shadowRoot!.activeElement?.closest('[role="grid"]') ?? null, 'Tab leaves the grid').to.equal(null);
  });

  it('moves the active cell with the arrows, Home and End', async () => {
    const { queue } = await renderQueue({ pageSize: 50 });
    await tabIntoGrid(queue);
    await press(queue, 'ArrowDown');
    await press(queue, 'ArrowDown');
    await press(queue, 'ArrowRight');
    expect(focused(queue)).to.include({ rowIndex: 4, col: 2 });
    await press(queue, 'ArrowUp');
    await press(queue, 'ArrowLeft');
    await press(queue, 'ArrowLeft');
    expect(focused(queue)).to.include({ rowIndex: 3, col: 0 });
    expect(focused(queue).element!.matches('input[type="checkbox"]'), 'the row checkbox takes focus').to.be.true;
    await press(queue, 'ArrowLeft');
    expect(focused(queue)).to.include({ rowIndex: 3, col: 0 });
    await press(queue, 'End');
    expect(focused(queue)).to.include({ rowIndex: 3, col: COLUMNS - 1 });
    const stops = parts(queue, '[role="grid"] [tabindex="0"]');
    expect(stops, 'one tab stop, on the plain cell focused').to.deep.equal([focused(queue).element]);
    const scroller = part(queue, '.scroller')!;
    expect(scroller.scrollLeft, 'the last column scrolled into view').to.be.greaterThan(0);
    await press(queue, 'Home');
    expect(focused(queue)).to.include({ rowIndex: 3, col: 0 });
    expect(parts(queue, '[role="grid"] [tabindex="0"]')).to.have.length(1);
  });

  it('jumps to the last cell of the whole queue with Ctrl+End, fetching its page, and back with Ctrl+Home', async () => {
    const { queue, api } = await renderQueue({ pageSize: 50 });
    await tabIntoGrid(queue);
    await pressWithControl(queue, 'End');
    await eventually(() => api.requests.some((request) => request.query.skip === 150), 'the last page is asked for');
    await settle(queue);
    expect(focused(queue)).to.include({ rowIndex: SIZE + 1, col: COLUMNS - 1 });
    expect(gridRowCount(queue)).to.equal(SIZE + 1);
    expect(focused(queue).id, 'the last row is loaded').to.be.a('string');

    await pressWithControl(queue, 'Home');
    expect(focused(queue)).to.include({ rowIndex: 1, col: 0 });
    expect(focused(queue).element!.getAttribute('aria-label')).to.equal('Select all incidents in view');
  });

  it('moves by a viewport with PageDown and PageUp', async () => {
    const { queue } = await renderQueue({ pageSize: 50 });
    await tabIntoGrid(queue);
    await press(queue, 'PageDown');
    const afterOnePage = focused(queue).rowIndex;
    expect(afterOnePage).to.be.greaterThan(5);
    await press(queue, 'PageDown');
    expect(focused(queue).rowIndex).to.equal(afterOnePage + (afterOnePage - 2));
    const scroller = part(queue, '.scroller')!;
    expect(scroller.scrollTop).to.be.greaterThan(0);
    await press(queue, 'PageUp');
    await press(queue, 'PageUp');
    expect(focused(queue).rowIndex).to.equal(2);
  });

  it('opens the incident with Enter on its name, shows its summary with Enter on another cell, and checks its row with Space', async () => {
    const { queue } = await renderQueue({ pageSize: 50 });
    await tabIntoGrid(queue);
    await press(queue, 'ArrowDown');
    const { id } = focused(queue);
    expect(focused(queue).element!.matches('button.open'), 'on the name').to.be.true;
    const opened = oneEvent(queue, 'soc-incident-open');
    await press(queue, 'Enter');
    expect((await opened).detail.incident.id).to.equal(id);

    const events: string[] = [];
    const record = (event: Event) => events.push(event.type);
    queue.addEventListener('soc-incident-open', record);
    queue.addEventListener('soc-incident-select', record);
    await press(queue, 'ArrowRight');
    await press(queue, 'ArrowRight');
    const selected = oneEvent(queue, 'soc-incident-select');
    await press(queue, 'Enter');
    expect((await selected).detail.incident.id).to.equal(id);
    expect(events, 'Enter on another cell selects, and does not open').to.deep.equal(['soc-incident-select']);
    expect(queue.selectedId).to.equal(id);
    await queue.updateComplete;
    expect(part(queue, `[role="row"][data-id="${id}"]`)!.getAttribute('aria-current')).to.equal('true');
    expect(focused(queue), 'focus stays on the cell').to.include({ id, col: 3 });
    queue.removeEventListener('soc-incident-open', record);
    queue.removeEventListener('soc-incident-select', record);

    await press(queue, ' ');
    const row = part(queue, `[role="row"][data-id="${id}"]`)!;
    expect(row.getAttribute('aria-selected')).to.equal('true');
    expect(queue.checkedIncidents.map((incident) => incident.id)).to.deep.equal([id]);
    await press(queue, ' ');
    expect(row.getAttribute('aria-selected')).to.equal('false');
  });

  it('focusIncident puts focus back on an incident\'s row by its ID, in the current column, scrolled into view', async () => {
    const { queue } = await renderQueue({ pageSize: 50 });
    await tabIntoGrid(queue);
    await pressWithControl(queue, 'End');
    await settle(queue);
    const far = focused(queue);
    expect(far.rowIndex, 'the last row').to.equal(SIZE + 1);
    expect(far.id, 'loaded').to.be.a('string');
    await pressWithControl(queue, 'Home');
    await press(queue, 'ArrowDown');
    await press(queue, 'ArrowRight');
    await press(queue, 'ArrowRight');
    expect(focused(queue)).to.include({ rowIndex: 2, col: 2 });
    const scroller = part(queue, '.scroller')!;
    expect(scroller.scrollTop, 'back at the top').to.equal(0);
    (part(queue, 'input[type="search"]') as HTMLInputElement).focus();

    expect(await queue.focusIncident(far.id!)).to.be.true;
    expect(focused(queue), 'the far row, in the column that was current').to.include({ id: far.id, col: 2 });
    const row = focused(queue).element!.closest('[role="row"]')!.getBoundingClientRect();
    const box = scroller.getBoundingClientRect();
    expect(row.top, 'scrolled into view').to.be.at.least(box.top);
    expect(row.bottom).to.be.at.most(box.bottom + 1);

    expect(await queue.focusIncident('no-such-incident'), 'an unknown incident').to.be.false;
    expect(focused(queue), 'focus stays on the current cell').to.include({ id: far.id, col: 2 });
  });

  it('sorts from the header row with Enter', async () => {
    const { queue, api } = await renderQueue({ pageSize: 50 });
    await tabIntoGrid(queue);
    await press(queue, 'ArrowUp');
    await press(queue, 'ArrowRight');
    expect(focused(queue).element!.textContent?.trim()).to.equal('Incident ID');
    await press(queue, 'Enter');
    await settle(queue);
    expect(api.lastQuery.sort).to.deep.equal({ field: 'id', direction: 'asc' });
  });
});
