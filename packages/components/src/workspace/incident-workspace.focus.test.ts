import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { HttpIncidentApi } from '../api/index.js';
import { deepActiveElement } from '../internal/deep-active-element.js';
import { styleProps } from '../internal/style-props.js';
import type { SocIncidentQueue } from '../queue/incident-queue.js';
import { workspaceTemplate } from '../../../../stories/incident-workspace.stories.js';
import { composedElements } from '../../../../test/support/composed.js';
import { BASE_URL, freshState, startTestBackend, TEST_NOW, type TestBackend } from '../../../../test/support/test-backend.js';
import type { SocIncidentWorkspace } from './incident-workspace.js';

const waitFor = (condition: () => unknown, message: string) => waitUntil(condition, message, { timeout: 10_000 });

/** The element with focus, through shadow roots. */
const focused = (): HTMLElement | undefined => deepActiveElement();

/** The shadow host `element` sits in (its element), or undefined in the document. */
const hostOf = (element: Element | undefined): Element | undefined => {
  const root = element?.getRootNode();
  return root instanceof ShadowRoot ? root.host : undefined;
};

/** Presses `key` (with Shift: backwards) until focus reaches what `reached` accepts. */
async function pressUntil(
  key: 'Tab' | 'ArrowRight',
  reached: (element: HTMLElement) => boolean,
  what: string,
  { shift = false } = {},
): Promise<HTMLElement> {
  for (let step = 0; step < 60; step++) {
    const active = focused();
    if (active && active !== document.body && reached(active)) return active;
    if (shift) await sendKeys({ down: 'Shift' });
    await sendKeys({ press: key });
    if (shift) await sendKeys({ up: 'Shift' });
  }
  throw new Error(`${key} never reached ${what}`);
}

/** Waits until `reached` accepts the focused element, and checks that it shows its focus ring. */
async function expectFocusOn(reached: (element: HTMLElement) => boolean, what: string): Promise<HTMLElement> {
  await waitFor(() => {
    const active = focused();
    return active && reached(active);
  }, `focus on ${what}`);
  const active = focused()!;
  expect(active.matches(':focus-visible'), `${what} shows its focus ring`).to.be.true;
  return active;
}

/** The `h1`s a person sees (through shadow roots). */
const visibleHeadingsOne = (root: Element) =>
  [root, ...composedElements(root)].filter(
    (element) => element.localName === 'h1' && element.checkVisibility({ visibilityProperty: true }),
  );

