import { TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveElement } from 'lit';
import { focusGridCell, gridCellOf } from './grid-focus.js';
import type { GridCell, GridKeyboardController } from './grid-keyboard-controller.js';
import type { PagedListController } from './paged-list-controller.js';
import type { VirtualRangeController } from './virtual-range-controller.js';

export interface GridFocusOptions<T extends { id: string }> {
  keyboard: () => GridKeyboardController;
  range: () => VirtualRangeController;
  rows: () => PagedListController<T>;
  scroller: () => HTMLElement | undefined;
  /** Width of the sticky columns at the grid's start (the check column, and the name column where it is first). */
  stickyWidth: () => number;
  /** The first page's load, waited for when one is under way. */
  firstPage: () => { readonly status: TaskStatus; readonly taskComplete: Promise<unknown> };
}

/**
 * Focus in a queue's virtual grid, whose rows come and go as it scrolls: moves focus to the active
 * cell after the render that puts it in the DOM (scrolled into view), puts it back when a render
 * re-created the focused cell (a placeholder row that loaded), follows focus the pointer moved, and
 * finds an item's row again by its ID wherever a reload sorted it.
 */
export class GridFocusController<T extends { id: string }> implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #options: GridFocusOptions<T>;
  #pending = false;
  #hadFocus = false;

  constructor(host: ReactiveElement, options: GridFocusOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The active cell moved by keyboard: scroll its row into view and focus it once rendered. */
  moveTo(cell: GridCell): void {
    if (cell.row > 0) this.#options.range().scrollRowIntoView(cell.row - 1);
    this.#pending = true;
    this.#host.requestUpdate();
  }

  /** Focus went to a cell (a click, say): it becomes the active one. */
  readonly onFocusIn = (event: FocusEvent): void => {
    const cell = gridCellOf(event.target as HTMLElement);
    if (!cell) return;
    const keyboard = this.#options.keyboard();
    if (!keyboard.isActive(cell.row, cell.col)) {
      keyboard.setActive(cell.row, cell.col);
      this.#host.requestUpdate();
    }
  };

  /**
   * Puts focus on the row of item `id`, in the column that was current, scrolled into view (a load
   * under way is waited for). An item not among the loaded rows leaves focus on the grid's current
   * cell. Resolves with whether the item's row has focus.
   */
  async focusRow(id: string): Promise<boolean> {
    await this.#host.updateComplete;
    const firstPage = this.#options.firstPage();
    if (firstPage.status === TaskStatus.PENDING) {
      await firstPage.taskComplete.catch(() => undefined);
      await this.#host.updateComplete;
    }
    const keyboard = this.#options.keyboard();
    const index = this.#indexOf(id);
    if (index >= 0) keyboard.setActive(index + 1, keyboard.col);
    this.moveTo({ row: keyboard.row, col: keyboard.col });
    await this.#host.updateComplete;
    const focused = this.#host.shadowRoot?.activeElement;
    return index >= 0 && !!focused && focused.closest<HTMLElement>('[role="row"]')?.dataset.id === id;
  }

  /** Index of item `id` among the loaded rows, or -1; the active row is looked at first. */
  #indexOf(id: string): number {
    const rows = this.#options.rows();
    const active = this.#options.keyboard().row - 1;
    if (rows.item(active)?.id === id) return active;
    const pageSize = rows.pageSize;
    for (let index = 0; index < rows.totalCount; index++) {
      const item = rows.item(index);
      if (item?.id === id) return index;
      // A page not in memory is skipped whole.
      if (!item && index % pageSize === 0) index += pageSize - 1;
    }
    return -1;
  }

  hostUpdate(): void {
    this.#hadFocus = this.#focusInGrid();
  }

  hostUpdated(): void {
    // A placeholder row that became a loaded one was re-created: put focus back where it was.
    if (this.#hadFocus && !this.#focusInGrid()) this.#pending = true;
    if (!this.#pending) return;
    this.#pending = false;
    const keyboard = this.#options.keyboard();
    focusGridCell(this.#host.renderRoot, this.#options.scroller(), { row: keyboard.row, col: keyboard.col }, this.#options.stickyWidth());
  }

  #focusInGrid(): boolean {
    const focused = this.#host.shadowRoot?.activeElement as HTMLElement | null | undefined;
    return focused?.dataset.col !== undefined;
  }
}
