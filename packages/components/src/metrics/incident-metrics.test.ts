import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { BASE_URL, freshState, startTestBackend, TEST_NOW, type TestBackend } from '../../../../test/support/test-backend.js';
import {
  CAPABILITIES,
  HttpIncidentApi,
  type CallOptions,
  type Capability,
  type IncidentApi,
  type IncidentMetrics,
  type MetricsQuery,
} from '../api/index.js';
import { SEVERITY_LABELS, INCIDENT_STATUS_LABELS, CLASSIFICATION_LABELS, TACTIC_LABELS } from '../internal/labels.js';
import '../provider/define.js';
import './define.js';
import type { SocIncidentMetrics } from './incident-metrics.js';
import { customQuery, presetQuery } from './metrics-range.js';

/** A client of the test backend that notes the metrics queries it sends, and can change what comes back. */
class RecordingApi extends HttpIncidentApi {
  readonly queries: MetricsQuery[] = [];
  adjust?: (metrics: IncidentMetrics) => IncidentMetrics;

  constructor() {
    super({ baseUrl: BASE_URL });
  }

  override async getIncidentMetrics(query: MetricsQuery, options?: CallOptions): Promise<IncidentMetrics> {
    this.queries.push(query);
    const metrics = await super.getIncidentMetrics(query, options);
    return this.adjust ? this.adjust(metrics) : metrics;
  }
}

/** A client of a backend that computes no metrics. */
class NoMetricsApi extends RecordingApi {
  override readonly capabilities: ReadonlySet<Capability> = new Set(CAPABILITIES.filter((c) => c !== 'incidentMetrics'));
}

