import { styleProps } from '../packages/components/src/internal/style-props.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { HttpIncidentApi, type IncidentApi } from '@soc-kit/components/api';
import type { TemplateResult } from 'lit';
import type { SocIncidentPage } from '../packages/components/src/incident-page/incident-page.js';
import type { SocIncidentQueue } from '../packages/components/src/queue/incident-queue.js';
import { COMPACT_ROW_HEIGHT } from '../packages/components/src/queue/queue-metrics.js';
import { automationRulesTemplate } from '../stories/automation-rules.stories.js';
import { entityOfType, entityPageTemplate } from '../stories/entity-page.stories.js';
import { incidentPageTemplate } from '../stories/incident-page.stories.js';
import { queueTemplate } from '../stories/incident-queue.stories.js';
import { workspaceTemplate } from '../stories/incident-workspace.stories.js';
import { stillLoading } from './support/composed.js';
import { BASE_URL, freshState, startTestBackend, TEST_NOW, type TestBackend } from './support/test-backend.js';

const PATIENCE = { timeout: 20_000 };
const waitFor = (condition: () => unknown, message: string) => waitUntil(condition, message, PATIENCE);
const clock = () => TEST_NOW;

/** The element's shadow root, once it has one. */
const shadowOf = (host: Element | null | undefined): ShadowRoot => {
  if (!host?.shadowRoot) throw new Error(`${host?.localName ?? 'element'} has not rendered`);
  return host.shadowRoot;
};


/** "soc-incident-page > div.tablist" for a message. */
function describeElement(element: Element): string {
  const hosts: string[] = [];
  for (let node: Node | null = element.getRootNode(); node instanceof ShadowRoot; node = node.host.getRootNode()) {
    hosts.unshift(node.host.localName);
  }
  const classes = [...element.classList].map((name) => `.${name}`).join('');
  return [...hosts, `${element.localName}${element.id ? `#${element.id}` : ''}${classes}`].join(' > ');
}

/**
 * Elements whose box reaches past the container's inline edges, except content that a box inside
 * the container clips or scrolls on its own (a grid's scroller, a tab row): that never scrolls the page.
 */
function overflowing(container: HTMLElement): string[] {
  const bounds = container.getBoundingClientRect();
  const found: string[] = [];
  // `clipped`: a box between the container and here clips in-flow content. `clippedForAbsolute`: the
  // same for absolutely positioned content, which a clipping box holds only when it is, or is inside,
  // that content's containing block.
  const visit = (element: Element, clipped: boolean, clippedForAbsolute: boolean) => {
    const style = getComputedStyle(element);
    if (style.display === 'none' || style.position === 'fixed') return;
    const ownClipped = style.position === 'absolute' ? clippedForAbsolute : clipped;
    if (!ownClipped && !(element instanceof SVGElement && element.ownerSVGElement)) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.height > 0 && (box.left < bounds.left - 1 || box.right > bounds.right + 1)) {
        found.push(`${describeElement(element)} spans ${Math.round(box.left - bounds.left)}…${Math.round(box.right - bounds.left)}px`);
      }
    }
    const clips = ownClipped || (style.overflowX !== 'visible' && style.display !== 'contents');
    const holdsAbsolute = style.position !== 'static' || style.transform !== 'none' || /layout|paint|strict|content/.test(style.contain);
    const children = element.shadowRoot ? [...element.shadowRoot.children, ...element.children] : [...element.children];
    for (const child of children) visit(child, clips, holdsAbsolute ? clips : clippedForAbsolute);
  };
  for (const child of container.children) visit(child, false, false);
  return found;
}

/** The container and the page do not scroll sideways, and nothing in them sticks out. */
function expectFits(container: HTMLElement, what: string): void {
  expect(overflowing(container), `${what}: elements past the container's edges`).to.deep.equal([]);
  expect(container.scrollWidth, `${what}: the container scrolls sideways`).to.be.at.most(container.clientWidth);
  expect(document.documentElement.scrollWidth, `${what}: the page scrolls sideways`).to.be.at.most(window.innerWidth);
}

