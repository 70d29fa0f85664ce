/**
 * The js-framework-benchmark operations on the alert list, against a hand-written keyed DOM list of
 * the same columns and rows, in one page and one run: create 1,000 rows, replace them all, update
 * every 10th, select one, swap two, remove one, clear. Each operation changes the alerts behind the
 * IncidentApi (or clicks a row) and is timed from its start until the end of the first frame that
 * shows its result.
 */
import type { Alert } from '@soc-kit/components/api';
import { IncidentService } from '../packages/mock-api/src/service/index.js';
import { MAX_PAGE_SIZE } from '../packages/mock-api/src/service/incident-query.js';
import {
  alertListUnderTest,
  orderedAlertApi,
  type OperableAlertList,
} from './support/alert-list-under-test.js';
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
  operationContender,
  operationRows,
  timeOperations,
  type OperationData,
  type OperationDriver,
} from './support/list-operations.js';
import { publishBenchmark, type BenchReport } from './support/report.js';
import { progress } from './support/stage.js';
import { vanillaAlertListUnderTest } from './support/vanilla-alert-list.js';

const NOW = Date.parse('2025-03-03T09:00:00.000Z');
/** The incident whose alerts both lists show: the API serves the benchmark's list for any. */
const INCIDENT_ID = 'bench-incident';
/** First activity of the first alert; each next alert began a minute later, so sorting keeps the list's order. */
const FIRST_ACTIVITY = Date.parse('2025-03-01T00:00:00.000Z');
const MINUTE = 60_000;

/** The alerts the API serves; operations replace the list. */
let served: readonly Alert[] = [];

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
    for (const incident of page) alerts.push(...service.listIncidentAlerts(incident.id));
  }
  return alerts.slice(0, 2 * ROWS);
}

function buildDataSets(alerts: readonly Alert[]): OperationData<Alert> {
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

/** The alert list and its baseline through the operations: `refresh()` loads, a click on a row selects. */
function driver(selectedTitle: string): OperationDriver<OperableAlertList, Alert> {
  return {
    load: (list, alerts) => {
      served = alerts;
      list.refresh();
      return Promise.resolve();
    },
    showsInOrder,
    select: async (list) => list.clickRow(SELECTED_ROW),
    selected: (list) => list.selectedAt(SELECTED_ROW) && list.detailsTitle() === selectedTitle,
    deselect: (list) => list.deselect(),
    deselected: (list) => list.detailsTitle() === undefined && !list.selectedAt(SELECTED_ROW),
    cleared: (list) => list.rowCount() === 0 && list.showsEmpty(),
  };
}

async function run(): Promise<BenchReport> {
  const generationStart = performance.now();
  const service = new IncidentService({ size: 2 * ROWS, seed: 1, now: NOW, clock: () => NOW });
  const data = buildDataSets(generateAlerts(service));
  const generationMs = performance.now() - generationStart;
  progress(`generated ${(2 * ROWS).toLocaleString('en-US')} alerts in ${Math.round(generationMs)} ms`);

  const api = orderedAlertApi(() => served);
  served = [];
  const element = operationContender(alertListUnderTest(api, INCIDENT_ID), 'alert list, ms');
  const baseline = operationContender(vanillaAlertListUnderTest(api, INCIDENT_ID), 'DOM keyed, ms');
  for (const entry of [element, baseline]) await firstFrameShowing(() => entry.mounted.showsEmpty(), MAX_FRAMES);
  const drive = driver(data.first[SELECTED_ROW]!.title);
  const steps = jsFrameworkOperations(data, drive);
  await timeOperations([element, baseline], steps, { driver: drive });

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
      'row 2 to select (which marks the row and opens the alert\'s details beside the list), a click on each selected row\'s ' +
      'box and the close button to clear the selection before a run; the baseline through the same API call ' +
      '(listIncidentAlerts, sorted the same way), its own refresh, and a click on its row.',
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
