import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RovingFocusOptions {
  /** The items in order, as rendered now. */
  items: () => HTMLElement[];
}

/**
 * Roving tabindex over a one-dimensional list (WAI-ARIA APG listbox): one item is the list's
 * only tab stop; Up/Down move it by one, Home/End to the ends, and focus follows.
 */
export class RovingFocusController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: RovingFocusOptions;
  #index = 0;

  constructor(host: ReactiveControllerHost, options: RovingFocusOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Index of the item that takes focus on Tab. */
  get index(): number {
    return this.#index;
  }

  /** Makes an item the tab stop without moving focus (a click already focused it). */
  setIndex(index: number): void {
    if (index === this.#index) return;
    this.#index = index;
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    const count = this.#options.items().length;
    if (count > 0 && this.#index >= count) this.setIndex(count - 1);
  }

  /** Handles a navigation key: returns whether it did (and then prevented its default). */
  handleKeydown(event: KeyboardEvent): boolean {
    if (event.altKey || event.ctrlKey || event.metaKey) return false;
    const items = this.#options.items();
    if (items.length === 0) return false;
    const last = items.length - 1;
    const next =
      event.key === 'ArrowDown'
        ? Math.min(this.#index + 1, last)
        : event.key === 'ArrowUp'
          ? Math.max(this.#index - 1, 0)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : undefined;
    if (next === undefined) return false;
    event.preventDefault();
    this.setIndex(next);
    items[next].focus();
    return true;
  }
}
