import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { freshState, startTestBackend, type TestBackend } from '../../../../test/support/test-backend.js';
import type { SocIncidentQueue } from './incident-queue.js';
import { ROW_HEIGHT } from './queue-metrics.js';
import {
  eventually,
  button,
  gridRowCount,
  part,
  parts,
  renderQueue,
  renderedIds,
  renderedRows,
  rowById,
  settle,
} from './incident-queue.fixture.js';

const SIZE = 400;
const PAGE_SIZE = 50;
const NEWEST_FIRST = { field: 'lastUpdateDateTime', direction: 'desc' } as const;

describe('soc-incident-queue paging and virtual scrolling', function () {
  let test: TestBackend;

  before(async () => {
    test = await startTestBackend();
  });
  after(() => test.worker.stop());
  const responder = () => test.backend.service.principalFor('responder');

  beforeEach(() => {
    freshState(test);
    test.backend.reset({ size: SIZE });
  });

  function scrollToRow(queue: SocIncidentQueue, index: number) {
    const scroller = part(queue, '.scroller')!;
    scroller.scrollTop = index * ROW_HEIGHT;
    scroller.dispatchEvent(new Event('scroll'));
  }

  async function serviceSlice(skip: number, top: number) {
    return (await test.backend.service.listIncidents({ sort: NEWEST_FIRST, skip, top })).items.map(
      (incident: { id: string }) => incident.id,
    );
  }

  it('asks for one page first and renders only the rows in view', async () => {
    const { queue, api } = await renderQueue({ pageSize: PAGE_SIZE });
    expect(api.requests.map((request) => [request.query.skip, request.query.top])).to.deep.equal([[0, PAGE_SIZE]]);
    expect(gridRowCount(queue)).to.equal(SIZE + 1);
    const rows = renderedRows(queue);
    expect(rows.length, 'a viewport plus overscan, not the whole queue').to.be.within(5, 40);
    expect(part(queue, '.body')!.getBoundingClientRect().height).to.equal(SIZE * ROW_HEIGHT);
    rows.forEach((row, index) => expect(row.getAttribute('aria-rowindex')).to.equal(String(index + 2)));
  });

  it('fetches the next page as it scrolls into view, with the right aria-rowindex on each row', async () => {
    const { queue, api } = await renderQueue({ pageSize: PAGE_SIZE });
    scrollToRow(queue, 120);
    await eventually(() => api.requests.some((request) => request.query.skip === 100), 'the page of row 120 is asked for');
    expect(api.requests.find((request) => request.query.skip === 100)!.query.top).to.equal(PAGE_SIZE);
    await settle(queue);

    // Row 1 stays rendered as the grid's tab stop; the rows in view are the ones further down.
    const rows = renderedRows(queue).filter((row) => Number(row.getAttribute('aria-rowindex')) > 50);
    const first = Number(rows[0]!.getAttribute('aria-rowindex')) - 2;
    expect(first).to.be.within(100, 120);
    rows.forEach((row, offset) => expect(row.getAttribute('aria-rowindex')).to.equal(String(first + offset + 2)));
    const expected = await serviceSlice(first, rows.length);
    expect(rows.map((row) => row.dataset.id)).to.deep.equal(expected);
    await expect(queue).to.be.accessible();
  });

  it('shows placeholders for rows on their way and cancels requests for pages scrolled past', async () => {
    const { queue, api } = await renderQueue({ pageSize: PAGE_SIZE });
    test.backend.setScenario({ latencyMs: 2000 });
    scrollToRow(queue, 160);
    await eventually(() => api.requests.some((request) => request.query.skip === 150), 'page 4 is asked for');
    scrollToRow(queue, 360);
    await eventually(() => api.requests.some((request) => request.query.skip === 350), 'page 8 is asked for');
    expect(api.requests.find((request) => request.query.skip === 150)!.signal!.aborted, 'page 4 is cancelled').to.be
      .true;

    await queue.updateComplete;
    expect(parts(queue, '.body .placeholder').length, 'placeholder rows').to.be.greaterThan(0);
    await expect(queue).to.be.accessible();

    await settle(queue);
    const inView = renderedRows(queue).filter((row) => Number(row.getAttribute('aria-rowindex')) > 50);
    expect(inView.map((row) => row.dataset.id)).to.deep.equal(
      await serviceSlice(Number(inView[0]!.getAttribute('aria-rowindex')) - 2, inView.length),
    );
  });

  it('recycles row elements as it scrolls: rows that stay keep theirs, rows that come in take those of rows that left', async () => {
    const { queue } = await renderQueue({ pageSize: PAGE_SIZE });
    scrollToRow(queue, 20);
    await settle(queue);
    const before = new Map(renderedRows(queue).map((row) => [row.dataset.id!, row]));
    scrollToRow(queue, 24);
    await settle(queue);

    const after = renderedRows(queue);
    const first = Number(after.find((row) => row.getAttribute('aria-rowindex') !== '2')!.getAttribute('aria-rowindex')) - 2;
    expect(first, 'rows above the viewport left the DOM').to.be.within(12, 24);
    expect(after.every((row) => [...before.values()].includes(row)), 'no row element was made: the ones that left were reused').to.be.true;
    const stayed = after.filter((row) => before.has(row.dataset.id!));
    expect(stayed.length, 'some rows stayed in view').to.be.greaterThan(5);
    for (const row of stayed) expect(row, `the row of ${row.dataset.id} kept its element`).to.equal(before.get(row.dataset.id!));
    // Each row, whatever its place in the DOM, shows the incident its aria-rowindex says, where that row belongs.
    const inView = after.filter((row) => Number(row.getAttribute('aria-rowindex')) - 2 >= first);
    expect(inView.map((row) => row.dataset.id)).to.deep.equal(await serviceSlice(first, inView.length));
    inView.forEach((row) => {
      const index = Number(row.getAttribute('aria-rowindex')) - 2;
      expect(row.getBoundingClientRect().top - part(queue, '.body')!.getBoundingClientRect().top).to.equal(index * ROW_HEIGHT);
    });
    await expect(queue).to.be.accessible();
  });

  it('keeps the elements of rows that move when an incident above them leaves its place', async () => {
    const { queue } = await renderQueue({ pageSize: PAGE_SIZE });
    const before = new Map(renderedRows(queue).map((row) => [row.dataset.id!, row]));
    const moved = renderedIds(queue)[5]!;
    // A change puts incident 6 at the top of the newest-first queue: rows 1–5 move down one.
    test.backend.service.updateIncident(responder(), moved, { customTags: ['Moved to the top'] });
    await queue.refresh();
    await settle(queue);

    const ids = renderedIds(queue);
    expect(ids[0]).to.equal(moved);
    for (const id of ids.filter((id) => before.has(id))) expect(rowById(queue, id), `the row of ${id}`).to.equal(before.get(id));
    expect(ids).to.deep.equal(await serviceSlice(0, ids.length));
  });

  it('gives a cell its tooltip while the pointer is over it, for the incident its row shows then', async () => {
    const { queue } = await renderQueue({ pageSize: PAGE_SIZE });
    const titled = () => parts(queue, '.body [title]');
    expect(titled(), 'no row carries a title before the pointer comes').to.have.length(0);
    const name = renderedRows(queue)[1]!.querySelector<HTMLElement>('button.open')!;
    const box = name.getBoundingClientRect();
    try {
      await sendMouse({ type: 'move', position: [Math.round(box.left + 20), Math.round(box.top + box.height / 2)] });
      await eventually(() => name.title !== '', 'the hovered name gets its title');
      const rowOf = (element: HTMLElement) => element.closest<HTMLElement>('[role="row"]')!;
      const incidentOf = async (element: HTMLElement) =>
        (await test.backend.service.listIncidents({ sort: NEWEST_FIRST, skip: Number(rowOf(element).dataset.index), top: 1 })).items[0]!;
      expect(name.title).to.equal((await incidentOf(name)).displayName);

      // A far scroll gives every row element another incident: no title is left naming the one it had.
      // (Whether the cell now under the pointer has one depends on what it shows, and on the browser.)
      scrollToRow(queue, 200);
      await settle(queue);
      expect(titled().length, 'one title at most').to.be.at.most(1);
      for (const element of titled()) expect(element.title).to.equal((await incidentOf(element)).displayName);

      await sendMouse({ type: 'move', position: [0, 0] });
      await eventually(() => titled().length === 0, 'the title goes with the pointer');
    } finally {
      await resetMouse();
    }
  });

  it('keeps pages it has: scrolling back asks for nothing again', async () => {
    const { queue, api } = await renderQueue({ pageSize: PAGE_SIZE });
    scrollToRow(queue, 120);
    await settle(queue);
    const asked = api.requests.length;
    scrollToRow(queue, 0);
    await queue.updateComplete;
    scrollToRow(queue, 120);
    await settle(queue);
    expect(api.requests.length).to.equal(asked);
  });

  it('reports a page that failed to load and loads it on "Retry"', async () => {
    const { queue } = await renderQueue({ pageSize: PAGE_SIZE });
    test.backend.setScenario({ errorRate: 1 });
    scrollToRow(queue, 220);
    await eventually(() => part(queue, '.page-error'), 'the failure shows');
    expect(part(queue, '.page-error')!.getAttribute('role')).to.equal('alert');
    await expect(queue).to.be.accessible();

    test.backend.setScenario({ errorRate: 0 });
    button(queue, 'Retry').click();
    await settle(queue);
    expect(part(queue, '.page-error')).to.equal(null);
    expect(parts(queue, '.body .placeholder')).to.have.length(0);
  });
});
