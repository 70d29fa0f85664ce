/**
 * The js-framework-benchmark operations on the incident queue, against a hand-written keyed DOM
 * list of the same columns and rows, in one page and one run: create 1,000 rows, replace them all,
 * update every 10th, select one, swap two, remove one, clear. Each operation changes the incidents
 * behind the IncidentApi (or the selection) and is timed from its start until the end of the first
 * frame that shows its result.
 */
import type { Incident } from '@soc-kit/components/api';
import { IncidentService } from '../packages/mock-api/src/service/index.js';
import { MAX_PAGE_SIZE } from '../packages/mock-api/src/service/incident-query.js';
import { HEADER_HEIGHT, ROW_HEIGHT } from '../packages/components/src/queue/queue-metrics.js';
import { DEFAULT_SORT } from '../packages/components/src/queue/queue-filters.js';
import {
  firstFrameShowing,
  jsFrameworkOperations,
  MAX_FRAMES,
  NEXT_SEVERITY,
  REMOVED_ROW,
  ROWS,
  RUNS,
  SELECTED_ROW,
  SWAPPED,
  WARM_UPS,
  operableQueueUnderTest,
  operationContender,
  operationRows,
  timeOperations,
  type OperableList,
  type OperationData,
  type OperationDriver,
} from './support/list-operations.js';
import { visibleRows, type GridGeometry } from './support/list-under-test.js';
import { orderedIncidentApi } from './support/ordered-incident-api.js';
import { publishBenchmark, type BenchReport } from './support/report.js';
import { visibleIds } from './support/scroll-runs.js';
import { progress } from './support/stage.js';
import { vanillaKeyedListUnderTest } from './support/vanilla-keyed-list.js';

const NOW = Date.parse('2025-03-03T09:00:00.000Z');
const GEOMETRY: GridGeometry = { rowHeight: ROW_HEIGHT, headerHeight: HEADER_HEIGHT };
/** The queue's own paging and overscan, so the baseline fetches the same pages and renders as many rows. */
const PAGE_SIZE = 100;
const OVERSCAN = 6;

/** The incidents the API serves; operations replace the list. */
let served: readonly Incident[] = [];

/** `ROWS * 2` generated incidents in the default order (last update, newest first), in pages the service allows. */
function generateIncidents(service: IncidentService): Incident[] {
  const incidents: Incident[] = [];
  for (let skip = 0; skip < 2 * ROWS; skip += MAX_PAGE_SIZE) {
    incidents.push(...service.listIncidents({ sort: { ...DEFAULT_SORT }, skip, top: MAX_PAGE_SIZE }).items);
  }
  return incidents;
}

function buildDataSets(incidents: readonly Incident[]): OperationData<Incident> {
  const first = incidents.slice(0, ROWS);
  const second = incidents.slice(ROWS, 2 * ROWS);
  const updated = first.map((incident, index) =>
    index % 10 === 0 ? { ...incident, displayName: `${incident.displayName} !!!`, severity: NEXT_SEVERITY[incident.severity] } : incident,
  );
  const swapped = [...first];
  const [a, b] = SWAPPED;
  [swapped[a], swapped[b]] = [first[b]!, first[a]!];
  const removed = first.filter((_, index) => index !== REMOVED_ROW);
  return { first, second, updated, swapped, removed };
}

/** Whether every row the list shows is rendered with the incident, and the name, that `expected` has at that index. */
function showsInOrder(list: OperableList, expected: readonly Incident[]): boolean {
  const scroller = list.scroller();
  if (!scroller || !scroller.isConnected || list.rowCount() === 0) return false;
  const [first] = visibleRows(scroller, GEOMETRY, expected.length);
  return visibleIds(list, GEOMETRY, expected.length).every(
    (id, offset) => id === expected[first + offset]?.id && list.nameAt(first + offset) === expected[first + offset]?.displayName,
  );
}

/** The queue and its baseline through the operations: `refresh()` loads, the selected-id property selects. */
function driver(selectedId: string): OperationDriver<OperableList, Incident> {
  return {
    load: (list, incidents) => {
      served = incidents;
      return list.refresh();
    },
    showsInOrder,
    select: async (list) => list.select(selectedId),
    selected: (list) => list.selectedAt(SELECTED_ROW),
    deselect: (list) => list.select(null),
    deselected: (list) => !list.selectedAt(SELECTED_ROW),
    cleared: (list) => list.rowCount() === 0,
  };
}

