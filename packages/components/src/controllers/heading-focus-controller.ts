import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { deepActiveElement } from '../internal/deep-active-element.js';

/**
 * Moves focus to a page's heading when the page opens, so that a keyboard or screen-reader user
 * starts on what the page is. The page may still be loading when asked: focus goes to the heading
 * once it shows — unless the person has moved focus somewhere in the meantime. The heading needs
 * `tabindex="-1"` (focusable, but no tab stop).
 */
export class HeadingFocusController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #heading: () => HTMLElement | null | undefined;
  #pending = false;
  /** What had focus when asked: still there (or nowhere) when the heading shows means nobody moved it. */
  #before?: HTMLElement;

  constructor(host: ReactiveControllerHost, heading: () => HTMLElement | null | undefined) {
    this.#host = host;
    this.#heading = heading;
    host.addController(this);
  }

  /** Focuses the heading now, or as soon as it shows. */
  focus(): void {
    this.#pending = true;
    this.#before = deepActiveElement();
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.#pending) return;
    const heading = this.#heading();
    if (!heading) return;
    this.#pending = false;
    const active = deepActiveElement();
    const before = this.#before;
    this.#before = undefined;
    if (!active || active === document.body || active === before || !active.isConnected) heading.focus();
  }

  hostDisconnected(): void {
    this.#pending = false;
    this.#before = undefined;
  }
}
