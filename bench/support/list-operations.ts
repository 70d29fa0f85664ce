import type { IncidentApi, Severity } from '@soc-kit/components/api';
import { KEY_COLUMN } from '../../packages/components/src/queue/column-layout.js';
import { SocIncidentQueue } from '../../packages/components/src/queue/incident-queue.js';
import { nextFrame, nextFrameRendered, settleFrames, whenFrameRendered } from './frames.js';
import type { MountedList } from './list-under-test.js';
import { incidentQueueUnderTest } from './queue-under-test.js';
import { createStage, progress } from './stage.js';
import { median } from './stats.js';

/**
 * A mounted list that can be told to load its incidents again and to select one: what the
 * js-framework-benchmark operations need beyond what a scroll benchmark reads.
 */
export interface OperableList extends MountedList {
  /** Loads the incidents again from the API and shows them; resolves once the first page is in. */
  refresh(): Promise<void>;
  /** Shows incident `id` as the selected one; `null` selects none. */
  select(id: string | null): void;
  /** The name shown in row `index`, if that row is rendered with its incident. */
  nameAt(index: number): string | undefined;
  /** Whether row `index` is rendered and shown as the selected one. */
  selectedAt(index: number): boolean;
  /** Body rows in the DOM. */
  rowCount(): number;
}

/** One of the implementations being compared. */
export interface OperableListUnderTest {
  readonly name: string;
  /** Inserts a new list into `container` synchronously; its rows may arrive later. */
  mount(container: HTMLElement): OperableList;
}

/**
 * `soc-incident-queue` as `incidentQueueUnderTest` mounts it, driven through its public API only:
 * `refresh()` to load again and `selectedId` to select.
 */
export function operableQueueUnderTest(api: IncidentApi, clock: () => number): OperableListUnderTest {
  const queue = incidentQueueUnderTest(api, clock);
  return {
    name: queue.name,
    mount(container) {
      const mounted = queue.mount(container);
      const root = mounted.root;
      if (!(root instanceof ShadowRoot) || !(root.host instanceof SocIncidentQueue)) {
        throw new Error('The mounted queue is not a soc-incident-queue shadow root.');
      }
      const element = root.host;
      const rowAt = (index: number) =>
        root.querySelector<HTMLElement>(`.body [role="row"][aria-rowindex="${index + 2}"]:not(.placeholder)`);
      return {
        ...mounted,
        refresh: () => element.refresh(),
        select: (id) => {
          element.selectedId = id;
        },
        nameAt: (index) => rowAt(index)?.querySelector(`[data-column="${KEY_COLUMN}"] .open`)?.textContent?.trim(),
        selectedAt: (index) => rowAt(index)?.getAttribute('aria-current') === 'true',
        rowCount: () => mounted.rowGroup()?.childElementCount ?? 0,
      };
    },
  };
}

/** Resolves once the frame now being produced has been rendered; call it from an animation frame callback. */
function thisFrameRendered(): Promise<number> {
  return new Promise((resolve) => whenFrameRendered(() => resolve(performance.now())));
}

/**
 * Waits for frames until one has been rendered with `shown()` true, and resolves with
 * `performance.now()` at the end of that frame. The check runs after the frame, outside the time.
 */
export async function firstFrameShowing(shown: () => boolean, maxFrames: number): Promise<number> {
  for (let frame = 0; frame < maxFrames; frame++) {
    const renderedAt = await nextFrameRendered();
    if (shown()) return renderedAt;
  }
  throw new Error(`The list did not show the result within ${maxFrames} frames.`);
}

export interface OperationTime {
  /** From the start of the operation to the end of the first frame that shows its result. */
  ms: number;
  /** Frames rendered until then, that one included. */
  frames: number;
}

/**
 * Times `operation` as js-framework-benchmark does, from its start until the end of the first frame
 * whose rendering shows its result (`shown()`, checked after each frame and outside the time). It
 * starts at the beginning of a frame, in an animation frame callback: started anywhere else, the
 * wait for the next frame would add up to a whole frame interval of noise.
 */
export async function timeUntilShown(operation: () => Promise<void>, shown: () => boolean, maxFrames: number): Promise<OperationTime> {
  await nextFrame();
  const start = performance.now();
  const taken = operation();
  let renderedAt = await thisFrameRendered();
  let frames = 1;
  while (!shown()) {
    if (frames === maxFrames) throw new Error(`The list did not show the result within ${maxFrames} frames.`);
    renderedAt = await nextFrameRendered();
    frames++;
  }
  await taken;
  return { ms: renderedAt - start, frames };
}

