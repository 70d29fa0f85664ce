import { unsafeCSS } from 'lit';

// The grid's geometry, shared by its styles and the virtual scrolling that places rows by it.
export const ROW_HEIGHT = 40;
export const HEADER_HEIGHT = 40;
export const CHECK_COLUMN_WIDTH = 44;

export const rowHeight = unsafeCSS(`${ROW_HEIGHT}px`);
export const headerHeight = unsafeCSS(`${HEADER_HEIGHT}px`);
export const checkWidth = unsafeCSS(`${CHECK_COLUMN_WIDTH}px`);
