import { whenFrameRendered } from './frames.js';
import type { MountedList } from './list-under-test.js';
import { readMainThreadTime, timeBetween, type MainThreadTime } from './main-thread-time.js';

export interface FrameSample {
  /** Time since the previous frame began (animation frame timestamps); NaN for the first frame. */
  interval: number;
  /** Main-thread time from the frame's first event (its scroll event, if any) to the end of its rendering. */
  work: number;
  /**
   * Time the list itself spent in the frame: its scroll handling (microtasks included, so a Lit
   * update counts) and its animation frame callbacks, with whatever layout they forced.
   */
  handling: number;
  /** Body rows in the DOM once the frame was rendered. */
  rows: number;
}

export interface FrameRecording {
  frames: FrameSample[];
  /** Tasks over 50 ms the browser reported while recording. */
  longTasks: number;
  /** Main-thread CPU time over the whole recording, when the browser's counters are readable. */
  mainThread?: MainThreadTime;
}

/** What to do in each frame of a recording. */
export interface FrameScript {
  /** Runs in frame `index`'s animation callback, before the list renders it; `false` ends the recording. */
  beforeRender(index: number): boolean;
  /** Runs once frame `index` has been rendered, at `renderedAt` (`performance.now()`). */
  afterRender?(index: number, renderedAt: number): void;
}

/**
 * Timestamps of the list's own work in the current frame. Within a frame the browser dispatches
 * scroll events, then runs animation frame callbacks in the order they were requested, then
 * renders: a capture listener sees the scroll before the list, a listener added after the list's
 * runs once the list's handler and its microtasks are done, and an animation frame callback it
 * requests runs after any the list requested while handling the scroll.
 */
class FrameClock {
  scrollStart = -1;
  scrollEnd = -1;
  callbacksEnd = -1;
  readonly #scroller: HTMLElement;
  readonly #root: Node;

  constructor(scroller: HTMLElement) {
    this.#scroller = scroller;
    this.#root = scroller.getRootNode();
    this.#root.addEventListener('scroll', this.#onScrollCapture, { capture: true, passive: true });
    scroller.addEventListener('scroll', this.#onScrollHandled, { passive: true });
  }

  detach(): void {
    this.#root.removeEventListener('scroll', this.#onScrollCapture, { capture: true });
    this.#scroller.removeEventListener('scroll', this.#onScrollHandled);
  }

  /** Forgets this frame's timestamps. */
  reset(): void {
    this.scrollStart = this.scrollEnd = this.callbacksEnd = -1;
  }

  readonly #onScrollCapture = (event: Event): void => {
    if (event.target === this.#scroller && this.scrollStart < 0) this.scrollStart = performance.now();
  };

  readonly #onScrollHandled = (): void => {
    this.scrollEnd = performance.now();
    requestAnimationFrame(() => (this.callbacksEnd = performance.now()));
  };
}

/**
 * Records consecutive animation frames of a mounted list while `script` drives it (one callback
 * chained per frame, so no frame is skipped by the recorder itself), up to `maxFrames`.
 */
export async function recordFrames(list: MountedList, script: FrameScript, maxFrames: number): Promise<FrameRecording> {
  const scroller = list.scroller();
  const rowGroup = list.rowGroup();
  if (!scroller || !rowGroup) throw new Error('The list has no scroller or rows to record.');

  const clock = new FrameClock(scroller);
  let longTasks = 0;
  const longTaskObserver = new PerformanceObserver((entries) => (longTasks += entries.getEntries().length));
  longTaskObserver.observe({ type: 'longtask' });
  const before = await readMainThreadTime();

  const frames: FrameSample[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let index = 0;
      let previousTimestamp = Number.NaN;
      let failed = false;
      const fail = (error: unknown) => {
        failed = true;
        reject(error);
      };
      const tick = (timestamp: number) => {
        if (failed) return;
        const now = performance.now();
        const frameStart = clock.scrollStart >= 0 ? Math.min(clock.scrollStart, now) : now;
        const scrollHandling = clock.scrollStart >= 0 && clock.scrollEnd >= clock.scrollStart ? clock.scrollEnd - clock.scrollStart : 0;
        try {
          if (index >= maxFrames) throw new Error(`The recording did not end within ${maxFrames} frames.`);
          if (!script.beforeRender(index)) {
            whenFrameRendered(resolve);
            return;
          }
        } catch (error) {
          fail(error);
          return;
        }
        const frameIndex = index++;
        const interval = timestamp - previousTimestamp;
        previousTimestamp = timestamp;
        const driverEnd = performance.now();
        whenFrameRendered(() => {
          const renderedAt = performance.now();
          const callbacks = clock.callbacksEnd >= driverEnd ? clock.callbacksEnd - driverEnd : 0;
          clock.reset();
          frames.push({ interval, work: renderedAt - frameStart, handling: scrollHandling + callbacks, rows: rowGroup.childElementCount });
          try {
            script.afterRender?.(frameIndex, renderedAt);
          } catch (error) {
            fail(error);
          }
        });
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
  } finally {
    clock.detach();
    longTasks += longTaskObserver.takeRecords().length;
    longTaskObserver.disconnect();
  }
  const after = await readMainThreadTime();
  return { frames, longTasks, mainThread: timeBetween(before, after) };
}

/** One recording of several runs of the same kind. */
export function combineRecordings(recordings: readonly FrameRecording[]): FrameRecording {
  const times = recordings.map((recording) => recording.mainThread);
  const mainThread = times.every((time) => time !== undefined)
    ? times.reduce(
        (sum, time) => ({
          styleAndLayout: sum.styleAndLayout + time.styleAndLayout,
          tasks: sum.tasks + time.tasks,
        }),
        { styleAndLayout: 0, tasks: 0 },
      )
    : undefined;
  return {
    frames: recordings.flatMap((recording) => recording.frames),
    longTasks: recordings.reduce((sum, recording) => sum + recording.longTasks, 0),
    mainThread,
  };
}
