import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A grid cell's tooltip (its whole text, where the cell may cut it short), set on the cell under the
 * pointer while it is there, and only then: a title written into every row would be an attribute the
 * browser restyles each cell for whenever a scroll gives a row another item. Bind `onPointerOver` and
 * `onPointerOut` to the scroller; cells are the `.open` buttons and the elements with `data-column`
 * in the grid's `.body`. After each render the title follows what the cell's row shows now.
 */
export class GridTitleController implements ReactiveController {
  readonly #titleOf: (cell: HTMLElement) => string | undefined;
  #titled?: HTMLElement;

  constructor(host: ReactiveControllerHost, titleOf: (cell: HTMLElement) => string | undefined) {
    this.#titleOf = titleOf;
    host.addController(this);
  }

  readonly onPointerOver = (event: PointerEvent): void => {
    const isCell = (target: EventTarget): target is HTMLElement =>
      target instanceof HTMLElement && (target.classList.contains('open') || target.dataset.column !== undefined);
    const cell = event.composedPath().find(isCell);
    if (cell === this.#titled) return;
    this.#clear();
    // A placeholder row's cells have nothing to name yet; the cell under the pointer is taken once the pointer moves again.
    if (!cell || !cell.closest('.body') || cell.closest('.placeholder')) return;
    this.#titled = cell;
    this.#apply(cell);
  };

  readonly onPointerOut = (event: PointerEvent): void => {
    const to = event.relatedTarget;
    if (this.#titled && !(to instanceof Node && this.#titled.contains(to))) this.#clear();
  };

  hostUpdated(): void {
    // A scroll may have given the row under the pointer another item.
    if (!this.#titled) return;
    if (this.#titled.isConnected) this.#apply(this.#titled);
    else this.#titled = undefined;
  }

  #apply(cell: HTMLElement): void {
    const title = this.#titleOf(cell);
    if (title) cell.title = title;
    else cell.removeAttribute('title');
  }

  #clear(): void {
    this.#titled?.removeAttribute('title');
    this.#titled = undefined;
  }
}
