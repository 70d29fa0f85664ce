import { css } from 'lit';
import { buttonStyles } from '../styles/button.styles.js';
import { fieldStyles } from '../styles/field.styles.js';
import { regionHostStyles } from '../styles/host.styles.js';
import { noticeStyles, stateStyles } from '../styles/notice.styles.js';
import { tableStyles } from '../styles/table.styles.js';
import { token } from '../styles/tokens.js';

export const incidentMetricsStyles = [
  regionHostStyles,
  buttonStyles,
  fieldStyles,
  noticeStyles,
  stateStyles,
  tableStyles,
  css`
    :host {
      container-type: inline-size;
      padding: 16px;
    }

    /* The heading and the range control. */
    .top {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      justify-content: space-between;
      gap: 8px 24px;
      margin-block-end: 8px;
    }
    .top h2 {
      font-size: ${token.fontSizeLarge};
      line-height: 28px;
    }
    .range {
      display: flex;
      flex-wrap: wrap;
      align-items: start;
      gap: 8px 12px;
    }
    .range .field {
      width: 11rem;
    }
    .range .field:first-child {
      width: auto;
      min-width: 11rem;
    }
    .range .apply {
      margin-block-start: 24px;
    }
    .summary {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      margin: 0 0 12px;
      color: ${token.colorTextMuted};
    }
    .truncated {
      margin-block-end: 12px;
    }

    /* Cards: as many columns of at least 320px as fit; one below that. */
    .cards {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 340px), 1fr));
      gap: 16px;
    }
    .card {
      display: flex;
      flex-direction: column;
      gap: 8px;
      min-width: 0;
      padding: 12px 16px 16px;
      background: ${token.colorBackground};
      border: 1px solid ${token.colorBorder};
      border-radius: ${token.radius};
    }
    .card > header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 4px 8px;
    }
    .card h4 {
      margin: 4px 0 0;
      font-size: ${token.fontSizeSmall};
      font-weight: 600;
      color: ${token.colorTextMuted};
    }
    .card p {
      margin: 0;
    }
    .toggle[aria-pressed='true'] {
      text-decoration: underline;
      font-weight: 600;
    }
    .footnote {
      font-size: ${token.fontSizeSmall};
    }
    .duration {
      display: block;
    }
    .basis {
      display: block;
      font-size: ${token.fontSizeSmall};
      color: ${token.colorTextMuted};
    }
    td,
    th {
      font-variant-numeric: tabular-nums;
    }
    /* Long column names wrap rather than push the figures out of the card. */
    .card[data-card='time'] thead th {
      white-space: normal;
    }

    /* Legends and charts. */
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      margin: 0;
      padding: 0;
      list-style: none;
      font-size: ${token.fontSizeSmall};
    }
    .legend li {
      display: flex;
      align-items: center;
      gap: 6px;
    }
    .swatch {
      width: 12px;
      height: 12px;
      border-radius: 2px;
    }
    .chart {
      position: relative;
      min-width: 0;
    }
    .chart svg {
      display: block;
      width: 100%;
      height: auto;
      overflow: visible;
      /* Positions are physical: the geometry mirrors a right-to-left chart itself. */
      direction: ltr;
      font-size: ${token.fontSizeSmall};
    }
    .chart text {
      fill: ${token.colorText};
      unicode-bidi: plaintext;
    }
    .chart .tick {
      fill: ${token.colorTextMuted};
    }
    .grid {
      stroke: ${token.colorBorder};
      stroke-width: 1;
    }
    .guide {
      stroke: ${token.colorBorderStrong};
      stroke-dasharray: 2 2;
    }
    .s0 {
      fill: ${token.colorAccent};
      stroke: ${token.colorAccent};
      background: ${token.colorAccent};
    }
    .s1 {
      fill: ${token.colorSuccess};
      stroke: ${token.colorSuccess};
      background: ${token.colorSuccess};
    }
    [data-chart='open'] .s1,
    .card[data-card='open'] .swatch.s1 {
      fill: ${token.colorWarning};
      stroke: ${token.colorWarning};
      background: ${token.colorWarning};
    }
    .bar {
      stroke: ${token.colorBackground};
      stroke-width: 1;
    }
    .line {
      fill: none;
      stroke-width: 2;
    }
    /* The second series is dashed, so the lines differ by more than colour. */
    .line.s1 {
      stroke-dasharray: 6 3;
    }
    .dot {
      stroke: ${token.colorBackground};
      stroke-width: 2;
    }
    .hit {
      fill: transparent;
      stroke: none;
    }
    .point {
      cursor: default;
      outline: none;
    }
    .bar:focus-visible,
    .bar:hover {
      stroke: ${token.colorText};
      stroke-width: 2;
    }
    .hit:focus-visible {
      stroke: ${token.colorFocus};
      stroke-width: 2;
    }
    .tooltip {
      position: absolute;
      z-index: 1;
      max-width: 240px;
      padding: 4px 8px;
      font-size: ${token.fontSizeSmall};
      color: ${token.colorBackground};
      background: ${token.colorText};
      border-radius: ${token.radius};
      pointer-events: none;
      transform: translate(-50%, calc(-100% - 6px));
      width: max-content;
    }
    /* Near an edge of the chart the tooltip grows away from it, so it stays inside the card. */
    .tooltip.from-left {
      transform: translate(-12px, calc(-100% - 6px));
    }
    .tooltip.from-right {
      transform: translate(calc(-100% + 12px), calc(-100% - 6px));
    }

    /* The placeholder: six cards with a title and a block. */
    .skeleton .card {
      gap: 12px;
      min-height: 220px;
    }
    .skeleton .title {
      width: 60%;
    }
    .skeleton .block {
      flex: 1;
    }

    @container (max-width: 480px) {
      :host {
        padding: 8px;
      }
      .range .field {
        width: 100%;
      }
      .range {
        width: 100%;
      }
      .range .apply {
        margin-block-start: 0;
      }
      .card {
        padding-inline: 10px;
      }
    }

    @media (forced-colors: active) {
      .chart svg * {
        forced-color-adjust: none;
      }
      .chart text,
      .chart .tick {
        fill: CanvasText;
      }
      .grid,
      .guide {
        stroke: GrayText;
      }
      .s0,
      .swatch.s0 {
        fill: CanvasText;
        stroke: CanvasText;
        background: CanvasText;
      }
      .s1,
      [data-chart='open'] .s1,
      .card[data-card='open'] .swatch.s1 {
        fill: Canvas;
        stroke: CanvasText;
        background: Canvas;
      }
      .swatch {
        forced-color-adjust: none;
        border: 1px solid CanvasText;
      }
      .bar {
        stroke: CanvasText;
      }
      .line {
        fill: none;
      }
      .dot {
        stroke: Canvas;
      }
      .bar:focus-visible,
      .bar:hover,
      .hit:focus-visible {
        stroke: Highlight;
        stroke-width: 3;
      }
      .tooltip {
        forced-color-adjust: none;
        color: CanvasText;
        background: Canvas;
        border: 1px solid CanvasText;
      }
    }
  `,
];
