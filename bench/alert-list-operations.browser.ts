/**
 * The js-framework-benchmark operations on the alert list, against a hand-written keyed DOM list of
 * the same columns and rows, in one page and one run: create 1,000 rows, replace them all, update
 * every 10th, select one, swap two, remove one, clear. Each operation changes the alerts behind the
 * IncidentApi (or clicks a row) and is timed from its start until the end of the first frame that
 * shows its result.
 */
import type { Alert, Severity } from '@soc-kit/components/api';
import { IncidentService } from '../packages/mock-api/src/service/index.js';
import { MAX_PAGE_SIZE } from '../packages/mock-api/src/service/incident-query.js';
import {
  alertListUnderTest,
  orderedAlertApi,
  type OperableAlertList,
  type OperableAlertListUnderTest,
} from './support/alert-list-under-test.js';
import { settleFrames } from './support/frames.js';
import { firstFrameShowing, operationRows, timeUntilShown, type OperationTime } from './support/list-operations.js';
import { publishBenchmark, type BenchReport } from './support/report.js';
import { createStage, progress } from './support/stage.js';
import { vanillaAlertListUnderTest } from './support/vanilla-alert-list.js';

const ROWS = 1_000;
const NOW = Date.parse('2025-03-03T09:00:00.000Z');
/** The incident whose alerts both lists show: the API serves the benchmark's list for any. */
const INCIDENT_ID = 'bench-incident';
/** First activity of the first alert; each next alert began a minute later, so sorting keeps the list's order. */
const FIRST_ACTIVITY = Date.parse('2025-03-01T00:00:00.000Z');
const MINUTE = 60_000;
const WARM_UPS = 2;
const RUNS = 10;
/** Frames an operation may take to show its result before the run fails. */
const MAX_FRAMES = 60;
/** Rows 2 and 999 (indexes 1 and 998) trade places, as in js-framework-benchmark. */
const SWAPPED: readonly [number, number] = [1, ROWS - 2];
/** The row selected and the row removed: the second, as in js-framework-benchmark. */
const SELECTED_ROW = 1;
const REMOVED_ROW = 1;
/** The severity an updated alert takes: always another one, so its cell changes with its title. */
const NEXT_SEVERITY: Record<Severity, Severity> = {
  informational: 'low',
  low: 'medium',
  medium: 'high',
  high: 'informational',
  unknown: 'low',
};

/** The alerts the API serves; operations replace the list. */
let served: readonly Alert[] = [];

/** The data of every operation, built before any timing. */
interface DataSets {
  first: readonly Alert[];
  second: readonly Alert[];
  /** `first` with every 10th alert's title and severity changed. */
  updated: readonly Alert[];
  swapped: readonly Alert[];
  removed: readonly Alert[];
}

/** One js-framework-benchmark operation, as both lists go through it. */
interface Operation {
  name: string;
  /** The alerts served before the operation, with no alert chosen. */
  before: readonly Alert[];
  /** Starts the operation; resolves once the list has taken it (its frame is waited for apart). */
  run(list: OperableAlertList): Promise<void>;
  /** Whether the list shows the operation's result. */
  shown(list: OperableAlertList): boolean;
}

interface Contender {
  /** Column heading in the report. */
  label: string;
  mounted: OperableAlertList;
  stage: HTMLElement;
  /** The measured runs, by operation name. */
  times: Map<string, OperationTime[]>;
}

const iso = (time: number) => new Date(time).toISOString();

/** The alert at place `index` of a list: `alert` re-dated so that sorting by first activity puts it there. */
function placed(alert: Alert, index: number): Alert {
  const first = FIRST_ACTIVITY + index * MINUTE;
  return { ...alert, incidentId: INCIDENT_ID, firstActivityDateTime: iso(first), lastActivityDateTime: iso(first + 30 * MINUTE) };
}

/** `ROWS * 2` generated alerts, taken from the generated incidents in the service's default order. */
function generateAlerts(service: IncidentService): Alert[] {
  const alerts: Alert[] = [];
  for (let skip = 0; alerts.length < 2 * ROWS; skip += MAX_PAGE_SIZE) {
    const page = service.listIncidents({ skip, top: MAX_PAGE_SIZE }).items;
    if (page.length === 0) throw new Error(`The service generated fewer than ${2 * ROWS} alerts.`);
    for (const incident of page) alerts.push(...service.listAlerts(incident.id));
  }
  return alerts.slice(0, 2 * ROWS);
}

