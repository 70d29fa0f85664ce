import { LitElement } from 'lit';

/**
 * The base of every SOC Kit element: a guarded `define()` so a page that loads the kit twice
 * (or registers a tag itself) does not throw, and `emit()` for bubbling, composed events.
 */
export class SocElement extends LitElement {
  /** Registers `tagName` for this class unless some class already holds the tag. */
  static define(tagName: string, ctor: CustomElementConstructor = this): void {
    if (!customElements.get(tagName)) customElements.define(tagName, ctor);
  }

  /** Dispatches `event` (bubbling and composed unless it says otherwise); returns whether it was not cancelled. */
  protected emit(event: Event): boolean {
    return this.dispatchEvent(event);
  }
}
