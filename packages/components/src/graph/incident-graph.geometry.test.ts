import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { attackStoryTemplate } from '../../../../stories/attack-story.stories.js';
import { BASE_URL, freshState, startTestBackend, type TestBackend } from '../../../../test/support/test-backend.js';
import { HttpIncidentApi } from '../api/index.js';
import type { SocAttackStory } from '../attack-story/attack-story.js';
import type { SocIncidentGraph } from './incident-graph.js';

const LONG = { timeout: 20_000 };

const intersects = (a: DOMRect, b: DOMRect) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

/** Boxes on screen: the graph as it is drawn in the attack story, measured. */
describe('soc-incident-graph in the attack story: geometry', function () {
  this.timeout(90_000);
  let test: TestBackend;

  before(async () => {
    await setViewport({ width: 1400, height: 1000 });
    test = await startTestBackend();
  });
  after(() => test.worker.stop());
  beforeEach(() => freshState(test));

  /** The generated incidents with the most entities first. */
  function busiestIncidents(count: number): string[] {
    const service = test.backend.service;
    return service
      .listIncidents({ top: 60 })
      .items.map((incident) => ({ id: incident.id, size: service.listEvidence(incident.id).length }))
      .sort((a, b) => b.size - a.size)
      .slice(0, count)
      .map((incident) => incident.id);
  }

  async function mount(incidentId: string, width = '1400px'): Promise<{ story: SocAttackStory; graph: SocIncidentGraph }> {
    const provider = await fixture(attackStoryTemplate({ api: new HttpIncidentApi({ baseUrl: BASE_URL }), incidentId, width }));
    const story = provider.querySelector('soc-attack-story')!;
    await waitUntil(() => story.shadowRoot?.querySelector('soc-incident-graph'), 'the graph side renders', LONG);
    const graph = story.shadowRoot!.querySelector('soc-incident-graph')!;
    await waitUntil(
      () => graph.shadowRoot?.querySelector('.nodes > .node') && !graph.shadowRoot.querySelector('.laying-out'),
      'the graph is drawn',
      LONG,
    );
    return { story, graph };
  }

  for (const width of ['1400px', '700px']) {
    it(`fills its card at ${width}: no blank band under the drawing`, async () => {
      const { story, graph } = await mount(busiestIncidents(1)[0]!, width);
      const card = story.shadowRoot!.querySelector<HTMLElement>('.graph')!;
      const cardBox = card.getBoundingClientRect();
      const paddingBottom = parseFloat(getComputedStyle(card).paddingBottom);
      const svg = graph.shadowRoot!.querySelector('svg.graph')!.getBoundingClientRect();
      const host = graph.getBoundingClientRect();
      // The graph's own box reaches the card's content bottom, and the drawing reaches the graph's bottom.
      expect(Math.abs(cardBox.bottom - paddingBottom - host.bottom), `graph bottom ${host.bottom} vs card content bottom ${cardBox.bottom - paddingBottom}`).to.be.lessThan(4);
      expect(Math.abs(host.bottom - svg.bottom), `drawing bottom ${svg.bottom} vs graph bottom ${host.bottom}`).to.be.lessThan(4);
      expect(svg.height).to.be.greaterThan(360);
    });
  }

  it('draws no label over another label', async () => {
    for (const incidentId of busiestIncidents(3)) {
      const { graph } = await mount(incidentId);
      const labels = [...graph.shadowRoot!.querySelectorAll<SVGTextElement>('.labels > text')]
        .filter((label) => getComputedStyle(label).display !== 'none' && getComputedStyle(label).visibility !== 'hidden')
        .map((label) => ({ text: label.textContent, box: label.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0);
      expect(labels.length, 'labels are shown').to.be.greaterThan(3);
      const overlaps: string[] = [];
      labels.forEach((a, i) => {
        for (const b of labels.slice(i + 1)) if (intersects(a.box, b.box)) overlaps.push(`${a.text} × ${b.text}`);
      });
      expect(overlaps, `incident ${incidentId}`).to.deep.equal([]);
    }
  });

  it('hands the pointer over an edge on to the canvas: only nodes take it', async () => {
    const { graph } = await mount(busiestIncidents(1)[0]!);
    const root = graph.shadowRoot!;
    const path = root.querySelector<SVGPathElement>('.edges > path.edge')!;
    const matrix = path.getScreenCTM()!;
    // The middle of each straight segment of the edges' path, on screen.
    const middles = [...(path.getAttribute('d') ?? '').matchAll(/M(-?[\d.]+) (-?[\d.]+)L(-?[\d.]+) (-?[\d.]+)/g)]
      .slice(0, 20)
      .map(([, x1, y1, x2, y2]) => new DOMPoint((Number(x1) + Number(x2)) / 2, (Number(y1) + Number(y2)) / 2).matrixTransform(matrix));
    expect(middles.length, 'edges drawn').to.be.greaterThan(3);
    const hits = middles.map(({ x, y }) => root.elementFromPoint(x, y)).filter((hit) => hit !== null);
    expect(hits.filter((hit) => hit.closest('.edges')).length, 'hits on an edge').to.equal(0);
    // Not all of them were under a node: the canvas got the pointer.
    expect(hits.some((hit) => hit.matches('svg.graph')), 'hits on the canvas').to.be.true;
  });

  it('gives the flyout room: at least 320 px wide where the graph is narrow', async () => {
    const { graph } = await mount(busiestIncidents(1)[0]!, '900px');
    graph.shadowRoot!.querySelector<SVGGElement>('.nodes > .node[tabindex="0"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => graph.shadowRoot!.querySelector('.flyout-frame:not(.closed) .flyout'), 'the flyout opens', LONG);
    const frame = graph.shadowRoot!.querySelector<HTMLElement>('.flyout-frame')!.getBoundingClientRect();
    expect(frame.width).to.be.at.least(320);
  });
});
