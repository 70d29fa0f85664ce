/**
 * The alert queue over 100,000 alerts and more (issue "Alerts and correlation": it scrolls them with at
 * most a few dozen rows in the DOM). Measures the first rows, a steady scroll and big jumps through the
 * whole queue, and counts the body rows in the DOM in every frame.
 */
import type { IncidentApi } from '@soc-kit/components/api';
import '../packages/components/src/provider/define.js';
import '../packages/components/src/alert-queue/define.js';
import { HEADER_HEIGHT, ROW_HEIGHT } from '../packages/components/src/queue/queue-metrics.js';
import { IncidentService } from '../packages/mock-api/src/service/index.js';
import { timeFirstRows } from './support/first-rows.js';
import { combineRecordings, type FrameRecording } from './support/frame-recorder.js';
import { settleFrames } from './support/frames.js';
import { inMemoryIncidentApi } from './support/in-memory-api.js';
import type { GridGeometry, ListUnderTest, MountedList } from './support/list-under-test.js';
import { publishBenchmark, type BenchReport } from './support/report.js';
import { jumpThrough, scrollSteadily, visibleRowsFilled } from './support/scroll-runs.js';
import { createStage, progress } from './support/stage.js';
import { max, median, percentile, shareAbove } from './support/stats.js';

/** Incidents generated: about one and a half alerts each, so the queue holds over 100,000 alerts. */
const INCIDENTS = 70_000;
const LEAST_ALERTS = 100_000;
const NOW = Date.parse('2025-03-03T09:00:00.000Z');
const MOUNTS = 15;
const STEADY_FRAMES = 300;
const STEADY_STEP_ROWS = 4;
const JUMPS = 20;
const JUMP_ROWS = 5_000;
/** An interval past one and a half vsyncs (16.7 ms at 60 Hz) is a frame that took longer than one. */
const LATE_FRAME_MS = 25;
const GEOMETRY: GridGeometry = { rowHeight: ROW_HEIGHT, headerHeight: HEADER_HEIGHT };

/** `soc-alert-queue` inside `soc-api-provider`, as a portal embeds it, filling the container's height. */
function alertQueueUnderTest(api: IncidentApi): ListUnderTest {
  return {
    name: 'soc-alert-queue',
    mount(container) {
      const provider = document.createElement('soc-api-provider');
      provider.api = api;
      const queue = document.createElement('soc-alert-queue');
      queue.style.height = `${container.clientHeight}px`;
      provider.append(queue);
      container.append(provider);
      const root = queue.shadowRoot;
      if (!root) throw new Error('soc-alert-queue has no shadow root after insertion.');
      return {
        root,
        scroller: () => root.querySelector<HTMLElement>('[part~="scroller"]'),
        rowGroup: () => root.querySelector<HTMLElement>('[role="rowgroup"].body'),
        idAt: (index) => root.querySelector<HTMLElement>(`.body [role="row"][aria-rowindex="${index + 2}"]:not(.placeholder)`)?.dataset.id,
        remove: () => provider.remove(),
      };
    },
  };
}

