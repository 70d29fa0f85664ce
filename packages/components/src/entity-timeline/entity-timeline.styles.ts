import { css } from 'lit';
import { severityMarkerStyles } from '../internal/severity-marker.js';
import { commandButtonLook } from '../styles/bare-button-looks.styles.js';
import { buttonClassStyles } from '../styles/button-class.styles.js';
import { buttonLook, primaryButtonLook } from '../styles/button-looks.styles.js';
import { fieldStyles } from '../styles/field.styles.js';
import { forcedPressedLook, forcedSelectionBar } from '../styles/forced-colors.styles.js';
import { panelTitleLook } from '../styles/looks.styles.js';
import { propertyListStyles } from '../styles/property-list.styles.js';
import { skeletonStyles } from '../styles/skeleton.styles.js';
import { baseStyles, token } from '../styles/tokens.js';
import { rowHeight } from './timeline-metrics.js';

export { ROW_HEIGHT } from './timeline-metrics.js';

export const entityTimelineStyles = [
  baseStyles,
  skeletonStyles,
  severityMarkerStyles,
  buttonClassStyles,
  fieldStyles,
  propertyListStyles,
  css`
    :host {
      display: flex;
      flex-direction: column;
      gap: 8px;
      min-width: 0;
      padding: 12px 16px 16px;
      border: 1px solid ${token.colorBorder};
      border-radius: ${token.radius};
      background: ${token.colorBackground};
      line-height: 20px;
      container-type: inline-size;
    }
    .icon {
      flex: none;
    }

    .header {
      display: flex;
      align-items: baseline;
      justify-content: space-between;
      gap: 12px;
    }
    .total {
      color: ${token.colorTextMuted};
      font-size: ${token.fontSizeSmall};
      white-space: nowrap;
    }

    /* Range and kind filters */
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
    }
    .range {
      display: inline-flex;
      align-items: center;
      gap: 8px;
    }
    .range > span,
    .custom-range label > span {
      color: ${token.colorTextMuted};
      font-size: ${token.fontSizeSmall};
    }
    select,
    input {
      width: auto;
    }
    .kinds {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
    }
    .kind-filter {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      min-height: 28px;
      padding: 0 12px;
      border: 1px solid ${token.colorBorder};
      border-radius: 14px;
      background: ${token.colorBackground};
      font-size: ${token.fontSizeSmall};
    }
    .kind-filter:hover {
      border-color: ${token.colorBorderStrong};
      background: ${token.colorSurfaceRaised};
    }
    .kind-filter[aria-pressed='true'] {
      padding-inline-start: 8px;
      border-color: ${token.colorAccent};
      background: ${token.colorSelected};
    }
    .kind-filter .icon {
      color: ${token.colorAccent};
    }

    .custom-range {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: 8px 12px;
      padding: 8px 12px;
      border-radius: ${token.radius};
      background: ${token.colorSurface};
    }
    .custom-range label {
      display: grid;
      gap: 2px;
    }
    .field-error {
      flex-basis: 100%;
    }

    button.primary,
    .message button,
    .inline-error button {
      ${buttonLook}
    }
    .message button:hover,
    .inline-error button:hover {
      background: ${token.colorSurfaceRaised};
    }
    button.primary {
      ${primaryButtonLook}
    }
    button.primary:hover {
      background: ${token.colorAccentHover};
      border-color: ${token.colorAccentHover};
    }
    .action {
      ${commandButtonLook}
      min-height: 28px;
    }
    .action .icon {
      color: ${token.colorAccent};
    }
    .action:hover {
      background: ${token.colorSurfaceRaised};
    }
    .link {
      padding: 2px 4px;
      border: none;
      background: transparent;
      color: ${token.colorAccent};
    }
    .link:hover {
      color: ${token.colorAccentHover};
      text-decoration: underline;
    }

    /* States */
    .content {
      display: flex;
      flex-direction: column;
      gap: 8px;
      flex: 1 1 auto;
      min-height: 0;
    }
    .message {
      display: grid;
      gap: 4px;
      justify-items: start;
      padding: 24px 4px;
    }
    .message p {
      margin: 0;
    }
    .message-title {
      font-weight: 600;
    }
    .message.error .message-title {
      color: ${token.colorDanger};
    }
    .message button {
      margin-block-start: 8px;
    }
    .inline-error {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
      padding: 6px 12px;
      border-inline-start: 3px solid ${token.colorDanger};
      background: ${token.colorDangerSurface};
    }
    .loading {
      display: grid;
      gap: 12px;
    }
    .skeleton-histogram {
      display: flex;
      align-items: flex-end;
      gap: 4px;
      height: 64px;
    }
    .skeleton-histogram span {
      flex: 1 1 0;
    }
    .skeleton-rows {
      display: grid;
      gap: 16px;
      padding: 8px 0;
    }
    .skeleton-rows span:nth-child(2n) {
      width: 80%;
    }
    /* Over the top of the list rather than above it, so the rows do not move while a jump loads. */
    .list-column .progress {
      position: absolute;
      inset-inline: 0;
      top: 0;
      z-index: 1;
    }
    .progress {
      height: 2px;
      background: linear-gradient(90deg, transparent, ${token.colorAccent}, transparent);
      background-size: 40% 100%;
      background-repeat: no-repeat;
    }
    @media (prefers-reduced-motion: no-preference) {
      .progress {
        animation: soc-timeline-progress 1s linear infinite;
      }
    }
    @keyframes soc-timeline-progress {
      from {
        background-position: -40% 0;
      }
      to {
        background-position: 140% 0;
      }
    }

    /* Histogram */
    .histogram {
      display: grid;
      gap: 4px;
    }
    .bars {
      display: grid;
      grid-auto-flow: column;
      grid-auto-columns: minmax(0, 1fr);
      height: 64px;
      border-bottom: 1px solid ${token.colorBorderStrong};
    }
    .bar {
      position: relative;
      display: block;
      min-width: 0;
      height: 100%;
      margin: 0;
      padding: 0;
      border: none;
      border-radius: 2px 2px 0 0;
      background: transparent;
      outline-offset: -2px;
    }
    .bar .fill {
      position: absolute;
      inset-inline: 1px;
      bottom: 0;
      border-radius: 2px 2px 0 0;
      background: ${token.colorAccent};
      opacity: 0.7;
    }
    .bar.in-view {
      background: ${token.colorSelected};
    }
    .bar:hover {
      background: ${token.colorSurfaceRaised};
    }
    .bar:hover .fill {
      opacity: 1;
      background: ${token.colorAccentHover};
    }
    .bar[aria-current='true'] {
      box-shadow: inset 0 -3px 0 ${token.colorText};
    }
    .bar[aria-current='true'] .fill {
      opacity: 1;
      background: ${token.colorAccentHover};
    }
    .axis {
      display: flex;
      justify-content: space-between;
      color: ${token.colorTextMuted};
      font-size: ${token.fontSizeSmall};
    }

    .anchor {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 8px;
      padding: 4px 8px;
      border-radius: ${token.radius};
      background: ${token.colorSurface};
      font-size: ${token.fontSizeSmall};
    }
    .anchor > span {
      margin-inline-end: auto;
    }

    /* List */
    .list-area {
      position: relative;
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 12px;
      flex: 1 1 auto;
      min-height: var(--soc-entity-timeline-list-min-height, 360px);
    }
    @container (min-width: 900px) {
      .list-area.with-details {
        grid-template-columns: minmax(0, 1fr) minmax(280px, 340px);
      }
    }
    .list-column {
      position: relative;
      display: flex;
      flex-direction: column;
      min-width: 0;
      min-height: var(--soc-entity-timeline-list-min-height, 360px);
      border-top: 1px solid ${token.colorBorder};
    }
    .columns,
    .row {
      display: grid;
      grid-template-columns: 200px 104px minmax(120px, 1.4fr) 112px minmax(0, 1fr);
      gap: 12px;
      align-items: center;
      padding: 0 8px;
    }
    @container (max-width: 720px) {
      .columns,
      .row {
        grid-template-columns: 196px 100px minmax(0, 1fr) 104px;
      }
      .props {
        display: none;
      }
    }
    /*
     * A phone or a side column: two lines in the same row height, the time over the title, between
     * the kind's icon and the severity's square. The kind and severity words stay in the row
     * (clipped, so still read out); the column headings, which would no longer line up, go.
     */
    @container (max-width: 480px) {
      .columns {
        display: none;
      }
      .row {
        grid-template-columns: 16px minmax(0, 1fr) 10px;
        grid-template-rows: 16px 18px;
        gap: 0 8px;
        align-content: center;
        padding-inline: 4px;
      }
      .row > .kind {
        grid-area: 1 / 1 / 3 / 2;
      }
      .row > .time {
        grid-area: 1 / 2;
        color: ${token.colorTextMuted};
        font-size: ${token.fontSizeSmall};
        line-height: 16px;
      }
      .row > .title {
        grid-area: 2 / 2;
        line-height: 18px;
      }
      .row > .severity-cell {
        grid-area: 1 / 3 / 3 / 4;
      }
      .row .severity {
        gap: 0;
      }
    }
    .columns {
      height: 32px;
      border-bottom: 1px solid ${token.colorBorder};
      color: ${token.colorTextMuted};
      font-size: ${token.fontSizeSmall};
      font-weight: 600;
    }
    .scroller {
      position: relative;
      flex: 1 1 0;
      min-height: 0;
      overflow-y: auto;
      overflow-x: hidden;
      overflow-anchor: none;
      contain: strict;
      /* Opaque: the browser scrolls an opaque scroller on the compositor, and paints a see-through one again on every scroll. */
      background: ${token.colorBackground};
    }
    [role='listbox'] {
      position: relative;
    }
    .row {
      position: absolute;
      inset-block-start: 0;
      inset-inline: 0;
      height: ${rowHeight};
      border-bottom: 1px solid ${token.colorSurfaceRaised};
      cursor: default;
      outline-offset: -2px;
    }
    .row > span {
      min-width: 0;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .row:hover {
      background: ${token.colorSurface};
    }
    .row[aria-selected='true'] {
      background: ${token.colorSelected};
      box-shadow: inset 3px 0 0 ${token.colorAccent};
    }
    .time {
      font-variant-numeric: tabular-nums;
    }
    .props {
      color: ${token.colorTextMuted};
      font-size: ${token.fontSizeSmall};
    }
    .kind {
      display: inline-flex;
      align-items: center;
      gap: 6px;
    }
    .kind .icon {
      color: ${token.colorTextMuted};
    }
    .kind.alert .icon {
      color: ${token.colorDanger};
    }
    .kind.anomaly .icon {
      color: ${token.colorWarning};
    }
    .kind.bookmark .icon {
      color: ${token.colorAccent};
    }
    .placeholder .bone {
      display: block;
      height: 12px;
      border-radius: ${token.radius};
      background: ${token.colorBorder};
      opacity: 0.5;
    }

    /* Details of the chosen event */
    .details {
      align-self: start;
      align-content: start;
      display: grid;
      gap: 12px;
      padding: 12px 16px 16px;
      border: 1px solid ${token.colorBorder};
      border-radius: ${token.radius};
      background: ${token.colorBackground};
      min-width: 0;
      overflow: auto;
    }
    /* Too narrow for a column beside the list: the details cover its right-hand side, as a flyout. */
    @container (max-width: 899px) {
      .details {
        position: absolute;
        inset-block: 0;
        inset-inline-end: 0;
        z-index: 2;
        width: min(360px, 100%);
        box-shadow: ${token.shadow};
      }
    }
    .details header {
      display: grid;
      grid-template-columns: 1fr auto;
      align-items: center;
      gap: 4px 8px;
    }
    .details h3 {
      ${panelTitleLook}
    }
    dl {
      grid-template-columns: minmax(96px, max-content) minmax(0, 1fr);
    }
    .muted {
      margin: 0;
      color: ${token.colorTextMuted};
    }

    /*
     * Forced colors: the histogram's bars in the text colour, those in the list's range and the
     * one jumped to in Highlight, that one underlined too.
     */
    @media (forced-colors: active) {
      .kind-filter[aria-pressed='true'] {
        ${forcedPressedLook}
      }
      .progress {
        forced-color-adjust: none;
        background-image: linear-gradient(90deg, transparent, Highlight, transparent);
      }
      .bar .fill,
      .bar:hover .fill {
        forced-color-adjust: none;
        background: CanvasText;
        opacity: 1;
      }
      .bar.in-view .fill,
      .bar[aria-current='true'] .fill {
        background: Highlight;
      }
      .bar[aria-current='true'] {
        border-block-end: 3px solid CanvasText;
      }
      .row[aria-selected='true']::before {
        ${forcedSelectionBar}
      }
      .placeholder .bone {
        forced-color-adjust: none;
        background: GrayText;
      }
    }
  `,
];
