import { css } from 'lit';
import { token } from './token-values.js';

export { token, type TokenName } from './token-values.js';

/**
 * Styles every element shares: font, colours and their colour scheme, a visible focus ring, plain
 * headings, the visually-hidden helper.
 *
 * Forced colors (Windows high contrast): the browser replaces text, background and border colours
 * with the person's system colours and drops box shadows and background images; it keeps colours
 * given as system colour keywords, and Chromium leaves SVG paint alone. So each element, in its own
 * `@media (forced-colors: active)` rules, shows: focus as a `CanvasText` outline (below); what is
 * selected or current as a `Highlight` bar or edge, and a pressed toggle filled with `Highlight`
 * (forced-colors.styles.ts); markers, bars and SVG shapes in `CanvasText` on `Canvas`, with
 * `forced-color-adjust: none` on those small shapes alone and every state of them covered; and
 * what cannot be used in `GrayText`.
 */
export const baseStyles = css`
  :host {
    font-family: ${token.fontFamily};
    font-size: ${token.fontSize};
    color: ${token.colorText};
    color-scheme: ${token.colorScheme};
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none !important;
  }
  /*
   * Border-box by name rather than inherited: a property inherited by name ties each element's style
   * to its parent's, so a row moved by a transform would have every one of its cells restyled.
   */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 2px solid ${token.colorFocus};
    outline-offset: 1px;
  }
  /* A heading in an element titles a part of it: text-sized and semibold, spaced by the element. */
  :where(h1, h2, h3, h4) {
    margin: 0;
    font-size: inherit;
    font-weight: 600;
  }
  /* A formatted date keeps the direction of its own words ("5. Dez. 2026, 19:50") in a right-to-left page. */
  time {
    unicode-bidi: plaintext;
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
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: CanvasText;
    }
    /*
     * An icon takes the text colour the person chose. An SVG keeps a colour the element gave it
     * (accent, danger) even here; important, so that no icon rule of an element outweighs this.
     */
    svg {
      color: inherit !important;
    }
  }
`;
