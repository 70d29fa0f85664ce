import type { GridCell } from './grid-keyboard-controller.js';

/**
 * Focus helpers of the queues' virtual grids, whose cells name only their column (`data-col`) and
 * rows their position (`aria-rowindex`): a row that moves up or down rewrites one attribute, not one
 * per cell.
 */

/** The grid cell a focusable element of the grid stands for, if it is one. */
export function gridCellOf(element: HTMLElement): GridCell | undefined {
  const col = element.dataset?.col;
  const rowIndex = element.closest?.('[role="row"]')?.getAttribute('aria-rowindex');
  if (col === undefined || !rowIndex) return undefined;
  return { row: Number(rowIndex) - 1, col: Number(col) };
}

/**
 * Focuses the control of `cell` (row 0 is the header) and scrolls the scroller sideways until the
 * cell is clear of the sticky columns at its start, `stickyWidth` pixels wide. Measured on screen,
 * so it holds right to left too, where the sticky columns are on the right and scrollLeft runs
 * negative. Returns whether the cell was rendered.
 */
export function focusGridCell(root: ParentNode, scroller: HTMLElement | undefined, cell: GridCell, stickyWidth: number): boolean {
  const target = root.querySelector<HTMLElement>(`[role="row"][aria-rowindex="${cell.row + 1}"] [data-col="${cell.col}"]`);
  if (!target || !scroller) return false;
  target.focus({ preventScroll: true });
  const box = target.closest<HTMLElement>('[role="gridcell"], [role="columnheader"]') ?? target;
  if (box.classList.contains('sticky')) return true;
  const frame = scroller.getBoundingClientRect();
  const viewStart = frame.left + scroller.clientLeft;
  const viewEnd = viewStart + scroller.clientWidth;
  const rtl = getComputedStyle(scroller).direction === 'rtl';
  const left = rtl ? viewStart : viewStart + stickyWidth;
  const right = rtl ? viewEnd - stickyWidth : viewEnd;
  const { left: cellLeft, right: cellRight } = box.getBoundingClientRect();
  if (cellLeft < left) scroller.scrollLeft -= left - cellLeft;
  else if (cellRight > right) scroller.scrollLeft += cellRight - right;
  return true;
}

/** The index (`data-index`) of the row a click landed in, unless it landed on a control of the row (a check box, a button). */
export function clickedRowIndex(event: Event): number | undefined {
  const path = event.composedPath();
  if (path.some((target) => target instanceof HTMLInputElement || target instanceof HTMLButtonElement)) return undefined;
  const row = path.find((target): target is HTMLElement => target instanceof HTMLElement && target.dataset.index !== undefined);
  return row ? Number(row.dataset.index) : undefined;
}

/**
 * The keys `RowSlots` assigns rows by: each row follows its item's ID, so a row keeps its element
 * when rows above it come or go, or its position (`@12`) while the item is loading. An ID listed
 * twice (the server's order moved between two pages) is keyed by position the second time.
 */
export function rowKeys(indices: readonly number[], idAt: (index: number) => string | undefined): string[] {
  const seen = new Set<string>();
  return indices.map((index) => {
    const id = idAt(index);
    if (id === undefined || seen.has(id)) return `@${index}`;
    seen.add(id);
    return id;
  });
}
