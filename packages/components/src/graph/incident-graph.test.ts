import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import type { GraphEvidenceInput } from '@soc-kit/mock-api';
import { sendKeys } from '@web/test-runner-commands';
import { BASE_URL, freshState, startTestBackend, type TestBackend } from '../../../../test/support/test-backend.js';
import { incidentGraphTemplate } from '../../../../stories/incident-graph.stories.js';
import { HttpIncidentApi, type Capability, type Evidence } from '../api/index.js';
import type { EntityOpenEvent } from '../events/entity-open.js';
import type { GraphSelectEvent } from '../events/graph-select.js';
import { VERDICT_LABELS } from '../internal/labels.js';
import { groupGraph, groupKey } from './graph-grouping.js';
import { alertKey, buildIncidentGraph, entityKey } from './graph-model.js';
import { LABEL_ZOOM, ZOOM_STEP } from './graph-viewport.js';
import type { SocIncidentGraph } from './incident-graph.js';
import { sizedIncident } from './incident-graph.fixture.js';
import { nearestInDirection } from './spatial-navigation.js';

const MARKUP = '<img src=x onerror="window.__socGraphPwned=1">';
const LONG = { timeout: 8000 };

declare global {
  interface Window {
    __socGraphPwned?: number;
  }
}

/** The client the element talks to, with the capabilities a test chooses. */
class TestApi extends HttpIncidentApi {
  evidenceCalls = 0;

  constructor(readonly without: Capability[] = []) {
    super({ baseUrl: BASE_URL });
    const capabilities = new Set(this.capabilities);
    for (const capability of without) capabilities.delete(capability);
    Object.defineProperty(this, 'capabilities', { value: capabilities });
  }

  override listEvidence(incidentId: string, options?: { signal?: AbortSignal }): Promise<Evidence[]> {
    this.evidenceCalls++;
    return super.listEvidence(incidentId, options);
  }
}

