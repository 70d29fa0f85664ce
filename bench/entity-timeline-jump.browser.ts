/**
 * Jumping through a timeline of a million events (SPEC §8: entity timelines of 1M events jump to a
 * time in ≤ 100 ms). `soc-entity-timeline` shows an entity's last 30 days at 34,000 events a day;
 * each run clicks a bar of its histogram and times until the list shows, and the browser has
 * painted, the newest events before that bar's end.
 *
 * The same jumps are timed over two clients of the same generated data: an in-process
 * `IncidentApi` calling the mock service directly (no transport), and the kit's `HttpIncidentApi`
 * whose `fetch` hands each request to the mock's REST handlers (URL parsing, validation, JSON both
 * ways, response checks) inside the page — everything MSW does except the service worker hop.
 */
import { getResponse } from 'msw';
import { ApiError, HttpIncidentApi, type IncidentApi, type TimelinePage } from '@soc-kit/components/api';
import { MockBackend } from '../packages/mock-api/src/index.js';
import { IncidentService } from '../packages/mock-api/src/service/index.js';
import '../packages/components/src/provider/define.js';
import '../packages/components/src/entity-timeline/define.js';
import type { SocEntityTimeline } from '../packages/components/src/entity-timeline/entity-timeline.js';
import { nextFrameRendered, settleFrames } from './support/frames.js';
import { publishBenchmark, type BenchReport } from './support/report.js';
import { progress } from './support/stage.js';
import { max, median, percentile } from './support/stats.js';

const NOW = Date.parse('2026-11-26T09:00:00.000Z');
const DAY = 24 * 3600e3;
const EVENTS_PER_DAY = 34_000;
const SEED = 7;
const SIZE = 60;
const JUMPS = 40;
const WARM_UP_JUMPS = 4;
const BAR_MS = 100;
const JUMP_TIMEOUT_MS = 10_000;

const iso = (time: number) => new Date(time).toISOString();

/** A device that incidents name, so its timeline has alerts among the generated activity. */
function namedDevice(service: IncidentService): string {
  for (const incident of service.listIncidents({ sort: { field: 'id', direction: 'asc' }, top: SIZE }).items) {
    const device = service.listEvidence(incident.id).find((entity) => entity.type === 'device');
    if (device) return device.id;
  }
  throw new Error('No incident names a device.');
}

/** The timeline methods of `IncidentApi` straight over the service; the timeline asks for nothing else. */
function inProcessApi(service: IncidentService): IncidentApi {
  const supported: Partial<IncidentApi> = {
    capabilities: new Set(['entityTimeline']),
    getEntityTimeline: (entityId, query, options) => {
      if (options?.signal?.aborted) return Promise.reject(new ApiError('aborted', 'The request was cancelled.'));
      try {
        return Promise.resolve(service.getEntityTimeline(entityId, query));
      } catch (error) {
        return Promise.reject(new ApiError('server', String(error), { cause: error }));
      }
    },
  };
  return new Proxy(supported, {
    get(target, name, receiver) {
      if (name in target || typeof name === 'symbol' || name === 'then') return Reflect.get(target, name, receiver);
      return () => Promise.reject(new ApiError('server', `The benchmark backend does not implement ${String(name)}.`));
    },
  }) as IncidentApi;
}

/** `HttpIncidentApi` whose requests the mock's REST handlers answer in the page. */
function handlerApi(backend: MockBackend): IncidentApi {
  return new HttpIncidentApi({
    baseUrl: '/api',
    fetch: async (input, init) => {
      const request = new Request(new URL(String(input), location.href), init);
      const response = await getResponse(backend.handlers, request);
      if (!response) throw new TypeError(`No handler for ${request.method} ${request.url}`);
      return response;
    },
  });
}

/** Bars to jump to, spread over the range in a fixed order; never the last (the range's own first window). */
function jumpTargets(count: number, bars: number): number[] {
  let state = 12345;
  const targets: number[] = [];
  while (targets.length < count) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const bar = state % (bars - 1);
    if (bar !== targets.at(-1)) targets.push(bar);
  }
  return targets;
}

interface JumpTiming {
  /** Click to the list showing the jumped-to events in the DOM. */
  inDom: number;
  /** Click to the end of the frame that paints them. */
  painted: number;
  /** Time inside the client's getEntityTimeline (service, or handlers and transport), as the element awaited it. */
  client: number;
}

