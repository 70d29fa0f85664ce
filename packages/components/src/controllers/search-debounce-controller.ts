import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A search box that searches once typing pauses (`delay` ms), or at once on Enter. Bind `onInput`
 * and `onKeydown` to the box; `cancel()` drops a search still waiting (filters cleared, a view
 * applied), as leaving the page does.
 */
export class SearchDebounceController implements ReactiveController {
  readonly #apply: (value: string) => void;
  readonly #delay: number;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveControllerHost, apply: (value: string) => void, delay = 300) {
    this.#apply = apply;
    this.#delay = delay;
    host.addController(this);
  }

  readonly onInput = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#apply(value), this.#delay);
  };

  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter') return;
    clearTimeout(this.#timer);
    this.#apply((event.target as HTMLInputElement).value);
  };

  cancel(): void {
    clearTimeout(this.#timer);
  }

  hostDisconnected(): void {
    this.cancel();
  }
}