function buildDataSets(alerts: readonly Alert[]): DataSets {
  const first = alerts.slice(0, ROWS).map(placed);
  const second = alerts.slice(ROWS, 2 * ROWS).map(placed);
  const updated = first.map((alert, index) =>
    index % 10 === 0 ? { ...alert, title: `${alert.title} !!!`, severity: NEXT_SEVERITY[alert.severity] } : alert,
  );
  // The list is shown by first activity, so two alerts trade places by trading their times.
  const [a, b] = SWAPPED;
  const swapped = [...first];
  swapped[a] = placed(first[b]!, a);
  swapped[b] = placed(first[a]!, b);
  const removed = first.filter((_, index) => index !== REMOVED_ROW);
  return { first, second, updated, swapped, removed };
}

/** Whether the list shows exactly the alerts of `expected`, in its order, by title. */
function showsInOrder(list: OperableAlertList, expected: readonly Alert[]): boolean {
  const titles = list.titles();
  return titles.length === expected.length && titles.every((title, index) => title === expected[index]!.title);
}

/** Serves `alerts` and has the list load them. */
function load(list: OperableAlertList, alerts: readonly Alert[]): Promise<void> {
  served = alerts;
  list.refresh();
  return Promise.resolve();
}

function operations(data: DataSets): Operation[] {
  const selectedTitle = data.first[SELECTED_ROW]!.title;
  return [
    {
      name: `create ${ROWS.toLocaleString('en-US')} rows`,
      before: [],
      run: (list) => load(list, data.first),
      shown: (list) => showsInOrder(list, data.first),
    },
    {
      name: `replace all ${ROWS.toLocaleString('en-US')} rows`,
      before: data.first,
      run: (list) => load(list, data.second),
      shown: (list) => showsInOrder(list, data.second),
    },
    {
      name: 'update every 10th row',
      before: data.first,
      run: (list) => load(list, data.updated),
      shown: (list) => showsInOrder(list, data.updated),
    },
    {
      name: 'select a row',
      before: data.first,
      run: async (list) => list.clickRow(SELECTED_ROW),
      shown: (list) => list.selectedAt(SELECTED_ROW) && list.detailsTitle() === selectedTitle && showsInOrder(list, data.first),
    },
    {
      name: `swap rows ${SWAPPED[0] + 1} and ${SWAPPED[1] + 1}`,
      before: data.first,
      run: (list) => load(list, data.swapped),
      shown: (list) => showsInOrder(list, data.swapped),
    },
    {
      name: 'remove one row',
      before: data.first,
      run: (list) => load(list, data.removed),
      shown: (list) => showsInOrder(list, data.removed),
    },
    {
      name: `clear ${ROWS.toLocaleString('en-US')} rows`,
      before: data.first,
      run: (list) => load(list, []),
      shown: (list) => list.rowCount() === 0 && list.showsEmpty(),
    },
  ];
}

/** Puts the list in the state `operation` starts from, no alert chosen, and lets it settle: never timed. */
async function prepare(list: OperableAlertList, operation: Operation): Promise<void> {
  list.closeDetails();
  await load(list, operation.before);
  const ready = operation.before.length === 0 ? () => list.showsEmpty() : () => showsInOrder(list, operation.before);
  await firstFrameShowing(() => ready() && list.detailsTitle() === undefined && !list.selectedAt(SELECTED_ROW), MAX_FRAMES);
  await settleFrames(2);
}

/** Shows only `active`'s stage, so the idle list is not painted in the other's frames. */
async function showOnly(contenders: readonly Contender[], active: Contender): Promise<void> {
  for (const entry of contenders) entry.stage.style.visibility = entry === active ? 'visible' : 'hidden';
  await settleFrames(2);
}

