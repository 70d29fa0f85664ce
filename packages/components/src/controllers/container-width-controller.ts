import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ContainerWidthOptions {
  /** The widest inline size, in CSS pixels, at which `narrow` holds. */
  maxWidth: number;
}

/**
 * Whether the host's content box is at most `maxWidth` CSS pixels wide: what the host's styles see
 * in an `@container (max-width: …)` query when the host is the container (`container-type:
 * inline-size`). For the little that styles cannot do alone — a virtual list's row height, which
 * cells a grid renders. The host updates when the answer changes, before the next paint.
 */
export class ContainerWidthController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  readonly #maxWidth: number;
  readonly #observer = new ResizeObserver((entries) => {
    const entry = entries[entries.length - 1];
    if (!entry) return;
    const inlineSize = entry.contentBoxSize[0]?.inlineSize ?? entry.contentRect.width;
    // A host out of the layout (display: none) measures 0 wide: keep the last answer.
    if (inlineSize === 0) return;
    const narrow = inlineSize <= this.#maxWidth;
    if (narrow === this.#narrow) return;
    this.#narrow = narrow;
    this.#host.requestUpdate();
  });
  #narrow = false;

  constructor(host: ReactiveControllerHost & Element, options: ContainerWidthOptions) {
    this.#host = host;
    this.#maxWidth = options.maxWidth;
    host.addController(this);
  }

  get narrow(): boolean {
    return this.#narrow;
  }

  hostConnected(): void {
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
  }
}
