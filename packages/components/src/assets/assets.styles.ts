import { css } from 'lit';
import { token } from '../styles/tokens.js';

export const assetsStyles = css`
  :host {
    display: block;
    background: ${token.colorBackground};
    line-height: 20px;
    min-width: 0;
  }

  .layout {
    display: grid;
    grid-template-columns: minmax(180px, 220px) minmax(0, 1fr);
    min-height: 100%;
  }

  .groups {
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
  [role='tab'].none {
    color: ${token.colorTextMuted};
  }
  .count {
    min-width: 24px;
    padding: 0 6px;
    font-size: ${token.fontSizeSmall};
    font-weight: 400;
    text-align: center;
    color: ${token.colorText};
    background: ${token.colorSurfaceRaised};
    border-radius: 10px;
  }

  .panel {
    min-width: 0;
    padding: 8px 16px 16px;
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
    vertical-align: middle;
    border-block-end: 1px solid ${token.colorBorder};
    overflow-wrap: break-word;
  }
  thead th {
    font-weight: 600;
    font-size: ${token.fontSizeSmall};
    color: ${token.colorTextMuted};
    white-space: nowrap;
  }
  tbody th {
    font-weight: 400;
    min-width: 160px;
  }
  tbody tr:hover {
    background: ${token.colorSurface};
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

  .state {
    padding: 24px 16px;
  }
  .state h2 {
    margin: 0 0 4px;
    font-size: ${token.fontSize};
    font-weight: 600;
  }
  .state p {
    margin: 0 0 12px;
  }
  .state.error h2 {
    color: ${token.colorDanger};
  }
  .state button {
    min-height: 32px;
    padding: 4px 12px;
    font: inherit;
    color: ${token.colorText};
    background: ${token.colorBackground};
    border: 1px solid ${token.colorBorderStrong};
    border-radius: ${token.radius};
    cursor: pointer;
  }
  .state button:hover {
    background: ${token.colorSurfaceRaised};
  }
  .empty {
    font-weight: 600;
  }
  .muted {
    color: ${token.colorTextMuted};
  }
  .group-empty {
    margin: 8px 0;
  }

  .skeleton {
    display: grid;
    grid-template-columns: minmax(180px, 220px) minmax(0, 1fr);
    gap: 16px;
    padding: 8px;
  }
  .skeleton span {
    height: 20px;
    margin-block-end: 10px;
  }
`;
