import { css } from 'lit';
import { token } from './tokens.js';

/** The host of an element that is a region of a page: a block on the background, 20px lines, as narrow as its container. */
export const regionHostStyles = css`
  :host {
    display: block;
    background: ${token.colorBackground};
    line-height: 20px;
    min-width: 0;
  }
`;
