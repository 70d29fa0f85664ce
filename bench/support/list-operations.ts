import type { IncidentApi } from '@soc-kit/components/api';
import { KEY_COLUMN } from '../../packages/components/src/queue/column-layout.js';
import { SocIncidentQueue } from '../../packages/components/src/queue/incident-queue.js';
import { nextFrame, nextFrameRendered, whenFrameRendered } from './frames.js';
import type { MountedList } from './list-under-test.js';
import { incidentQueueUnderTest } from './queue-under-test.js';
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