/** One list's measured runs of each operation, by operation name, under the heading its column gets. */
export interface OperationRuns {
  label: string;
  times: ReadonlyMap<string, readonly OperationTime[]>;
}

const round = (value: number) => (Number.isFinite(value) ? Number(value.toFixed(value < 10 ? 2 : 1)) : Number.NaN);

function ratio(ours: number, theirs: number): string {
  if (!Number.isFinite(ours) || !Number.isFinite(theirs) || theirs <= 0) return '—';
  return `${(ours / theirs).toFixed(2)}×`;
}

function geometricMean(values: readonly number[]): number {
  if (values.length === 0 || values.some((value) => !(value > 0))) return Number.NaN;
  return Math.exp(values.reduce((sum, value) => sum + Math.log(value), 0) / values.length);
}

/**
 * The report's rows, one per operation in `names`: each list's median time, the element's ratio to
 * the baseline, and the frames each took to show the result (median). The last row has the
 * geometric means of the medians, whose ratio is the geometric mean of the ratios. `short` names
 * the element in the ratio columns ("queue / DOM").
 */
export function operationRows(
  element: OperationRuns,
  baseline: OperationRuns,
  names: readonly string[],
  short: string,
): Record<string, string | number>[] {
  const medianOf = (entry: OperationRuns, name: string, read: (time: OperationTime) => number) =>
    median((entry.times.get(name) ?? []).map(read));
  const elementMedians = names.map((name) => medianOf(element, name, (time) => time.ms));
  const baselineMedians = names.map((name) => medianOf(baseline, name, (time) => time.ms));
  const row = (operation: string, ours: number, theirs: number, frames: string) => ({
    operation,
    [element.label]: round(ours),
    [baseline.label]: round(theirs),
    [`${short} / DOM`]: ratio(ours, theirs),
    [`frames, ${short} / DOM`]: frames,
  });
  const frames = (name: string) => `${medianOf(element, name, (time) => time.frames)} / ${medianOf(baseline, name, (time) => time.frames)}`;
  return [
    ...names.map((name, index) => row(name, elementMedians[index]!, baselineMedians[index]!, frames(name))),
    row('geometric mean', geometricMean(elementMedians), geometricMean(baselineMedians), ''),
  ];
}

/** js-framework-benchmark's shape: 1,000 rows; rows 2 and 999 (indexes 1 and 998) trade places; the second row is selected and removed. */
export const ROWS = 1_000;
export const SWAPPED: readonly [number, number] = [1, ROWS - 2];
export const SELECTED_ROW = 1;
export const REMOVED_ROW = 1;
/**
 * Warm-up runs, then measured runs, of each operation on each list: enough runs that the median of each
 * moves little with the machine's load (an operation takes a few milliseconds).
 */
export const WARM_UPS = 2;
export const RUNS = 20;
/** Frames an operation may take to show its result before the run fails. */
export const MAX_FRAMES = 60;
/** The severity an updated item takes: always another one, so its cell changes with its name. */
export const NEXT_SEVERITY: Record<Severity, Severity> = {
  informational: 'low',
  low: 'medium',
  medium: 'high',
  high: 'informational',
  unknown: 'low',
};

/** The data of the js-framework-benchmark operations, built before any timing. */
export interface OperationData<T> {
  first: readonly T[];
  second: readonly T[];
  /** `first` with every 10th item changed in what its row shows. */
  updated: readonly T[];
  /** `first` with two items traded. */
  swapped: readonly T[];
  /** `first` without the item of the removed row. */
  removed: readonly T[];
}

/** One js-framework-benchmark operation, as each list goes through it. */
export interface ListOperation<L, T> {
  name: string;
  /** The items served before the operation, with no row selected. */
  before: readonly T[];
  /** Starts the operation; resolves once the list has taken it (its frame is waited for apart). */
  run(list: L): Promise<void>;
  /** Whether the list shows the operation's result. */
  shown(list: L): boolean;
}

/** How a benchmark drives one kind of list through the operations. */
export interface OperationDriver<L, T> {
  /** Serves `items` and has the list load them. */
  load(list: L, items: readonly T[]): Promise<void>;
  /** Whether the list shows `items`, in their order. */
  showsInOrder(list: L, items: readonly T[]): boolean;
  /** Selects the operations' row, as the list offers it. */
  select(list: L): Promise<void>;
  /** Whether that row shows as selected. */
  selected(list: L): boolean;
  /** Clears the selection (untimed) and whether none shows. */
  deselect(list: L): void;
  deselected(list: L): boolean;
  /** Whether the list shows no rows. */
  cleared(list: L): boolean;
}

