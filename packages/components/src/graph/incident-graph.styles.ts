import { css, unsafeCSS } from 'lit';
import { severityMarkerStyles } from '../internal/severity-marker.js';
import { verdictMarkerStyles } from '../internal/verdict-marker.js';
import { commandButtonLook, textButtonHoverLook, textButtonLook } from '../styles/bare-button-looks.styles.js';
import { buttonClassStyles } from '../styles/button-class.styles.js';
import { buttonLook, primaryButtonLook } from '../styles/button-looks.styles.js';
import { countStyles } from '../styles/chip.styles.js';
import { forcedPressedLook, forcedSelectionBar } from '../styles/forced-colors.styles.js';
import { panelTitleLook, toolbarLook } from '../styles/looks.styles.js';
import { stateStyles } from '../styles/notice.styles.js';
import { spinnerStyles } from '../styles/spinner.styles.js';
import { token } from '../styles/tokens.js';
import { ICON_STROKE } from './graph-icons.js';

/** The flyout is this wide, but never wider than this share of the graph's area (nor narrower than its minimum). */
export const FLYOUT_MAX_WIDTH = 360;
export const FLYOUT_MAX_SHARE = 0.6;
/** Narrower, its fields wrap word by word: below this share it keeps this width, over the graph. */
export const FLYOUT_MIN_WIDTH = 320;

const graphStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-height: 420px;
    min-width: 0;
    background: ${token.colorBackground};
    line-height: 20px;
    border: 1px solid ${token.colorBorder};
    border-radius: ${token.radius};
    overflow: hidden;
  }

  /* Toolbar */
  .toolbar {
    ${toolbarLook}
    gap: 2px 4px;
    background: ${token.colorBackground};
  }
  .tool {
    ${commandButtonLook}
  }
  .tool.icon-only {
    width: 32px;
    justify-content: center;
    padding: 0;
  }
  .tool:hover:not(:disabled) {
    background: ${token.colorSurfaceRaised};
  }
  .tool:disabled {
    color: ${token.colorTextMuted};
    cursor: default;
    opacity: 0.75;
  }
  .tool svg {
    flex: none;
    color: ${token.colorAccent};
  }
  .tool:disabled svg {
    color: inherit;
  }
  .tool[aria-pressed='true'],
  .tool.chip[aria-expanded='true'] {
    background: ${token.colorSelected};
    border-color: ${token.colorAccent};
  }
  .tool.chip {
    min-height: 28px;
    padding: 2px 8px;
    border-color: ${token.colorBorder};
    border-radius: 14px;
    font-size: ${token.fontSizeSmall};
  }
  .group-bar {
    ${toolbarLook}
  }
  .layout-note {
    ${toolbarLook}
    margin: 0;
    font-size: ${token.fontSizeSmall};
    color: ${token.colorTextMuted};
  }
  .groups-label {
    font-size: ${token.fontSizeSmall};
    color: ${token.colorTextMuted};
    margin-inline-end: 4px;
  }
  .tool.chip.all {
    color: ${token.colorAccent};
    border-color: transparent;
  }
  .spacer {
    flex: 1 1 auto;
  }
  .switch {
    display: flex;
    gap: 2px;
  }

  /* Body: the canvas or the list, and the flyout beside them */
  .body {
    position: relative;
    flex: 1 1 auto;
    display: flex;
    min-height: 360px;
  }
  .list {
    position: relative;
    flex: 1 1 auto;
    min-width: 0;
    overflow: hidden;
  }
  /*
   * The canvas is taken out of the flow and contained: opening the flyout over it must not make
   * the browser lay out its thousands of SVG elements again.
   */
  .canvas {
    position: absolute;
    inset: 0;
    overflow: hidden;
    contain: strict;
    background: ${token.colorSurface};
    cursor: grab;
    touch-action: none;
    user-select: none;
  }
  .canvas:active {
    cursor: grabbing;
  }
  svg.graph {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    display: block;
  }

  /* Edges */
  .edge {
    fill: none;
    stroke: ${token.colorBorderStrong};
  }
  /* Wide edges take their width from their own attribute. */
  .edge:not(.wide) {
    stroke-width: 1.25px;
  }
  .edge.related {
    stroke-dasharray: 4 3;
  }
  /*
   * Zoomed out too far for labels, a dash would be under two pixels long: such edges are drawn
   * solid and fainter, which looks much the same from that far, and spares the browser dashing
   * every related edge of a large graph again for each tile it paints.
   */
  .canvas.far .edge.related {
    stroke-dasharray: none;
    stroke-opacity: 0.6;
  }
  .strong .edge {
    stroke: ${token.colorAccent};
  }
  .strong .edge:not(.wide) {
    stroke-width: 2px;
  }

  /* Nodes: an alert or an entity is its own shape (.node.shape); a group and a copy above the veil hold theirs. */
  .node {
    cursor: pointer;
    outline: none;
  }
  .shape {
    fill: ${token.colorBackground};
    stroke: ${token.colorBorderStrong};
    stroke-width: 2px;
  }
  .stack {
    fill: ${token.colorBackground};
    stroke: ${token.colorBorderStrong};
    stroke-width: 1.5px;
  }
  /* An icon is path data already scaled and placed (graph-icons.ts), drawn in strokes of the text colour. */
  .viewport .icon {
    color: ${token.colorText};
    fill: none;
    stroke: currentColor;
    stroke-width: ${unsafeCSS(ICON_STROKE.node)}px;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .node.group .icon {
    stroke-width: ${unsafeCSS(ICON_STROKE.group)}px;
  }
  /* Less specific than the colours of verdicts and severities, which it leaves as they are. */
  :where(.node:hover).shape,
  :where(.node:hover) > .shape {
    fill: ${token.colorSurfaceRaised};
  }
  .verdict-malicious:is(.shape, .stack) {
    stroke: ${token.colorDanger};
    fill: ${token.colorDangerSurface};
  }
  .verdict-suspicious:is(.shape, .stack) {
    stroke: ${token.colorWarning};
    fill: ${token.colorWarningSurface};
  }
  .verdict-noThreatsFound:is(.shape, .stack) {
    stroke: ${token.colorSuccess};
    fill: ${token.colorSuccessSurface};
  }
  .shape.alert {
    stroke: ${token.severityInformational};
  }
  .shape.alert.severity-high {
    stroke: ${token.severityHigh};
    fill: ${token.colorDangerSurface};
  }
  .shape.alert.severity-medium {
    stroke: ${token.severityMedium};
    fill: ${token.colorWarningSurface};
  }
  .shape.alert.severity-low {
    stroke: ${token.severityLow};
  }
  .shape.alert.severity-unknown {
    stroke-dasharray: 3 2;
  }
  .node .badge rect {
    fill: ${token.colorText};
  }
  .node .badge text {
    font-family: ${token.fontFamily};
    font-size: 11px;
    font-weight: 600;
    text-anchor: middle;
    fill: ${token.colorBackground};
  }
  .copy.shape,
  .copy > .shape {
    stroke-width: 3px;
  }

  /* Only nodes take the pointer: the drawn layers above and below them pass it on to the canvas
     (which also spares the browser hit-testing thousands of edge segments under the pointer). */
  .edges,
  .icons,
  .labels,
  .emphasis,
  .rings {
    pointer-events: none;
  }

  /* Labels */
  .labels text {
    font-family: ${token.fontFamily};
    font-size: 12px;
    text-anchor: middle;
    fill: ${token.colorText};
  }
  /* A name from the data takes its direction from its own text, as dir="auto" would. */
  .labels text.data {
    unicode-bidi: plaintext;
  }
  .labels text.detail {
    font-size: 11px;
    font-weight: 600;
    fill: ${token.colorTextMuted};
  }
  .labels text.verdict-malicious,
  .labels text.severity-high {
    fill: ${token.colorDanger};
  }
  .labels text.verdict-suspicious,
  .labels text.severity-medium {
    fill: ${token.colorWarning};
  }
  .labels text.verdict-noThreatsFound {
    fill: ${token.colorSuccess};
  }
  .labels text.severity-low {
    fill: ${token.severityLow};
  }
  .canvas.far .labels {
    display: none;
  }

  /* Emphasis: a veil over the graph, the emphasised nodes again above it */
  .veil {
    fill: ${token.colorSurface};
    opacity: 0.7;
  }

  /* Selection and focus */
  .selection-ring {
    fill: none;
    stroke: ${token.colorAccent};
    stroke-width: 3px;
  }
  .focus-ring {
    fill: none;
    stroke: ${token.colorFocus};
    stroke-width: 2px;
    visibility: hidden;
  }
  .graph.keyboard-focus .focus-ring {
    visibility: visible;
  }

  /* Legend and the layout status over the canvas */
  .legend {
    position: absolute;
    inset-inline-start: 8px;
    inset-block-end: 8px;
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    max-width: calc(100% - 16px);
    padding: 4px 8px;
    font-size: ${token.fontSizeSmall};
    background: ${token.colorBackground};
    border: 1px solid ${token.colorBorder};
    border-radius: ${token.radius};
  }
  .legend-alert {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .legend-alert::before {
    content: '';
    width: 10px;
    height: 10px;
    border: 2px solid ${token.colorTextMuted};
    border-radius: 2px;
  }
  .laying-out {
    position: absolute;
    inset: 0;
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 8px;
    color: ${token.colorText};
  }
  .laying-out.over {
    inset-block: 8px auto;
    inset-inline: auto 8px;
    padding: 4px 12px;
    background: ${token.colorBackground};
    border: 1px solid ${token.colorBorder};
    border-radius: ${token.radius};
    box-shadow: ${token.shadow};
  }

  /* List view */
  .list {
    overflow: auto;
    padding: 8px;
  }
  .tree,
  .tree ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  [role='treeitem'] {
    outline: none;
  }
  [role='treeitem'] > .row {
    display: flex;
    align-items: center;
    gap: 8px;
    min-height: 32px;
    padding: 4px 8px;
    border-radius: ${token.radius};
    cursor: pointer;
  }
  [role='treeitem'].leaf > .row {
    padding-inline-start: 32px;
  }
  [role='treeitem'] > .row:hover {
    background: ${token.colorSurfaceRaised};
  }
  [role='treeitem']:focus-visible > .row {
    outline: 2px solid ${token.colorFocus};
    outline-offset: -2px;
  }
  [role='treeitem'][aria-selected='true'] > .row {
    background: ${token.colorSelected};
    font-weight: 600;
  }
  .leaf.emphasised > .row {
    box-shadow: inset 3px 0 0 ${token.colorAccent};
  }
  :host(:dir(rtl)) .leaf.emphasised > .row {
    box-shadow: inset -3px 0 0 ${token.colorAccent};
  }
  .branch > .row {
    font-weight: 600;
  }
  .chevron {
    flex: none;
    color: ${token.colorTextMuted};
  }
  [aria-expanded='true'] > .row > .chevron {
    transform: rotate(90deg);
  }
  /* The chevron points the way the text reads. */
  :host(:dir(rtl)) .chevron {
    transform: scaleX(-1);
  }
  :host(:dir(rtl)) [aria-expanded='true'] > .row > .chevron {
    transform: scaleX(-1) rotate(90deg);
  }
  .entity-icon {
    flex: none;
    color: ${token.colorText};
  }
  .item-name {
    flex: 1 1 auto;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .item-meta {
    display: inline-flex;
    flex: none;
    gap: 12px;
    font-size: ${token.fontSizeSmall};
    color: ${token.colorTextMuted};
  }
  .item-meta .verdict,
  .item-meta .severity {
    color: ${token.colorText};
  }

  /* Flyout */
  .flyout-frame {
    flex: none;
    width: min(${FLYOUT_MAX_WIDTH}px, max(${FLYOUT_MIN_WIDTH}px, ${FLYOUT_MAX_SHARE * 100}%), 100%);
    display: flex;
    border-inline-start: 1px solid ${token.colorBorder};
    background: ${token.colorBackground};
    z-index: 1;
  }
  /* Over the graph the flyout floats, so that opening it does not move the drawing. */
  .body.in-graph-view .flyout-frame {
    position: absolute;
    inset-block: 0;
    inset-inline-end: 0;
    box-shadow: ${token.shadow};
    contain: strict;
  }
  .flyout-frame.closed {
    visibility: hidden;
  }
  .flyout {
    flex: 1 1 auto;
    display: flex;
    flex-direction: column;
    min-width: 0;
    max-height: 100%;
  }
  .flyout header {
    display: grid;
    grid-template-columns: 1fr auto;
    align-items: start;
    gap: 4px 8px;
    padding: 12px 12px 8px 16px;
  }
  .eyebrow {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    font-size: ${token.fontSizeSmall};
    color: ${token.colorTextMuted};
  }
  .eyebrow svg {
    color: ${token.colorText};
  }
  .flyout h2 {
    ${panelTitleLook}
  }
  .flyout h2:focus {
    outline: none;
  }
  .flyout h2:focus-visible {
    outline: 2px solid ${token.colorFocus};
  }
  .flyout-body {
    flex: 1 1 auto;
    overflow: auto;
    padding: 0 16px 16px;
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 16px;
    margin-block-end: 12px;
  }
  button.primary {
    ${buttonLook}
    ${primaryButtonLook}
    margin-block-end: 12px;
  }
  button.primary:hover {
    background: ${token.colorAccentHover};
    border-color: ${token.colorAccentHover};
  }
  .flyout dl {
    display: grid;
    grid-template-columns: minmax(96px, auto) minmax(0, 1fr);
    gap: 6px 12px;
    margin: 0 0 16px;
  }
  .flyout dt {
    color: ${token.colorTextMuted};
  }
  .flyout dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .flyout a {
    color: ${token.colorAccent};
  }
  .flyout h3 {
    margin: 0 0 8px;
  }
  .prose {
    margin: 0 0 16px;
    white-space: pre-line;
  }
  .related {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .related li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 2px 8px;
    padding: 6px 0;
    border-block-end: 1px solid ${token.colorBorder};
  }
  .related-icon {
    display: inline-flex;
  }
  .related-meta {
    display: inline-flex;
    gap: 8px;
    margin-inline-start: auto;
    font-size: ${token.fontSizeSmall};
  }
  button.link {
    ${textButtonLook}
  }
  button.link:hover {
    ${textButtonHoverLook}
  }

  .graph-skeleton {
    display: flex;
    flex-direction: column;
    gap: 12px;
    padding: 8px;
    flex: 1 1 auto;
  }
  .skeleton-toolbar {
    display: flex;
    gap: 8px;
  }
  .skeleton-toolbar span {
    width: 96px;
    height: 24px;
  }
  /* Nodes in a zigzag across the canvas, as a graph is drawn. */
  .skeleton-canvas {
    flex: 1 1 auto;
    display: flex;
    justify-content: space-evenly;
    min-height: 320px;
    padding-block: 48px;
  }
  .skeleton-canvas span {
    width: 40px;
    height: 40px;
    border-radius: 50%;
  }
  .skeleton-canvas span:nth-child(3n + 1) {
    align-self: flex-start;
  }
  .skeleton-canvas span:nth-child(3n + 2) {
    align-self: center;
  }
  .skeleton-canvas span:nth-child(3n) {
    align-self: flex-end;
  }

  @media (forced-colors: active) {
    .tool[aria-pressed='true'],
    .tool.chip[aria-expanded='true'],
    .tool[aria-pressed='true']:hover:not(:disabled),
    .tool.chip[aria-expanded='true']:hover:not(:disabled) {
      ${forcedPressedLook}
    }
    .tool:disabled {
      color: GrayText;
      border-color: GrayText;
    }

    /*
     * The drawing: the browser leaves SVG paint as it is, so every shape takes a system colour
     * here. Nodes are outlined in the text colour; a malicious entity and a high-severity alert
     * are filled with Mark, as marked text is; the selection ring is Highlight.
     */
    svg.graph {
      forced-color-adjust: none;
    }
    .edge {
      stroke: CanvasText;
    }
    .strong .edge {
      stroke: Highlight;
    }
    svg.graph .viewport :is(.shape, .stack) {
      fill: Canvas;
      stroke: CanvasText;
    }
    svg.graph .viewport .icon {
      color: CanvasText;
    }
    svg.graph .viewport .verdict-malicious:is(.shape, .stack),
    svg.graph .viewport .shape.alert.severity-high {
      fill: Mark;
    }
    svg.graph .viewport .icon.mark {
      color: MarkText;
    }
    .node .badge rect {
      fill: CanvasText;
    }
    .node .badge text {
      fill: Canvas;
    }
    .labels text,
    .labels text[class] {
      fill: CanvasText;
    }
    .veil {
      fill: Canvas;
    }
    .selection-ring {
      stroke: Highlight;
    }
    /* The legend's dots as the nodes are drawn: hollow, the malicious one on Mark. */
    .legend .verdict[class]::before {
      background: Canvas;
    }
    .legend .verdict.malicious::before {
      background: Mark;
    }
    .focus-ring {
      stroke: CanvasText;
    }

    [role='treeitem'][aria-selected='true'] > .row,
    .leaf.emphasised > .row {
      position: relative;
    }
    [role='treeitem'][aria-selected='true'] > .row::before {
      ${forcedSelectionBar}
    }
    .leaf.emphasised > .row {
      outline: 1px solid Highlight;
      outline-offset: -1px;
    }
    [role='treeitem']:focus-visible > .row {
      outline: 2px solid CanvasText;
      outline-offset: -2px;
    }
  }
`;

export const incidentGraphStyles = [
  severityMarkerStyles,
  verdictMarkerStyles,
  buttonClassStyles,
  countStyles,
  stateStyles,
  spinnerStyles,
  graphStyles,
];
