import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { incidentTrendTemplate, type IncidentTrendTemplateOptions } from '../../../../stories/incident-trend.stories.js';
import { workspaceTemplate } from '../../../../stories/incident-workspace.stories.js';
import { BASE_URL, freshState, startTestBackend, TEST_NOW, type TestBackend } from '../../../../test/support/test-backend.js';
import { CAPABILITIES, HttpIncidentApi, type Capability, type IncidentTrend, type TrendQuery } from '../api/index.js';
import type { CallOptions } from '../api/incident-api.js';
import { IncidentUpdatedEvent } from '../events/incident-updated.js';
import { deepActiveElement } from '../internal/deep-active-element.js';
import type { SocIncidentTrend } from './incident-trend.js';
import { trendEndAt } from './trend-format.js';
import { CHART_HEIGHT, COLUMN_WIDTH } from './trend-geometry.js';

/** A client of the test backend that keeps the trend queries it sends. */
class CountingApi extends HttpIncidentApi {
  readonly trendQueries: TrendQuery[] = [];
  override getIncidentTrend(query: TrendQuery, options?: CallOptions): Promise<IncidentTrend> {
    this.trendQueries.push(query);
    return super.getIncidentTrend(query, options);
  }
}

/** A client of a backend that cannot count incidents over time. */
class NoTrendApi extends CountingApi {
  override readonly capabilities: ReadonlySet<Capability> = new Set(CAPABILITIES.filter((c) => c !== 'incidentTrend'));
}

/** A client whose backend counted from a bounded number of pages. */
class TruncatingApi extends HttpIncidentApi {
  override async getIncidentTrend(query: TrendQuery, options?: CallOptions): Promise<IncidentTrend> {
    return { ...(await super.getIncidentTrend(query, options)), truncated: true };
  }
}

const END = trendEndAt(TEST_NOW);
const squash = (value: string) => value.replace(/\s+/g, ' ').trim();
/** A bucket's accessible name without the isolate marks around its span. */
const plain = (value: string | null) => (value ?? '').replace(/[\u2068\u2069]/g, '');

