import { css } from 'lit';
import { buttonClassStyles } from '../styles/button-class.styles.js';
import { forcedPressedLook, forcedSelectionBar } from '../styles/forced-colors.styles.js';
import { pillLook } from '../styles/looks.styles.js';
import { baseStyles, token } from '../styles/tokens.js';
import {
  checkWidth,
  compactColumns,
  compactHeaderHeight,
  compactRowHeight,
  headerHeight,
  rowHeight,
} from './queue-metrics.js';

export const incidentQueueStyles = [
  baseStyles,
  buttonClassStyles,
  css`
    :host {
      display: flex;
      flex-direction: column;
      min-height: 0;
      background: ${token.colorBackground};
      container-type: inline-size;
    }
    .icon {
      fill: currentColor;
      flex: none;
    }
    .title {
      margin: 0;
      padding: 4px 0 12px;
      font-size: ${token.fontSizeLarge};
      font-weight: 600;
    }
    ::slotted([slot='overview']) {
      flex: none;
      margin-block-end: 8px;
    }

    /* Toolbar */
    .toolbar {
      /* Wrapped onto more lines in a narrow queue: as tall as its buttons, never squeezed by the grid. */
      flex: none;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px;
      min-height: 40px;
      padding-bottom: 4px;
    }
    .action {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      min-height: 32px;
      padding: 0 8px;
      border: 1px solid transparent;
      border-radius: ${token.radius};
      background: transparent;
    }
    .action .icon {
      color: ${token.colorAccent};
    }
    .action:hover:not(:disabled) {
      background: ${token.colorSurfaceRaised};
    }
    .action:disabled {
      color: ${token.colorTextMuted};
      cursor: default;
    }
    .action:disabled .icon {
      color: ${token.colorBorderStrong};
    }
    .action[aria-pressed='true'] {
      background: ${token.colorSelected};
    }
    .spacer {
      flex: 1 1 auto;
    }
    .count {
      padding: 0 8px;
      color: ${token.colorTextMuted};
      font-size: ${token.fontSizeSmall};
      white-space: nowrap;
    }
    .search {
      position: relative;
      display: inline-flex;
      align-items: center;
    }
    .search .icon {
      position: absolute;
      inset-inline-start: 8px;
      color: ${token.colorTextMuted};
      pointer-events: none;
    }
    .search input {
      width: 260px;
      min-height: 32px;
      padding-block: 0;
      padding-inline: 30px 8px;
      border: 1px solid ${token.colorBorder};
      border-bottom-color: ${token.colorBorderStrong};
      border-radius: ${token.radius};
      background: ${token.colorBackground};
      color: inherit;
      font: inherit;
    }
    .search input::placeholder {
      color: ${token.colorTextMuted};
    }

    soc-queue-saved-views {
      min-width: 0;
      max-width: 20em;
    }
    /* "Copy list link" refused by the clipboard: the link, to copy by hand. */
    .link-notice {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 8px;
      margin-bottom: 4px;
      padding: 6px 8px;
      border-radius: ${token.radius};
      background: ${token.colorDangerSurface};
    }
    .link-notice input {
      flex: 1 1 220px;
      min-width: 0;
      min-height: 28px;
      padding: 0 8px;
      border: 1px solid ${token.colorBorderStrong};
      border-radius: ${token.radius};
      background: ${token.colorBackground};
      color: inherit;
      font: inherit;
    }

    /* Filter chips */
    .chips {
      flex: none;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px;
      margin: 0;
      padding: 4px 0 8px;
      list-style: none;
    }
    .chip {
      ${pillLook}
      gap: 6px;
      max-width: min(420px, 100%);
      min-height: 28px;
      padding-inline: 12px 8px;
      border-radius: 14px;
      font-size: ${token.fontSizeSmall};
    }
    .chip-text {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .chip:hover {
      border-color: ${token.colorBorderStrong};
    }
    .link {
      padding: 2px 4px;
      border: none;
      background: transparent;
      color: ${token.colorAccent};
      text-align: start;
    }
    .link:hover {
      color: ${token.colorAccentHover};
      text-decoration: underline;
    }

    /* Grid */
    .content {
      position: relative;
      display: flex;
      flex-direction: column;
      flex: 1 1 0;
      min-height: var(--soc-incident-queue-min-height, 320px);
      border-top: 1px solid ${token.colorBorder};
    }
    /*
     * The scroller is placed over its frame rather than being a flex item itself: the browser lays out a
     * contained box on its own only when its size does not come from flex layout, so a scroll that
     * changes rows lays out the grid, not the whole page.
     */
    .scroll-frame {
      position: relative;
      flex: 1 1 0;
      min-height: 0;
    }
    .scroller {
      position: absolute;
      inset: 0;
      overflow: auto;
      overflow-anchor: none;
      contain: strict;
      /* Opaque: the browser scrolls an opaque scroller on the compositor, and paints a see-through one again on every scroll. */
      background: ${token.colorBackground};
    }
    [role='grid'] {
      min-width: 100%;
    }
    .row {
      display: grid;
      grid-template-columns: var(--columns);
      align-items: stretch;
      width: 100%;
      height: ${rowHeight};
      border-bottom: 1px solid ${token.colorSurfaceRaised};
      background: ${token.colorBackground};
    }
    .head {
      position: sticky;
      top: 0;
      z-index: 3;
    }
    .head .row {
      height: ${headerHeight};
      border-bottom-color: ${token.colorBorder};
    }
    .body {
      position: relative;
    }
    .body .row {
      position: absolute;
      top: 0;
      inset-inline-start: 0;
      cursor: default;
    }
    .body .row:hover {
      --row-background: ${token.colorSurface};
      background: ${token.colorSurface};
    }
    .body .row[aria-selected='true'] {
      --row-background: ${token.colorSelected};
      background: ${token.colorSelected};
    }
    .body .row[aria-current='true'] {
      --row-background: ${token.colorSelected};
      background: ${token.colorSelected};
    }
    /* The current row's bar is drawn on its sticky check cell: the row's own edge lies under that cell. */
    .body .row[aria-current='true'] > .check {
      box-shadow: inset 3px 0 0 ${token.colorAccent};
    }
    :host(:dir(rtl)) .body .row[aria-current='true'] > .check {
      box-shadow: inset -3px 0 0 ${token.colorAccent};
    }
    .cell {
      display: flex;
      align-items: center;
      min-width: 0;
      padding: 0 8px;
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
      outline-offset: -2px;
    }
    .cell-text {
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .sticky {
      position: sticky;
      z-index: 1;
      background: var(--row-background, ${token.colorBackground});
    }
    .check {
      inset-inline-start: 0;
      justify-content: center;
      padding: 0;
    }
    .key {
      inset-inline-start: ${checkWidth};
      box-shadow: inset -1px 0 0 ${token.colorSurfaceRaised};
    }
    :host(:dir(rtl)) .key {
      box-shadow: inset 1px 0 0 ${token.colorSurfaceRaised};
    }
    .check input {
      width: 16px;
      height: 16px;
      margin: 0;
      accent-color: ${token.colorAccent};
      cursor: pointer;
      outline-offset: 2px;
    }
    [role='columnheader'] {
      padding: 0;
      font-weight: 600;
    }
    .sort {
      display: flex;
      align-items: center;
      gap: 4px;
      width: 100%;
      height: 100%;
      padding: 0 8px;
      border: none;
      background: transparent;
      font-weight: 600;
      text-align: start;
      outline-offset: -2px;
    }
    .sort:hover {
      background: ${token.colorSurfaceRaised};
    }
    .sort .icon {
      color: ${token.colorTextMuted};
    }
    .open {
      max-width: 100%;
      overflow: hidden;
      padding: 2px 0;
      border: none;
      background: transparent;
      color: ${token.colorAccent};
      text-align: start;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .open:hover {
      color: ${token.colorAccentHover};
      text-decoration: underline;
    }
    .severity {
      display: inline-flex;
      align-items: center;
      gap: 6px;
    }
    .marker {
      width: 10px;
      height: 10px;
      border-radius: 2px;
      background: ${token.severityInformational};
    }
    [data-severity='high'] .marker {
      background: ${token.severityHigh};
    }
    [data-severity='medium'] .marker {
      background: ${token.severityMedium};
    }
    [data-severity='low'] .marker {
      background: ${token.severityLow};
    }
    [data-severity='unknown'] .marker {
      background: transparent;
      border: 1px solid ${token.severityInformational};
    }
    .tag {
      display: inline-block;
      max-width: 100px;
      margin-inline-end: 4px;
      padding: 0 6px;
      overflow: hidden;
      border: 1px solid ${token.colorBorder};
      border-radius: ${token.radius};
      background: ${token.colorSurfaceRaised};
      font-size: ${token.fontSizeSmall};
      line-height: 20px;
      text-overflow: ellipsis;
      vertical-align: middle;
    }
    .more {
      color: ${token.colorTextMuted};
      font-size: ${token.fontSizeSmall};
    }
    .tag[hidden] {
      display: none;
    }
    /* A bar while content loads; a placeholder row shows one in each cell until its page arrives. */
    .skeleton,
    .placeholder .cell-text {
      display: block;
      width: 70%;
      height: 10px;
      border-radius: 5px;
      background: ${token.colorSurfaceRaised};
    }

    /*
     * Compact layout, in a queue at most 480px wide: the name on the first line, severity, status
     * and last update under it; the check box beside both. The element renders only those cells
     * (and the rows at their compact height) at the same width.
     */
    /* 480px is COMPACT_MAX_WIDTH (queue-metrics.ts), which the element reads too; a test keeps them equal. */
    @container (max-width: 480px) {
      .search {
        flex: 1 1 100%;
      }
      .search input {
        width: 100%;
      }
      .row {
        grid-template-columns: ${compactColumns};
        grid-template-rows: repeat(2, minmax(0, 1fr));
        height: ${compactRowHeight};
      }
      .row > [data-column='severity'] {
        grid-area: 2 / 2;
      }
      .row > [data-column='status'] {
        grid-area: 2 / 3;
      }
      .row > [data-column='lastUpdate'] {
        grid-area: 2 / 4;
      }
      .row > [data-column='severity'] .severity {
        display: block;
        overflow: hidden;
        text-overflow: ellipsis;
      }
      .row > [data-column='severity'] .marker {
        display: inline-block;
        margin-inline-end: 6px;
      }
      .head .row {
        height: ${compactHeaderHeight};
      }
      .row > .check {
        grid-row: 1 / span 2;
      }
      .row > [data-column='name'],
      .row > .key {
        grid-column: 2 / -1;
        align-items: end;
        padding-block-end: 2px;
      }
      .row > :not(.check, .key, [data-column='name']) {
        align-items: start;
        padding-block-start: 2px;
        padding-inline: 8px 2px;
        color: ${token.colorTextMuted};
        font-size: ${token.fontSizeSmall};
      }
      .head .row > :not(.check) {
        align-items: stretch;
        padding-block: 0;
      }
      .head .row > :not(.check, .key) .sort {
        padding-inline: 8px 2px;
        font-size: ${token.fontSizeSmall};
      }
      .key {
        box-shadow: none;
      }
      .skeleton-row .skeleton:nth-child(n + 3) {
        display: none;
      }
      .skeleton-row .skeleton:nth-child(2) {
        flex: 1 1 auto;
        width: auto;
      }
    }

    /* States */
    .progress {
      position: absolute;
      top: -1px;
      inset-inline: 0;
      z-index: 4;
      height: 2px;
      overflow: hidden;
    }
    /* The bar slides by its transform, which the compositor animates without a layout in each frame. */
    .progress::after {
      content: '';
      position: absolute;
      top: 0;
      bottom: 0;
      left: 0;
      width: 30%;
      background: ${token.colorAccent};
      animation: soc-queue-progress 1.2s ease-in-out infinite;
    }
    /* The bar runs the way the text reads. */
    :host(:dir(rtl)) .progress {
      transform: scaleX(-1);
    }
    @keyframes soc-queue-progress {
      from {
        transform: translateX(-100%);
      }
      to {
        /* Out past the far edge: the bar is 30% of the track. */
        transform: translateX(calc(100% / 0.3));
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .progress::after {
        width: 100%;
        animation: none;
      }
    }
    .skeleton-rows {
      overflow: hidden;
    }
    .skeleton-row {
      display: flex;
      align-items: center;
      gap: 24px;
      height: ${rowHeight};
      padding: 0 16px;
      border-bottom: 1px solid ${token.colorSurfaceRaised};
    }
    .skeleton-row .skeleton:first-child {
      width: 16px;
      flex: none;
    }
    .skeleton-row .skeleton:nth-child(2) {
      width: 280px;
      flex: none;
    }
    .skeleton-row .skeleton {
      width: 120px;
      flex: none;
    }
    .message {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 8px;
      padding: 48px 16px;
      text-align: center;
    }
    .message-title {
      margin: 0;
      font-weight: 600;
      font-size: 16px;
    }
    .message p {
      margin: 0;
      max-width: 60ch;
    }
    .message.error .message-title {
      color: ${token.colorDanger};
    }
    .page-error {
      display: flex;
      align-items: center;
      gap: 12px;
      padding: 6px 12px;
      border-bottom: 1px solid ${token.colorBorder};
      background: ${token.colorDangerSurface};
      color: ${token.colorDanger};
    }
    .page-error .button {
      color: ${token.colorText};
    }

    @media (forced-colors: active) {
      .action[aria-pressed='true'],
      .action[aria-pressed='true']:hover:not(:disabled) {
        ${forcedPressedLook}
      }
      .body .row[aria-selected='true'] {
        outline: 1px solid Highlight;
        outline-offset: -1px;
      }
      /* Above the sticky cells, below the sticky header. */
      .body .row[aria-current='true']::before {
        ${forcedSelectionBar}
        z-index: 2;
      }
      .marker,
      [data-severity] .marker {
        forced-color-adjust: none;
        background: CanvasText;
        border: 1px solid CanvasText;
      }
      [data-severity='unknown'] .marker {
        background: Canvas;
      }
      .skeleton,
      .placeholder .cell-text {
        forced-color-adjust: none;
        background: GrayText;
      }
      .progress::after {
        forced-color-adjust: none;
        background: Highlight;
      }
    }
  `,
];
