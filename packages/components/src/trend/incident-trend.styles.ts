import { css } from 'lit';
import { buttonStyles } from '../styles/button.styles.js';
import { forcedPressedLook } from '../styles/forced-colors.styles.js';
import { regionHostStyles } from '../styles/host.styles.js';
import { tableStyles } from '../styles/table.styles.js';
import { token } from '../styles/tokens.js';

export const incidentTrendStyles = [
  regionHostStyles,
  buttonStyles,
  tableStyles,
  css`
    :host {
      container-type: inline-size;
    }

    /* The heading, the totals and the controls, in one line while they fit. */
    .header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 16px;
      min-height: 32px;
    }
    .toggle {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      min-height: 28px;
      padding: 2px 4px;
      margin-inline-start: -4px;
      font-weight: 600;
      background: none;
      border-color: transparent;
      white-space: normal;
      text-align: start;
    }
    .toggle:hover {
      background: ${token.colorSurfaceRaised};
    }
    .chevron {
      width: 12px;
      height: 12px;
      color: ${token.colorTextMuted};
      transition: transform 0.1s;
    }
    .toggle[aria-expanded='true'] .chevron {
      transform: rotate(90deg);
    }
    /* Collapsed, the chevron points the way the text reads. */
    :host(:dir(rtl)) .toggle[aria-expanded='false'] .chevron {
      transform: scaleX(-1);
    }
    .totals {
      margin: 0;
      color: ${token.colorTextMuted};
      font-variant-numeric: tabular-nums;
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
      margin-inline-start: auto;
    }
    .ranges {
      display: inline-flex;
    }
    .range,
    .view-toggle {
      min-height: 28px;
      padding: 2px 10px;
      font-size: ${token.fontSizeSmall};
    }
    .range + .range {
      margin-inline-start: -1px;
    }
    .range:first-child {
      border-start-end-radius: 0;
      border-end-end-radius: 0;
    }
    .range:last-child {
      border-start-start-radius: 0;
      border-end-start-radius: 0;
    }
    .range[aria-pressed='true'] {
      position: relative;
      font-weight: 600;
      background: ${token.colorSelected};
      border-color: ${token.colorAccent};
    }

    .body {
      padding-block: 4px 8px;
    }
    .body[hidden] {
      display: none;
    }
    .truncated {
      margin: 0 0 4px;
      font-size: ${token.fontSizeSmall};
      color: ${token.colorTextMuted};
    }
    .empty-state {
      margin: 0;
      padding: 12px 0;
      color: ${token.colorTextMuted};
    }

    /* The chart: legend, plot (a drawing under a row of focusable buckets), ticks. */
    .chart {
      display: grid;
      gap: 4px;
      margin: 0;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      margin: 0;
      padding: 0;
      list-style: none;
      font-size: ${token.fontSizeSmall};
      color: ${token.colorTextMuted};
    }
    .legend li {
      display: inline-flex;
      align-items: center;
      gap: 6px;
    }
    .swatch {
      display: inline-block;
      width: 10px;
      height: 10px;
    }
    .swatch.incidents {
      border-radius: 2px;
      background: ${token.colorAccent};
    }
    .swatch.alerts {
      width: 16px;
      height: 0;
      border-block-start: 2px solid ${token.colorWarning};
    }
    .plot {
      position: relative;
      height: 88px;
      margin-block-start: 14px;
    }
    .y-max {
      position: absolute;
      bottom: 100%;
      inset-inline-start: 0;
      font-size: ${token.fontSizeSmall};
      line-height: 14px;
      color: ${token.colorTextMuted};
    }
    .drawing {
      position: absolute;
      inset: 0;
      width: 100%;
      height: 100%;
      overflow: visible;
    }
    /* The drawing runs left to right; in a right-to-left page time runs the other way, as the buckets over it do. */
    :host(:dir(rtl)) .drawing {
      transform: scaleX(-1);
    }
    .grid {
      stroke: ${token.colorBorder};
      stroke-width: 1;
      stroke-dasharray: 3 3;
    }
    .baseline {
      stroke: ${token.colorBorderStrong};
      stroke-width: 1;
    }
    .bar {
      fill: ${token.colorAccent};
    }
    .alerts-line {
      fill: none;
      stroke: ${token.colorWarning};
      stroke-width: 2;
      stroke-linejoin: round;
    }
    .buckets,
    .ticks {
      display: grid;
      grid-auto-flow: column;
      grid-auto-columns: minmax(0, 1fr);
    }
    .buckets {
      position: absolute;
      inset: 0;
    }
    .bucket {
      position: relative;
      border-radius: 2px;
      outline-offset: -2px;
    }
    .bucket:hover,
    .bucket:focus-visible {
      background: color-mix(in srgb, ${token.colorText} 8%, transparent);
    }
    .tip {
      display: none;
      position: absolute;
      bottom: 100%;
      z-index: 2;
      gap: 2px;
      width: max-content;
      max-width: 240px;
      padding: 6px 8px;
      /* A transparent edge under the tooltip: the pointer crosses it onto the tooltip without leaving the bucket. */
      border-block-end: 6px solid transparent;
      background-color: ${token.colorBackground};
      background-clip: padding-box;
      box-shadow: ${token.shadow};
      border-radius: ${token.radius};
      font-size: ${token.fontSizeSmall};
      line-height: 16px;
    }
    .tip time {
      font-weight: 600;
    }
    .bucket.start .tip {
      inset-inline-start: 0;
    }
    .bucket.center .tip {
      left: 50%;
      transform: translateX(-50%);
    }
    .bucket.end .tip {
      inset-inline-end: 0;
    }
    /* A tooltip under the pointer, and on the bucket keyboard focus is on (a click focuses one too, without it). */
    .bucket:hover .tip,
    .bucket:focus-visible .tip {
      display: grid;
    }
    .bucket.dismissed .tip {
      display: none;
    }
    .ticks {
      min-height: 16px;
      font-size: ${token.fontSizeSmall};
      line-height: 16px;
      color: ${token.colorTextMuted};
    }
    .ticks > * {
      white-space: nowrap;
      overflow: visible;
    }
    /* Isolated rather than plain text: a tick starts at its bucket's start edge in either direction. */
    .ticks time {
      unicode-bidi: isolate;
    }

    /* The table of the same numbers, scrolling within a compact height. */
    .table-scroll {
      max-height: 240px;
      overflow-y: auto;
    }
    thead th {
      position: sticky;
      top: 0;
      background: ${token.colorBackground};
    }
    .number {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    tfoot th,
    tfoot td {
      font-weight: 600;
      border-block-end: none;
    }

    .skeleton {
      display: flex;
      align-items: flex-end;
      gap: 6px;
      height: 120px;
      padding-block-start: 24px;
    }
    .skeleton span {
      flex: 1 1 0;
      height: 40%;
    }
    .skeleton span:nth-of-type(3n + 1) {
      height: 70%;
    }
    .skeleton span:nth-of-type(4n + 2) {
      height: 25%;
    }

    .failure {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
      padding: 8px 12px;
      background: ${token.colorDangerSurface};
      border: 1px solid ${token.colorDanger};
      border-inline-start-width: 4px;
      border-radius: ${token.radius};
      overflow-wrap: anywhere;
    }
    .failure p {
      margin: 0;
    }
    .failure strong {
      color: ${token.colorDanger};
    }

    /* A narrow container (a workspace on a phone): a lower chart, the controls on a line of their own. */
    @container (max-width: 480px) {
      .controls {
        margin-inline-start: 0;
      }
      .plot {
        height: 56px;
      }
      .skeleton {
        height: 88px;
      }
      .table-scroll {
        max-height: 180px;
      }
    }

    /*
     * Forced colors: the bars in the text colour, the alerts' line in Highlight (the legend's
     * swatches too), grid lines in GrayText; the bucket under the pointer or with focus framed,
     * and its tooltip on Canvas with a border; the pressed range filled with Highlight.
     */
    @media (forced-colors: active) {
      .range[aria-pressed='true'],
      .range[aria-pressed='true']:hover {
        ${forcedPressedLook}
      }
      .bar {
        fill: CanvasText;
      }
      .alerts-line {
        stroke: Highlight;
      }
      .grid,
      .baseline {
        stroke: GrayText;
      }
      .swatch.incidents,
      .swatch.alerts {
        forced-color-adjust: none;
      }
      .swatch.incidents {
        background: CanvasText;
      }
      .swatch.alerts {
        border-color: Highlight;
      }
      .bucket:hover,
      .bucket:focus-visible {
        background: none;
        outline: 2px solid CanvasText;
        outline-offset: -2px;
      }
      .tip {
        border: 1px solid CanvasText;
        background: Canvas;
      }
    }
  `,
];
