import type { ReactiveElement } from 'lit';

/**
 * Parts of an element made the first time they are needed (a filter panel, a dialog), so its first
 * render builds none of them: the element renders part `name` once `has(name)`, and `make` asks for
 * it, waits for the render that adds it, and resolves with it.
 */
export class OnDemand<N extends string> {
  readonly #host: ReactiveElement;
  readonly #made = new Set<N>();

  constructor(host: ReactiveElement) {
    this.#host = host;
  }

  has(name: N): boolean {
    return this.#made.has(name);
  }

  async make<T>(name: N, element: () => T | undefined): Promise<T | undefined> {
    if (!this.#made.has(name)) {
      this.#made.add(name);
      this.#host.requestUpdate();
      await this.#host.updateComplete;
    }
    return element();
  }
}
