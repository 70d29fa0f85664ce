import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbort } from '../api/api-error.js';
import type { TimelineEvent, TimelinePage } from '../api/model.js';

/** Fetches the window of events that `cursor` starts (the first window without one). */
export type TimelineWindowFetcher = (cursor: string | undefined, signal: AbortSignal) => Promise<TimelinePage>;

/** Where a fetched window goes: after the held ones, before them, or instead of them. */
type Placement = 'after' | 'before' | 'replace';

export interface TimelineWindowsOptions {
  /** Windows kept in memory at once; the farthest from where the person reads go first. */
  maxWindows: number;
}

/** What is remembered of every window met so far, kept or not: enough to fetch it again. */
interface WindowInfo {
  /** The cursor that fetches the window; `undefined` for the first. */
  cursor: string | undefined;
  /** Position of its first event in the whole sequence. */
  offset: number;
  size: number;
  /** Cursor of the window after it; `null` when it is the last. */
  next: string | null;
}

/**
 * The events of a timeline from one instant backwards, walked in windows by cursor. Only a few
 * windows are held at once, however far the person scrolls: windows that fall out of reach are
 * dropped and fetched again by their cursor when wanted. Events are addressed by their position
 * in the whole sequence, which stays the same while windows come and go.
 */
export class TimelineWindowsController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #maxWindows: number;
  #fetch?: TimelineWindowFetcher;
  #windows: WindowInfo[] = [];
  #kept = new Map<number, TimelineEvent[]>();
  #first = 0;
  #last = -1;
  #inFlight = new Map<number, AbortController>();
  #failed?: { index: number; placement: Placement };
  #error: unknown;
  #totalCount = 0;
  #sequence = 0;

  constructor(host: ReactiveControllerHost, options: TimelineWindowsOptions) {
    this.#host = host;
    this.#maxWindows = Math.max(2, options.maxWindows);
    host.addController(this);
  }

  /** Changes whenever a new sequence starts: positions of one sequence mean nothing in another. */
  get sequence(): number {
    return this.#sequence;
  }

  /** Events in the whole sequence (from its instant back to the start of the range). */
  get totalCount(): number {
    return this.#totalCount;
  }

  /** Position of the first event held. */
  get keptStart(): number {
    return this.#windows[this.#first]?.offset ?? 0;
  }

  /** Position just past the last event held. */
  get keptEnd(): number {
    const last = this.#windows[this.#last];
    return last ? last.offset + last.size : 0;
  }

  /** Events held in memory now. */
  get keptCount(): number {
    return this.keptEnd - this.keptStart;
  }

  /** Whether newer events than those held exist (windows dropped above). */
  get hasNewer(): boolean {
    return this.#last >= 0 && this.#first > 0;
  }

  /** Whether older events than those held exist. */
  get hasOlder(): boolean {
    const last = this.#windows[this.#last];
    return last !== undefined && last.next !== null;
  }

  /** The last failure to fetch a window, until `retry()`. */
  get error(): unknown {
    return this.#error;
  }

  get loading(): boolean {
    return this.#inFlight.size > 0;
  }

  /** Starts a new sequence whose first window is already in hand. */
  reset(fetch: TimelineWindowFetcher, firstPage: TimelinePage): void {
    this.clear();
    this.#fetch = fetch;
    this.#totalCount = firstPage.totalCount;
    this.#windows = [{ cursor: undefined, offset: 0, size: firstPage.items.length, next: firstPage.nextCursor }];
    this.#kept.set(0, firstPage.items);
    this.#first = 0;
    this.#last = 0;
    this.#host.requestUpdate();
  }

  /** Forgets every event and cancels every request. */
  clear(): void {
    this.#sequence++;
    for (const controller of this.#inFlight.values()) controller.abort();
    this.#inFlight.clear();
    this.#kept.clear();
    this.#windows = [];
    this.#first = 0;
    this.#last = -1;
    this.#failed = undefined;
    this.#error = undefined;
    this.#totalCount = 0;
    this.#fetch = undefined;
  }

  /** The event at `position`, if it is held. */
  event(position: number): TimelineEvent | undefined {
    for (let index = this.#first; index <= this.#last; index++) {
      const window = this.#windows[index]!;
      if (position >= window.offset && position < window.offset + window.size) {
        return this.#kept.get(index)?.[position - window.offset];
      }
    }
    return undefined;
  }

  /** Fetches the window after the last one held, unless it is on its way or failed. */
  loadOlder(): void {
    const last = this.#windows[this.#last];
    if (!last || last.next === null) return;
    if (this.#last + 1 >= this.#windows.length) {
      this.#windows.push({ cursor: last.next, offset: last.offset + last.size, size: 0, next: null });
    }
    this.#load(this.#last + 1, 'after');
  }

  /** Fetches again the window before the first one held. */
  loadNewer(): void {
    if (this.#first > 0) this.#load(this.#first - 1, 'before');
  }

  /** Goes back to the first window: at once when it is held, else it replaces the held ones when it arrives. */
  loadStart(): void {
    if (this.#first === 0 || this.#last < 0) return;
    for (const [index, controller] of this.#inFlight) {
      if (index === 0) continue;
      controller.abort();
      this.#inFlight.delete(index);
    }
    this.#load(0, 'replace');
  }

  /** Fetches again the window that failed. */
  retry(): void {
    const failed = this.#failed;
    this.#failed = undefined;
    this.#error = undefined;
    if (failed !== undefined) this.#load(failed.index, failed.placement);
    this.#host.requestUpdate();
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    for (const controller of this.#inFlight.values()) controller.abort();
    this.#inFlight.clear();
  }

  async #load(index: number, placement: Placement): Promise<void> {
    const fetch = this.#fetch;
    const window = this.#windows[index];
    if (!fetch || !window || this.#inFlight.has(index) || this.#failed || this.#kept.has(index)) return;
    const sequence = this.#sequence;
    const controller = new AbortController();
    this.#inFlight.set(index, controller);
    this.#host.requestUpdate();
    try {
      const page = await fetch(window.cursor, controller.signal);
      if (sequence !== this.#sequence || controller.signal.aborted) return;
      this.#accept(index, placement, page);
    } catch (error) {
      if (sequence !== this.#sequence || isAbort(error) || controller.signal.aborted) return;
      this.#failed = { index, placement };
      this.#error = error;
    } finally {
      if (this.#inFlight.get(index) === controller) this.#inFlight.delete(index);
      if (sequence === this.#sequence) this.#host.requestUpdate();
    }
  }

  #accept(index: number, placement: Placement, page: TimelinePage): void {
    // Held windows moved while this one was on its way: it no longer joins them.
    if (placement === 'after' && index !== this.#last + 1) return;
    if (placement === 'before' && index !== this.#first - 1) return;
    const window = this.#windows[index]!;
    window.size = page.items.length;
    window.next = page.nextCursor;
    // The data may have changed since the window was last seen: later windows start where it ends now.
    for (let later = index + 1; later < this.#windows.length; later++) {
      const before = this.#windows[later - 1]!;
      this.#windows[later]!.offset = before.offset + before.size;
    }
    this.#totalCount = page.totalCount;
    this.#kept.set(index, page.items);
    if (placement === 'after') {
      this.#last = index;
      while (this.#last - this.#first + 1 > this.#maxWindows) this.#drop(this.#first++);
    } else if (placement === 'before') {
      this.#first = index;
      while (this.#last - this.#first + 1 > this.#maxWindows) this.#drop(this.#last--);
    } else {
      for (let held = this.#first; held <= this.#last; held++) if (held !== index) this.#drop(held);
      this.#first = index;
      this.#last = index;
    }
  }

  #drop(index: number): void {
    this.#kept.delete(index);
    this.#inFlight.get(index)?.abort();
    this.#inFlight.delete(index);
  }
}
