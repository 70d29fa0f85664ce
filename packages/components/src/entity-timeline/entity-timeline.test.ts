import { expect, oneEvent } from '@open-wc/testing';
import { freshState, startTestBackend, TEST_NOW, type TestBackend } from '../../../../test/support/test-backend.js';
import type { ServiceSource, Tactic, TimelineKind, TimelineQuery } from '../api/index.js';
import { SERVICE_SOURCE_LABELS, TACTIC_LABELS } from '../internal/labels.js';
import type { TimelineEventSelectEvent } from '../events/timeline-event-select.js';
import {
  bars,
  button,
  chooseRange,
  DAY,
  eventually,
  iso,
  namedDevice,
  part,
  parts,
  renderTimeline,
  root,
  rows,
  rowTimes,
  rowTitles,
  settled,
  text,
  totalText,
} from './entity-timeline.fixture.js';
import { Localizer } from '../i18n/localizer.js';
import { entityTimelineCatalog } from './messages.js';
import { eventCount as eventCountIn } from './timeline-histogram.js';
import { fromLocalInputValue, toLocalInputValue } from './timeline-range.js';

const english = new Localizer(entityTimelineCatalog, 'en');
const eventCount = (count: number) => eventCountIn(count, english);

const MARKUP = '<img src=x onerror="window.__socTimelinePwned=1">';

declare global {
  interface Window {
    __socTimelinePwned?: number;
  }
}

