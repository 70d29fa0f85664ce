import { css } from 'lit';
import { token } from './token-values.js';

export { token, type TokenName } from './token-values.js';

/** Styles every element shares: font, colours, a visible focus ring, the visually-hidden helper. */
export const baseStyles = css`
  :host {
    font-family: ${token.fontFamily};
    font-size: ${token.fontSize};
    color: ${token.colorText};
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid ${token.colorFocus};
    outline-offset: 1px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
