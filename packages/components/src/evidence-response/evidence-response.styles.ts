import { css } from 'lit';
import { textButtonHoverLook, textButtonLook } from '../styles/bare-button-looks.styles.js';
import { buttonLook } from '../styles/button-looks.styles.js';
import { countStyles } from '../styles/chip.styles.js';
import { forcedStatusMarkerStyles } from '../styles/forced-colors.styles.js';
import { regionHostStyles } from '../styles/host.styles.js';
import { menuStyles } from '../styles/menu.styles.js';
import { tableStyles } from '../styles/table.styles.js';
import { token } from '../styles/tokens.js';
import { verticalTabStyles } from '../styles/vertical-tabs.styles.js';

export const evidenceResponseStyles = [
  regionHostStyles,
  verticalTabStyles,
  countStyles,
  tableStyles,
  forcedStatusMarkerStyles,
  menuStyles,
  css`
    :host {
      --tab-column: minmax(168px, 200px);
    }

    .summary {
      margin: 4px 0 8px;
      color: ${token.colorTextMuted};
    }
    .note {
      margin: 0 0 8px;
    }
    th,
    td {
      vertical-align: top;
    }
    tbody th,
    tbody td {
      padding-block: 8px;
    }
    tbody td:not(.response):not(.menu-cell) {
      padding-block-start: 12px;
    }
    thead th {
      vertical-align: bottom;
    }
    tbody th {
      min-width: 140px;
      padding-block-start: 12px;
    }
    .time {
      white-space: nowrap;
    }
    .response {
      min-width: 240px;
    }
    .menu-cell {
      width: 1%;
      padding-inline-end: 0;
      text-align: end;
    }

    button.entity {
      ${textButtonLook}
    }
    button.entity:hover {
      ${textButtonHoverLook}
    }

    button.menu-button {
      ${buttonLook}
      display: inline-flex;
      align-items: center;
      gap: 4px;
      min-height: 28px;
      padding: 2px 8px;
    }
    button.menu-button:hover:not(:disabled),
    button.menu-button[aria-expanded='true'] {
      background: ${token.colorSurfaceRaised};
    }
    button.menu-button:disabled {
      color: ${token.colorTextMuted};
      background: ${token.colorSurfaceRaised};
      border-color: ${token.colorBorder};
      cursor: not-allowed;
    }
    svg {
      width: 12px;
      height: 12px;
      fill: currentColor;
    }

    [role='menu'] {
      position: fixed;
      inset: auto;
    }
    .item-note {
      font-size: ${token.fontSizeSmall};
    }

    .banner {
      margin: 8px 16px;
    }

    @media (forced-colors: active) {
      button.menu-button:disabled {
        color: GrayText;
        border-color: GrayText;
      }
    }
  `,
];
