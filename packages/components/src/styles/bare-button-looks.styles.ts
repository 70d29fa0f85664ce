import { unsafeCSS } from 'lit';
import { token } from './tokens.js';

// Declarations of buttons without a box, for a rule of the element's own (as in button-looks).

/** A command in a toolbar: an icon and a label, no box until the pointer is over it. */
export const commandButtonLook = unsafeCSS(`
  display: inline-flex;
  align-items: center;
  gap: 6px;
  min-height: 32px;
  padding: 4px 8px;
  font: inherit;
  color: ${token.colorText};
  white-space: nowrap;
  background: transparent;
  border: 1px solid transparent;
  border-radius: ${token.radius};
  cursor: pointer;
`);

/** A button that reads as a link: accent text, no box; `textButtonHoverLook` under the pointer. */
export const textButtonLook = unsafeCSS(`
  padding: 0;
  font: inherit;
  color: ${token.colorAccent};
  text-align: start;
  background: none;
  border: none;
  cursor: pointer;
  overflow-wrap: anywhere;
`);

export const textButtonHoverLook = unsafeCSS(`
  color: ${token.colorAccentHover};
  text-decoration: underline;
`);
