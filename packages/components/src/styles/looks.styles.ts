import { unsafeCSS } from 'lit';
import { token } from './tokens.js';

// Declarations of recurring layouts, for a rule of the element's own (as in button-looks).

/** A bar of tools or filters across the top of a region: one wrapping row over a rule. */
export const toolbarLook = unsafeCSS(`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 4px;
  padding: 4px 8px;
  border-block-end: 1px solid ${token.colorBorder};
`);

/** A line of small facts about an item (when, who, how severe): wrapping, muted. */
export const factsLook = unsafeCSS(`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 2px 12px;
  font-size: ${token.fontSizeSmall};
  color: ${token.colorTextMuted};
`);

/** The title of a details panel, across the whole of its header grid. */
export const panelTitleLook = unsafeCSS(`
  grid-column: 1 / -1;
  font-size: 16px;
  line-height: 22px;
  overflow-wrap: anywhere;
`);

/**
 * The accent mark of the chosen tab, for its `::before` or `::after` (the element places it: a bar
 * under a tab of a row, at the start of a tab of a column).
 */
export const selectionMarkLook = unsafeCSS(`
  content: '';
  position: absolute;
  border-radius: 2px;
  background: ${token.colorAccent};
`);

/** A tab or a menu item: a full-width row of text, tinted under the pointer by the element. */
export const itemButtonLook = unsafeCSS(`
  display: flex;
  align-items: center;
  justify-content: space-between;
  min-height: 32px;
  font: inherit;
  color: ${token.colorText};
  text-align: start;
  background: none;
  border: none;
  border-radius: ${token.radius};
  cursor: pointer;
`);

/**
 * A word after a small marker (severity, verdict, state), so colour is never the only cue; the
 * marker is the `::before`, in `markerDotLook` or a shape of its own.
 */
export const markedWordLook = unsafeCSS(`
  display: inline-flex;
  align-items: center;
  gap: 6px;
  white-space: nowrap;
`);

/** A state's round marker: an empty ring, filled in the colour the element sets as `--marker-fill`. */
export const markerDotLook = unsafeCSS(`
  content: '';
  flex: none;
  width: 10px;
  height: 10px;
  border-radius: 50%;
  border: 1px solid var(--marker-fill, ${token.colorBorderStrong});
  background: var(--marker-fill, transparent);
`);

/** A removable filter value: a pill with its text and a small remove button. */
export const pillLook = unsafeCSS(`
  display: inline-flex;
  align-items: center;
  padding-block: 0;
  border: 1px solid ${token.colorBorder};
  background: ${token.colorSurfaceRaised};
`);
