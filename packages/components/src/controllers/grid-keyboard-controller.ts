import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { inlineKey } from '../internal/reading-direction.js';

export interface GridCell {
  row: number;
  col: number;
}

export interface GridKeyboardOptions {
  /** Rows of the grid, header rows included. */
  rowCount: () => number;
  colCount: () => number;
  /** Rows one viewport shows: the step of PageUp/PageDown. */
  pageRows: () => number;
  /** The first row below the headers: PageUp stops there rather than on the headers. */
  firstBodyRow?: number;
  /** The active cell moved by keyboard: render it focusable, scroll to it and focus it. */
  onMove: (cell: GridCell) => void;
}

/**
 * The WAI-ARIA APG grid keyboard pattern over an abstract grid of rows and columns (rows may be
 * virtual: only the active cell needs to exist in the DOM). It keeps the active cell — the grid's one
 * tab stop — and moves it with the arrows, Home/End (row), Ctrl+Home/Ctrl+End (grid) and
 * PageUp/PageDown (a viewport).
 */
export class GridKeyboardController implements ReactiveController {
  readonly #options: GridKeyboardOptions;
  #row = 0;
  #col = 0;

  constructor(host: ReactiveControllerHost, options: GridKeyboardOptions) {
    this.#options = options;
    host.addController(this);
  }

  get row(): number {
    return this.#row;
  }

  get col(): number {
    return this.#col;
  }

  isActive(row: number, col: number): boolean {
    return row === this.#row && col === this.#col;
  }

  /** Makes a cell the active one without moving focus (a click already focused it). */
  setActive(row: number, col: number): void {
    [this.#row, this.#col] = this.#clamped(row, col);
  }

  hostUpdate(): void {
    [this.#row, this.#col] = this.#clamped(this.#row, this.#col);
  }

  /** Handles a grid navigation key: returns whether it did (and then prevented its default). */
  handleKeydown(event: KeyboardEvent): boolean {
    if (event.altKey || event.metaKey) return false;
    const target = this.#target(event);
    if (!target) return false;
    event.preventDefault();
    const [row, col] = this.#clamped(target.row, target.col);
    this.#row = row;
    this.#col = col;
    this.#options.onMove({ row, col });
    return true;
  }

  #target(event: KeyboardEvent): GridCell | undefined {
    const row = this.#row;
    const col = this.#col;
    const lastRow = this.#options.rowCount() - 1;
    const lastCol = this.#options.colCount() - 1;
    const page = Math.max(1, this.#options.pageRows());
    const firstBodyRow = this.#options.firstBodyRow ?? 0;
    const ctrl = event.ctrlKey;
    // Columns run the way the text reads: in a right-to-left grid, Left moves to the next column.
    switch (event.currentTarget instanceof Element ? inlineKey(event, event.currentTarget) : event.key) {
      case 'ArrowRight':
        return { row, col: col + 1 };
      case 'ArrowLeft':
        return { row, col: col - 1 };
      case 'ArrowDown':
        return { row: row + 1, col };
      case 'ArrowUp':
        return { row: row - 1, col };
      case 'Home':
        return ctrl ? { row: 0, col: 0 } : { row, col: 0 };
      case 'End':
        return ctrl ? { row: lastRow, col: lastCol } : { row, col: lastCol };
      case 'PageDown':
        return { row: Math.max(row, firstBodyRow) + (row < firstBodyRow ? 0 : page), col };
      case 'PageUp':
        return { row: row > firstBodyRow ? Math.max(firstBodyRow, row - page) : 0, col };
      default:
        return undefined;
    }
  }

  #clamped(row: number, col: number): [number, number] {
    const lastRow = Math.max(0, this.#options.rowCount() - 1);
    const lastCol = Math.max(0, this.#options.colCount() - 1);
    return [Math.min(Math.max(0, row), lastRow), Math.min(Math.max(0, col), lastCol)];
  }
}
