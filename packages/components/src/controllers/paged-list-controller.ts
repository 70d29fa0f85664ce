import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbort } from '../api/api-error.js';
import type { Page } from '../api/model.js';

export interface PageRequest {
  skip: number;
  top: number;
  signal: AbortSignal;
}

export type PageFetcher<T> = (request: PageRequest) => Promise<Page<T>>;

export interface PagedListOptions {
  pageSize: number;
  /** Pages kept in memory; the ones farthest from the viewed range go first. */
  maxCachedPages?: number;
}

/**
 * Random access into a long server-side list for a virtual scroller: fetches the pages that come
 * into view by `skip`/`top`, aborts requests for pages scrolled past before they arrived, keeps a
 * bounded cache, and remembers a failed page until `retry()` so scrolling does not hammer a failing
 * backend.
 */
export class PagedListController<T> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #maxCachedPages: number;
  #pageSize: number;
  #fetch?: PageFetcher<T>;
  #pages = new Map<number, T[]>();
  #inFlight = new Map<number, AbortController>();
  #failed = new Set<number>();
  #error: unknown;
  #totalCount = 0;
  #wanted = { first: 0, last: -1 };
  #generation = 0;
  #loadedCache?: T[];

  constructor(host: ReactiveControllerHost, options: PagedListOptions) {
    this.#host = host;
    this.#pageSize = options.pageSize;
    this.#maxCachedPages = Math.max(3, options.maxCachedPages ?? 60);
    host.addController(this);
  }

  get pageSize(): number {
    return this.#pageSize;
  }

  get totalCount(): number {
    return this.#totalCount;
  }

  /** The last failure of a page fetch that has not been retried yet. */
  get error(): unknown {
    return this.#error;
  }

  get hasData(): boolean {
    return this.#fetch !== undefined;
  }

  /** Starts over with a new source whose first page (at offset 0) is already in hand. */
  reset(fetch: PageFetcher<T>, firstPage: Page<T>, pageSize = this.#pageSize): void {
    this.clear();
    this.#pageSize = pageSize;
    this.#fetch = fetch;
    this.#totalCount = firstPage.totalCount;
    this.#pages.set(0, firstPage.items);
    this.#loadedCache = undefined;
  }

  /** Forgets everything and cancels every request. */
  clear(): void {
    this.#generation++;
    for (const controller of this.#inFlight.values()) controller.abort();
    this.#inFlight.clear();
    this.#pages.clear();
    this.#loadedCache = undefined;
    this.#failed.clear();
    this.#error = undefined;
    this.#fetch = undefined;
    this.#totalCount = 0;
  }

  item(index: number): T | undefined {
    return this.#pages.get(Math.floor(index / this.#pageSize))?.[index % this.#pageSize];
  }

  /** Every item in memory, in list order. */
  loadedItems(): T[] {
    this.#loadedCache ??= [...this.#pages.entries()].sort(([a], [b]) => a - b).flatMap(([, items]) => items);
    return this.#loadedCache;
  }

  /** Replaces in place every loaded item `matches` accepts; returns whether there was one. */
  replace(matches: (item: T) => boolean, next: T): boolean {
    let found = false;
    for (const items of this.#pages.values()) {
      items.forEach((item, index) => {
        if (matches(item)) {
          items[index] = next;
          found = true;
        }
      });
    }
    if (found) {
      this.#loadedCache = undefined;
      this.#host.requestUpdate();
    }
    return found;
  }

  /** Asks for the items `first`..`last` (inclusive): fetches missing pages, cancels ones no longer wanted. */
  ensureRange(first: number, last: number): void {
    this.#wanted = { first, last };
    if (!this.#fetch || this.#totalCount === 0) return;
    const lastIndex = Math.min(last, this.#totalCount - 1);
    const firstPage = Math.floor(Math.max(0, first) / this.#pageSize);
    const lastPage = Math.floor(Math.max(0, lastIndex) / this.#pageSize);
    for (const [page, controller] of this.#inFlight) {
      if (page < firstPage || page > lastPage) {
        controller.abort();
        this.#inFlight.delete(page);
      }
    }
    for (let page = firstPage; page <= lastPage; page++) {
      if (!this.#pages.has(page) && !this.#inFlight.has(page) && !this.#failed.has(page)) this.#load(page);
    }
  }

  /** Fetches again the pages that failed, for the range last asked for. */
  retry(): void {
    this.#failed.clear();
    this.#error = undefined;
    this.ensureRange(this.#wanted.first, this.#wanted.last);
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    for (const controller of this.#inFlight.values()) controller.abort();
    this.#inFlight.clear();
  }

  hostConnected(): void {
    // Pages cancelled while disconnected are fetched again on the next range request.
  }

  async #load(page: number): Promise<void> {
    const fetch = this.#fetch;
    if (!fetch) return;
    const generation = this.#generation;
    const controller = new AbortController();
    this.#inFlight.set(page, controller);
    try {
      const result = await fetch({ skip: page * this.#pageSize, top: this.#pageSize, signal: controller.signal });
      if (generation !== this.#generation || controller.signal.aborted) return;
      this.#pages.set(page, result.items);
      this.#totalCount = result.totalCount;
      this.#evict();
      this.#loadedCache = undefined;
    } catch (error) {
      if (generation !== this.#generation || isAbort(error) || controller.signal.aborted) return;
      this.#failed.add(page);
      this.#error = error;
    } finally {
      if (this.#inFlight.get(page) === controller) this.#inFlight.delete(page);
    }
    this.#host.requestUpdate();
  }

  #evict(): void {
    if (this.#pages.size <= this.#maxCachedPages) return;
    const centre = (this.#wanted.first + this.#wanted.last) / 2 / this.#pageSize;
    const byDistance = [...this.#pages.keys()].sort((a, b) => Math.abs(b - centre) - Math.abs(a - centre));
    for (const page of byDistance.slice(0, this.#pages.size - this.#maxCachedPages)) this.#pages.delete(page);
  }
}