async function run(): Promise<BenchReport> {
  const generationStart = performance.now();
  const service = new IncidentService({ size: 2 * ROWS, seed: 1, now: NOW, clock: () => NOW });
  const data = buildDataSets(generateIncidents(service));
  const generationMs = performance.now() - generationStart;
  progress(`generated ${(2 * ROWS).toLocaleString('en-US')} incidents in ${Math.round(generationMs)} ms`);

  const api = orderedIncidentApi(service, () => served);
  // The baseline gets exactly the scroller the queue lays out in the viewport, so both show the same rows.
  served = data.first;
  const queue = operationContender(operableQueueUnderTest(api, () => NOW), 'queue, ms');
  await firstFrameShowing(() => showsInOrder(queue.mounted, data.first), MAX_FRAMES);
  const scroller = queue.mounted.scroller();
  if (!scroller) throw new Error('The queue has no scroller.');
  const scrollerBox = { width: scroller.offsetWidth, height: scroller.offsetHeight };
  const baseline = operationContender(
    vanillaKeyedListUnderTest({ api, pageSize: PAGE_SIZE, overscan: OVERSCAN, ...GEOMETRY }, () => scrollerBox),
    'DOM keyed, ms',
  );
  const drive = driver(data.first[SELECTED_ROW]!.id);
  const steps = jsFrameworkOperations(data, drive);
  /** Body rows in the DOM once 1,000 rows were created. */
  const rowsInDom = new Map<unknown, number>();
  await timeOperations([queue, baseline], steps, {
    driver: drive,
    afterRun: (entry, operation, index) => {
      if (index === 0 && operation.before.length === 0) rowsInDom.set(entry, entry.mounted.rowCount());
    },
  });
  const queueRows = rowsInDom.get(queue);
  const baselineRows = rowsInDom.get(baseline);
  // The same window of rows in both lists, or the baseline does other work.
  if (queueRows === undefined || queueRows !== baselineRows) {
    throw new Error(`The queue rendered ${queueRows} rows and the baseline ${baselineRows} for the same viewport.`);
  }

  return {
    title: `Incident queue operations in the browser at ${ROWS.toLocaleString('en-US')} incidents: soc-incident-queue vs hand-written keyed DOM`,
    notes: notes({ generationMs, scrollerBox, queueRows, baselineRows }),
    rows: operationRows(queue, baseline, steps.map((operation) => operation.name), 'queue'),
  };
}

function notes(context: { generationMs: number; scrollerBox: { width: number; height: number }; queueRows: number; baselineRows: number }): string[] {
  const { generationMs, scrollerBox, queueRows, baselineRows } = context;
  return [
    `Data: ${(2 * ROWS).toLocaleString('en-US')} generated incidents (seed 1), two sets of ${ROWS.toLocaleString('en-US')}, behind an in-memory ` +
      'IncidentApi (no transport) that serves a list the benchmark holds, in its order. Generating them and building every changed list ' +
      `(${Math.round(generationMs)} ms) are excluded: an operation swaps the list served, then has the list load it again.`,
    'Operations: the queue through its public API only — refresh() after each change of the data, the selected-id property to select; ' +
      'the baseline through the same API calls (one page of the first 100 incidents per load) and its own refresh and select.',
    `Both lists are virtual: ${ROW_HEIGHT} px rows, overscan ${OVERSCAN}, pages of ${PAGE_SIZE}, a ${scrollerBox.width}×${scrollerBox.height} px ` +
      `scroller in a ${innerWidth}×${innerHeight} px viewport; with 1,000 rows the queue had ${queueRows} rows in the DOM and the baseline ` +
      `${baselineRows}. The baseline is virtual too, so it does the same observable work: a 1,000-row DOM would measure another design.`,
    'Baseline: rows keyed by incident ID (kept, moved or created per load), textContent cells with the 17 queue columns and the check ' +
      'column; a row whose incident is the same object is left alone, and in the others only changed cells are rewritten; no ARIA grid, keyboard focus, tooltips, tag pills or severity markers. An empty list shows ' +
      'a message in place of the grid, as the queue does.',
    'Timing: from the start of the operation, at the beginning of a frame (in an animation frame callback, so no wait for the next ' +
      'vsync is counted), to the end of the first frame whose rendering shows the result — the visible rows hold the expected incidents ' +
      'and names, the row shows as selected, or no row is left; "frames" counts the frames rendered until then. ' +
      `Swap: row ${SWAPPED[1] + 1} is outside the window in ` +
      `both lists, so what is measured is row ${SWAPPED[0] + 1} showing the incident from ${SWAPPED[1] + 1}. Remove: row ${REMOVED_ROW + 1}, ` +
      'the rows below move up one. Each run starts from a freshly loaded state (not timed): ' +
      `${WARM_UPS} warm-ups, then the median of ${RUNS} runs, the lists alternating. Excluded: setting up each run and mounting the lists.`,
    'Headless Chromium without a GPU: raster and compositing are software, so absolute times include software paint and vary with the ' +
      `machine's load (${navigator.hardwareConcurrency} logical CPUs here). Read the ratios; the milliseconds are for this machine only.`,
  ];
}

publishBenchmark(run);