interface Setting {
  name: string;
  viewport: { width: number; height: number };
  /** The width the host page gives the element. */
  width: string;
}

const SETTINGS: Setting[] = [
  // A side column of a host portal: the window is wide, only the container is narrow.
  { name: 'in a 360px wide container of a wide window', viewport: { width: 1280, height: 900 }, width: '360px' },
  { name: 'at a 390×844 viewport', viewport: { width: 390, height: 844 }, width: '100%' },
];

for (const setting of SETTINGS) {
  describe(`narrow layouts ${setting.name}`, function () {
    this.timeout(90_000);
    let test: TestBackend;
    let api: IncidentApi;

    before(async () => {
      await setViewport(setting.viewport);
      // Each arrow press scrolls the tab row at once, so the next press starts where it ended.
      await emulateMedia({ reducedMotion: 'reduce' });
      test = await startTestBackend();
    });
    after(async () => {
      await test.worker.stop();
      await setViewport({ width: 800, height: 600 });
      await emulateMedia({ reducedMotion: 'no-preference' });
    });
    beforeEach(() => {
      freshState(test);
      api = new HttpIncidentApi({ baseUrl: BASE_URL });
    });

    /** `content` in a block of the setting's width, as a host page gives it. */
    async function mount(content: TemplateResult): Promise<HTMLElement> {
      return fixture<HTMLElement>(html`<div class="host-column" ${styleProps({ width: setting.width })}>${content}</div>`);
    }

    /** An active incident with alerts, evidence and tasks, for every tab to have something to show. */
    function busyIncident(): string {
      const service = test.backend.service;
      const incident = service
        .listIncidents({ status: ['active'], top: 100 })
        .items.find((candidate) => service.listIncidentAlerts(candidate.id).length > 1 && service.listEvidence(candidate.id).length > 1);
      if (!incident) throw new Error('The generated data has no active incident with alerts and evidence.');
      return incident.id;
    }

    it('the queue shows compact rows of name, severity, status and last update', async () => {
      const container = await mount(queueTemplate({ api, clock, storageKey: '', height: '600px' }));
      const queue = container.querySelector('soc-incident-queue') as SocIncidentQueue;
      const rows = () => [...shadowOf(queue).querySelectorAll<HTMLElement>('.body [role="row"][data-id]')];
      await waitFor(() => rows().length > 3, 'the queue shows incidents');
      await waitFor(() => queue.compact, 'the queue takes the compact layout');
      await queue.updateComplete;

      const grid = shadowOf(queue).querySelector('[role="grid"]')!;
      expect(grid.getAttribute('data-layout')).to.equal('compact');
      const columns = (row: Element) => [...row.querySelectorAll<HTMLElement>('[data-column]')].map((cell) => cell.dataset.column);
      expect(columns(shadowOf(queue).querySelector('.head [role="row"]')!)).to.deep.equal(['name', 'severity', 'status', 'lastUpdate']);
      for (const row of rows()) expect(columns(row)).to.deep.equal(['name', 'severity', 'status', 'lastUpdate']);
      expect(grid.getAttribute('aria-colcount'), 'the check box and four columns').to.equal('5');
      // The name sits over the other three, all inside the row.
      const row = rows()[0]!;
      const name = row.querySelector('[data-column="name"]')!.getBoundingClientRect();
      const severity = row.querySelector('[data-column="severity"]')!.getBoundingClientRect();
      expect(severity.top, 'severity under the name').to.be.at.least(name.bottom - 1);
      expect(row.getBoundingClientRect().width).to.be.at.most(queue.getBoundingClientRect().width);
      expectFits(container, 'the queue');
    });

    it('the compact queue keeps virtual scrolling and the grid keys, with no stops on left-out columns', async () => {
      const container = await mount(queueTemplate({ api, clock, storageKey: '', height: '480px' }));
      const queue = container.querySelector('soc-incident-queue') as SocIncidentQueue;
      const root = () => shadowOf(queue);
      await waitFor(() => queue.compact && root().querySelector('.body [role="row"][data-id]'), 'compact rows show');
      await queue.updateComplete;
      const total = queue.totalCount;
      const body = root().querySelector<HTMLElement>('.body')!;
      expect(body.getBoundingClientRect().height, 'the body is as tall as every compact row').to.equal(total * COMPACT_ROW_HEIGHT);
      const rendered = () => root().querySelectorAll('.body [role="row"]').length;
      expect(rendered(), 'only the rows in view and the overscan').to.be.below(total);

      const active = () => root().activeElement as HTMLElement | null;
      root().querySelector<HTMLElement>('.body [role="row"][aria-rowindex="2"] button.open')!.focus();
      const visited: string[] = [];
      for (let step = 0; step < 5; step++) {
        visited.push(active()!.closest<HTMLElement>('[data-column]')?.dataset.column ?? 'check');
        await sendKeys({ press: 'ArrowRight' });
        await queue.updateComplete;
      }
      expect(visited, 'Right stops on the compact cells only').to.deep.equal(['name', 'severity', 'status', 'lastUpdate', 'lastUpdate']);
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'End' });
      await sendKeys({ up: 'Control' });
      await waitFor(
        () => active()?.dataset.col === '4' && active()?.closest('[role="row"]')?.getAttribute('aria-rowindex') === String(total + 1),
        'Ctrl+End reaches the last row',
      );
      const scroller = root().querySelector<HTMLElement>('.scroller')!;
      const lastRow = active()!.closest<HTMLElement>('[role="row"]')!;
      expect(lastRow.getBoundingClientRect().bottom, 'the last row scrolls into view').to.be.at.most(scroller.getBoundingClientRect().bottom + 1);
      expect(scroller.scrollTop, 'scrolled by compact rows').to.be.greaterThan(0);
      expectFits(container, 'the scrolled queue');
    });

    it('the workspace shows the selected incident in a full-width sheet over the queue', async () => {
      const container = await mount(workspaceTemplate(api, '700px', false, clock));
      const workspace = container.querySelector('soc-incident-workspace')!;
      const queue = shadowOf(workspace).querySelector('soc-incident-queue')!;
      const firstRow = () => shadowOf(queue).querySelector<HTMLElement>('.body [role="row"][data-id]');
      await waitFor(() => firstRow(), 'the queue shows incidents');
      const id = firstRow()!.dataset.id!;
      firstRow()!.querySelector<HTMLElement>('[data-column="severity"]')!.click();
      const summary = () => shadowOf(workspace).querySelector('soc-incident-summary');
      await waitFor(() => summary()?.shadowRoot?.textContent?.includes(`Incident ID ${id}`), 'the summary shows the incident');
      await waitFor(() => !stillLoading(summary()!.shadowRoot!), 'the summary loads');

      const pane = shadowOf(workspace).querySelector<HTMLElement>('.pane')!;
      const paneBox = pane.getBoundingClientRect();
      const workspaceBox = workspace.getBoundingClientRect();
      expect(paneBox.width, 'the sheet is as wide as the workspace').to.be.closeTo(workspaceBox.width, 1);
      expect(paneBox.left).to.be.closeTo(workspaceBox.left, 1);
      expect(getComputedStyle(shadowOf(workspace).querySelector('.queue')!).visibility, 'the queue under the sheet').to.equal('hidden');
      expect(shadowOf(workspace).activeElement, 'the sheet has focus').to.equal(pane);
      expectFits(container, 'the workspace with the summary');

      shadowOf(summary()).querySelector<HTMLButtonElement>('[part~="close-button"]')!.click();
      await waitFor(() => !summary(), 'the sheet closes');
      expect(getComputedStyle(shadowOf(workspace).querySelector('.queue')!).visibility).to.equal('visible');
    });

    it('the incident page wraps its header and fits every tab, and every tab is reachable', async () => {
      const container = await mount(incidentPageTemplate({ api, incidentId: busyIncident(), tab: 'attack-story' }));
      const page = container.querySelector('soc-incident-page') as SocIncidentPage;
      const root = () => shadowOf(page);
      await waitFor(() => root().querySelector('header'), 'the incident loads');

      // The title wraps by words and the actions go under it.
      const title = root().querySelector('h1')!;
      const actions = root().querySelector('[part="actions"]')!;
      expect(actions.getBoundingClientRect().top, 'the actions under the title').to.be.at.least(title.getBoundingClientRect().bottom - 1);
      const words = title.textContent!.trim().split(/\s+/);
      const lineHeight = parseFloat(getComputedStyle(title).lineHeight);
      expect(title.getBoundingClientRect().width, 'the title takes the width').to.be.greaterThan(container.clientWidth * 0.6);
      expect(Math.round(title.getBoundingClientRect().height / lineHeight), 'the title wraps by words').to.be.at.most(
        Math.ceil(words.length / 2),
      );

      // The tabs do not fit: the row scrolls, with arrows, and the keys still reach every tab.
      const tablist = root().querySelector<HTMLElement>('[role="tablist"]')!;
      const tabs = [...tablist.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
      const back = root().querySelector<HTMLButtonElement>('.tab-scroll[data-direction="back"]')!;
      const forward = root().querySelector<HTMLButtonElement>('.tab-scroll[data-direction="forward"]')!;
      expect(tablist.scrollWidth, 'the tabs overflow their row').to.be.greaterThan(tablist.clientWidth);
      await waitFor(() => !forward.hidden && !forward.disabled, 'the forward arrow shows');
      expect(back.hidden, 'arrows show together').to.be.false;
      expect(back.disabled, 'nothing before the first tab').to.be.true;
      expect(forward.tabIndex, 'the arrows are no tab stops').to.equal(-1);

      const shows = (tab: HTMLElement) => {
        const row = tablist.getBoundingClientRect();
        const box = tab.getBoundingClientRect();
        return box.left >= row.left - 1 && box.right <= row.right + 1;
      };
      const last = tabs[tabs.length - 1]!;
      expect(shows(last), 'the last tab starts out of view').to.be.false;
      const atEnd = () => Math.abs(tablist.scrollLeft) + tablist.clientWidth >= tablist.scrollWidth - 1;
      for (let step = 0; step < tabs.length && !atEnd(); step++) {
        const before = tablist.scrollLeft;
        forward.click();
        await waitFor(() => tablist.scrollLeft !== before, 'the arrow scrolls the tabs');
      }
      await waitFor(() => shows(last), 'the arrows bring the last tab into view');
      await waitFor(() => forward.disabled && !back.disabled, 'at the end only the back arrow works');

      // Every tab, opened in turn, fits the container once it has loaded.
      for (const tab of tabs) {
        tab.click();
        await waitFor(() => tab.getAttribute('aria-selected') === 'true', `${tab.id} is selected`);
        const panel = root().querySelector<HTMLElement>(`#${tab.getAttribute('aria-controls')}`)!;
        await waitFor(() => panel.firstElementChild?.shadowRoot?.firstElementChild && !stillLoading(panel), `${tab.id} loads`);
        await waitFor(() => shows(tab), `${tab.id} shows whole in the tab row`);
        expectFits(container, `the incident page on ${tab.id}`);
      }
    });

    it('the incident page keeps the tabs keyboard model: Home and End reach tabs out of view', async () => {
      const container = await mount(incidentPageTemplate({ api, incidentId: busyIncident(), tab: 'attack-story' }));
      const page = container.querySelector('soc-incident-page') as SocIncidentPage;
      await waitFor(() => page.shadowRoot?.querySelector('header'), 'the incident loads');
      const tablist = shadowOf(page).querySelector<HTMLElement>('[role="tablist"]')!;
      const tabs = [...tablist.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
      const last = tabs[tabs.length - 1]!;
      tabs[0]!.focus();
      await sendKeys({ press: 'End' });
      await waitFor(() => last.getAttribute('aria-selected') === 'true' && shadowOf(page).activeElement === last, 'End selects the last tab');
      const row = tablist.getBoundingClientRect();
      await waitFor(() => last.getBoundingClientRect().right <= row.right + 1, 'the last tab scrolls into view');
      expectFits(container, 'the incident page on its last tab');
    });

    it('right to left, the tab arrows mirror and still lead to the last tab', async () => {
      const container = await mount(html`<div dir="rtl">${incidentPageTemplate({ api, incidentId: busyIncident(), tab: 'attack-story' })}</div>`);
      const page = container.querySelector('soc-incident-page') as SocIncidentPage;
      await waitFor(() => page.shadowRoot?.querySelector('header'), 'the incident loads');
      const root = shadowOf(page);
      const tablist = root.querySelector<HTMLElement>('[role="tablist"]')!;
      const back = root.querySelector<HTMLButtonElement>('.tab-scroll[data-direction="back"]')!;
      const forward = root.querySelector<HTMLButtonElement>('.tab-scroll[data-direction="forward"]')!;
      await waitFor(() => !forward.hidden && !forward.disabled, 'the forward arrow shows');
      const row = tablist.getBoundingClientRect();
      expect(back.getBoundingClientRect().left, 'back is at the right, where the row starts').to.be.at.least(row.right - 1);
      expect(forward.getBoundingClientRect().right, 'forward is at the left').to.be.at.most(row.left + 1);
      expect(getComputedStyle(forward.querySelector('svg')!).transform, 'the chevrons mirror').to.match(/^matrix\(-1,/);

      const tabs = [...tablist.querySelectorAll<HTMLElement>('[role="tab"]')];
      const last = tabs[tabs.length - 1]!;
      const atEnd = () => Math.abs(tablist.scrollLeft) + tablist.clientWidth >= tablist.scrollWidth - 1;
      for (let step = 0; step < tabs.length && !atEnd(); step++) {
        const before = tablist.scrollLeft;
        forward.click();
        await waitFor(() => tablist.scrollLeft !== before, 'the arrow scrolls the tabs');
      }
      await waitFor(() => last.getBoundingClientRect().left >= tablist.getBoundingClientRect().left - 1, 'the last tab shows');
      await waitFor(() => forward.disabled && !back.disabled, 'at the end only the back arrow works');
      expectFits(container, 'the incident page right to left');
    });

    it('the entity page and its timeline fit', async () => {
      const entityId = entityOfType(test.backend, 'device', 30);
      expect(entityId, 'a device in the data').to.be.a('string');
      const container = await mount(entityPageTemplate({ api, entityId, clock }));
      const page = container.querySelector('soc-entity-page')!;
      await waitFor(() => page.shadowRoot?.querySelector('h1'), 'the entity loads');
      const timeline = () => shadowOf(page).querySelector('soc-entity-timeline');
      await waitFor(() => timeline()?.shadowRoot?.querySelector('[role="option"]'), 'the timeline lists events');
      await waitFor(() => !stillLoading(shadowOf(page)), 'the page settles');
      expectFits(container, 'the entity page');
    });

    it('the automation rules never widen the page', async () => {
      const container = await mount(automationRulesTemplate({ api }));
      const rules = container.querySelector('soc-automation-rules')!;
      await waitFor(() => rules.shadowRoot?.querySelector('tbody tr'), 'the rules load');
      await waitFor(() => !stillLoading(shadowOf(rules)), 'the list settles');
      expectFits(container, 'the automation rules');
    });
  });
}
