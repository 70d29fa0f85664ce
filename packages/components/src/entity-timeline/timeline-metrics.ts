import { unsafeCSS } from 'lit';

/** Every row of the list has this height: the virtual list places rows by it. */
export const ROW_HEIGHT = 36;
export const rowHeight = unsafeCSS(`${ROW_HEIGHT}px`);