describe('soc-incident-trend', function () {
  let test: TestBackend;
  let api: CountingApi;

  before(async () => {
    // Writes land half an hour before the tests' "now", in the trend's newest hour.
    test = await startTestBackend({ clock: () => TEST_NOW - 30 * 60_000 });
  });
  after(() => test.worker.stop());
  beforeEach(() => {
    freshState(test);
    api = new CountingApi({ baseUrl: BASE_URL });
  });

  const root = (el: SocIncidentTrend) => el.shadowRoot!;
  const buckets = (el: SocIncidentTrend) => [...root(el).querySelectorAll<HTMLElement>('.bucket')];
  const button = (el: SocIncidentTrend, label: string) =>
    [...root(el).querySelectorAll('button')].find((candidate) => squash(candidate.textContent!) === label);
  const totals = (el: SocIncidentTrend) => squash(root(el).querySelector('[part="totals"]')?.textContent ?? '');
  const focused = () => deepActiveElement();

  async function mount(options: Partial<IncidentTrendTemplateOptions> = {}): Promise<SocIncidentTrend> {
    const provider = await fixture(incidentTrendTemplate({ api, clock: () => TEST_NOW, timeZone: 'UTC', ...options }));
    return provider.querySelector('soc-incident-trend')!;
  }

  const loaded = (el: SocIncidentTrend, count = 24) =>
    waitUntil(() => buckets(el).length === count || root(el).querySelector('table, .empty-state'), 'the trend loads');

  /** Two incidents in the newest hour: one with two alerts, one with one. */
  function recentIncidents(): void {
    const analyst = test.backend.service.principalFor('responder');
    test.backend.service.createIncident(analyst, {
      displayName: 'Password spray against VPN accounts',
      alerts: [
        { title: 'Password spray', severity: 'medium' },
        { title: 'Unfamiliar sign-in properties', severity: 'low' },
      ],
    });
    test.backend.service.createIncident(analyst, {
      displayName: 'Malware on WS-042',
      alerts: [{ title: 'Malware detected', severity: 'high' }],
    });
  }

  /** The trend the test backend answers, up to the tests' "now". */
  const trendOfTestBackend = (range: TrendQuery['range']) => new HttpIncidentApi({ baseUrl: BASE_URL }).getIncidentTrend({ range, end: END });

  /** The counts a bucket's name gives. */
  function countsIn(name: string): { incidents: number; alerts: number } {
    const match = /: (\d+) incidents?, (\d+) alerts?$/.exec(plain(name));
    if (!match) throw new Error(`Not a bucket name: ${name}`);
    return { incidents: Number(match[1]), alerts: Number(match[2]) };
  }

  describe('the chart and the table', () => {
    it("show the API's buckets: names, bars and line, table cells and totals", async () => {
      const seeded = await trendOfTestBackend('24h');
      recentIncidents();
      const expected = await trendOfTestBackend('24h');
      const newest = expected.buckets.at(-1)!;
      expect(newest).to.include({ incidents: seeded.buckets.at(-1)!.incidents + 2, alerts: seeded.buckets.at(-1)!.alerts + 3 });
      const el = await mount();
      await loaded(el);

      expect(api.trendQueries).to.deep.equal([{ range: '24h', end: END }]);
      const names = buckets(el).map((bucket) => bucket.getAttribute('aria-label')!);
      expect(names.map(countsIn)).to.deep.equal(expected.buckets.map(({ incidents, alerts }) => ({ incidents, alerts })));
      expect(plain(names.at(-1)!)).to.equal(`11:00 AM–12:00 PM: ${newest.incidents} incidents, ${newest.alerts} alerts`);
      expect(plain(names[0])).to.match(/^12:00 PM–01:00 PM: /);

      // The drawing: bar heights and the line's points on the scale the chart shows.
      const max = Number(root(el).querySelector('.y-max')!.textContent!.replace(/\D/g, ''));
      const bars = [...root(el).querySelectorAll('rect.bar')].map((bar) => Number(bar.getAttribute('height')));
      expect(bars.map((height) => Math.round((height / CHART_HEIGHT) * max))).to.deep.equal(expected.buckets.map((b) => b.incidents));
      const points = [...root(el).querySelector('.alerts-line')!.getAttribute('d')!.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)];
      expect(points.map(([, x]) => Number(x))).to.deep.equal(expected.buckets.map((_, index) => (index + 0.5) * COLUMN_WIDTH));
      expect(points.map(([, , y]) => Math.round(((CHART_HEIGHT - Number(y)) / CHART_HEIGHT) * max))).to.deep.equal(
        expected.buckets.map((b) => b.alerts),
      );

      const incidents = expected.buckets.reduce((sum, b) => sum + b.incidents, 0);
      const alerts = expected.buckets.reduce((sum, b) => sum + b.alerts, 0);
      expect(totals(el)).to.equal(`${incidents} incident${incidents === 1 ? '' : 's'} · ${alerts} alert${alerts === 1 ? '' : 's'}`);
      // Every sixth hour has its tick, in the element's zone.
      expect([...root(el).querySelectorAll('.ticks time')].map((tick) => tick.textContent)).to.deep.equal([
        '12:00 PM',
        '6:00 PM',
        '12:00 AM',
        '6:00 AM',
      ]);
      await expect(el).to.be.accessible();

      button(el, 'Show table')!.click();
      await waitUntil(() => root(el).querySelector('table'), 'the table shows');
      expect(el.view).to.equal('table');
      expect(el.getAttribute('view')).to.equal('table');
      const headers = [...root(el).querySelectorAll('thead th')].map((th) => squash(th.textContent!));
      expect(headers).to.deep.equal(['Hour', 'Incidents', 'Alerts']);
      const rows = [...root(el).querySelectorAll('tbody tr')];
      expect(rows.map((row) => [...row.querySelectorAll('td')].map((td) => Number(td.textContent)))).to.deep.equal(
        expected.buckets.map((b) => [b.incidents, b.alerts]),
      );
      expect(rows.map((row) => row.querySelector('th[scope="row"]')!.textContent)).to.deep.equal(
        names.map((name) => plain(name).split(': ')[0]),
      );
      const foot = [...root(el).querySelectorAll('tfoot th, tfoot td')].map((cell) => squash(cell.textContent!));
      expect(foot).to.deep.equal(['Total', String(incidents), String(alerts)]);
      expect(root(el).querySelector('caption')!.textContent).to.equal('Incidents and alerts per hour');
      await expect(el).to.be.accessible();

      button(el, 'Show chart')!.click();
      await waitUntil(() => buckets(el).length === 24, 'the chart is back');
      expect(api.trendQueries, 'switching views loads nothing').to.have.length(1);
    });

    it('"7 days" loads the daily trend, and "24 hours" the hourly one again', async () => {
      const el = await mount();
      await loaded(el);
      const sevenDays = button(el, '7 days')!;
      expect(sevenDays.getAttribute('aria-pressed')).to.equal('false');
      sevenDays.click();
      await waitUntil(() => buckets(el).length === 7, 'the daily trend shows');

      expect(api.trendQueries.at(-1)).to.deep.equal({ range: '7d', end: END });
      expect(el.range).to.equal('7d');
      expect(el.getAttribute('range')).to.equal('7d');
      expect(sevenDays.getAttribute('aria-pressed')).to.equal('true');
      expect(button(el, '24 hours')!.getAttribute('aria-pressed')).to.equal('false');
      const expected = await trendOfTestBackend('7d');
      expect(expected.buckets.some((bucket) => bucket.incidents > 0), 'the seeded week has incidents').to.be.true;
      expect(buckets(el).map((bucket) => countsIn(bucket.getAttribute('aria-label')!))).to.deep.equal(
        expected.buckets.map(({ incidents, alerts }) => ({ incidents, alerts })),
      );
      // Seven days that end at noon: each named by both ends, ticked by the day holding most of it.
      expect(plain(buckets(el).at(-1)!.getAttribute('aria-label'))).to.match(/^May 31, 12:00 PM–Jun 1, 12:00 PM: /);
      expect(root(el).querySelectorAll('.ticks time')).to.have.length(7);
      await expect(el).to.be.accessible();

      button(el, '24 hours')!.click();
      await waitUntil(() => buckets(el).length === 24, 'the hourly trend is back');
      expect(api.trendQueries.map((query) => query.range)).to.deep.equal(['24h', '7d', '24h']);
    });
  });

  describe('collapsing', () => {
    it('hides the chart behind the heading, keeps the totals, and loads nothing', async () => {
      const el = await mount();
      await loaded(el);
      const toggle = root(el).querySelector<HTMLButtonElement>('h2 > button[part="toggle"]')!;
      expect(squash(toggle.textContent!)).to.equal('Most recent incidents and alerts');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(toggle.getAttribute('aria-controls')).to.equal('trend-body');
      const shownTotals = totals(el);

      toggle.click();
      await el.updateComplete;
      expect(el.collapsed).to.be.true;
      expect(el.hasAttribute('collapsed')).to.be.true;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(root(el).querySelector<HTMLElement>('#trend-body')!.hidden).to.be.true;
      expect(buckets(el)).to.have.length(0);
      expect(button(el, '7 days'), 'the controls go with the chart').to.be.undefined;
      expect(totals(el)).to.equal(shownTotals);
      await expect(el).to.be.accessible();

      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(buckets(el)).to.have.length(24);
      expect(api.trendQueries, 'neither collapsing nor expanding loads').to.have.length(1);
    });

    it('starts collapsed when asked, and Enter on the heading expands it', async () => {
      const el = await mount({ collapsed: true });
      await waitUntil(() => totals(el), 'the totals load');
      const toggle = root(el).querySelector<HTMLButtonElement>('[part="toggle"]')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => buckets(el).length === 24, 'the chart shows');
      expect(el.collapsed).to.be.false;
    });
  });

  describe('the keyboard', () => {
    it('makes the buckets one tab stop; arrows, Home and End move between them, each named and with its tooltip', async () => {
      recentIncidents();
      const newest = (await trendOfTestBackend('24h')).buckets.at(-1)!;
      const el = await mount();
      await loaded(el);
      const stops = () => buckets(el).filter((bucket) => bucket.tabIndex === 0);
      expect(stops(), 'one tab stop: the newest hour').to.deep.equal([buckets(el).at(-1)]);
      expect(buckets(el)[0].getAttribute('role')).to.equal('img');
      expect(root(el).querySelector('.buckets')!.getAttribute('aria-label')).to.equal('Incidents and alerts per hour');

      button(el, 'Show table')!.focus();
      await sendKeys({ press: 'Tab' });
      // Tab from the controls reaches the chart's tab stop.
      await waitUntil(() => focused() === buckets(el).at(-1), 'Tab reaches the newest hour');
      const tip = (bucket: HTMLElement) => bucket.querySelector<HTMLElement>('.tip')!;
      expect(getComputedStyle(tip(buckets(el).at(-1)!)).display, 'its tooltip shows').to.equal('grid');
      expect(squash(tip(buckets(el).at(-1)!).textContent!)).to.equal(
        `11:00 AM–12:00 PM ${newest.incidents} incidents ${newest.alerts} alerts`,
      );

      await sendKeys({ press: 'ArrowLeft' });
      await waitUntil(() => focused() === buckets(el)[22], 'ArrowLeft moves to the hour before');
      expect(plain(focused()!.getAttribute('aria-label'))).to.match(/^10:00 AM–11:00 AM: \d+ incidents?, \d+ alerts?$/);
      expect(stops()).to.deep.equal([buckets(el)[22]]);
      expect(getComputedStyle(tip(buckets(el).at(-1)!)).display, 'the tooltip left with focus').to.equal('none');

      await sendKeys({ press: 'Home' });
      await waitUntil(() => focused() === buckets(el)[0], 'Home moves to the oldest hour');
      await sendKeys({ press: 'ArrowLeft' });
      expect(focused(), 'the oldest hour is the end').to.equal(buckets(el)[0]);
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => focused() === buckets(el)[1], 'ArrowRight moves to the next hour');
      await sendKeys({ press: 'End' });
      await waitUntil(() => focused() === buckets(el)[23], 'End moves to the newest hour');

      await sendKeys({ press: 'Escape' });
      await waitUntil(() => getComputedStyle(tip(buckets(el)[23])).display === 'none', 'Escape hides the tooltip');
      expect(focused(), 'focus stays').to.equal(buckets(el)[23]);
      await sendKeys({ press: 'ArrowLeft' });
      await waitUntil(() => focused() === buckets(el)[22], 'the arrows still move');
      expect(getComputedStyle(tip(buckets(el)[22])).display, 'the next tooltip shows').to.equal('grid');
    });

    it('shows the tooltip of the bucket under the pointer', async () => {
      const el = await mount();
      await loaded(el);
      const bucket = buckets(el)[8];
      const tip = bucket.querySelector<HTMLElement>('.tip')!;
      expect(getComputedStyle(tip).display).to.equal('none');
      const box = bucket.getBoundingClientRect();
      try {
        await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
        await waitUntil(() => getComputedStyle(tip).display === 'grid', 'the tooltip shows');
        expect(squash(tip.textContent!)).to.equal(plain(bucket.getAttribute('aria-label')).replace(/: |, /g, ' '));
        const chart = root(el).querySelector('.chart')!.getBoundingClientRect();
        const shown = tip.getBoundingClientRect();
        expect(shown.left, 'inside the chart').to.be.at.least(chart.left - 1);
        expect(shown.right, 'inside the chart').to.be.at.most(chart.right + 1);
      } finally {
        await resetMouse();
      }
    });

    it('runs time the way the text reads in a right-to-left page: Left is later', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div dir="rtl">${incidentTrendTemplate({ api, clock: () => TEST_NOW, timeZone: 'UTC' })}</div>`,
      );
      const el = wrapper.querySelector('soc-incident-trend')!;
      await loaded(el);
      const first = buckets(el)[0].getBoundingClientRect();
      const last = buckets(el)[23].getBoundingClientRect();
      expect(first.left, 'the oldest hour is on the right').to.be.greaterThan(last.left);
      buckets(el)[10].focus();
      await sendKeys({ press: 'ArrowLeft' });
      await waitUntil(() => focused() === buckets(el)[11], 'ArrowLeft moves to the next hour');
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => focused() === buckets(el)[10], 'ArrowRight moves back');
      await expect(el).to.be.accessible();
    });
  });

  describe('states', () => {
    it('shows a skeleton while the trend loads', async () => {
      test.backend.setScenario({ latencyMs: 10_000 });
      const el = await mount();
      await waitUntil(() => root(el).querySelector('.skeleton[aria-busy="true"]'), 'the skeleton shows');
      expect(squash(root(el).querySelector('[role="status"]')!.textContent!)).to.equal('Loading the trend of incidents and alerts…');
      expect(totals(el)).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('says when nothing came in', async () => {
      const el = await mount({ clock: () => Date.parse('2001-01-01T00:00:00Z') });
      await waitUntil(() => root(el).querySelector('.empty-state'), 'the empty state shows');
      expect(squash(root(el).querySelector('.empty-state')!.textContent!)).to.equal('No incidents or alerts in the last 24 hours');
      expect(totals(el)).to.equal('0 incidents · 0 alerts');
      expect(buckets(el)).to.have.length(0);
      await expect(el).to.be.accessible();

      button(el, '7 days')!.click();
      await waitUntil(
        () => squash(root(el).querySelector('.empty-state')?.textContent ?? '') === 'No incidents or alerts in the last 7 days',
        'the week is empty too',
      );
    });

    it('shows a failure with Retry, which loads the trend', async () => {
      test.backend.setScenario({ errorRate: 1 });
      const el = await mount();
      await waitUntil(() => root(el).querySelector('[role="alert"]'), 'the failure shows');
      expect(squash(root(el).querySelector('[role="alert"]')!.textContent!)).to.match(/^Couldn't load the trend of incidents and alerts/);
      expect(button(el, '7 days'), 'the controls stay').to.exist;
      await expect(el).to.be.accessible();

      test.backend.setScenario({ errorRate: 0 });
      button(el, 'Retry')!.click();
      await loaded(el);
      expect(root(el).querySelector('[role="alert"]')).to.be.null;
    });

    it('notes a trend counted from the newest incidents only', async () => {
      const el = await mount({ api: new TruncatingApi({ baseUrl: BASE_URL }) });
      await waitUntil(() => root(el).querySelector('[part="note"]'), 'the note shows');
      expect(squash(root(el).querySelector('[part="note"]')!.textContent!)).to.equal(
        'Counted from the newest incidents only: the oldest buckets may show fewer than there were.',
      );
      await expect(el).to.be.accessible();
    });

    it('renders nothing, and asks for nothing, when the backend keeps no trend', async () => {
      const noTrend = new NoTrendApi({ baseUrl: BASE_URL });
      const el = await mount({ api: noTrend });
      await el.updateComplete;
      expect(el.hidden).to.be.true;
      expect(root(el).children).to.have.length(0);
      expect(noTrend.trendQueries).to.deep.equal([]);
    });

    it('sits under the workspace queue\'s heading, and loads again after a save there', async () => {
      const provider = await fixture(workspaceTemplate(api, '720px', false, () => TEST_NOW));
      const workspace = provider.querySelector('soc-incident-workspace')!;
      await workspace.updateComplete;
      const el = workspace.shadowRoot!.querySelector('soc-incident-trend')!;
      expect(el.getAttribute('part')).to.equal('trend');
      await loaded(el);
      expect(api.trendQueries).to.deep.equal([{ range: '24h', end: END }]);
      const queue = workspace.shadowRoot!.querySelector('soc-incident-queue')!;
      const slot = el.assignedSlot!;
      expect(slot?.name, 'the trend is in the queue\'s overview slot').to.equal('overview');
      const heading = queue.shadowRoot!.querySelector('h1')!;
      const toolbar = queue.shadowRoot!.querySelector('.toolbar')!;
      expect(heading.compareDocumentPosition(slot) & Node.DOCUMENT_POSITION_FOLLOWING, 'under the "Incidents" heading').to.be.greaterThan(0);
      expect(slot.compareDocumentPosition(toolbar) & Node.DOCUMENT_POSITION_FOLLOWING, 'above the toolbar').to.be.greaterThan(0);

      const [incident] = (await api.listIncidents({ top: 1 })).items;
      workspace.shadowRoot!.querySelector('soc-manage-incident')!.dispatchEvent(new IncidentUpdatedEvent([incident]));
      await waitUntil(() => api.trendQueries.length === 2, 'the trend loads again');
    });

    it('refresh() loads the numbers again', async () => {
      const el = await mount();
      await loaded(el);
      const before = countsIn(buckets(el).at(-1)!.getAttribute('aria-label')!);
      recentIncidents();
      el.refresh();
      await waitUntil(
        () => countsIn(buckets(el).at(-1)!.getAttribute('aria-label')!).incidents === before.incidents + 2,
        'the new incidents count',
      );
      expect(countsIn(buckets(el).at(-1)!.getAttribute('aria-label')!).alerts).to.equal(before.alerts + 3);
      expect(api.trendQueries).to.have.length(2);
    });
  });
});
