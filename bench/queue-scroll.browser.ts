/**
 * The incident queue at 100,000 incidents against hand-written DOM virtual lists of the same
 * columns, rows and pages, in one page and one run (SPEC §8: queue rendering within 1.15× of
 * hand-written DOM; 100k-incident queues scroll smoothly). Measures the time to the first rows,
 * a steady scroll, and big jumps through the whole queue.
 */
import { IncidentService } from '../packages/mock-api/src/service/index.js';
import { HEADER_HEIGHT, ROW_HEIGHT } from '../packages/components/src/queue/queue-metrics.js';
import { DEFAULT_SORT } from '../packages/components/src/queue/queue-filters.js';
import { timeFirstRows } from './support/first-rows.js';
import { combineRecordings, type FrameRecording } from './support/frame-recorder.js';
import { settleFrames } from './support/frames.js';
import { inMemoryIncidentApi } from './support/in-memory-api.js';
import type { GridGeometry, ListUnderTest, MountedList } from './support/list-under-test.js';
import { incidentQueueUnderTest } from './support/queue-under-test.js';
import { publishBenchmark, type BenchReport } from './support/report.js';
import { jumpThrough, scrollSteadily, visibleIds, visibleRowsFilled, type JumpRecording } from './support/scroll-runs.js';
import { createStage, progress } from './support/stage.js';
import { max, median, percentile, shareAbove } from './support/stats.js';
import { vanillaListUnderTest } from './support/vanilla-incident-list.js';

const SIZE = 100_000;
const NOW = Date.parse('2025-03-03T09:00:00.000Z');
const MOUNTS = 15;
/**
 * The steady scroll is split into short rounds that alternate between the lists, so a change in the machine's load
 * hits them alike.
 */
const STEADY_ROUNDS = 6;
const STEADY_FRAMES_PER_ROUND = 100;
const STEADY_STEP_ROWS = 4;
const JUMPS = 20;
const JUMP_ROWS = 5_000;
/**
 * Frame timestamps come in whole vsyncs (16.7 ms at 60 Hz); an interval past one and a half of
 * them is a frame that took longer than 16.7 ms.
 */
const LATE_FRAME_MS = 25;
const GEOMETRY: GridGeometry = { rowHeight: ROW_HEIGHT, headerHeight: HEADER_HEIGHT };
/** The queue's own paging and overscan, so the baselines fetch the same pages and render as many rows. */
const PAGE_SIZE = 100;
const OVERSCAN = 6;
const MAX_CACHED_PAGES = 60;

interface Contender {
  list: ListUnderTest;
  /** Column heading in the report. */
  label: string;
  /** Heading of the queue's ratio to this baseline. */
  ratioLabel?: string;
  firstRowsInDom: number[];
  firstRowsRendered: number[];
  steady: FrameRecording[];
  jumps?: JumpRecording;
  finalIds: (string | undefined)[];
}

async function mountSettled(list: ListUnderTest, stage: HTMLElement): Promise<MountedList> {
  const { mounted } = await timeFirstRows(list, stage);
  await settleFrames(5);
  if (!visibleRowsFilled(mounted, GEOMETRY, SIZE)) throw new Error(`${list.name} did not fill its first rows.`);
  return mounted;
}