describe('soc-incident-workspace focus', function () {
  let test: TestBackend;

  before(async () => {
    // Wide enough for the queue to keep its table layout beside the summary pane.
    await setViewport({ width: 1280, height: 900 });
    test = await startTestBackend();
  });
  after(async () => {
    await test.worker.stop();
    await setViewport({ width: 800, height: 600 });
  });
  beforeEach(() => freshState(test));

  async function mount({ urlSync = false, width }: { urlSync?: boolean; width?: string } = {}) {
    const api = new HttpIncidentApi({ baseUrl: BASE_URL });
    const content = workspaceTemplate(api, '720px', urlSync, () => TEST_NOW);
    const container = await fixture<HTMLElement>(
      width ? html`<div ${styleProps({ width })}>${content}</div>` : html`<div>${content}</div>`,
    );
    const workspace = container.querySelector('soc-incident-workspace') as SocIncidentWorkspace;
    await workspace.updateComplete;
    const shadow = workspace.shadowRoot!;
    const queue = shadow.querySelector('soc-incident-queue') as SocIncidentQueue;
    const rows = () => [...queue.shadowRoot!.querySelectorAll<HTMLElement>('.body [role="row"][data-id]')];
    await waitFor(() => rows().length > 5, 'the queue shows incidents');
    const summary = () => shadow.querySelector('soc-incident-summary');
    const page = () => shadow.querySelector('soc-incident-page');
    const entityPage = () => shadow.querySelector('soc-entity-page');
    return { container, workspace, shadow, queue, rows, summary, page, entityPage };
  }

  /** The incident and column of a focused queue cell. */
  const gridCell = (element: HTMLElement | undefined) => {
    const row = element?.closest<HTMLElement>('[role="row"]');
    const cell = element?.closest('[role="gridcell"]');
    return { id: row?.dataset.id, col: cell ? [...cell.parentElement!.children].indexOf(cell) : -1 };
  };
  const inGrid = (element: HTMLElement) => !!element.closest('[role="grid"]');
  const onRow = (id: string, col?: number) => (element: HTMLElement) => {
    const cell = gridCell(element);
    return cell.id === id && (col === undefined || cell.col === col);
  };

  it('Enter on a cell other than the name shows the summary, and Escape in the pane closes it, focus back on the row', async () => {
    const { summary, page } = await mount();
    await pressUntil('Tab', inGrid, 'the grid');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowRight' });
    const cell = await expectFocusOn(inGrid, 'the incident ID cell');
    const { id, col } = gridCell(cell);
    expect(col, 'the ID column').to.equal(2);

    await sendKeys({ press: 'Enter' });
    await waitFor(() => summary()?.shadowRoot?.textContent?.includes(`Incident ID ${id}`), 'the pane shows the incident');
    expect(page(), 'Enter there does not open the page').to.be.null;
    expect(focused(), 'focus stays on the cell').to.equal(cell);

    await pressUntil('Tab', (element) => hostOf(element) === summary(), 'the summary pane');
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !summary(), 'Escape closes the pane');
    await expectFocusOn(onRow(id!, col), 'the row that was current');
  });

  it('the pane\'s close button gives focus back to the row; Escape in the grid closes the pane and leaves focus there', async () => {
    const { summary } = await mount();
    await pressUntil('Tab', inGrid, 'the grid');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    const { id, col } = gridCell(await expectFocusOn(inGrid, 'a cell'));
    await sendKeys({ press: 'Enter' });
    await waitFor(() => summary()?.shadowRoot?.querySelector('[part~="close-button"]'), 'the pane opens');

    await pressUntil('Tab', (element) => element.matches('[part~="close-button"]'), 'the close button');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !summary(), 'the pane closes');
    await expectFocusOn(onRow(id!, col), 'the row of the closed summary');

    await sendKeys({ press: 'Enter' });
    await waitFor(() => summary(), 'the pane opens again');
    await sendKeys({ press: 'ArrowDown' });
    const other = await expectFocusOn((element) => inGrid(element) && gridCell(element).id !== id, 'the next row');
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !summary(), 'Escape in the grid closes the pane');
    expect(focused(), 'focus stays where it was').to.equal(other);
  });

  it('queue → summary (Enter) → Manage → Save → incident page → another tab → "Incidents": back on the same row, focus visible at every step', async () => {
    const { container, workspace, shadow, queue, summary, page } = await mount();
    const headingsOne = () => visibleHeadingsOne(container).map((heading) => heading.textContent?.trim());
    expect(headingsOne(), 'the queue view: its title is the one h1').to.deep.equal(['Incidents']);

    await pressUntil('Tab', inGrid, 'the grid');
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowRight']) await sendKeys({ press: key });
    const { id, col } = gridCell(await expectFocusOn(inGrid, 'a row below the top'));
    expect(col).to.equal(2);

    // Summary.
    await sendKeys({ press: 'Enter' });
    await waitFor(() => summary()?.shadowRoot?.querySelector('[part~="manage-button"]'), 'the pane shows the incident');
    await expectFocusOn(onRow(id!, col), 'the cell, with the pane open');

    // Manage → Save.
    const manageButton = await pressUntil('Tab', (element) => element.matches('[part~="manage-button"]'), 'Manage incident');
    expect(hostOf(manageButton)).to.equal(summary());
    await sendKeys({ press: 'Enter' });
    const manage = shadow.querySelector('soc-manage-incident')!;
    await waitFor(() => manage.open, 'the dialog opens');
    const name = await expectFocusOn(
      (element) => element.id === 'displayName' && !(element as HTMLInputElement).disabled,
      'the name field',
    );
    const edited = `${(name as HTMLInputElement).value} (edited)`;
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' (edited)' });
    const saved = new Promise((resolve) => workspace.addEventListener('soc-incident-updated', resolve, { once: true }));
    await sendKeys({ press: 'Enter' });
    await saved;
    await waitFor(() => !manage.open, 'the dialog closes');
    await expectFocusOn((element) => element.matches('[part~="manage-button"]'), 'Manage incident, after the save');
    expect(test.backend.service.getIncident(id!).displayName).to.equal(edited);

    // Incident page.
    await pressUntil('Tab', (element) => element.matches('[part~="open-button"]'), 'Open incident page', { shift: true });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => page(), 'the incident page opens');
    const heading = await expectFocusOn(
      (element) => element.localName === 'h1' && hostOf(element) === page(),
      'the incident page heading',
    );
    expect(heading.textContent?.trim()).to.equal(edited);
    expect(headingsOne(), 'the page view: the incident is the one h1').to.deep.equal([edited]);

    // Another tab.
    const tab = await pressUntil('Tab', (element) => element.getAttribute('role') === 'tab', 'the tabs');
    await sendKeys({ press: 'ArrowRight' });
    await expectFocusOn(
      (element) => element.getAttribute('role') === 'tab' && element !== tab && element.getAttribute('aria-selected') === 'true',
      'the next tab',
    );

    // Back to the queue, on the row of the incident, wherever the save has sorted it.
    const back = await pressUntil('Tab', (element) => element.classList.contains('back'), '"Incidents"', { shift: true });
    expect(hostOf(back)).to.equal(workspace);
    expect(back.matches(':focus-visible')).to.be.true;
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !page(), 'the queue shows again');
    const cell = await expectFocusOn(onRow(id!, col), 'the same row and column');
    const scroller = queue.shadowRoot!.querySelector('.scroller')!.getBoundingClientRect();
    const row = cell.closest('[role="row"]')!.getBoundingClientRect();
    expect(row.top, 'the row is in view').to.be.at.least(scroller.top);
    expect(row.bottom).to.be.at.most(scroller.bottom + 1);
    expect(headingsOne(), 'the queue view again').to.deep.equal(['Incidents']);
  });

  it('an entity page takes focus on its heading; "Back to incident" returns it to the asset', async () => {
    const { container, rows, page, entityPage } = await mount();
    const row = rows().find(
      (candidate) => Number(candidate.querySelector('[data-column="impactedAssets"]')?.textContent?.match(/\d+/)?.[0] ?? 0) > 0,
    );
    expect(row, 'an incident with impacted assets').to.exist;
    await pressUntil('Tab', inGrid, 'the grid');
    for (let index = 0; index < Number(row!.getAttribute('aria-rowindex')) - 2; index++) await sendKeys({ press: 'ArrowDown' });
    await expectFocusOn(onRow(row!.dataset.id!, 1), 'its name');
    await sendKeys({ press: 'Enter' });
    await expectFocusOn((element) => element.localName === 'h1' && hostOf(element) === page(), 'the incident page heading');

    await pressUntil('Tab', (element) => element.getAttribute('role') === 'tab', 'the tabs');
    const assetsTab = await pressUntil('ArrowRight', (element) => element.id === 'tab-assets', 'the Assets tab');
    expect(assetsTab.getAttribute('aria-selected')).to.equal('true');
    const asset = await pressUntil('Tab', (element) => element.matches('[part~="entity-button"]'), 'an asset');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => entityPage(), 'the entity page opens');
    const heading = await expectFocusOn(
      (element) => element.localName === 'h1' && hostOf(element) === entityPage(),
      'the entity page heading',
    );
    expect(heading.textContent?.trim()).to.equal(asset.textContent?.trim());
    expect(visibleHeadingsOne(container), 'the entity is the one h1').to.deep.equal([heading]);

    await pressUntil('Tab', (element) => element.matches('[part~="back-button"]'), 'Back to incident', { shift: true });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !entityPage(), 'back on the incident page');
    await expectFocusOn((element) => element === asset, 'the asset that opened the entity page');
    expect(visibleHeadingsOne(container).map((element) => hostOf(element)), 'the incident is the one h1').to.deep.equal([page()]);
  });

  describe('with url-sync', () => {
    const start = location.href;
    afterEach(() => history.replaceState(null, '', start));

    it('the browser\'s back button returns focus to the row, and forward to the page heading', async () => {
      const { page } = await mount({ urlSync: true });
      await pressUntil('Tab', inGrid, 'the grid');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      const { id, col } = gridCell(await expectFocusOn(inGrid, 'the name of the third incident'));
      await sendKeys({ press: 'Enter' });
      await expectFocusOn((element) => element.localName === 'h1' && hostOf(element) === page(), 'the incident page heading');

      const popped = () => new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      let pop = popped();
      history.back();
      await pop;
      await waitFor(() => !page(), 'back shows the queue');
      await expectFocusOn(onRow(id!, col), 'the row that opened the page');

      pop = popped();
      history.forward();
      await pop;
      await expectFocusOn((element) => element.localName === 'h1' && hostOf(element) === page(), 'the incident page heading again');
    });
  });

  it('in a narrow workspace the summary sheet takes focus; Escape closes it and focus returns to the row', async () => {
    const { shadow, summary } = await mount({ width: '600px' });
    await pressUntil('Tab', inGrid, 'the grid');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowRight' });
    const { id, col } = gridCell(await expectFocusOn(inGrid, 'a cell'));
    await sendKeys({ press: 'Enter' });
    await waitFor(() => summary(), 'the sheet opens');
    await expectFocusOn((element) => element === shadow.querySelector('.pane'), 'the sheet');
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !summary(), 'Escape closes the sheet');
    await expectFocusOn(onRow(id!, col), 'the row');
  });
});
