import { css } from 'lit';
import { textButtonHoverLook, textButtonLook } from '../styles/bare-button-looks.styles.js';
import { buttonLook } from '../styles/button-looks.styles.js';
import { countStyles } from '../styles/chip.styles.js';
import { forcedStatusMarkerStyles } from '../styles/forced-colors.styles.js';
import { regionHostStyles } from '../styles/host.styles.js';
import { tableStyles } from '../styles/table.styles.js';
import { token } from '../styles/tokens.js';
import { verticalTabStyles } from '../styles/vertical-tabs.styles.js';

export const evidenceResponseStyles = [
  regionHostStyles,
  verticalTabStyles,
  countStyles,
  tableStyles,
  forcedStatusMarkerStyles,
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
      margin: 0;
      min-width: 220px;
      padding: 4px;
      color: ${token.colorText};
      background: ${token.colorBackground};
      border: 1px solid ${token.colorBorder};
      border-radius: ${token.radius};
      box-shadow: ${token.shadow};
      font-family: ${token.fontFamily};
      font-size: ${token.fontSize};
    }
    [role='menuitem'] {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 12px;
      width: 100%;
      min-height: 32px;
      padding: 4px 8px;
      font: inherit;
      color: ${token.colorText};
      text-align: start;
      background: none;
      border: none;
      border-radius: ${token.radius};
      cursor: pointer;
    }
    [role='menuitem']:hover,
    [role='menuitem']:focus-visible {
      background: ${token.colorSelected};
    }
    [role='menuitem']:focus-visible {
      outline-offset: -2px;
    }
    [role='menuitem'][aria-disabled='true'] {
      color: ${token.colorTextMuted};
      cursor: not-allowed;
    }
    [role='menuitem'][aria-disabled='true']:hover {
      background: none;
    }
    .item-note {
      font-size: ${token.fontSizeSmall};
    }
    [role='separator'] {
      height: 1px;
      margin: 4px 0;
      background: ${token.colorBorder};
    }

    .banner {
      margin: 8px 16px;
    }

    .skeleton {
      display: grid;
      grid-template-columns: minmax(168px, 200px) minmax(0, 1fr);
      gap: 16px;
      padding: 8px;
    }
    .skeleton span {
      height: 20px;
      margin-block-end: 10px;
    }

    @media (forced-colors: active) {
      [role='separator'] {
        background: CanvasText;
      }
      button.menu-button:disabled {
        color: GrayText;
        border-color: GrayText;
      }
    }
  `,
];