async function run(): Promise<BenchReport> {
  const generationStart = performance.now();
  const service = new IncidentService({ size: SIZE, seed: 1, now: NOW, clock: () => NOW });
  const generationMs = performance.now() - generationStart;
  // The first listing in an order builds that order: data preparation, not rendering.
  const warmStart = performance.now();
  service.listIncidents({ sort: { ...DEFAULT_SORT }, skip: 0, top: PAGE_SIZE });
  const warmMs = performance.now() - warmStart;
  progress(`generated ${SIZE.toLocaleString('en-US')} incidents in ${Math.round(generationMs)} ms`);

  const api = inMemoryIncidentApi(service);
  const stage = createStage();
  let scrollerBox = { width: 0, height: 0 };
  const baselineOptions = {
    api,
    query: { sort: { ...DEFAULT_SORT } },
    pageSize: PAGE_SIZE,
    overscan: OVERSCAN,
    maxCachedPages: MAX_CACHED_PAGES,
    ...GEOMETRY,
  };
  const contender = (list: ListUnderTest, label: string, ratioLabel?: string): Contender => ({
    list,
    label,
    ratioLabel,
    firstRowsInDom: [],
    firstRowsRendered: [],
    steady: [],
    finalIds: [],
  });
  const queue = contender(incidentQueueUnderTest(api, () => NOW), 'queue');
  const contenders = [
    queue,
    contender(vanillaListUnderTest({ ...baselineOptions, recycleRows: true }, () => scrollerBox), 'DOM, recycled rows', 'queue / recycled'),
    contender(vanillaListUnderTest({ ...baselineOptions, recycleRows: false }, () => scrollerBox), 'DOM, new rows', 'queue / new rows'),
  ];

  progress(`first rows: ${MOUNTS} mounts of each list`);
  for (let round = 0; round < MOUNTS; round++) {
    for (const entry of contenders) {
      const first = await timeFirstRows(entry.list, stage);
      entry.firstRowsInDom.push(first.inDom);
      entry.firstRowsRendered.push(first.rendered);
      await settleFrames(2);
      // The baselines get exactly the scroller the queue lays out in the viewport.
      const scroller = first.mounted.scroller();
      if (entry === queue && scroller) scrollerBox = { width: scroller.offsetWidth, height: scroller.offsetHeight };
      first.mounted.remove();
      await settleFrames(2);
    }
  }

  for (let round = 0; round < STEADY_ROUNDS; round++) {
    for (const entry of contenders) {
      progress(`${entry.list.name}: steady scroll, ${STEADY_FRAMES_PER_ROUND} frames (round ${round + 1} of ${STEADY_ROUNDS})`);
      const mounted = await mountSettled(entry.list, stage);
      const started = performance.now();
      entry.steady.push(await scrollSteadily(mounted, STEADY_FRAMES_PER_ROUND, STEADY_STEP_ROWS * ROW_HEIGHT));
      // Names the run in a trace (BENCH_TRACE): its frames are the ones inside this measure.
      performance.measure(`${entry.list.name}: steady scroll`, { start: started });
      mounted.remove();
      await settleFrames(2);
    }
  }

  for (const entry of contenders) {
    progress(`${entry.list.name}: ${JUMPS} jumps of ${JUMP_ROWS.toLocaleString('en-US')} rows`);
    const mounted = await mountSettled(entry.list, stage);
    entry.jumps = await jumpThrough(mounted, GEOMETRY, { jumps: JUMPS, rowsPerJump: JUMP_ROWS, rowCount: SIZE, framesPerJump: 120 });
    entry.finalIds = visibleIds(mounted, GEOMETRY, SIZE);
    mounted.remove();
    await settleFrames(2);
  }
  stage.remove();

  // Every list must end on the same incidents: same data, same order, same geometry.
  if (queue.finalIds.length === 0 || queue.finalIds.includes(undefined)) throw new Error('The queue did not end on filled rows.');
  const shown = queue.finalIds.join();
  for (const entry of contenders) {
    if (entry.finalIds.join() !== shown) {
      throw new Error(`${entry.list.name} and ${queue.list.name} show different incidents at the end of the queue.`);
    }
  }

  return {
    title: `Incident queue in the browser at ${SIZE.toLocaleString('en-US')} incidents: soc-incident-queue vs hand-written DOM`,
    notes: notes({ generationMs, warmMs, scrollerBox }),
    rows: tableRows(contenders),
  };
}

function notes(context: { generationMs: number; warmMs: number; scrollerBox: { width: number; height: number } }): string[] {
  const { generationMs, warmMs, scrollerBox } = context;
  return [
    `Data: ${SIZE.toLocaleString('en-US')} generated incidents (seed 1) behind an in-memory IncidentApi (no transport). ` +
      `Generating them (${Math.round(generationMs)} ms) and building the default order (${Math.round(warmMs)} ms) are excluded from every figure.`,
    `Every list: the 17 queue columns plus the check column, ${ROW_HEIGHT} px rows, overscan ${OVERSCAN}, pages of ${PAGE_SIZE} in the default order ` +
      `(last update, newest first), a ${scrollerBox.width}×${scrollerBox.height} px scroller in a ${innerWidth}×${innerHeight} px viewport.`,
    'Baselines: absolutely positioned rows with textContent cells, re-rendered in an animation frame after a scroll and as soon as a page ' +
      'arrives; "recycled rows" reuses the elements of rows that left the window, "new rows" creates them, as the queue does. Neither has ' +
      'the ARIA grid, keyboard focus, selection, tooltips, tag pills or severity markers the queue renders.',
    `First rows: from insertion to the first row in the DOM, and to the end of the frame that shows it; median of ${MOUNTS} mounts, lists alternating. ` +
      'The queue leaves its first style and layout to the frame (it measures its scroller with a ResizeObserver); the baselines read their ' +
      "scroller's height before they build their rows, which lays out their still empty grid.",
    `Steady scroll: scrollTop += ${STEADY_STEP_ROWS * ROW_HEIGHT} px (${STEADY_STEP_ROWS} rows) in each of ${STEADY_FRAMES_PER_ROUND} consecutive frames, ` +
      `${STEADY_ROUNDS} rounds, lists alternating. Jumps: ${JUMPS} jumps of ${JUMP_ROWS.toLocaleString('en-US')} rows, each once the last one's rows were filled.`,
    'Frame interval: between animation frame timestamps, which come in whole vsyncs; a late frame is one over 16.7 ms (two vsyncs or more). ' +
      "Main-thread work per frame: wall time from the frame's scroll event to the end of its rendering (script, style, layout, paint). " +
      "Scroll handling + render: wall time in the list's own scroll handler (its microtasks, where Lit renders, included) and animation frame " +
      'callbacks, with any layout they force. Style + layout and all main-thread CPU per frame: the browser\'s CPU time counters over the runs, ' +
      'divided by their frames.',
    'Headless Chromium without a GPU: raster and compositing are software, so absolute frame times include software paint and vary with the ' +
      `machine's load (${navigator.hardwareConcurrency} logical CPUs here). Read the ratios; the milliseconds are for this machine only.`,
  ];
}

