import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { freshState, startTestBackend, TEST_NOW, type TestBackend } from '../../../../test/support/test-backend.js';
import type { TimelineEvent, TimelinePage } from '../api/index.js';
import type { SocEntityTimeline } from './entity-timeline.js';
import {
  bars,
  button,
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
  scroller,
  settled,
  text,
} from './entity-timeline.fixture.js';
import { ROW_HEIGHT } from './entity-timeline.styles.js';

const FROM = TEST_NOW - 30 * DAY;
const WINDOW = 200;
const MAX_WINDOWS = 5;
const PLACEHOLDERS = 6;

describe('soc-entity-timeline: jumping, scrolling and the keyboard', function () {
  /**
   * Scrolls the list as a person would. The scroll event is sent too: a page in a background tab
   * (tests run two at a time) runs no rendering steps, so the browser would not send it.
   */
  function scrollTo(timeline: SocEntityTimeline, top: number): void {
    const list = scroller(timeline);
    list.scrollTop = top;
    list.dispatchEvent(new Event('scroll'));
  }

  let test: TestBackend;
  let entityId: string;

  before(async () => {
    // 2,000 events a day: about 60,000 in the default 30 days, 300 windows.
    test = await startTestBackend({ timelineEventsPerDay: 2_000, clock: () => TEST_NOW });
  });
  after(() => test.worker.stop());
  beforeEach(() => {
    freshState(test);
    entityId = namedDevice(test.backend);
  });

  const truth = (to: number, cursor?: string): TimelinePage =>
    test.backend.service.getEntityTimeline(entityId, { from: iso(FROM), to: iso(to), limit: WINDOW, ...(cursor ? { cursor } : {}) });
  const range = () => truth(TEST_NOW);
  /** Where bar `index` of the 30-day histogram ends: the next bar's start, or the range's end. */
  const barEnd = (index: number) => {
    const histogram = range().histogram;
    return index + 1 < histogram.length ? Date.parse(histogram[index + 1]!.start) : TEST_NOW;
  };
  /** The first `count` events from `to` backwards, walking the service's cursors. */
  const eventsBefore = (to: number, count: number): TimelineEvent[] => {
    const events: TimelineEvent[] = [];
    let page = truth(to);
    events.push(...page.items);
    while (events.length < count && page.nextCursor) {
      page = truth(to, page.nextCursor);
      events.push(...page.items);
    }
    return events;
  };
  const position = (row: Element | null | undefined) => (row ? Number(row.getAttribute('aria-posinset')) - 1 : -1);
  const focused = (timeline: SocEntityTimeline) => root(timeline).activeElement as HTMLElement | null;
  /** Whether the whole row is inside the scroller's viewport. */
  const inViewport = (timeline: SocEntityTimeline, row: Element) => {
    const box = row.getBoundingClientRect();
    const viewport = scroller(timeline).getBoundingClientRect();
    return box.top >= viewport.top - 1 && box.bottom <= viewport.bottom + 1;
  };
  const showsFrom = (timeline: SocEntityTimeline, page: TimelinePage) => () => rowTimes(timeline)[0] === page.items[0]!.time;

  /** Shown rows agree, position by position, with the events the service lists. */
  function expectRowsMatch(timeline: SocEntityTimeline, expected: TimelineEvent[]): void {
    const shown = rows(timeline);
    expect(shown.length).to.be.greaterThan(0);
    for (const row of shown) {
      const event = expected[position(row)]!;
      expect(event, `event ${position(row)}`).to.exist;
      expect(row.querySelector('time')!.getAttribute('datetime'), `time of event ${position(row)}`).to.equal(event.time);
      expect(text(row.querySelector('.title')), `title of event ${position(row)}`).to.equal(event.title);
    }
  }

  it('jumps to the end of a bar clicked, marks it, and climbs back with "Newer events"', async () => {
    const { timeline, api } = await renderTimeline(entityId);
    await settled(timeline);

    const end = barEnd(20);
    const jumped = truth(end);
    bars(timeline)[20]!.click();
    await eventually(showsFrom(timeline, jumped), 'the list starts at the bar');
    await settled(timeline);
    expect(rowTitles(timeline)).to.deep.equal(jumped.items.slice(0, rows(timeline).length).map((event) => event.title));
    expect(rowTimes(timeline).every((time) => Date.parse(time) < end)).to.be.true;
    expect(api.requests.at(-1)!.query).to.deep.include({ from: iso(FROM), to: iso(end) });
    expect(bars(timeline).map((bar) => bar.getAttribute('aria-current'))).to.deep.equal(
      bars(timeline).map((_, index) => (index === 20 ? 'true' : null)),
    );
    expect(bars(timeline)[20]!.classList.contains('in-view')).to.be.true;
    expect(bars(timeline)[59]!.classList.contains('in-view')).to.be.false;
    expect(text(part(timeline, '.anchor'))).to.match(/^Showing events before/);
    expect(rows(timeline)[0]!.getAttribute('aria-setsize')).to.equal(String(jumped.totalCount));
    await expect(timeline).to.be.accessible();

    button(timeline, 'Newer events')!.click();
    const next = range().histogram.findIndex((bucket, index) => index > 20 && bucket.count > 0);
    await eventually(showsFrom(timeline, truth(barEnd(next))), 'the list starts at the next bar');
    expect(bars(timeline)[next]!.getAttribute('aria-current')).to.equal('true');

    const asked = api.requests.length;
    button(timeline, 'Back to latest')!.click();
    await eventually(showsFrom(timeline, range()), 'the list starts at the end of the range again');
    expect(part(timeline, '.anchor')).to.be.null;
    expect(part(timeline, '.bar[aria-current]')).to.be.null;
    // The range's own first window is still in hand.
    expect(api.requests).to.have.length(asked);
  });

  it('lets the last of quick clicks win, cancelling the requests it supersedes', async () => {
    const { timeline, api } = await renderTimeline(entityId);
    await settled(timeline);
    test.backend.setScenario({ latencyMs: 400 });
    bars(timeline)[10]!.click();
    bars(timeline)[30]!.click();
    await eventually(showsFrom(timeline, truth(barEnd(30))), 'the list starts at the last bar clicked');
    await settled(timeline);
    const toBar10 = api.requests.find((request) => request.query.to === iso(barEnd(10)))!;
    expect(toBar10.signal!.aborted).to.be.true;
    expect(part(timeline, '.bar[aria-current]')).to.equal(bars(timeline)[30]);
    expectRowsMatch(timeline, eventsBefore(barEnd(30), WINDOW));
  });

  it('keeps the list when a jump fails, says why, and jumps on Retry', async () => {
    const { timeline } = await renderTimeline(entityId);
    await settled(timeline);
    test.backend.setScenario({ errorRate: 1 });
    bars(timeline)[12]!.click();
    await eventually(() => part(timeline, '.inline-error'), 'the failed jump is reported');
    expect(text(part(timeline, '.inline-error'))).to.include("Couldn't load the events at that time");
    expectRowsMatch(timeline, eventsBefore(TEST_NOW, WINDOW));
    expect(rowTimes(timeline)[0]).to.equal(range().items[0]!.time);
    await expect(timeline).to.be.accessible();

    test.backend.setScenario({ errorRate: 0 });
    button(timeline, 'Retry')!.click();
    await eventually(showsFrom(timeline, truth(barEnd(12))), 'the jump succeeds');
    expect(part(timeline, '.inline-error')).to.be.null;
    expect(bars(timeline)[12]!.getAttribute('aria-current')).to.equal('true');
  });

  it('loads further windows by cursor as the list scrolls, and holds only a few', async () => {
    const { timeline, api } = await renderTimeline(entityId);
    await settled(timeline);
    const windowsToWalk = MAX_WINDOWS + 3;
    for (let window = 1; window < windowsToWalk; window++) {
      scrollTo(timeline, scroller(timeline).scrollHeight);
      await eventually(() => api.requests.length > window, `window ${window + 1} is asked for`);
      await settled(timeline);
    }
    const cursors = api.requests.slice(1).map((request) => request.query.cursor);
    expect(cursors.every((cursor) => typeof cursor === 'string' && cursor.length > 0)).to.be.true;
    expect(new Set(cursors).size).to.equal(cursors.length);
    expect(api.requests.every((request) => request.query.limit === WINDOW && request.query.to === iso(TEST_NOW))).to.be.true;

    const expected = eventsBefore(TEST_NOW, (windowsToWalk + 1) * WINDOW);
    expectRowsMatch(timeline, expected);
    expect(Math.max(...rows(timeline).map(position))).to.be.greaterThan((windowsToWalk - 1) * WINDOW);
    // However far the list went, it holds at most five windows and is only as tall as they are.
    expect(scroller(timeline).scrollHeight).to.be.at.most((MAX_WINDOWS * WINDOW + 2 * PLACEHOLDERS) * ROW_HEIGHT);
    expect(rows(timeline).length).to.be.below(80);

    // Back up: the window dropped above is fetched again with the cursor it had, and the rows in view stay.
    const asked = api.requests.length;
    const topBefore = Math.min(...rows(timeline).map(position));
    scrollTo(timeline, 0);
    await eventually(() => api.requests.length > asked, 'the window above is asked for again');
    await settled(timeline);
    expectRowsMatch(timeline, expected);
    expect(cursors).to.include(api.requests.at(-1)!.query.cursor);
    expect(Math.min(...rows(timeline).map(position))).to.be.below(topBefore);
    const inView = rows(timeline).filter((row) => inViewport(timeline, row));
    expect(position(inView[0])).to.be.within(topBefore - WINDOW, topBefore);

    // Home goes all the way back to the newest event, fetching its window again.
    inView[0]!.focus();
    await sendKeys({ press: 'Home' });
    await eventually(() => position(focused(timeline)) === 0, 'Home brings back the newest event');
    await settled(timeline);
    expect(api.requests.at(-1)!.query.cursor).to.equal(undefined);
    expect(rowTimes(timeline)[0]).to.equal(range().items[0]!.time);
    expectRowsMatch(timeline, expected);
  });

  it('shows a window that failed to load with Retry, and loads it on retry', async () => {
    const { timeline } = await renderTimeline(entityId);
    await settled(timeline);
    test.backend.setScenario({ errorRate: 1 });
    scrollTo(timeline, scroller(timeline).scrollHeight);
    await eventually(() => part(timeline, '.inline-error'), 'the failed window is reported');
    expect(text(part(timeline, '.inline-error'))).to.include("Couldn't load more events");
    await expect(timeline).to.be.accessible();

    test.backend.setScenario({ errorRate: 0 });
    button(timeline, 'Retry')!.click();
    await eventually(() => rows(timeline).some((row) => position(row) >= WINDOW), 'the next window shows');
    expect(part(timeline, '.inline-error')).to.be.null;
    expectRowsMatch(timeline, eventsBefore(TEST_NOW, 2 * WINDOW));
  });

  it('moves through the events with the keyboard and opens one with Enter or Space', async () => {
    const { timeline } = await renderTimeline(entityId);
    await settled(timeline);
    const expected = eventsBefore(TEST_NOW, 2 * WINDOW);
    expect(parts(timeline, '[role="option"][tabindex="0"]')).to.have.length(1);

    rows(timeline)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await eventually(() => position(focused(timeline)) === 2, 'focus moves down two events');
    expect(parts(timeline, '[role="option"][tabindex="0"]')).to.deep.equal([focused(timeline)]);

    await sendKeys({ press: 'ArrowUp' });
    await eventually(() => position(focused(timeline)) === 1, 'focus moves up');
    await sendKeys({ press: 'Enter' });
    await timeline.updateComplete;
    expect(text(part(timeline, 'aside h3'))).to.equal(expected[1]!.title);

    await sendKeys({ press: 'PageDown' });
    await eventually(() => position(focused(timeline)) > 5, 'PageDown moves a viewport');
    const afterPage = position(focused(timeline));
    expect(inViewport(timeline, focused(timeline)!)).to.be.true;

    await sendKeys({ press: 'End' });
    await eventually(() => position(focused(timeline)) === WINDOW - 1, 'End goes to the last event loaded');
    await sendKeys({ press: ' ' });
    await timeline.updateComplete;
    expect(text(part(timeline, 'aside h3'))).to.equal(expected[WINDOW - 1]!.title);
    // Being at the end of what is loaded brings the next window.
    await eventually(() => rows(timeline).some((candidate) => position(candidate) >= WINDOW), 'the next window loads');
    await sendKeys({ press: 'ArrowDown' });
    await eventually(() => position(focused(timeline)) === WINDOW, 'focus goes on into the next window');

    await sendKeys({ press: 'Home' });
    await eventually(() => position(focused(timeline)) === 0, 'Home goes to the newest event');
    expect(afterPage).to.be.greaterThan(1);
  });

  it('moves between the bars with the arrow keys and jumps with Enter', async () => {
    const { timeline } = await renderTimeline(entityId);
    await settled(timeline);
    const tabStops = bars(timeline).filter((bar) => bar.tabIndex === 0);
    expect(tabStops).to.deep.equal([bars(timeline)[59]]);

    bars(timeline)[59]!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await eventually(() => focused(timeline) === bars(timeline)[57], 'focus moves two bars left');
    await sendKeys({ press: 'Home' });
    await eventually(() => focused(timeline) === bars(timeline)[0], 'Home goes to the first bar');
    await sendKeys({ press: 'End' });
    await eventually(() => focused(timeline) === bars(timeline)[59], 'End goes to the last bar');
    await sendKeys({ press: 'ArrowLeft' });
    await eventually(() => focused(timeline) === bars(timeline)[58], 'focus moves one bar left');
    expect(bars(timeline).filter((bar) => bar.tabIndex === 0)).to.deep.equal([bars(timeline)[58]]);

    await sendKeys({ press: 'Enter' });
    await eventually(showsFrom(timeline, truth(barEnd(58))), 'Enter jumps to the bar');
    expect(bars(timeline)[58]!.getAttribute('aria-current')).to.equal('true');
    expect(focused(timeline)).to.equal(bars(timeline)[58]);
  });
});
