import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A length in CSS pixels, or a function read at each measurement when it depends on the layout. */
export type VirtualLength = number | (() => number);

export interface VirtualRangeOptions {
  /** Height of one row in CSS pixels; every row has it (a function when a layout change alters it). */
  rowHeight: VirtualLength;
  /** Rows rendered beyond each edge of the viewport, so a fast scroll does not show gaps. */
  overscan?: number;
  /** Height of a sticky header inside the scroller, which covers the top of the rows. */
  headerHeight?: VirtualLength;
  /** The scrolling element; looked up after each update because it may be re-rendered. */
  scroller: () => HTMLElement | null | undefined;
}

/** Rows assumed visible before the scroller could be measured. */
const UNMEASURED_ROWS = 20;

const read = (length: VirtualLength): number => (typeof length === 'function' ? length() : length);

/**
 * Which rows of a fixed-row-height list a scroller shows. Recomputed on every scroll and resize;
 * the host re-renders only when the range changes. When the row height changes (a compact layout),
 * the row that was at the top stays at the top.
 */
export class VirtualRangeController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: Required<VirtualRangeOptions>;
  readonly #resizeObserver = new ResizeObserver(() => this.#measure());
  #scroller?: HTMLElement;
  #firstVisible = 0;
  #viewportRows = UNMEASURED_ROWS;
  #pageRows = UNMEASURED_ROWS;
  /** The row height the scroll position was last read with. */
  #measuredRowHeight?: number;

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
    return read(this.#options.rowHeight);
  }

  get #headerHeight(): number {
    return read(this.#options.headerHeight);
  }

  hostUpdated(): void {
    const scroller = this.#options.scroller() ?? undefined;
    if (scroller === this.#scroller) {
      if (scroller && this.#measuredRowHeight !== undefined && this.#measuredRowHeight !== this.rowHeight) this.#measure();
      return;
    }
    this.#detach();
    this.#scroller = scroller;
    if (scroller) {
      scroller.addEventListener('scroll', this.#onScroll, { passive: true });
      // The observer's first report measures it, before the next paint: measured here, a new
      // range would render the host again straight after the update that made the scroller.
      this.#resizeObserver.observe(scroller);
    }
  }

  hostDisconnected(): void {
    this.#detach();
  }

  /** Scrolls the least needed so that row `index` is fully visible below the header. */
  scrollRowIntoView(index: number): void {
    const scroller = this.#scroller;
    if (!scroller) return;
    const rowHeight = this.rowHeight;
    const top = index * rowHeight;
    const visibleHeight = scroller.clientHeight - this.#headerHeight;
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
    scroller.scrollTop += rows * this.rowHeight;
    this.#measure();
  }

  readonly #onScroll = (): void => this.#measure();

  #measure(): void {
    const scroller = this.#scroller;
    if (!scroller) return;
    const rowHeight = this.rowHeight;
    if (this.#measuredRowHeight !== undefined && this.#measuredRowHeight !== rowHeight) {
      // The rows were re-rendered at the new height: keep the row that was at the top there.
      scroller.scrollTop = this.#firstVisible * rowHeight;
    }
    this.#measuredRowHeight = rowHeight;
    const firstVisible = Math.max(0, Math.floor(scroller.scrollTop / rowHeight));
    const rowsArea = scroller.clientHeight - this.#headerHeight;
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