async function run(): Promise<BenchReport> {
  const generationStart = performance.now();
  const service = new IncidentService({ size: 2 * ROWS, seed: 1, now: NOW, clock: () => NOW });
  const data = buildDataSets(generateAlerts(service));
  const generationMs = performance.now() - generationStart;
  progress(`generated ${(2 * ROWS).toLocaleString('en-US')} alerts in ${Math.round(generationMs)} ms`);

  const api = orderedAlertApi(() => served);
  const contender = (list: OperableAlertListUnderTest, label: string): Contender => {
    // Filling the viewport, hidden until `showOnly` shows it.
    const stage = createStage('inset: 0; overflow: hidden; visibility: hidden;');
    return { label, stage, mounted: list.mount(stage), times: new Map() };
  };
  served = [];
  const element = contender(alertListUnderTest(api, INCIDENT_ID), 'alert list, ms');
  const baseline = contender(vanillaAlertListUnderTest(api, INCIDENT_ID), 'DOM keyed, ms');
  const contenders = [element, baseline];
  for (const entry of contenders) await firstFrameShowing(() => entry.mounted.showsEmpty(), MAX_FRAMES);
  const steps = operations(data);

  for (const operation of steps) {
    progress(`${operation.name}: ${WARM_UPS} warm-ups and ${RUNS} runs of each list, alternating`);
    for (let index = 0; index < WARM_UPS + RUNS; index++) {
      for (const entry of contenders) {
        const list = entry.mounted;
        await showOnly(contenders, entry);
        await prepare(list, operation);
        const time = await timeUntilShown(() => operation.run(list), () => operation.shown(list), MAX_FRAMES);
        if (index >= WARM_UPS) entry.times.set(operation.name, [...(entry.times.get(operation.name) ?? []), time]);
      }
    }
  }
  for (const entry of contenders) {
    entry.mounted.remove();
    entry.stage.remove();
  }

  return {
    title: `Alert list operations in the browser at ${ROWS.toLocaleString('en-US')} alerts: soc-alert-list vs hand-written keyed DOM`,
    notes: notes(generationMs),
    rows: operationRows(element, baseline, steps.map((operation) => operation.name), 'alert list'),
  };
}

function notes(generationMs: number): string[] {
  return [
    `Data: ${(2 * ROWS).toLocaleString('en-US')} alerts of the mock service's generated incidents (seed 1), two sets of ` +
      `${ROWS.toLocaleString('en-US')}, re-dated a minute apart so that the order by first activity is the order of the set, ` +
      'behind an in-memory IncidentApi (no transport, no capabilities, so no playbooks in the details) that serves a list the ' +
      `benchmark holds. Generating them and building every changed list (${Math.round(generationMs)} ms) are excluded: an ` +
      'operation swaps the list served, then has the list load it again. Swap trades the two alerts and their activity times.',
    'Operations: the element through its public API and behaviour only — refresh() after each change of the data, a click on ' +
      'row 2 to select (which marks the row and opens the alert\'s details beside the list), the close button to clear the ' +
      'selection before a run; the baseline through the same API call (listAlerts, sorted the same way), its own refresh, ' +
      'and a click on its row.',
    'Neither list is virtual: all 1,000 rows are in the DOM, each a 10-column grid of fixed tracks in a scrolling table ' +
      `(${innerWidth}×${innerHeight} px viewport). Both give rows content-visibility: auto (the element's own style, copied by ` +
      'the baseline), so rows out of view skip style, layout and paint in both.',
    'Baseline: rows keyed by alert ID (kept, moved by longest-increasing-subsequence, or created per load), one text element ' +
      'per cell set with textContent; a row whose alert is the same object is left alone, in the others only changed cells are ' +
      'rewritten. Selecting marks the row and fills a plain details panel (the same fields and evidence, as text) in the same ' +
      'two-column layout. Left out: listbox ARIA beyond role and aria-selected, roving focus and keyboard, the severity ' +
      'marker, entity chips, <time> and <bdi> elements, localisation (English words from the same label tables), ' +
      'the loading and error states. An empty list shows a message in place of the table, as the element does.',
    'Timing: from the start of the operation, at the beginning of a frame (in an animation frame callback, so no wait for the ' +
      'next vsync is counted), to the end of the first frame whose rendering shows the result — every row holds the expected ' +
      'alert title in order and no other row is left, row 2 shows as chosen with its details open, or the "No alerts" message ' +
      `shows; "frames" counts the frames rendered until then. Remove: row ${REMOVED_ROW + 1}, the rows below move up one. Each ` +
      `run starts from a freshly loaded state with no alert chosen (not timed): ${WARM_UPS} warm-ups, then the median of ` +
      `${RUNS} runs, the lists alternating. Excluded: setting up each run and mounting the lists.`,
    'Headless Chromium without a GPU: raster and compositing are software, so absolute times include software paint and vary ' +
      `with the machine's load (${navigator.hardwareConcurrency} logical CPUs here). Read the ratios; the milliseconds are for ` +
      'this machine only.',
  ];
}

publishBenchmark(run);