describe('soc-incident-graph', () => {
  let test: TestBackend;

  before(async () => {
    test = await startTestBackend();
  });
  after(() => test.worker.stop());
  beforeEach(() => freshState(test));

  const service = () => test.backend.service;
  const responder = () => service().principalFor('responder');
  const root = (el: SocIncidentGraph) => el.shadowRoot!;
  const text = (node: Node) => node.textContent!.replace(/\s+/g, ' ');
  /** The nodes a person can focus (not their copies drawn above the veil). */
  const nodes = (el: SocIncidentGraph) => [...root(el).querySelectorAll<SVGGElement>('.nodes > .node')];
  const keys = (el: SocIncidentGraph) => nodes(el).map((node) => node.dataset.key!);
  const node = (el: SocIncidentGraph, key: string) => nodes(el).find((candidate) => candidate.dataset.key === key);
  const flyout = (el: SocIncidentGraph) => root(el).querySelector<HTMLElement>('.flyout');
  const active = (el: SocIncidentGraph) => root(el).activeElement as (Element & { dataset?: DOMStringMap }) | null;
  const button = (el: SocIncidentGraph, label: string) =>
    [...root(el).querySelectorAll<HTMLButtonElement>('button')].find(
      (candidate) => candidate.textContent!.trim() === label || candidate.getAttribute('aria-label') === label,
    )!;
  const transform = (el: SocIncidentGraph) => {
    const value = root(el).querySelector('.viewport')!.getAttribute('transform')!;
    const [, x, y, k] = /translate\((\S+) (\S+)\) scale\((\S+)\)/.exec(value)!.map(Number);
    return { x: x!, y: y!, k: k! };
  };
  /** A node's centre: a group is placed by a transform, an alert's or an entity's shape by its own coordinates. */
  const positionOf = (element: Element) => {
    const number = (name: string) => Number(element.getAttribute(name));
    const transform = element.getAttribute('transform');
    if (transform) {
      const [, x, y] = /translate\((\S+) (\S+)\)/.exec(transform)!.map(Number);
      return [x!, y!];
    }
    if (element.hasAttribute('cx')) return [number('cx'), number('cy')];
    const round = (value: number) => Math.round(value * 10) / 10;
    return [round(number('x') + number('width') / 2), round(number('y') + number('height') / 2)];
  };

  async function mount(
    incidentId: string | undefined,
    options: { api?: HttpIncidentApi; groupThreshold?: number; highlightedAlertId?: string } = {},
  ): Promise<SocIncidentGraph> {
    const provider = await fixture(
      incidentGraphTemplate({
        api: options.api ?? new TestApi(),
        incidentId,
        groupThreshold: options.groupThreshold ?? Number.POSITIVE_INFINITY,
        highlightedAlertId: options.highlightedAlertId,
        height: '560px',
      }),
    );
    return provider.querySelector('soc-incident-graph')!;
  }

  const drawn = (el: SocIncidentGraph) =>
    waitUntil(() => nodes(el).length > 0 && !root(el).querySelector('.laying-out'), 'the graph is drawn', LONG);

  /** The generated incident with the most entities. */
  function variedIncident() {
    const incidents = service().listIncidents({ top: 30 }).items;
    const size = (id: string) => service().listEvidence(id).length;
    const incident = incidents.reduce((best, candidate) => (size(candidate.id) > size(best.id) ? candidate : best));
    return { id: incident.id, alerts: service().listIncidentAlerts(incident.id), evidence: service().listEvidence(incident.id) };
  }

  const ingest = (input: Parameters<ReturnType<typeof service>['createIncident']>[1]) =>
    service().createIncident(responder(), input).id;

  async function focusGraph(el: SocIncidentGraph): Promise<SVGGElement> {
    const stop = root(el).querySelector<SVGGElement>('.node[tabindex="0"]')!;
    stop.focus();
    await el.updateComplete;
    return stop;
  }

  it('draws a node per alert and per entity, and an edge per alert naming an entity, as the service lists them', async () => {
    const { id, alerts, evidence } = variedIncident();
    const el = await mount(id);
    await drawn(el);

    expect(keys(el)).to.have.members([
      ...alerts.map((alert) => alertKey(alert.id)),
      ...evidence.map((entity) => entityKey(entity.id)),
    ]);
    for (const alert of alerts) expect(node(el, alertKey(alert.id))!.getAttribute('aria-label')).to.include(alert.title);
    for (const entity of evidence) {
      const label = node(el, entityKey(entity.id))!.getAttribute('aria-label')!;
      expect(label).to.include(entity.displayName).and.include(VERDICT_LABELS[entity.verdict]);
    }

    const expected = groupGraph(buildIncidentGraph(alerts, evidence), new Set(), Number.POSITIVE_INFINITY).edges;
    const segments = [...root(el).querySelectorAll('.viewport > .edges path')]
      .map((path) => path.getAttribute('d')!.match(/M/g)!.length)
      .reduce((sum, count) => sum + count, 0);
    expect(segments).to.equal(expected.length);
    expect(expected.length).to.be.at.least(evidence.reduce((sum, entity) => sum + entity.alertIds.length, 0));
    expect(root(el).querySelectorAll('.node[tabindex="0"]'), 'one tab stop').to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('collapses the types with many entities into group nodes, and expands and collapses them from the toolbar', async () => {
    const id = ingest(sizedIncident({ alerts: 3, entitiesPerAlert: 9 }));
    const el = await mount(id, { groupThreshold: 2 });
    await drawn(el);

    const devices = service()
      .listEvidence(id)
      .filter((entity) => entity.type === 'device');
    expect(devices).to.have.length(3);
    expect(keys(el)).to.include(groupKey('device'));
    expect(keys(el)).to.not.include(entityKey(devices[0]!.id));
    expect(node(el, groupKey('device'))!.getAttribute('aria-label')).to.include('3 Devices');
    expect(text(root(el).querySelector('.labels')!)).to.include('3 Devices');

    const chip = root(el).querySelector<HTMLButtonElement>('.chip[data-type="device"]')!;
    expect(chip.getAttribute('aria-expanded')).to.equal('false');
    chip.click();
    await waitUntil(() => keys(el).includes(entityKey(devices[0]!.id)), 'the devices are shown', LONG);
    await drawn(el);
    expect(keys(el)).to.include.members(devices.map((entity) => entityKey(entity.id)));
    expect(keys(el)).to.not.include(groupKey('device'));
    expect(root(el).querySelector('.chip[data-type="device"]')!.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();

    root(el).querySelector<HTMLButtonElement>('.chip[data-type="device"]')!.click();
    await waitUntil(() => keys(el).includes(groupKey('device')), 'the devices are grouped again', LONG);
    await drawn(el);
    expect(keys(el)).to.not.include(entityKey(devices[0]!.id));
  });

  it('expands a group from its node with Enter, and moves focus to its first member', async () => {
    const id = ingest(sizedIncident({ alerts: 3, entitiesPerAlert: 9 }));
    const el = await mount(id, { groupThreshold: 2 });
    await drawn(el);
    const users = service()
      .listEvidence(id)
      .filter((entity) => entity.type === 'user');

    node(el, groupKey('user'))!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => keys(el).includes(entityKey(users[0]!.id)), 'the users are shown', LONG);
    await waitUntil(() => active(el)?.dataset?.key === entityKey(users[0]!.id), 'focus on the first user', LONG);
    expect(active(el)!.getAttribute('tabindex')).to.equal('0');
  });

  it('moves between nodes with the arrow keys, opens the flyout with Enter and closes it with Escape', async () => {
    const { id, alerts, evidence } = variedIncident();
    const el = await mount(id);
    await drawn(el);

    const start = await focusGraph(el);
    const positions = nodes(el).flatMap(positionOf);
    const from = nodes(el).indexOf(start);
    const direction = (['right', 'left', 'down', 'up'] as const).find((d) => nearestInDirection(positions, from, d) >= 0)!;
    const expected = nodes(el)[nearestInDirection(positions, from, direction)]!;
    await sendKeys({ press: `Arrow${direction[0]!.toUpperCase()}${direction.slice(1)}` });
    await el.updateComplete;
    expect(active(el)).to.equal(expected);
    expect(expected.getAttribute('tabindex')).to.equal('0');
    expect(start.getAttribute('tabindex')).to.equal('-1');
    const ring = root(el).querySelector('.focus-ring')!;
    expect(root(el).querySelector('svg.graph')!.classList.contains('keyboard-focus'), 'the focus ring shows').to.be.true;
    expect([Number(ring.getAttribute('cx')), Number(ring.getAttribute('cy'))]).to.deep.equal(positionOf(expected));

    const key = expected.dataset.key!;
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const opened = (await oneEvent(el, 'soc-graph-select')) as GraphSelectEvent;
    await el.updateComplete;
    expect(opened.composed).to.be.true;
    expect(flyout(el)).to.exist;
    expect(expected.getAttribute('aria-expanded')).to.equal('true');
    const selected = opened.detail.node!;
    if (selected.kind === 'alert') {
      const alert = alerts.find((candidate) => alertKey(candidate.id) === key)!;
      expect(selected.alert.id).to.equal(alert.id);
      expect(opened.detail.alertIds).to.deep.equal([alert.id]);
      expect(flyout(el)!.querySelector('h2')!.textContent).to.equal(alert.title);
    } else {
      const entity = evidence.find((candidate) => entityKey(candidate.id) === key)!;
      expect(selected.entity.id).to.equal(entity.id);
      expect(opened.detail.alertIds).to.have.members(entity.alertIds);
      expect(flyout(el)!.querySelector('h2')!.textContent).to.equal(entity.displayName);
      expect(text(flyout(el)!)).to.include(VERDICT_LABELS[entity.verdict]);
    }
    await expect(el).to.be.accessible();

    setTimeout(() => void sendKeys({ press: 'Escape' }));
    const closed = (await oneEvent(el, 'soc-graph-select')) as GraphSelectEvent;
    expect(closed.detail).to.deep.equal({ node: null, alertIds: [] });
    await el.updateComplete;
    expect(flyout(el)).to.be.null;
    expect(active(el)).to.equal(expected);
  });

  it('shows an alert in the flyout with its severity, status, sources and entities, and returns focus on Escape from inside', async () => {
    const { id, alerts } = variedIncident();
    const alert = alerts.find((candidate) => candidate.evidence.length > 0)!;
    const el = await mount(id);
    await drawn(el);

    node(el, alertKey(alert.id))!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    const body = text(flyout(el)!);
    expect(body).to.include(alert.title).and.include('Severity').and.include('Status').and.include('Service source');
    for (const entity of alert.evidence) expect(body).to.include(entity.displayName);

    button(el, 'Close details').focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(flyout(el)).to.be.null;
    expect(active(el)).to.equal(node(el, alertKey(alert.id)));
  });

  it('zooms and pans with the keys and the toolbar, and fits the graph to the view again', async () => {
    const { id } = variedIncident();
    const el = await mount(id);
    await drawn(el);
    await focusGraph(el);
    const fitted = transform(el);

    await sendKeys({ press: '+' });
    expect(transform(el).k).to.be.closeTo(fitted.k * ZOOM_STEP, 1e-6);
    await sendKeys({ press: '-' });
    expect(transform(el).k).to.be.closeTo(fitted.k, 1e-6);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ up: 'Shift' });
    expect(transform(el).x).to.be.closeTo(fitted.x + 80, 1e-6);
    expect(transform(el).y).to.be.closeTo(fitted.y + 80, 1e-6);
    await sendKeys({ press: '0' });
    expect(transform(el)).to.deep.equal(fitted);

    button(el, 'Zoom in').click();
    button(el, 'Zoom in').click();
    expect(transform(el).k).to.be.closeTo(fitted.k * ZOOM_STEP * ZOOM_STEP, 1e-6);
    button(el, 'Zoom out').click();
    expect(transform(el).k).to.be.closeTo(fitted.k * ZOOM_STEP, 1e-6);
    button(el, 'Fit to view').click();
    expect(transform(el)).to.deep.equal(fitted);
  });

  it('pans by dragging the background and zooms with the wheel', async () => {
    const { id } = variedIncident();
    const el = await mount(id);
    await drawn(el);
    const canvas = root(el).querySelector<HTMLElement>('.canvas')!;
    const before = transform(el);
    const box = canvas.getBoundingClientRect();
    const at = (dx: number, dy: number) => ({
      bubbles: true,
      composed: true,
      pointerId: 1,
      isPrimary: true,
      button: 0,
      clientX: box.left + 10 + dx,
      clientY: box.top + 10 + dy,
    });
    canvas.dispatchEvent(new PointerEvent('pointerdown', at(0, 0)));
    canvas.dispatchEvent(new PointerEvent('pointermove', at(30, 20)));
    canvas.dispatchEvent(new PointerEvent('pointermove', at(60, 40)));
    canvas.dispatchEvent(new PointerEvent('pointerup', at(60, 40)));
    expect(transform(el).x).to.be.closeTo(before.x + 60, 1e-6);
    expect(transform(el).y).to.be.closeTo(before.y + 40, 1e-6);

    const wheel = new WheelEvent('wheel', { bubbles: true, cancelable: true, deltaY: -200, clientX: box.left + 50, clientY: box.top + 50 });
    canvas.dispatchEvent(wheel);
    expect(wheel.defaultPrevented, 'the page does not scroll').to.be.true;
    expect(transform(el).k).to.be.greaterThan(before.k);
  });

  it('emphasises the selected entity with its alerts, or the highlighted alert with its entities, and dims the rest', async () => {
    const { id, alerts, evidence } = variedIncident();
    const entity = evidence.find((candidate) => candidate.alertIds.length < alerts.length)!;
    const el = await mount(id);
    await drawn(el);
    expect(root(el).querySelector('.veil'), 'nothing veiled').to.be.null;

    setTimeout(() => node(el, entityKey(entity.id))!.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    const selected = (await oneEvent(el, 'soc-graph-select')) as GraphSelectEvent;
    await el.updateComplete;
    expect(selected.detail.alertIds).to.have.members(entity.alertIds);
    const emphasised = () => [...root(el).querySelectorAll<SVGGElement>('.emphasis .copy')].map((copy) => copy.dataset.key);
    expect(root(el).querySelector('.veil'), 'the rest veiled').to.exist;
    expect(emphasised()).to.have.members([entityKey(entity.id), ...entity.alertIds.map(alertKey)]);
    expect(root(el).querySelectorAll('.emphasis path.edge')).to.have.length.greaterThan(0);
    expect(root(el).querySelector('.selection-ring')).to.exist;
    await expect(el).to.be.accessible();

    button(el, 'Close details').click();
    await el.updateComplete;
    expect(root(el).querySelector('.veil'), 'nothing veiled once closed').to.be.null;
    const alert = alerts[0]!;
    el.highlightedAlertId = alert.id;
    await el.updateComplete;
    expect(emphasised()).to.have.members([
      alertKey(alert.id),
      ...evidence.filter((candidate) => candidate.alertIds.includes(alert.id)).map((candidate) => entityKey(candidate.id)),
    ]);
  });

  it('holds the same alerts and entities in the list view, a tree to walk and open from the keyboard', async () => {
    const { id, alerts, evidence } = variedIncident();
    const el = await mount(id);
    await drawn(el);
    button(el, 'List view').click();
    await el.updateComplete;

    const rows = () => [...root(el).querySelectorAll<HTMLElement>('[role="treeitem"]')];
    const leaves = () => rows().filter((row) => !row.dataset.key!.startsWith('t/'));
    expect(leaves().map((row) => row.dataset.key)).to.have.members([
      ...alerts.map((alert) => alertKey(alert.id)),
      ...evidence.map((entity) => entityKey(entity.id)),
    ]);
    expect(button(el, 'List view').getAttribute('aria-pressed')).to.equal('true');
    expect(button(el, 'Zoom in').disabled).to.be.true;
    await expect(el).to.be.accessible();

    const first = rows()[0]!;
    expect(first.dataset.key).to.equal('t/alerts');
    expect(rows().filter((row) => row.tabIndex === 0)).to.deep.equal([first]);
    first.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(first.getAttribute('aria-expanded')).to.equal('false');
    expect(leaves().some((row) => row.dataset.key!.startsWith('a/'))).to.be.false;
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(first.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const firstAlert = rows()[1]!;
    expect(active(el)).to.equal(firstAlert);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const second = rows()[2]!;
    expect(active(el)).to.equal(second);

    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const opened = (await oneEvent(el, 'soc-graph-select')) as GraphSelectEvent;
    await el.updateComplete;
    expect(opened.detail.node).to.not.be.null;
    expect(flyout(el)).to.exist;
    expect(second.getAttribute('aria-selected')).to.equal('true');
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(flyout(el)).to.be.null;
    expect(active(el)).to.equal(second);
    await sendKeys({ press: 'Home' });
    expect(active(el)).to.equal(first);
  });

  it('opens the entity page from the flyout only when the client can', async () => {
    const { id, evidence } = variedIncident();
    const entity = evidence[0]!;
    const el = await mount(id);
    await drawn(el);
    node(el, entityKey(entity.id))!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    setTimeout(() => button(el, 'Open entity page').click());
    const opened = (await oneEvent(el, 'soc-entity-open')) as EntityOpenEvent;
    expect(opened.detail.entity.id).to.equal(entity.id);

    const limited = await mount(id, { api: new TestApi(['entityPages']) });
    await drawn(limited);
    node(limited, entityKey(entity.id))!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await limited.updateComplete;
    expect(flyout(limited)).to.exist;
    expect(button(limited, 'Open entity page')).to.be.undefined;
  });

  it("takes the entities from the alerts' evidence when the client cannot list evidence", async () => {
    const { id, evidence } = variedIncident();
    const api = new TestApi(['evidence']);
    const el = await mount(id, { api });
    await drawn(el);
    expect(api.evidenceCalls).to.equal(0);
    expect(keys(el).filter((key) => key.startsWith('e/'))).to.have.members(evidence.map((entity) => entityKey(entity.id)));
  });

  it('lays a large graph out in a worker, saying so meanwhile', async () => {
    const id = ingest(sizedIncident({ alerts: 40, entitiesPerAlert: 9 }));
    const el = await mount(id);
    let announced = false;
    const observer = new MutationObserver(() => {
      const status = root(el).querySelector('[role="status"]');
      announced ||= !!status && /Laying out 400 nodes…/.test(text(status));
    });
    observer.observe(root(el), { childList: true, subtree: true, characterData: true });
    await drawn(el);
    observer.disconnect();
    expect(announced, 'the layout was announced').to.be.true;
    expect(nodes(el)).to.have.length(400);
    expect(el.layoutThread).to.equal('worker');
  });

  it('draws a graph of more than 500 nodes a chunk at a time, the tab stop in the first, and then all of it in order', async () => {
    const id = ingest(sizedIncident({ alerts: 60, entitiesPerAlert: 9 }));
    const el = await mount(id);
    let first: { nodes: number; tabStops: number } | undefined;
    const observer = new MutationObserver(() => {
      if (first || nodes(el).length === 0) return;
      first = { nodes: nodes(el).length, tabStops: root(el).querySelectorAll('.nodes > .node[tabindex="0"]').length };
    });
    observer.observe(root(el), { childList: true, subtree: true });
    await waitUntil(() => nodes(el).length === 600, 'every node is drawn', LONG);
    observer.disconnect();

    expect(first, 'the first chunk').to.exist;
    expect(first!.nodes, 'nodes in the first chunk').to.be.greaterThan(0).and.lessThan(600);
    expect(first!.tabStops, 'the tab stop is in the first chunk').to.equal(1);
    expect(nodes(el).map((node) => node.id)).to.deep.equal(Array.from({ length: 600 }, (_, index) => `node-${index}`));
    expect(root(el).querySelectorAll('.node[tabindex="0"]'), 'one tab stop').to.have.length(1);
    const stop = await focusGraph(el);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(active(el)).to.equal(nodes(el).at(-1));
    expect(stop.getAttribute('tabindex')).to.equal('-1');
  });

  it('places and draws the labels only once zoomed in far enough to read them', async () => {
    const id = ingest(sizedIncident({ alerts: 60, entitiesPerAlert: 9 }));
    const el = await mount(id);
    await waitUntil(() => nodes(el).length === 600, 'every node is drawn', LONG);
    const canvas = root(el).querySelector('.canvas')!;
    const labels = () => root(el).querySelectorAll('.labels text').length;
    expect(transform(el).k, 'fitted too far out for labels').to.be.lessThan(LABEL_ZOOM);
    expect(canvas.classList.contains('far')).to.be.true;
    expect(labels(), 'no labels while too small to read').to.equal(0);

    await focusGraph(el);
    while (transform(el).k < LABEL_ZOOM) await sendKeys({ press: '+' });
    await waitUntil(() => labels() > 0, 'the labels are drawn', LONG);
    expect(canvas.classList.contains('far')).to.be.false;
    const name = root(el).querySelector('.labels text.name')!;
    expect(name.getBoundingClientRect().width, 'a label shows').to.be.greaterThan(0);

    await sendKeys({ press: '0' });
    expect(canvas.classList.contains('far'), 'hidden again when fitted').to.be.true;
    expect(name.getBoundingClientRect().width).to.equal(0);
  });

  it('shows another incident afresh: its own nodes, nothing selected, groups collapsed again', async () => {
    const second = variedIncident();
    const first = ingest(sizedIncident({ alerts: 2, entitiesPerAlert: 9, displayName: 'First' }));
    const el = await mount(first, { groupThreshold: 1 });
    await drawn(el);
    root(el).querySelector<HTMLButtonElement>('.chip[data-type="device"]')!.click();
    await waitUntil(() => !keys(el).includes(groupKey('device')), 'the devices are shown', LONG);
    await drawn(el);
    nodes(el)[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    expect(flyout(el)).to.exist;

    el.incidentId = second.id;
    await waitUntil(() => keys(el).includes(alertKey(second.alerts[0]!.id)), 'the other incident is drawn', LONG);
    await drawn(el);
    expect(flyout(el)).to.be.null;
    expect(keys(el).filter((key) => key.startsWith('a/'))).to.have.members(second.alerts.map((alert) => alertKey(alert.id)));
    const devices = second.evidence.filter((entity) => entity.type === 'device');
    if (devices.length > 1) expect(keys(el)).to.include(groupKey('device'));
  });

  it('shows a loading state while the alerts and evidence load', async () => {
    test.backend.setScenario({ latencyMs: 3000 });
    const el = await mount(variedIncident().id);
    expect(root(el).querySelector('[role="status"]')!.textContent).to.equal('Loading the incident graph…');
    await expect(el).to.be.accessible();
  });

  it('says so when the incident has no alerts or entities', async () => {
    const el = await mount(ingest({ displayName: 'Nothing yet', alerts: [] }));
    await waitUntil(() => /No alerts or entities/.test(text(root(el))), 'the empty state shows', LONG);
    expect(nodes(el)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('shows a server error with Retry, and loads on retry', async () => {
    const { id } = variedIncident();
    test.backend.setScenario({ errorRate: 1 });
    const el = await mount(id);
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'the error shows', LONG);
    expect(text(root(el))).to.include("Couldn't load the incident graph");
    await expect(el).to.be.accessible();

    test.backend.setScenario({ errorRate: 0 });
    button(el, 'Retry').click();
    await drawn(el);
  });

  it('says when to retry when throttled', async () => {
    const { id } = variedIncident();
    test.backend.setScenario({ throttled: true });
    const el = await mount(id);
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'the error shows', LONG);
    expect(text(root(el))).to.match(/Try again in \d+ seconds?/);
    expect(button(el, 'Retry')).to.exist;
  });

  it('renders markup from the API as text, in the graph, the flyout and the list', async () => {
    const id = ingest(sizedIncident({ alerts: 2, entitiesPerAlert: 3, prefix: MARKUP }));
    const el = await mount(id);
    await drawn(el);
    const alert = service().listIncidentAlerts(id)[0]!;
    const entity = service().listEvidence(id)[0]!;
    expect(alert.title).to.include(MARKUP);
    expect(node(el, alertKey(alert.id))!.getAttribute('aria-label')).to.include(alert.title);
    expect(text(root(el).querySelector('.labels')!)).to.include('<img');

    node(el, entityKey(entity.id))!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    expect(flyout(el)!.querySelector('h2')!.textContent).to.equal(entity.displayName);
    button(el, 'List view').click();
    await el.updateComplete;
    expect(text(root(el).querySelector('[role="tree"]')!)).to.include(alert.title);

    expect(root(el).querySelector('img, script, [onerror]')).to.be.null;
    expect(window.__socGraphPwned).to.be.undefined;
  });

  it('links a URL entity only when it is http or https', async () => {
    const url = (address: string): GraphEvidenceInput => ({ '@odata.type': '#microsoft.graph.security.urlEvidence', url: address });
    const id = ingest({
      displayName: 'Links',
      alerts: [{ title: 'Clicked links', evidence: [url('javascript:alert(1)'), url('https://contoso.example/login')] }],
    });
    const evidence = service().listEvidence(id);
    const el = await mount(id);
    await drawn(el);

    const open = async (address: string) => {
      const entity = evidence.find((candidate) => candidate.type === 'url' && candidate.url === address)!;
      node(el, entityKey(entity.id))!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await el.updateComplete;
      return flyout(el)!;
    };
    const unsafe = await open('javascript:alert(1)');
    expect(text(unsafe)).to.include('javascript:alert(1)');
    expect(unsafe.querySelector('a')).to.be.null;

    const safe = await open('https://contoso.example/login');
    const link = safe.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://contoso.example/login');
    expect(link.getAttribute('rel')).to.include('noopener');
  });
});