describe('soc-entity-timeline', function () {
  let test: TestBackend;
  let entityId: string;

  before(async () => {
    test = await startTestBackend({ timelineEventsPerDay: 200, clock: () => TEST_NOW });
  });
  after(() => test.worker.stop());
  beforeEach(() => {
    freshState(test);
    entityId = namedDevice(test.backend);
  });

  const truth = (query: Omit<TimelineQuery, 'limit'>) =>
    test.backend.service.getEntityTimeline(entityId, { limit: 200, ...query });
  const lastDays = (days: number, kinds?: TimelineKind[]) =>
    truth({ from: iso(TEST_NOW - days * DAY), to: iso(TEST_NOW), ...(kinds ? { kinds } : {}) });

  it("shows the last 30 days: the service's total, histogram and newest events", async () => {
    const { timeline, api } = await renderTimeline(entityId);
    await settled(timeline);
    const expected = lastDays(30);

    expect(text(part(timeline, 'h2'))).to.equal('Timeline');
    expect(totalText(timeline)).to.equal(eventCount(expected.totalCount));
    expect(expected.totalCount).to.be.greaterThan(1000);
    expect(bars(timeline)).to.have.length(60);
    bars(timeline).forEach((bar, index) => {
      expect(bar.getAttribute('aria-label'), `bar ${index}`).to.match(
        new RegExp(`: ${eventCount(expected.histogram[index]!.count).replace(/[,.]/g, '\\$&')}$`),
      );
    });
    const shown = rows(timeline).length;
    expect(shown).to.be.within(5, 60);
    expect(rowTitles(timeline)).to.deep.equal(expected.items.slice(0, shown).map((event) => event.title));
    expect(rowTimes(timeline)).to.deep.equal(expected.items.slice(0, shown).map((event) => event.time));
    expect(rows(timeline)[0]!.getAttribute('aria-setsize')).to.equal(String(expected.totalCount));
    expect(api.requests).to.have.length(1);
    expect(api.requests[0]!.query).to.deep.include({ from: iso(TEST_NOW - 30 * DAY), to: iso(TEST_NOW), limit: 200 });
    await expect(timeline).to.be.accessible();
  });

  it('shows an alert with its severity, and its details when chosen', async () => {
    const { timeline } = await renderTimeline(entityId, { kinds: ['alert'], range: '6m' });
    await settled(timeline);
    const sixMonths = new Date(TEST_NOW);
    sixMonths.setMonth(sixMonths.getMonth() - 6);
    const expected = truth({ from: iso(sixMonths.getTime()), to: iso(TEST_NOW), kinds: ['alert'] });
    expect(expected.totalCount).to.be.greaterThan(0);
    expect(totalText(timeline)).to.equal(eventCount(expected.totalCount));
    const alert = expected.items[0]!;
    const row = rows(timeline)[0]!;
    expect(text(row.querySelector('.kind'))).to.equal('Alert');
    expect(row.querySelector(`.severity.${alert.severity}`)).to.exist;

    setTimeout(() => row.click());
    const event = (await oneEvent(timeline, 'soc-timeline-event-select')) as TimelineEventSelectEvent;
    expect(event.detail.timelineEvent.id).to.equal(alert.id);
    expect(event.composed).to.be.true;
    await timeline.updateComplete;
    const details = part(timeline, 'aside')!;
    expect(text(details.querySelector('h3'))).to.equal(alert.title);
    expect(text(details)).to.include(alert.alertId!);
    expect(text(details)).to.include(alert.incidentId!);
    const shownProperties = [...details.querySelectorAll('.properties dt')].map((dt) => [text(dt), text(dt.nextElementSibling)]);
    // The kit's own enums read as their labels, never as the raw values.
    const category = alert.properties.Category!;
    const tactic = category.charAt(0).toLowerCase() + category.slice(1);
    expect(Object.fromEntries(shownProperties)).to.deep.equal({
      Category: TACTIC_LABELS[tactic as Tactic] ?? category,
      'Service source': SERVICE_SOURCE_LABELS[alert.properties.ServiceSource as ServiceSource],
    });
    expect(text(row.querySelector('.props'))).to.include(
      `Service source: ${SERVICE_SOURCE_LABELS[alert.properties.ServiceSource as ServiceSource]}`,
    );
    expect(row.getAttribute('aria-selected')).to.equal('true');
    await expect(timeline).to.be.accessible();

    button(timeline, 'Close event details')!.click();
    await timeline.updateComplete;
    expect(part(timeline, 'aside')).to.be.null;
    await eventually(() => root(timeline).activeElement === rows(timeline)[0], 'focus returns to the event');
  });

  it('loads each range preset, ending at the clock, and says so with a change event', async () => {
    const { timeline, api } = await renderTimeline(entityId, { range: '1w' });
    await settled(timeline);
    expect(totalText(timeline)).to.equal(eventCount(lastDays(7).totalCount));
    expect((part(timeline, 'select') as HTMLSelectElement).value).to.equal('1w');

    for (const [range, days] of [['1d', 1], ['3d', 3], ['30d', 30]] as const) {
      setTimeout(() => void chooseRange(timeline, range));
      await oneEvent(timeline, 'change');
      const expected = lastDays(days);
      await eventually(() => totalText(timeline) === eventCount(expected.totalCount), `${range} loads`);
      await settled(timeline);
      expect(timeline.range).to.equal(range);
      expect(timeline.getAttribute('range')).to.equal(range);
      expect(api.requests.at(-1)!.query).to.deep.include({ from: iso(TEST_NOW - days * DAY), to: iso(TEST_NOW) });
      expect(rowTimes(timeline)[0]).to.equal(expected.items[0]!.time);
    }

    await chooseRange(timeline, '6m');
    const sixMonths = new Date(TEST_NOW);
    sixMonths.setMonth(sixMonths.getMonth() - 6);
    await eventually(() => api.requests.at(-1)!.query.from === iso(sixMonths.getTime()), 'six calendar months load');
    await settled(timeline);
    expect(totalText(timeline)).to.equal(
      eventCount(truth({ from: iso(sixMonths.getTime()), to: iso(TEST_NOW) }).totalCount),
    );
  });

  it('filters by kind: totals and histogram count only the kinds pressed', async () => {
    const { timeline, api } = await renderTimeline(entityId, { range: '3d' });
    await settled(timeline);
    const filters = parts(timeline, '.kind-filter');
    expect(filters.map(text)).to.deep.equal(['Alerts', 'Activities', 'Bookmarks', 'Anomalies']);
    expect(filters.every((filter) => filter.getAttribute('aria-pressed') === 'true')).to.be.true;

    button(timeline, 'Activities')!.click();
    const withoutActivity = lastDays(3, ['alert', 'bookmark', 'anomaly']);
    await eventually(() => totalText(timeline) === eventCount(withoutActivity.totalCount), 'the filtered total shows');
    await settled(timeline);
    expect(button(timeline, 'Activities')!.getAttribute('aria-pressed')).to.equal('false');
    expect(api.requests.at(-1)!.query.kinds).to.deep.equal(['alert', 'bookmark', 'anomaly']);
    expect(rows(timeline).map((row) => text(row.querySelector('.kind')))).to.not.include('Activity');
    expect(rowTitles(timeline)).to.deep.equal(withoutActivity.items.slice(0, rows(timeline).length).map((e) => e.title));
    bars(timeline).forEach((bar, index) =>
      expect(bar.getAttribute('aria-label')).to.include(eventCount(withoutActivity.histogram[index]!.count)),
    );

    button(timeline, 'Bookmarks')!.click();
    const anomaliesAndAlerts = lastDays(3, ['alert', 'anomaly']);
    await eventually(() => totalText(timeline) === eventCount(anomaliesAndAlerts.totalCount), 'the second filter applies');
    expect(timeline.kinds).to.deep.equal(['alert', 'anomaly']);
  });

  it('asks for a kind when every kind is turned off, without asking the backend', async () => {
    const { timeline, api } = await renderTimeline(entityId, { kinds: ['anomaly'] });
    await settled(timeline);
    const asked = api.requests.length;
    button(timeline, 'Anomalies')!.click();
    await eventually(() => /No kinds of event chosen/.test(text(root(timeline))), 'the empty choice is explained');
    expect(api.requests).to.have.length(asked);
    expect(rows(timeline)).to.have.length(0);
    await expect(timeline).to.be.accessible();
  });

  it('applies a custom range, and keeps an invalid one as typed with an error', async () => {
    const { timeline, api } = await renderTimeline(entityId);
    await settled(timeline);
    await chooseRange(timeline, 'custom');
    const from = part(timeline, 'input[name="from"]') as HTMLInputElement;
    const to = part(timeline, 'input[name="to"]') as HTMLInputElement;
    // The inputs start at the range on screen.
    expect(fromLocalInputValue(to.value)).to.equal(TEST_NOW);
    expect(fromLocalInputValue(from.value)).to.equal(TEST_NOW - 30 * DAY);
    const asked = api.requests.length;

    from.value = toLocalInputValue(TEST_NOW - 2 * DAY);
    to.value = toLocalInputValue(TEST_NOW - 5 * DAY);
    from.dispatchEvent(new Event('input'));
    to.dispatchEvent(new Event('input'));
    button(timeline, 'Apply')!.click();
    await timeline.updateComplete;
    expect(text(part(timeline, '[role="alert"]'))).to.equal('The end must be after the start.');
    expect(to.getAttribute('aria-invalid')).to.equal('true');
    expect(from.value).to.equal(toLocalInputValue(TEST_NOW - 2 * DAY));
    expect(to.value).to.equal(toLocalInputValue(TEST_NOW - 5 * DAY));
    expect(api.requests).to.have.length(asked);
    await expect(timeline).to.be.accessible();

    to.value = toLocalInputValue(TEST_NOW - DAY);
    to.dispatchEvent(new Event('input'));
    setTimeout(() => button(timeline, 'Apply')!.click());
    await oneEvent(timeline, 'change');
    const span = { from: fromLocalInputValue(from.value)!, to: fromLocalInputValue(to.value)! };
    const expected = truth({ from: iso(span.from), to: iso(span.to) });
    await eventually(() => totalText(timeline) === eventCount(expected.totalCount), 'the custom range loads');
    await settled(timeline);
    expect(part(timeline, '[role="alert"]')).to.be.null;
    expect(api.requests.at(-1)!.query).to.deep.include({ from: iso(span.from), to: iso(span.to) });
    expect(rowTimes(timeline)[0]).to.equal(expected.items[0]!.time);
  });

  it('says so when the range holds no events', async () => {
    const { timeline } = await renderTimeline(entityId);
    await settled(timeline);
    await chooseRange(timeline, 'custom');
    const from = part(timeline, 'input[name="from"]') as HTMLInputElement;
    const to = part(timeline, 'input[name="to"]') as HTMLInputElement;
    from.value = '2001-01-01T00:00';
    to.value = '2001-01-31T00:00';
    button(timeline, 'Apply')!.click();
    await eventually(() => /No events in this time range/.test(text(root(timeline))), 'the empty state shows');
    expect(rows(timeline)).to.have.length(0);
    expect(totalText(timeline)).to.equal('0 events');
    await expect(timeline).to.be.accessible();
  });

  it('shows a loading state while the timeline loads', async () => {
    test.backend.setScenario({ latencyMs: 2_000 });
    const { timeline } = await renderTimeline(entityId);
    expect(text(part(timeline, '[role="status"]:not(.total)'))).to.equal('Loading timeline…');
    expect(part(timeline, '[aria-busy="true"]')).to.exist;
    await expect(timeline).to.be.accessible();
  });

  it('shows a server error with Retry, and loads on retry', async () => {
    test.backend.setScenario({ errorRate: 1 });
    const { timeline } = await renderTimeline(entityId);
    await eventually(() => part(timeline, '[role="alert"]'), 'the error shows');
    expect(text(part(timeline, '[role="alert"]'))).to.include("Couldn't load the timeline");
    await expect(timeline).to.be.accessible();

    test.backend.setScenario({ errorRate: 0 });
    button(timeline, 'Retry')!.click();
    await settled(timeline);
    expect(totalText(timeline)).to.equal(eventCount(lastDays(30).totalCount));
  });

  it('says when to retry when throttled, and that the entity is unknown when it is', async () => {
    test.backend.setScenario({ throttled: true });
    const throttled = (await renderTimeline(entityId)).timeline;
    await eventually(() => part(throttled, '[role="alert"]'), 'the error shows');
    expect(text(part(throttled, '[role="alert"]'))).to.match(/Try again in \d+ seconds?/);

    test.backend.setScenario({ throttled: false });
    const unknown = (await renderTimeline('device-that-does-not-exist')).timeline;
    await eventually(() => part(unknown, '[role="alert"]'), 'the error shows');
    expect(text(part(unknown, '[role="alert"]'))).to.include("Couldn't find the timeline");
  });

  it('renders markup in titles and properties as text', async () => {
    const created = test.backend.service.createIncident(test.backend.service.principalFor('responder'), {
      displayName: 'Markup in an alert',
      alerts: [
        {
          title: `Alert ${MARKUP}`,
          category: `Category ${MARKUP}`,
          firstActivityDateTime: iso(TEST_NOW - 3_600_000),
          lastActivityDateTime: iso(TEST_NOW - 3_000_000),
          evidence: [
            {
              '@odata.type': '#microsoft.graph.security.fileEvidence',
              fileDetails: { fileName: 'dropper.exe', sha256: 'b'.repeat(64) },
            },
          ],
        },
      ],
    });
    const fileId = test.backend.service.listEvidence(created.id)[0]!.id;
    const { timeline } = await renderTimeline(fileId, { kinds: ['alert'], range: '1d' });
    await settled(timeline);
    const row = rows(timeline)[0]!;
    expect(text(row.querySelector('.title'))).to.equal(`Alert ${MARKUP}`);
    expect(text(row)).to.include(`Category: Category ${MARKUP}`);
    row.click();
    await timeline.updateComplete;
    const details = part(timeline, 'aside')!;
    expect(text(details.querySelector('h3'))).to.equal(`Alert ${MARKUP}`);
    expect(text(details.querySelector('.properties dd'))).to.equal(`Category ${MARKUP}`);
    expect(root(timeline).querySelector('img, script')).to.be.null;
    expect(window.__socTimelinePwned).to.be.undefined;
  });
});