async function mount(stage: HTMLElement, api: IncidentApi, entityId: string): Promise<SocEntityTimeline> {
  stage.replaceChildren();
  const provider = document.createElement('soc-api-provider');
  provider.api = api;
  const timeline = document.createElement('soc-entity-timeline');
  timeline.entityId = entityId;
  timeline.clock = () => NOW;
  // The centre column of an entity page in a 1400 px wide window.
  timeline.style.cssText = 'width: 760px; height: 720px;';
  provider.append(timeline);
  stage.append(provider);
  const root = timeline.shadowRoot!;
  const deadline = performance.now() + 60_000;
  while (!root.querySelector('[role="option"]') || root.querySelector('[aria-busy="true"]')) {
    if (performance.now() > deadline) throw new Error('The timeline did not load.');
    await settleFrames(1);
  }
  await settleFrames(3);
  return timeline;
}

/** Clicks bar `index` and times until its events are in the DOM and painted. */
async function jump(timeline: SocEntityTimeline, index: number, clientTime: () => number): Promise<JumpTiming> {
  const root = timeline.shadowRoot!;
  const bar = root.querySelectorAll<HTMLButtonElement>('.bar')[index]!;
  const end = barEnd(index);
  const shown = () => {
    const first = root.querySelector('[role="option"][aria-posinset="1"] time');
    return bar.getAttribute('aria-current') === 'true' && first !== null && Date.parse(first.getAttribute('datetime')!) < end;
  };
  const clientBefore = clientTime();
  const start = performance.now();
  const inDomAt = await new Promise<number>((resolve, reject) => {
    const observer = new MutationObserver(() => {
      if (!shown()) return;
      observer.disconnect();
      clearTimeout(timeout);
      resolve(performance.now());
    });
    const timeout = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`The jump to bar ${index} did not show within ${JUMP_TIMEOUT_MS} ms.`));
    }, JUMP_TIMEOUT_MS);
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    bar.click();
  });
  const paintedAt = await nextFrameRendered();
  return { inDom: inDomAt - start, painted: paintedAt - start, client: clientTime() - clientBefore };
}

/** Where each bar of the range's histogram starts, from the service's own answer. */
let histogramStarts: number[] = [];
/** Where bar `index` ends: the next bar's start, or the range's end. */
const barEnd = (index: number) => (index + 1 < histogramStarts.length ? histogramStarts[index + 1]! : NOW);

/** Wraps a client so that time spent in getEntityTimeline (until its promise settles) is summed. */
function timed(api: IncidentApi): { api: IncidentApi; spent: () => number } {
  let spent = 0;
  const wrapped = new Proxy(api, {
    get(target, name, receiver) {
      if (name !== 'getEntityTimeline') return Reflect.get(target, name, receiver);
      return async (...args: Parameters<IncidentApi['getEntityTimeline']>): Promise<TimelinePage> => {
        const start = performance.now();
        try {
          return await target.getEntityTimeline(...args);
        } finally {
          spent += performance.now() - start;
        }
      };
    },
  });
  return { api: wrapped, spent: () => spent };
}