async function run(): Promise<BenchReport> {
  const generationStart = performance.now();
  const service = new IncidentService({ size: INCIDENTS, seed: 1, now: NOW, clock: () => NOW });
  const generationMs = performance.now() - generationStart;
  // The first listing builds the alert list in its order: data preparation, not rendering.
  const warmStart = performance.now();
  const alerts = service.listAlerts({ top: 1 }).totalCount;
  const warmMs = performance.now() - warmStart;
  if (alerts < LEAST_ALERTS) throw new Error(`${INCIDENTS} incidents have only ${alerts} alerts; the benchmark needs ${LEAST_ALERTS}.`);
  progress(`generated ${INCIDENTS.toLocaleString('en-US')} incidents with ${alerts.toLocaleString('en-US')} alerts in ${Math.round(generationMs)} ms`);

  const api = inMemoryIncidentApi(service);
  const list = alertQueueUnderTest(api);
  const stage = createStage();
  const settled = async (): Promise<MountedList> => {
    const { mounted } = await timeFirstRows(list, stage);
    await settleFrames(5);
    if (!visibleRowsFilled(mounted, GEOMETRY, alerts)) throw new Error('The alert queue did not fill its first rows.');
    return mounted;
  };

  progress(`first rows: ${MOUNTS} mounts`);
  const firstInDom: number[] = [];
  const firstRendered: number[] = [];
  let scrollerBox = { width: 0, height: 0 };
  for (let round = 0; round < MOUNTS; round++) {
    const first = await timeFirstRows(list, stage);
    firstInDom.push(first.inDom);
    firstRendered.push(first.rendered);
    await settleFrames(2);
    const scroller = first.mounted.scroller();
    if (scroller) scrollerBox = { width: scroller.offsetWidth, height: scroller.offsetHeight };
    first.mounted.remove();
    await settleFrames(2);
  }

  progress(`steady scroll: ${STEADY_FRAMES} frames`);
  let mounted = await settled();
  const steady = await scrollSteadily(mounted, STEADY_FRAMES, STEADY_STEP_ROWS * ROW_HEIGHT);
  mounted.remove();
  await settleFrames(2);

  progress(`${JUMPS} jumps of ${JUMP_ROWS.toLocaleString('en-US')} rows`);
  mounted = await settled();
  const jumps = await jumpThrough(mounted, GEOMETRY, { jumps: JUMPS, rowsPerJump: JUMP_ROWS, rowCount: alerts, framesPerJump: 120 });
  mounted.remove();
  stage.remove();

  const intervals = (recording: FrameRecording) => recording.frames.map((frame) => frame.interval).filter(Number.isFinite);
  const work = (recording: FrameRecording) => recording.frames.map((frame) => frame.work);
  const rows = (recording: FrameRecording) => recording.frames.map((frame) => frame.rows);
  const both = combineRecordings([steady, jumps]);
  const figure = (measure: string, value: number) => ({ measure, 'soc-alert-queue': Number(value.toFixed(value < 10 ? 2 : 1)) });
  return {
    title: `Alert queue in the browser at ${alerts.toLocaleString('en-US')} alerts: soc-alert-queue`,
    notes: [
      `Data: ${INCIDENTS.toLocaleString('en-US')} generated incidents (seed 1) with ${alerts.toLocaleString('en-US')} alerts behind an in-memory ` +
        `IncidentApi (no transport). Generating them (${Math.round(generationMs)} ms) and the first listing of the alerts ` +
        `(${Math.round(warmMs)} ms) are excluded from every figure.`,
      `The queue's 12 columns plus the check column, ${ROW_HEIGHT} px rows, its own pages of 100 in its default order (last activity, newest ` +
        `first), a ${scrollerBox.width}×${scrollerBox.height} px scroller in a ${innerWidth}×${innerHeight} px viewport.`,
      `First rows: median of ${MOUNTS} mounts. Steady scroll: scrollTop += ${STEADY_STEP_ROWS * ROW_HEIGHT} px in each of ${STEADY_FRAMES} ` +
        `frames. Jumps: ${JUMPS} jumps of ${JUMP_ROWS.toLocaleString('en-US')} rows, each once the last one's rows were filled.`,
      'Rows in the DOM: the body rows after each rendered frame of both runs; the bar is "at most a few dozen".',
      `Headless Chromium without a GPU (${navigator.hardwareConcurrency} logical CPUs here): the milliseconds are for this machine only.`,
    ],
    rows: [
      figure('first rows in the DOM, ms (median)', median(firstInDom)),
      figure('first rows rendered, ms (median)', median(firstRendered)),
      figure('steady scroll: frame interval median, ms', median(intervals(steady))),
      figure('steady scroll: late frames (> 16.7 ms), %', 100 * shareAbove(intervals(steady), LATE_FRAME_MS)),
      figure('steady scroll: main-thread work per frame p95, ms', percentile(work(steady), 0.95)),
      figure('jumps: rows filled after a jump, median ms', median(jumps.filledAfter)),
      figure('jumps: rows filled after a jump, max ms', max(jumps.filledAfter)),
      figure('body rows in the DOM, median', median(rows(both))),
      figure('body rows in the DOM, most', max(rows(both))),
      figure('long tasks (> 50 ms)', both.longTasks),
    ],
  };
}

publishBenchmark(run);