/** The operations of js-framework-benchmark over `data`: create, replace all, update every 10th, select, swap, remove, clear. */
export function jsFrameworkOperations<L, T>(data: OperationData<T>, driver: OperationDriver<L, T>): ListOperation<L, T>[] {
  const rows = data.first.length.toLocaleString('en-US');
  const loads = (name: string, before: readonly T[], items: readonly T[]): ListOperation<L, T> => ({
    name,
    before,
    run: (list) => driver.load(list, items),
    shown: (list) => (items.length === 0 ? driver.cleared(list) : driver.showsInOrder(list, items)),
  });
  return [
    loads(`create ${rows} rows`, [], data.first),
    loads(`replace all ${rows} rows`, data.first, data.second),
    loads('update every 10th row', data.first, data.updated),
    {
      name: 'select a row',
      before: data.first,
      run: (list) => driver.select(list),
      shown: (list) => driver.selected(list) && driver.showsInOrder(list, data.first),
    },
    loads(`swap rows ${SWAPPED[0] + 1} and ${SWAPPED[1] + 1}`, data.first, data.swapped),
    loads('remove one row', data.first, data.removed),
    loads(`clear ${rows} rows`, data.first, []),
  ];
}

/** A list in the race: where it is mounted and what it measured. */
export interface OperationContender<L> extends OperationRuns {
  mounted: L & { remove(): void };
  stage: HTMLElement;
  times: Map<string, OperationTime[]>;
}

/** Mounts a list on a stage of its own that fills the viewport, hidden until its turn. */
export function operationContender<L extends { remove(): void }>(
  under: { mount(container: HTMLElement): L },
  label: string,
): OperationContender<L> {
  const stage = createStage('inset: 0; overflow: hidden; visibility: hidden;');
  return { label, stage, mounted: under.mount(stage), times: new Map() };
}

export interface OperationPlan<L, T> {
  driver: OperationDriver<L, T>;
  /** Called after each run, warm-ups included, with its index. */
  afterRun?(entry: OperationContender<L>, operation: ListOperation<L, T>, index: number): void;
}

/**
 * Times every operation on every list: `WARM_UPS` warm-ups, then `RUNS` runs, the lists alternating. Before each
 * run (untimed) only that list's stage shows, its selection is cleared and the items the operation
 * starts from are loaded and shown. Removes the lists at the end.
 */
export async function timeOperations<L, T>(
  contenders: readonly OperationContender<L>[],
  operations: readonly ListOperation<L, T>[],
  plan: OperationPlan<L, T>,
): Promise<void> {
  const { driver } = plan;
  for (const operation of operations) {
    progress(`${operation.name}: ${WARM_UPS} warm-ups and ${RUNS} runs of each list, alternating`);
    for (let index = 0; index < WARM_UPS + RUNS; index++) {
      for (const entry of contenders) {
        const list = entry.mounted;
        // Only this list's stage shows, so the idle list is not painted in the other's frames.
        for (const other of contenders) other.stage.style.visibility = other === entry ? 'visible' : 'hidden';
        await settleFrames(2);
        driver.deselect(list);
        await driver.load(list, operation.before);
        const { before } = operation;
        const ready = before.length === 0 ? () => driver.cleared(list) : () => driver.showsInOrder(list, before);
        await firstFrameShowing(() => ready() && driver.deselected(list), MAX_FRAMES);
        await settleFrames(2);
        // Each run is a user timing measure ("queue, ms: create 1,000 rows"), so a trace (BENCH_TRACE) shows which list
        // and operation its style, layout and paint belong to.
        const run = () => {
          performance.mark('operation start');
          return operation.run(list);
        };
        const time = await timeUntilShown(run, () => operation.shown(list), MAX_FRAMES);
        performance.measure(`${entry.label}: ${operation.name}`, 'operation start');
        if (index >= WARM_UPS) entry.times.set(operation.name, [...(entry.times.get(operation.name) ?? []), time]);
        plan.afterRun?.(entry, operation, index);
      }
    }
  }
  for (const entry of contenders) {
    entry.mounted.remove();
    entry.stage.remove();
  }
}
