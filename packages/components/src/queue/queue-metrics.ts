import { unsafeCSS } from 'lit';

// The grid's geometry, shared by its styles and the virtual scrolling that places rows by it.
export const ROW_HEIGHT = 40;
export const HEADER_HEIGHT = 40;
export const CHECK_COLUMN_WIDTH = 44;

/**
 * At this inline size of the queue or less, rows take the compact two-line layout. The styles query
 * the container with it and the element measures itself against it, so both switch together.
 */
export const COMPACT_MAX_WIDTH = 480;
export const COMPACT_ROW_HEIGHT = 56;
export const COMPACT_HEADER_HEIGHT = 56;

export const rowHeight = unsafeCSS(`${ROW_HEIGHT}px`);
export const headerHeight = unsafeCSS(`${HEADER_HEIGHT}px`);
export const checkWidth = unsafeCSS(`${CHECK_COLUMN_WIDTH}px`);
/** The compact row's columns: the check box, then name over severity, status and last update. */
export const compactColumns = unsafeCSS(`${CHECK_COLUMN_WIDTH}px minmax(0, 1fr) minmax(0, 1fr) minmax(0, 1.8fr)`);
export const compactRowHeight = unsafeCSS(`${COMPACT_ROW_HEIGHT}px`);
export const compactHeaderHeight = unsafeCSS(`${COMPACT_HEADER_HEIGHT}px`);