const round = (value: number) => (Number.isFinite(value) ? Number(value.toFixed(value < 10 ? 2 : 1)) : Number.NaN);

function ratio(ours: number, theirs: number): string {
  if (!Number.isFinite(ours) || !Number.isFinite(theirs)) return '—';
  if (theirs === 0) return ours === 0 ? '1.00×' : '—';
  return `${(ours / theirs).toFixed(2)}×`;
}

const intervals = (recording?: FrameRecording) => (recording?.frames ?? []).map((frame) => frame.interval).filter(Number.isFinite);
const work = (recording?: FrameRecording) => (recording?.frames ?? []).map((frame) => frame.work);
const mostRows = (recording?: FrameRecording) => max((recording?.frames ?? []).map((frame) => frame.rows));
const handling = (recording?: FrameRecording) => (recording?.frames ?? []).map((frame) => frame.handling);
const perFrame = (recording: FrameRecording, kind: 'styleAndLayout' | 'tasks') =>
  recording.mainThread ? recording.mainThread[kind] / recording.frames.length : Number.NaN;

const MEASURES: [string, (entry: Contender) => number][] = [
  ['first rows in the DOM, ms (median)', (entry) => median(entry.firstRowsInDom)],
  ['first rows rendered, ms (median)', (entry) => median(entry.firstRowsRendered)],
  ['steady scroll: frame interval median, ms', (entry) => median(intervals(combineRecordings(entry.steady)))],
  ['steady scroll: frame interval p95, ms', (entry) => percentile(intervals(combineRecordings(entry.steady)), 0.95)],
  ['steady scroll: late frames (> 16.7 ms), %', (entry) => 100 * shareAbove(intervals(combineRecordings(entry.steady)), LATE_FRAME_MS)],
  ['steady scroll: main-thread work per frame median, ms', (entry) => median(work(combineRecordings(entry.steady)))],
  ['steady scroll: main-thread work per frame p95, ms', (entry) => percentile(work(combineRecordings(entry.steady)), 0.95)],
  ['steady scroll: scroll handling + render per frame median, ms', (entry) => median(handling(combineRecordings(entry.steady)))],
  ['steady scroll: scroll handling + render per frame p95, ms', (entry) => percentile(handling(combineRecordings(entry.steady)), 0.95)],
  ['steady scroll: style + layout CPU per frame, ms', (entry) => perFrame(combineRecordings(entry.steady), 'styleAndLayout')],
  ['steady scroll: all main-thread CPU per frame, ms', (entry) => perFrame(combineRecordings(entry.steady), 'tasks')],
  ['steady scroll: long tasks (> 50 ms)', (entry) => combineRecordings(entry.steady).longTasks],
  ['steady scroll: most rows in the DOM', (entry) => mostRows(combineRecordings(entry.steady))],
  ['jumps: rows filled after a jump, median ms', (entry) => median(entry.jumps?.filledAfter ?? [])],
  ['jumps: rows filled after a jump, max ms', (entry) => max(entry.jumps?.filledAfter ?? [])],
  ['jumps: main-thread work per frame p95, ms', (entry) => percentile(work(entry.jumps), 0.95)],
  ['jumps: scroll handling + render per frame max, ms', (entry) => max(handling(entry.jumps))],
  ['jumps: late frames (> 16.7 ms), %', (entry) => 100 * shareAbove(intervals(entry.jumps), LATE_FRAME_MS)],
  ['jumps: most rows in the DOM', (entry) => mostRows(entry.jumps)],
];

/** One row per measure: each list's figure, then the queue's ratio to each baseline. */
function tableRows(contenders: Contender[]): Record<string, string | number>[] {
  const baselines = contenders.slice(1);
  return MEASURES.map(([measure, read]) => {
    const row: Record<string, string | number> = { measure };
    const figures = contenders.map(read);
    contenders.forEach((entry, index) => (row[entry.label] = round(figures[index]!)));
    baselines.forEach((entry, index) => (row[entry.ratioLabel ?? entry.label] = ratio(figures[0]!, figures[index + 1]!)));
    return row;
  });
}

publishBenchmark(run);