async function run(): Promise<BenchReport> {
  const options = { size: SIZE, seed: SEED, now: NOW, clock: () => NOW, timelineEventsPerDay: EVENTS_PER_DAY };
  const service = new IncidentService(options);
  const backend = new MockBackend({ ...options, baseUrl: '/api' });
  const entityId = namedDevice(service);
  const range = { from: iso(NOW - 30 * DAY), to: iso(NOW) };
  const whole = service.getEntityTimeline(entityId, { ...range, limit: 200 });
  histogramStarts = whole.histogram.map((bucket) => Date.parse(bucket.start));
  progress(`${entityId}: ${whole.totalCount.toLocaleString('en-US')} events in 30 days`);

  const targets = jumpTargets(WARM_UP_JUMPS + JUMPS, whole.histogram.length);
  const serviceTimes = targets.slice(WARM_UP_JUMPS).map((index) => {
    const start = performance.now();
    service.getEntityTimeline(entityId, { from: range.from, to: iso(barEnd(index)), limit: 200 });
    return performance.now() - start;
  });

  document.body.style.margin = '0';
  const stage = document.createElement('div');
  stage.style.cssText = 'position: fixed; inset: 0; padding: 16px; overflow: hidden;';
  document.body.append(stage);

  // What one frame costs on this machine now: a text change in a plain element, to paint.
  const probe = document.createElement('p');
  stage.append(probe);
  const frameTimes: number[] = [];
  for (let i = 0; i < JUMPS; i++) {
    const start = performance.now();
    probe.textContent = `Frame ${i}`;
    frameTimes.push((await nextFrameRendered()) - start);
    await settleFrames(1);
  }
  probe.remove();

  const modes = [
    { label: 'in-process client', client: timed(inProcessApi(service)) },
    { label: 'REST handlers (MSW without the worker)', client: timed(handlerApi(backend)) },
  ];
  const results: { label: string; timings: JumpTiming[]; rowsInDom: number; wrong: number }[] = [];
  for (const mode of modes) {
    progress(`${mode.label}: ${WARM_UP_JUMPS} warm-up jumps, then ${JUMPS}`);
    const timeline = await mount(stage, mode.client.api, entityId);
    const timings: JumpTiming[] = [];
    let wrong = 0;
    for (const [n, index] of targets.entries()) {
      const timing = await jump(timeline, index, mode.client.spent);
      await settleFrames(2);
      if (n < WARM_UP_JUMPS) continue;
      timings.push(timing);
      // The list must show exactly the service's newest events before the bar's end.
      const expected = service.getEntityTimeline(entityId, { from: range.from, to: iso(barEnd(index)), limit: 200 }).items[0]!.time;
      const first = timeline.shadowRoot!.querySelector('[role="option"][aria-posinset="1"] time')!.getAttribute('datetime');
      if (first !== expected) wrong++;
      await new Promise((resolve) => setTimeout(resolve, BAR_MS));
    }
    results.push({ label: mode.label, timings, rowsInDom: timeline.shadowRoot!.querySelectorAll('[role="option"]').length, wrong });
  }
  stage.remove();
  for (const result of results) {
    if (result.wrong > 0) throw new Error(`${result.label}: ${result.wrong} jumps showed other events than the service lists.`);
  }

  const round = (value: number) => Number(value.toFixed(1));
  const column = (read: (result: (typeof results)[number]) => number) =>
    Object.fromEntries(results.map((result) => [result.label, round(read(result))]));
  return {
    title: `Entity timeline: jumping through ${whole.totalCount.toLocaleString('en-US')} events with the histogram`,
    notes: [
      `Data: one device's last 30 days at ${EVENTS_PER_DAY.toLocaleString('en-US')} generated events a day ` +
        `(${whole.totalCount.toLocaleString('en-US')} events, seed ${SEED}); the list asks for windows of 200.`,
      `Each jump clicks one of the histogram's 60 bars (${JUMPS} jumps over the range in a fixed order, after ${WARM_UP_JUMPS} ` +
        'warm-up jumps) and times until the list shows the newest events before that bar\'s end — in the DOM, and painted ' +
        '(the end of the next rendered frame). Every jump is checked against the service\'s own answer.',
      'In-process client: getEntityTimeline calls the mock service directly (no request, no JSON). REST handlers: ' +
        "HttpIncidentApi with a fetch that hands the request to the mock's MSW handlers in the page — URL and query parsing, " +
        'validation, JSON out and in, response checks; only the service worker hop of a browser MSW setup is left out.',
      '"client" is the time the element waited on getEntityTimeline; "service alone" times the mock service computing ' +
        'the same windows with nothing else (histogram of the range included: the service computes it for every window).',
      `SPEC bar: a jump paints in ≤ 100 ms. Headless Chromium without a GPU, ${navigator.hardwareConcurrency} logical CPUs; ` +
        'frames come in whole vsyncs, so "painted" includes up to one frame of waiting.',
    ],
    rows: [
      { measure: 'click → painted, median ms', ...column((r) => median(r.timings.map((t) => t.painted))) },
      { measure: 'click → painted, p95 ms', ...column((r) => percentile(r.timings.map((t) => t.painted), 0.95)) },
      { measure: 'click → painted, max ms', ...column((r) => max(r.timings.map((t) => t.painted))) },
      { measure: 'click → in the DOM, median ms', ...column((r) => median(r.timings.map((t) => t.inDom))) },
      { measure: 'click → in the DOM, p95 ms', ...column((r) => percentile(r.timings.map((t) => t.inDom), 0.95)) },
      { measure: 'client (getEntityTimeline), median ms', ...column((r) => median(r.timings.map((t) => t.client))) },
      { measure: 'service alone, median ms', ...column(() => median(serviceTimes)) },
      { measure: 'for scale: a text change in a plain <p> → painted, median ms', ...column(() => median(frameTimes)) },
      { measure: 'jumps within 100 ms, %', ...column((r) => (100 * r.timings.filter((t) => t.painted <= 100).length) / r.timings.length) },
      { measure: 'event rows in the DOM after the jumps', ...column((r) => r.rowsInDom) },
    ],
  };
}

publishBenchmark(run);
