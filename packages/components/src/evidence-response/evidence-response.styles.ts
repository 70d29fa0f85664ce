import { css } from 'lit';
import { token } from '../styles/tokens.js';

export const evidenceResponseStyles = css`
  :host {
    display: block;
    background: ${token.colorBackground};
    line-height: 20px;
    min-width: 0;
  }

  .layout {
    display: grid;
    grid-template-columns: minmax(168px, 200px) minmax(0, 1fr);
    min-height: 100%;
  }

  .filters {
    display: flex;
    flex-direction: column;
    gap: 2px;
    padding: 8px;
    border-inline-end: 1px solid ${token.colorBorder};
  }
  [role='tab'] {
    position: relative;
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    min-height: 32px;
    padding: 4px 8px 4px 12px;
    font: inherit;
    color: ${token.colorText};
    text-align: start;
    background: transparent;
    border: none;
    border-radius: ${token.radius};
    cursor: pointer;
  }
  [role='tab']:hover {
    background: ${token.colorSurfaceRaised};
  }
  [role='tab'][aria-selected='true'] {
    background: ${token.colorSelected};
    font-weight: 600;
  }
  [role='tab'][aria-selected='true']::before {
    content: '';
    position: absolute;
    inset-block: 8px;
    inset-inline-start: 2px;
    width: 3px;
    border-radius: 2px;
    background: ${token.colorAccent};
  }
  .count {
    min-width: 24px;
    padding: 0 6px;
    font-size: ${token.fontSizeSmall};
    font-weight: 400;
    text-align: center;
    background: ${token.colorSurfaceRaised};
    border-radius: 10px;
  }

  .panel {
    min-width: 0;
    padding: 8px 16px 16px;
  }
  .summary {
    margin: 4px 0 8px;
    color: ${token.colorTextMuted};
  }
  .note {
    margin: 0 0 8px;
    padding: 8px 12px;
    background: ${token.colorSurfaceRaised};
    border-radius: ${token.radius};
  }
  .table-scroll {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding: 6px 12px 6px 0;
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid ${token.colorBorder};
    overflow-wrap: break-word;
  }
  tbody th,
  tbody td {
    padding-block: 8px;
  }
  tbody td:not(.response):not(.menu-cell) {
    padding-block-start: 12px;
  }
  thead th {
    font-weight: 600;
    font-size: ${token.fontSizeSmall};
    color: ${token.colorTextMuted};
    white-space: nowrap;
    vertical-align: bottom;
  }
  tbody th {
    font-weight: 400;
    min-width: 140px;
    padding-block-start: 12px;
  }
  tbody tr:hover {
    background: ${token.colorSurface};
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
    padding: 0;
    font: inherit;
    color: ${token.colorAccent};
    text-align: start;
    background: none;
    border: none;
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  button.entity:hover {
    color: ${token.colorAccentHover};
    text-decoration: underline;
  }

  button.menu-button {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    min-height: 28px;
    padding: 2px 8px;
    font: inherit;
    color: ${token.colorText};
    white-space: nowrap;
    background: ${token.colorBackground};
    border: 1px solid ${token.colorBorderStrong};
    border-radius: ${token.radius};
    cursor: pointer;
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
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    margin: 8px 16px;
    padding: 6px 12px;
    background: ${token.colorDangerSurface};
    border: 1px solid ${token.colorDanger};
    border-radius: ${token.radius};
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
`;
