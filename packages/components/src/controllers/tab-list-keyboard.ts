import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { inlineKey } from '../internal/reading-direction.js';

export interface TabListKeyboardOptions {
  /** How many tabs the list has. */
  count: () => number;
  /** The index of the selected tab: the list's one tab stop. */
  selected: () => number;
  /** A key chose another tab: select it (automatic activation) and focus it. */
  onSelect: (index: number) => void;
}

/**
 * The WAI-ARIA APG tabs keyboard pattern for a vertical tab list with automatic activation:
 * Up/Down (and Left/Right, in reading order) move to the previous/next tab, wrapping; Home/End to the first/last.
 */
export class TabListKeyboardController implements ReactiveController {
  readonly #options: TabListKeyboardOptions;

  constructor(host: ReactiveControllerHost, options: TabListKeyboardOptions) {
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Bind to the tab list's `keydown`. */
  readonly handleKeydown = (event: KeyboardEvent): void => {
    const count = this.#options.count();
    if (count === 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const current = this.#options.selected();
    let next: number;
    // A row of tabs reads the other way in a right-to-left page: there, Left is the next tab.
    switch (event.currentTarget instanceof Element ? inlineKey(event, event.currentTarget) : event.key) {
      case 'ArrowDown':
      case 'ArrowRight':
        next = (current + 1) % count;
        break;
      case 'ArrowUp':
      case 'ArrowLeft':
        next = (current - 1 + count) % count;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = count - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    this.#options.onSelect(next);
  };
}