describe('soc-incident-metrics', function () {
  let test: TestBackend;
  let api: RecordingApi;

  before(async () => {
    test = await startTestBackend();
  });
  after(() => test.worker.stop());
  beforeEach(() => {
    freshState(test);
    api = new RecordingApi();
  });

  const root = (el: SocIncidentMetrics) => el.shadowRoot!;
  const squash = (value: string) => value.replace(/\s+/g, ' ').trim();
  const text = (node: Node) => squash(node.textContent!);
  const card = (el: SocIncidentMetrics, id: string) => root(el).querySelector<HTMLElement>(`[data-card="${id}"]`)!;
  const pointLabels = (el: SocIncidentMetrics, chart: string) =>
    [...root(el).querySelectorAll(`[data-chart="${chart}"] [data-point]`)].map((point) => point.getAttribute('aria-label'));
  const tableRows = (scope: Element) =>
    [...scope.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => text(cell)));
  const count = (value: number) => value.toLocaleString('en');
  /** The figures the backend gives for `query`, fetched apart from the element. */
  const figures = (query: MetricsQuery) => new HttpIncidentApi({ baseUrl: BASE_URL }).getIncidentMetrics(query);

  async function mount(client: IncidentApi = api, width = 1200): Promise<SocIncidentMetrics> {
    const provider = await fixture(html`<soc-api-provider .api=${client}>
      <soc-incident-metrics .now=${TEST_NOW}></soc-incident-metrics>
    </soc-api-provider>`);
    (provider as HTMLElement).style.setProperty('width', `${width}px`);
    (provider as HTMLElement).style.setProperty('display', 'block');
    return provider.querySelector('soc-incident-metrics')!;
  }

  const loaded = (el: SocIncidentMetrics) => waitUntil(() => root(el).querySelector('.cards:not(.skeleton), .empty-range'), 'metrics load');

  async function toggleTable(el: SocIncidentMetrics, id: string): Promise<void> {
    card(el, id).querySelector<HTMLButtonElement>('.toggle')!.click();
    await el.updateComplete;
  }

  async function chooseRange(el: SocIncidentMetrics, value: string): Promise<void> {
    const select = root(el).querySelector<HTMLSelectElement>('#range-preset')!;
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
  }

  async function type(el: SocIncidentMetrics, field: 'from' | 'to', value: string): Promise<void> {
    const input = root(el).querySelector<HTMLInputElement>(`#range-${field}`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
  }

  describe('with figures', () => {
    it('asks for the last 30 days and shows the figures the backend gives, in charts and in tables', async () => {
      const el = await mount();
      await loaded(el);
      const query = presetQuery('30d', TEST_NOW);
      expect(api.queries).to.deep.equal([query]);
      const expected = await figures(query);
      expect(expected.total).to.be.greaterThan(0);
      expect(text(root(el).querySelector('.total')!)).to.equal(`${count(expected.total)} incidents created in this range`);

      // Open incidents: a named point per non-empty segment, most severe first, and the same numbers in the table.
      const severities = ['high', 'medium', 'low', 'informational', 'unknown'] as const;
      const openNames = severities.flatMap((severity) =>
        (['active', 'inProgress'] as const).flatMap((status) => {
          const n = expected.open.find((entry) => entry.severity === severity && entry.status === status)?.count ?? 0;
          return n > 0 ? [`${SEVERITY_LABELS[severity]}, ${INCIDENT_STATUS_LABELS[status]}: ${n} incident${n === 1 ? '' : 's'}`] : [];
        }),
      );
      expect(pointLabels(el, 'open')).to.deep.equal(openNames);
      await toggleTable(el, 'open');
      const openRows = tableRows(card(el, 'open'));
      for (const row of openRows) {
        const severity = severities.find((each) => SEVERITY_LABELS[each] === row[0])!;
        const of = (status: string) => expected.open.find((entry) => entry.severity === severity && entry.status === status)?.count ?? 0;
        expect(row.slice(1)).to.deep.equal([count(of('active')), count(of('inProgress')), count(of('active') + of('inProgress'))]);
      }
      expect(card(el, 'open').querySelector('svg')).to.equal(null);

      // One point per day, naming both series.
      expect(pointLabels(el, 'perDay')).to.have.length(expected.perDay.length);
      await toggleTable(el, 'perDay');
      expect(tableRows(card(el, 'perDay')).map((row) => row.slice(1))).to.deep.equal(
        expected.perDay.map((day) => [count(day.created), count(day.resolved)]),
      );

      // Every classification, zeros included; tactics in words.
      expect(pointLabels(el, 'classification')).to.deep.equal(
        expected.byClassification
          .filter((entry) => entry.count > 0)
          .map((entry) => `${CLASSIFICATION_LABELS[entry.key]}: ${entry.count} incident${entry.count === 1 ? '' : 's'}`),
      );
      expect(pointLabels(el, 'tactics')).to.deep.equal(
        expected.topTactics.map((entry) => {
          const key = (entry.key.charAt(0).toLowerCase() + entry.key.slice(1)) as keyof typeof TACTIC_LABELS;
          return `${TACTIC_LABELS[key]}: ${entry.count} incident${entry.count === 1 ? '' : 's'}`;
        }),
      );
      await toggleTable(el, 'classification');
      const classificationTables = card(el, 'classification').querySelectorAll('table');
      expect(tableRows(classificationTables[0]!)).to.deep.equal(
        expected.byClassification.map((entry) => [CLASSIFICATION_LABELS[entry.key], count(entry.count)]),
      );

      // Workload: open and resolved per owner, "Unassigned" for none, names from the assignee list.
      const assignees = new Map((await api.listAssignees()).map((a) => [a.id.toLowerCase(), a.displayName]));
      await toggleTable(el, 'workload');
      expect(tableRows(card(el, 'workload'))).to.deep.equal(
        expected.workload.map((entry) => [
          entry.assignedTo === '' ? 'Unassigned' : (assignees.get(entry.assignedTo.toLowerCase()) ?? entry.assignedTo),
          count(entry.open),
          count(entry.resolved),
        ]),
      );

      // Mean times by severity, a dash where no incident got there.
      const timeRows = tableRows(card(el, 'time'));
      for (const row of timeRows) {
        const severity = severities.find((each) => SEVERITY_LABELS[each] === row[0])!;
        const mtta = expected.timeToAcknowledge.find((entry) => entry.severity === severity);
        if (!mtta || mtta.meanMs === null) expect(row[1]).to.equal('—No data');
        else expect(row[1]).to.match(new RegExp(`over ${mtta.count} incidents?$`));
      }
      await expect(el).to.be.accessible();
    });

    it('asks again with the right range when the range changes', async () => {
      const el = await mount();
      await loaded(el);
      await chooseRange(el, '7d');
      await waitUntil(() => api.queries.length === 2, 'a second request');
      expect(api.queries[1]).to.deep.equal(presetQuery('7d', TEST_NOW));
      await loaded(el);
      const expected = await figures(presetQuery('7d', TEST_NOW));
      await waitUntil(() => pointLabels(el, 'perDay').length === expected.perDay.length, 'seven days show');
      expect(expected.perDay).to.have.length(7);
    });

    it('checks a custom range, keeps what was typed, and asks for whole days once it is right', async () => {
      const el = await mount();
      await loaded(el);
      await chooseRange(el, 'custom');
      // Starts from the days shown.
      const shown = presetQuery('30d', TEST_NOW);
      expect(root(el).querySelector<HTMLInputElement>('#range-from')!.value).to.equal(shown.from.slice(0, 10));
      await type(el, 'from', '2024-05-20');
      await type(el, 'to', '2024-05-10');
      root(el).querySelector<HTMLButtonElement>('.apply')!.click();
      await waitUntil(() => root(el).querySelector('#range-to-error'), 'the error shows');
      expect(text(root(el).querySelector('#range-to-error')!)).to.equal('The last day must not come before the first.');
      const to = root(el).querySelector<HTMLInputElement>('#range-to')!;
      expect(to.getAttribute('aria-invalid')).to.equal('true');
      expect(to.getAttribute('aria-describedby')).to.equal('range-to-error');
      expect(to.value).to.equal('2024-05-10');
      expect(root(el).querySelector<HTMLInputElement>('#range-from')!.value).to.equal('2024-05-20');
      expect(api.queries).to.have.length(1);
      expect(root(el).querySelector('.cards:not(.skeleton)')).to.be.ok;
      await expect(el).to.be.accessible();

      await type(el, 'to', '2024-05-31');
      expect(root(el).querySelector('#range-to-error')).to.equal(null);
      root(el).querySelector<HTMLButtonElement>('.apply')!.click();
      await waitUntil(() => api.queries.length === 2, 'the custom range is asked for');
      expect(api.queries[1]).to.deep.equal(customQuery('2024-05-20', '2024-05-31'));
      await loaded(el);
    });

    it('moves between the points of a chart with the arrow keys, Home and End, one tab stop per chart', async () => {
      const el = await mount();
      await loaded(el);
      const points = () => [...root(el).querySelectorAll<SVGElement>('[data-chart="tactics"] [data-point]')];
      expect(points().filter((point) => point.getAttribute('tabindex') === '0')).to.have.length(1);
      for (const chart of root(el).querySelectorAll('[data-chart]')) {
        expect(chart.querySelectorAll('[tabindex="0"]')).to.have.length(1);
      }
      const labels = points().map((point) => point.getAttribute('aria-label'));
      points()[0]!.focus();
      const focused = () => root(el).activeElement as SVGElement | null;
      const tooltip = () => text(root(el).querySelector('[data-chart="tactics"] .tooltip')!);
      await waitUntil(() => root(el).querySelector('[data-chart="tactics"] .tooltip'), 'the tooltip shows');
      expect(tooltip()).to.equal(labels[0]);
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => focused()?.getAttribute('aria-label') === labels[1], 'the second point is focused');
      expect(tooltip()).to.equal(labels[1]);
      await sendKeys({ press: 'End' });
      await waitUntil(() => focused()?.getAttribute('aria-label') === labels.at(-1), 'the last point is focused');
      expect(focused()!.getAttribute('tabindex')).to.equal('0');
      await sendKeys({ press: 'Home' });
      await waitUntil(() => focused()?.getAttribute('aria-label') === labels[0], 'the first point is focused');
      await sendKeys({ press: 'ArrowLeft' });
      expect(focused()!.getAttribute('aria-label')).to.equal(labels[0]);
      await expect(el).to.be.accessible();
    });

    it('follows the reading direction on the per-day chart', async () => {
      const el = await mount();
      el.setAttribute('dir', 'rtl');
      await loaded(el);
      const points = () => [...root(el).querySelectorAll<SVGElement>('[data-chart="perDay"] [data-point]')];
      const first = points()[0]!;
      const last = points().at(-1)!;
      // The oldest day is on the right.
      expect(Number(first.getAttribute('x'))).to.be.greaterThan(Number(last.getAttribute('x')));
      first.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await waitUntil(() => (root(el).activeElement as SVGElement | null)?.dataset['point'] === '1', 'Left moves on in time');
    });
  });

  describe('states', () => {
    it('shows a skeleton while loading', async () => {
      test.backend.setScenario({ latencyMs: 2_000 });
      const el = await mount();
      await waitUntil(() => root(el).querySelector('.skeleton[aria-busy="true"]'), 'the skeleton shows');
      expect(text(root(el).querySelector('[role="status"]')!)).to.equal('Loading incident metrics…');
      await expect(el).to.be.accessible();
    });

    it('says when no incident was created in the range', async () => {
      const el = await mount();
      await loaded(el);
      await chooseRange(el, 'custom');
      await type(el, 'from', '2019-01-01');
      await type(el, 'to', '2019-01-07');
      root(el).querySelector<HTMLButtonElement>('.apply')!.click();
      await waitUntil(() => root(el).querySelector('.empty-range'), 'the empty range shows');
      expect(text(root(el).querySelector('.empty-range')!)).to.include('No incidents in this range');
      await expect(el).to.be.accessible();
    });

    it('shows a failure with Retry, which loads the figures', async () => {
      test.backend.setScenario({ errorRate: 1 });
      const el = await mount();
      await waitUntil(() => root(el).querySelector('.state.error'), 'the error shows');
      expect(text(root(el).querySelector('.state.error h3')!)).to.equal("Couldn't load incident metrics");
      await expect(el).to.be.accessible();
      test.backend.setScenario({ errorRate: 0 });
      root(el).querySelector<HTMLButtonElement>('.state.error button')!.click();
      await waitUntil(() => root(el).querySelector('.cards:not(.skeleton)'), 'the figures load');
    });

    it('says so when the backend computes no metrics, and asks nothing', async () => {
      const client = new NoMetricsApi();
      const el = await mount(client);
      await waitUntil(() => root(el).querySelector('.state'), 'the message shows');
      expect(text(root(el).querySelector('.state')!)).to.include("Incident metrics aren't available");
      expect(client.queries).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('marks the figures a backend cannot compute, and figures from part of the range', async () => {
      api.adjust = (metrics) => ({
        ...metrics,
        topTactics: [],
        timeToResolve: [],
        unsupported: ['tactics', 'timeToResolve'],
        truncated: true,
      });
      const el = await mount();
      await loaded(el);
      expect(text(card(el, 'tactics'))).to.include('Not available from this backend');
      expect(card(el, 'tactics').querySelector('svg, .toggle')).to.equal(null);
      expect(text(card(el, 'time'))).to.include('Mean time to resolve: not available from this backend');
      expect([...card(el, 'time').querySelectorAll('thead th')].map(text)).to.deep.equal(['Severity', 'Mean time to acknowledge']);
      expect(text(root(el).querySelector('.truncated')!)).to.include('cover only the newest incidents');
      await expect(el).to.be.accessible();
    });

    it('lays the cards out in one column in a 360px container', async () => {
      const el = await mount(api, 360);
      await loaded(el);
      const cards = [...root(el).querySelectorAll<HTMLElement>('.card')];
      const lefts = new Set(cards.map((each) => Math.round(each.getBoundingClientRect().left)));
      expect(lefts.size).to.equal(1);
      for (const each of cards) expect(each.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      await expect(el).to.be.accessible();
    });
  });
});
