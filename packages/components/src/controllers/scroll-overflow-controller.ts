import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ScrollOverflowOptions {
  /**
   * The row that scrolls horizontally; looked up after each update because it may be re-rendered.
   * Its parent holds it and the arrows, and is sized by its container, not by them.
   */
  scroller: () => HTMLElement | null | undefined;
}

/** Content this close to an edge counts as at it: sub-pixel widths never leave a useless arrow. */
const EDGE = 1;

/**
 * A row wider than its container (a tab list on a phone) that scrolls within itself: whether it has
 * more toward its inline start (`back`) or end (`forward`), for previous/next buttons that show only
 * when it overflows; and the scrolling those buttons and a newly selected item need. Everything
 * runs in the row's reading direction, so right-to-left works. The host updates when the answers change.
 */
export class ScrollOverflowController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: ScrollOverflowOptions;
  // The row's parent and each item are observed: a resized container and an item that grew (a new
  // language) both change what overflows. Not the row itself, whose width the arrows change: that
  // would resize an observed box from within the observer's own callback.
  readonly #observer = new ResizeObserver(() => this.#measure());
  #scroller?: HTMLElement;
  #back = false;
  #forward = false;

  constructor(host: ReactiveControllerHost, options: ScrollOverflowOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** There is more of the row before its inline start. */
  get back(): boolean {
    return this.#back;
  }

  /** There is more of the row past its inline end. */
  get forward(): boolean {
    return this.#forward;
  }

  get overflows(): boolean {
    return this.#back || this.#forward;
  }

  hostUpdated(): void {
    const scroller = this.#options.scroller() ?? undefined;
    if (scroller !== this.#scroller) {
      this.#detach();
      this.#scroller = scroller;
      if (!scroller) return;
      scroller.addEventListener('scroll', this.#onScroll, { passive: true });
      this.#observer.observe(scroller.parentElement ?? scroller);
    }
    if (scroller) for (const item of scroller.children) this.#observer.observe(item);
  }

  hostConnected(): void {
    // Listeners were detached with the host: the next update attaches them again.
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#detach();
    this.#scroller = undefined;
  }

  /** Scrolls most of a view's width toward the row's inline start (-1) or end (1). */
  page(direction: -1 | 1): void {
    const scroller = this.#scroller;
    if (!scroller) return;
    const step = Math.max(scroller.clientWidth * 0.8, 1);
    scroller.scrollBy({ left: direction * step * (this.#rtl(scroller) ? -1 : 1) });
  }

  /** Scrolls the row the least needed for `item` to show whole (the selected tab, say). */
  reveal(item: Element | null | undefined): void {
    const scroller = this.#scroller;
    if (!scroller || !item || !scroller.contains(item)) return;
    // Measured on screen, so it holds right-to-left too, where scrollLeft runs negative.
    const view = scroller.getBoundingClientRect();
    const box = item.getBoundingClientRect();
    if (box.left < view.left) scroller.scrollLeft -= view.left - box.left;
    else if (box.right > view.right) scroller.scrollLeft += Math.min(box.right - view.right, box.left - view.left);
  }

  readonly #onScroll = (): void => this.#measure();

  #rtl(scroller: HTMLElement): boolean {
    return getComputedStyle(scroller).direction === 'rtl';
  }

  #measure(): void {
    const scroller = this.#scroller;
    if (!scroller) return;
    const hidden = scroller.scrollWidth - scroller.clientWidth;
    // scrollLeft counts from the inline start: up from 0 left to right, down from 0 right to left.
    const fromStart = Math.abs(scroller.scrollLeft);
    const back = hidden > EDGE && fromStart > EDGE;
    const forward = hidden > EDGE && fromStart < hidden - EDGE;
    if (back === this.#back && forward === this.#forward) return;
    this.#back = back;
    this.#forward = forward;
    this.#host.requestUpdate();
  }

  #detach(): void {
    this.#scroller?.removeEventListener('scroll', this.#onScroll);
    this.#observer.disconnect();
    this.#scroller = undefined;
  }
}
