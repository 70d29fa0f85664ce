import { css, unsafeCSS } from 'lit';

// Declarations for rules of the element's own inside `@media (forced-colors: active)`, where the
// browser drops tints and box shadows: the two ways the kit shows a state there instead.

/**
 * The bar at the start of a selected or current item (a row, a card), in `Highlight`, where the
 * design draws an accent bar as an inset box shadow. For the `::before` of a positioned item; an
 * item with sticky cells adds a `z-index` above them. A bar rather than a fill, so the text,
 * links and markers inside keep the person's colours.
 */
export const forcedSelectionBar = unsafeCSS(`
  content: '';
  position: absolute;
  inset-block: 0;
  inset-inline-start: 0;
  width: 4px;
  forced-color-adjust: none;
  background: Highlight;
`);

/**
 * A pressed toggle or a chosen filter pill: filled with `Highlight`, its text and icons in
 * `HighlightText`. Out of forcing (`forced-color-adjust: none`), or the browser would paint a `Canvas`
 * backplate behind the text; so the item's children must not set colours of their own, and the look
 * must be repeated for the item's `:hover` rules, which would otherwise show their own fill.
 */
export const forcedPressedLook = unsafeCSS(`
  forced-color-adjust: none;
  color: HighlightText;
  background: Highlight;
  border-color: Highlight;
`);

/**
 * Forced colors for the working states of remediation/status-markers.ts, beyond those of every
 * marker (marker.styles): the ring open at one side while work runs, the in-flight bar in
 * `Highlight`. For the elements that show those markers, after `statusMarkerStyles`.
 */
export const forcedStatusMarkerStyles = css`
  @media (forced-colors: active) {
    .marker.progress::before {
      border-color: CanvasText;
      border-inline-end-color: transparent;
    }
    .action-progress {
      outline: 1px solid CanvasText;
    }
    .action-progress::after {
      forced-color-adjust: none;
      background: Highlight;
    }
  }
`;
