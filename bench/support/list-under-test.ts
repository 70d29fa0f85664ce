/** A virtual list of incidents inserted in the page, as the measurements see it. */
export interface MountedList {
  /** The node to watch for the first rows (a shadow root, or the container). */
  readonly root: Node;
  /** The scrolling element, once rendered. */
  scroller(): HTMLElement | null;
  /** The element whose children are the rendered body rows, once rendered. */
  rowGroup(): HTMLElement | null;
  /** The incident shown (with its data, not a placeholder) in row `index`, if that row is rendered. */
  idAt(index: number): string | undefined;
  remove(): void;
}

/** One of the implementations being compared. */
export interface ListUnderTest {
  readonly name: string;
  /** Inserts a new list into `container` synchronously; its rows may arrive later. */
  mount(container: HTMLElement): MountedList;
}

/** Grid geometry both implementations share, so they show the same rows for the same scroll position. */
export interface GridGeometry {
  rowHeight: number;
  headerHeight: number;
}

/** The rows (first and last index, inclusive) a scroller shows fully or in part below its sticky header. */
export function visibleRows(scroller: HTMLElement, geometry: GridGeometry, rowCount: number): [number, number] {
  const { rowHeight, headerHeight } = geometry;
  const first = Math.floor(scroller.scrollTop / rowHeight);
  const last = Math.ceil((scroller.scrollTop + scroller.clientHeight - headerHeight) / rowHeight) - 1;
  return [Math.min(first, rowCount - 1), Math.min(last, rowCount - 1)];
}
