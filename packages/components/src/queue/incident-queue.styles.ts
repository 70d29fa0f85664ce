import { css } from 'lit';
import { buttonClassStyles } from '../styles/button-class.styles.js';
import { baseStyles, token } from '../styles/tokens.js';
import { checkWidth, headerHeight, rowHeight } from './queue-metrics.js';

export { CHECK_COLUMN_WIDTH, HEADER_HEIGHT, ROW_HEIGHT } from './queue-metrics.js';

export const incidentQueueStyles = [
  baseStyles,
  buttonClassStyles,
  css`
    :host {
      display: flex;
      flex-direction: column;
      min-height: 0;
      background: ${token.colorBackground};
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

    /* Toolbar */
    .toolbar {
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
      left: 8px;
      color: ${token.colorTextMuted};
      pointer-events: none;
    }
    .search input {
      width: 260px;
      min-height: 32px;
      padding: 0 8px 0 30px;
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

    /* Filter chips */
    .chips {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px;
      margin: 0;
      padding: 4px 0 8px;
      list-style: none;
    }
    .chip {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      max-width: 420px;
      min-height: 28px;
      padding: 0 8px 0 12px;
      border: 1px solid ${token.colorBorder};
      border-radius: 14px;
      background: ${token.colorSurfaceRaised};
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
    .scroller {
      position: relative;
      flex: 1 1 0;
      min-height: 0;
      overflow: auto;
      overflow-anchor: none;
      contain: strict;
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
      left: 0;
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
      box-shadow: inset 3px 0 0 ${token.colorAccent};
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
      left: 0;
      justify-content: center;
      padding: 0;
    }
    .key {
      left: ${checkWidth};
      box-shadow: inset -1px 0 0 ${token.colorSurfaceRaised};
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
      margin-right: 4px;
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
    .skeleton {
      display: block;
      width: 70%;
      height: 10px;
      border-radius: 5px;
      background: ${token.colorSurfaceRaised};
    }

    /* States */
    .progress {
      position: absolute;
      top: -1px;
      left: 0;
      right: 0;
      z-index: 4;
      height: 2px;
      overflow: hidden;
    }
    .progress::after {
      content: '';
      position: absolute;
      top: 0;
      bottom: 0;
      width: 30%;
      background: ${token.colorAccent};
      animation: indeterminate 1.2s ease-in-out infinite;
    }
    @keyframes indeterminate {
      from {
        left: -30%;
      }
      to {
        left: 100%;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .progress::after {
        left: 0;
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
  `,
];
