import type { TaskStatus } from '@lit/task';
import type { ReactiveElement } from 'lit';
import type { GridKeyboardController } from './grid-keyboard-controller.js';
import type { PagedListController } from './paged-list-controller.js';
import type { VirtualRangeController } from './virtual-range-controller.js';

export interface ViewLoadOptions {
  rows: () => PagedListController<unknown>;
  keyboard: () => GridKeyboardController;
  range: () => VirtualRangeController;
  /** Forgets the checked rows: a new view checks none. */
  clearChecked: () => void;
  /** The first page's load (a `Task`). */
  firstPage: () => {
    readonly status: TaskStatus;
    readonly taskComplete: Promise<unknown>;
    render(renderers: {
      initial?: () => unknown;
      pending?: () => unknown;
      complete?: () => unknown;
      error?: (error: unknown) => unknown;
    }): unknown;
  };
}

export interface ViewLoadRenderers {
  /** The first load, with nothing to show yet. */
  loading: () => unknown;
  /** The rows; `refreshing` while those of the last view stay up for the next. */
  rows: (refreshing: boolean) => unknown;
  error: (error: unknown) => unknown;
}

/**
 * How a queue's grid goes from one view (filters, search, sort) to the next: the rows of the last
 * view stay on screen (under a progress bar) until the new ones arrive, so focus in the grid survives;
 * a new view checks nothing and scrolls to the top, and once it has loaded puts the active cell on its
 * first row (the first view on its first column, later ones on the column that was active). Call
 * `follow` from `willUpdate`, and `loaded` or `failed` when the first page's load ends.
 */
export class ViewLoad {
  readonly #host: ReactiveElement;
  readonly #options: ViewLoadOptions;
  #viewKey = '';
  #reloads = 0;
  #keepRows = false;
  #startAtTop = true;
  #everLoaded = false;

  constructor(host: ReactiveElement, options: ViewLoadOptions) {
    this.#host = host;
    this.#options = options;
  }

  /** Counts `refresh()` calls: an argument of the first page's load, which runs again when it changes. */
  get reloads(): number {
    return this.#reloads;
  }

  /** Takes the key of the view the host shows now; a new one starts a new view. */
  follow(viewKey: string): void {
    if (viewKey === this.#viewKey) return;
    this.#viewKey = viewKey;
    this.#keepRows = this.#options.rows().hasData;
    this.#options.clearChecked();
    this.#options.range().scrollToTop();
    this.#startAtTop = true;
  }

  /** The first page is in (and the rows reset to it). */
  loaded(): void {
    this.#keepRows = false;
    if (this.#startAtTop) {
      this.#startAtTop = false;
      const keyboard = this.#options.keyboard();
      if (!this.#everLoaded) keyboard.setActive(1, 1);
      else if (keyboard.row > 0) keyboard.setActive(1, keyboard.col);
    }
    this.#everLoaded = true;
  }

  /** The first page failed: rows of an earlier view must not come back while a retry loads. */
  failed(): void {
    this.#options.rows().clear();
    this.#keepRows = false;
  }

  /** Loads the view again, its rows staying up meanwhile; resolves when the first page is in. */
  async refresh(): Promise<void> {
    this.#keepRows = this.#options.rows().hasData;
    this.#reloads++;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    await this.#options.firstPage().taskComplete.catch(() => undefined);
    await this.#host.updateComplete;
  }

  /**
   * What the grid's area shows in each state of the first page's load. A state that shows builds its
   * elements anew: a grid kept aside while another state shows (Lit's `cache`) costs more to put back,
   * every one of its stale rows rewritten, than a new grid costs to build with the rows it shows.
   */
  render(renderers: ViewLoadRenderers): unknown {
    return this.#options.firstPage().render({
      initial: renderers.loading,
      pending: () => (this.#keepRows ? renderers.rows(true) : renderers.loading()),
      complete: () => renderers.rows(false),
      error: renderers.error,
    });
  }
}
