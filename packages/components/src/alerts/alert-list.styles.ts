import { css } from 'lit';
import { severityMarkerStyles } from '../internal/severity-marker.js';
import { buttonStyles } from '../styles/button.styles.js';
import { entityChipStyles } from '../styles/chip.styles.js';
import { forcedSelectionBar } from '../styles/forced-colors.styles.js';
import { regionHostStyles } from '../styles/host.styles.js';
import { markedWordLook, markerDotLook } from '../styles/looks.styles.js';
import { stackedStateStyles } from '../styles/notice.styles.js';
import { detailsPaneStyles } from '../styles/pane.styles.js';
import { propertyListStyles } from '../styles/property-list.styles.js';
import { skeletonListStyles } from '../styles/skeleton.styles.js';
import { token } from '../styles/tokens.js';

export const alertListStyles = [
  regionHostStyles,
  severityMarkerStyles,
  buttonStyles,
  entityChipStyles,
  propertyListStyles,
  detailsPaneStyles,
  stackedStateStyles,
  skeletonListStyles,
  css`
    :host {
      container-type: inline-size;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      height: 100%;
    }
    .layout.with-details {
      grid-template-columns: minmax(0, 1fr) minmax(320px, 420px);
    }
    /* Too narrow for the list and the details side by side: the details follow the list. */
    @container (max-width: 720px) {
      .layout.with-details {
        grid-template-columns: minmax(0, 1fr);
        grid-template-rows: auto auto;
        height: auto;
      }
      .layout.with-details .details {
        border-inline-start: none;
        border-block-start: 1px solid ${token.colorBorder};
      }
    }

    .list-pane {
      display: grid;
      grid-template-rows: auto minmax(0, 1fr);
      min-width: 0;
      min-height: 0;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
      padding: 8px 12px;
      border-block-end: 1px solid ${token.colorBorder};
    }
    .selection-count {
      color: ${token.colorTextMuted};
      font-size: ${token.fontSizeSmall};
    }
    .details-actions {
      grid-column: 1 / -1;
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }

    .table {
      overflow: auto;
      min-width: 0;
      /* Opaque: the browser scrolls an opaque scroller on the compositor, and paints a see-through one again on every scroll. */
      background: ${token.colorBackground};
    }
    .columns,
    .row {
      display: grid;
      /* Fixed widths: each row is its own grid, and only fixed tracks line up from row to row. */
      grid-template-columns: 16px 320px 124px 96px 260px 136px 128px 220px 180px 176px 176px;
      gap: 12px;
      align-items: center;
      padding: 0 12px;
      min-width: max-content;
    }
    .columns {
      position: sticky;
      top: 0;
      z-index: 1;
      background: ${token.colorBackground};
      border-block-end: 1px solid ${token.colorBorder};
      color: ${token.colorTextMuted};
      font-size: ${token.fontSizeSmall};
      font-weight: 600;
      min-height: 36px;
    }
    .row {
      min-height: 44px;
      padding-block: 6px;
      border-block-end: 1px solid ${token.colorBorder};
      cursor: pointer;
      outline-offset: -2px;
      /* Rows out of view skip style, layout and paint until scrolled near: an incident can have a thousand alerts. */
      content-visibility: auto;
      contain-intrinsic-size: auto 44px;
    }
    .row:hover {
      background: ${token.colorSurfaceRaised};
    }
    .row[aria-selected='true'] {
      background: ${token.colorSelected};
      box-shadow: inset 3px 0 0 ${token.colorAccent};
    }
    /* The selection bar sits on the start edge: the right one in a right-to-left page. */
    :host(:dir(rtl)) .row[aria-selected='true'] {
      box-shadow: inset -3px 0 0 ${token.colorAccent};
    }
    .row > span {
      min-width: 0;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    /* A selected alert's box is ticked: a click on it adds the alert to the selection or takes it out. */
    .row > .check {
      width: 16px;
      height: 16px;
      box-sizing: border-box;
      border: 1px solid ${token.colorBorderStrong};
      border-radius: 3px;
      background: ${token.colorBackground};
    }
    .row[aria-selected='true'] > .check {
      border-color: ${token.colorAccent};
      background: ${token.colorAccent};
      box-shadow: inset 0 0 0 3px ${token.colorBackground};
    }
    .row.current .title {
      text-decoration: underline;
      text-underline-offset: 3px;
    }
    .row .title {
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .time {
      white-space: nowrap;
    }
    .entity-type {
      color: ${token.colorTextMuted};
      flex: none;
    }

    /* An alert's verdict, in its colour; an alert not yet classified shows the informational dot. */
    .verdict {
      ${markedWordLook}
      --marker-fill: ${token.severityInformational};
    }
    .verdict::before {
      ${markerDotLook}
    }
    .verdict.unknown {
      --marker-fill: initial;
    }
    .verdict.malicious {
      --marker-fill: ${token.colorDanger};
      color: ${token.colorDanger};
    }
    .verdict.suspicious {
      --marker-fill: ${token.colorWarning};
      color: ${token.colorWarning};
    }
    .verdict.noThreatsFound {
      --marker-fill: ${token.colorSuccess};
      color: ${token.colorSuccess};
    }

    .details {
      border-inline-start: 1px solid ${token.colorBorder};
      padding: 16px 20px 20px;
      overflow: auto;
      min-width: 0;
    }
    .prose {
      margin: 0;
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .evidence li {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: 2px 8px;
      padding-block: 8px;
      border-block-start: 1px solid ${token.colorBorder};
    }
    .evidence li:first-child {
      border-block-start: none;
    }
    .evidence-name {
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .evidence-state {
      grid-column: 1 / -1;
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
    }

    .empty {
      color: ${token.colorTextMuted};
    }

    .skeleton {
      padding-inline: 12px;
    }
    .skeleton span:nth-of-type(2n) {
      width: 80%;
    }

    @media (forced-colors: active) {
      .row > .check {
        border-color: CanvasText;
      }
      .row[aria-selected='true'] > .check {
        forced-color-adjust: none;
        background: Highlight;
        border-color: CanvasText;
        box-shadow: inset 0 0 0 3px Canvas;
      }
      .row[aria-selected='true'] {
        position: relative;
      }
      .row[aria-selected='true']::before {
        ${forcedSelectionBar}
      }
      /* A dot in the text colour for a verdict that was reached, a ring for the rest. */
      .verdict::before {
        forced-color-adjust: none;
        background: CanvasText;
        border-color: CanvasText;
      }
      .verdict.unknown::before {
        background: Canvas;
      }
    }
  `,
];
