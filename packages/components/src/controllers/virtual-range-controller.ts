import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface VirtualRangeOptions {
  /** Height of one row in CSS pixels; every row has it. */
  rowHeight: number;
  /** Rows rendered beyond each edge of the viewport, so a fast scroll does not show gaps. */
  overscan?: number;
  /** Height of a sticky header inside the scroller, which covers the top of the rows. */
  headerHeight?: number;
  /** The scrolling element; looked up after each update because it may be re-rendered. */
  scroller: () => HTMLElement | null | undefined;
}

/** Rows assumed visible before the scroller could be measured. */
const UNMEASURED_ROWS = 20;

/**
 * Which rows of a fixed-row-height list a scroller shows. Recomputed on every scroll and resize;
 * the host re-renders only when the range changes.
 */
export class VirtualRangeController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: Required<VirtualRangeOptions>;
  readonly #resizeObserver = new ResizeObserver(() => this.#measure());
  #scroller?: HTMLElement;
  #firstVisible = 0;
  #viewportRows = UNMEASURED_ROWS;
  #pageRows = UNMEASURED_ROWS;

  constructor(host: ReactiveControllerHost, options: VirtualRangeOptions) {
    this.#host = host;
    this.#options = { overscan: 8, headerHeight: 0, ...options };
    host.addController(this);
  }

  /** First row to render (inclusive), overscan included. */
  get first(): number {
    return Math.max(0, this.#firstVisible - this.#options.overscan);
  }

  /** Last row to render (inclusive), overscan included; the host clamps it to its row count. */
  get last(): number {
    return this.#firstVisible + this.#viewportRows + this.#options.overscan - 1;
  }

  /** How many whole rows one viewport shows (the step of PageUp/PageDown). */
  get pageRows(): number {
    return this.#pageRows;
  }

  get rowHeight(): number {
    return this.#options.rowHeight;
  }

  hostUpdated(): void {
    const scroller = this.#options.scroller() ?? undefined;
    if (scroller === this.#scroller) return;
    this.#detach();
    this.#scroller = scroller;
    if (scroller) {
      scroller.addEventListener('scroll', this.#onScroll, { passive: true });
      this.#resizeObserver.observe(scroller);
      this.#measure();
    }
  }

  hostDisconnected(): void {
    this.#detach();
  }

  /** Scrolls the least needed so that row `index` is fully visible below the header. */
  scrollRowIntoView(index: number): void {
    const scroller = this.#scroller;
    if (!scroller) return;
    const { rowHeight, headerHeight } = this.#options;
    const top = index * rowHeight;
    const visibleHeight = scroller.clientHeight - headerHeight;
    if (top < scroller.scrollTop) scroller.scrollTop = top;
    else if (top + rowHeight > scroller.scrollTop + visibleHeight) scroller.scrollTop = top + rowHeight - visibleHeight;
    this.#measure();
  }

  scrollToTop(): void {
    if (this.#scroller) this.#scroller.scrollTop = 0;
    this.#firstVisible = 0;
    this.#measure();
  }

  /**
   * Scrolls by `rows` rows (negative: up) and takes the new position at once: the browser sends
   * its scroll event only with the next rendering, which a page in a background tab never gets.
   */
  scrollByRows(rows: number): void {
    const scroller = this.#scroller;
    if (!scroller) return;
    scroller.scrollTop += rows * this.#options.rowHeight;
    this.#measure();
  }

  readonly #onScroll = (): void => this.#measure();

  #measure(): void {
    const scroller = this.#scroller;
    if (!scroller) return;
    const { rowHeight, headerHeight } = this.#options;
    const firstVisible = Math.max(0, Math.floor(scroller.scrollTop / rowHeight));
    const rowsArea = scroller.clientHeight - headerHeight;
    this.#pageRows = Math.max(1, Math.floor(rowsArea / rowHeight));
    const viewportRows = Math.max(1, Math.ceil(rowsArea / rowHeight) + 1);
    if (firstVisible === this.#firstVisible && viewportRows === this.#viewportRows) return;
    this.#firstVisible = firstVisible;
    this.#viewportRows = viewportRows;
    this.#host.requestUpdate();
  }

  #detach(): void {
    this.#scroller?.removeEventListener('scroll', this.#onScroll);
    this.#resizeObserver.disconnect();
    this.#scroller = undefined;
  }
}
