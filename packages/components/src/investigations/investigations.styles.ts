import { css } from 'lit';
import { token } from '../styles/tokens.js';

export const investigationsStyles = css`
  :host {
    display: block;
    background: ${token.colorBackground};
    line-height: 20px;
    min-width: 0;
  }

  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    align-items: start;
  }
  .layout.with-details {
    grid-template-columns: minmax(0, 1fr) minmax(320px, 400px);
  }

  .table-scroll {
    min-width: 0;
    overflow-x: auto;
    padding: 0 16px 16px;
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
  }
  tbody tr {
    cursor: pointer;
  }
  tbody tr:hover {
    background: ${token.colorSurface};
  }
  tbody tr.selected {
    background: ${token.colorSelected};
  }
  tbody tr.selected th {
    box-shadow: inset 3px 0 0 ${token.colorAccent};
  }
  .time,
  .count {
    white-space: nowrap;
  }

  button.row-button {
    padding: 0 0 0 8px;
    font: inherit;
    color: ${token.colorAccent};
    text-align: start;
    white-space: nowrap;
    background: none;
    border: none;
    cursor: pointer;
  }
  button.row-button:hover {
    color: ${token.colorAccentHover};
    text-decoration: underline;
  }

  .pending-count {
    display: inline-block;
    margin-inline-start: 8px;
    padding: 0 6px;
    font-size: ${token.fontSizeSmall};
    color: ${token.colorText};
    background: ${token.colorWarningSurface};
    border: 1px solid ${token.colorWarning};
    border-radius: 10px;
    white-space: nowrap;
  }

  .details {
    display: grid;
    gap: 16px;
    align-content: start;
    min-width: 0;
    padding: 12px 16px 16px;
    border-inline-start: 1px solid ${token.colorBorder};
  }
  .details header {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: 8px;
  }
  .details h2 {
    margin: 0;
    font-size: ${token.fontSizeLarge};
    font-weight: 600;
    line-height: 28px;
    overflow-wrap: anywhere;
  }
  .details h3 {
    margin: 0 0 8px;
    font-size: ${token.fontSize};
    font-weight: 600;
  }
  dl {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 6px 16px;
    margin: 0;
  }
  dt {
    color: ${token.colorTextMuted};
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  button.icon {
    display: inline-grid;
    place-items: center;
    min-width: 32px;
    min-height: 32px;
    padding: 4px;
    color: ${token.colorText};
    background: none;
    border: 1px solid transparent;
    border-radius: ${token.radius};
    cursor: pointer;
  }
  button.icon:hover {
    background: ${token.colorSurfaceRaised};
  }
  svg {
    width: 16px;
    height: 16px;
    fill: currentColor;
  }

  .entities {
    display: grid;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .entity {
    display: grid;
    gap: 4px;
    padding: 8px 0;
    border-block-end: 1px solid ${token.colorBorder};
  }
  .entity:first-child {
    padding-block-start: 0;
  }
  .entity-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 4px 8px;
  }
  .entity-name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .entity-state {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
  }
  .actions {
    display: grid;
    gap: 4px;
    margin-block-start: 4px;
    padding-inline-start: 12px;
    border-inline-start: 2px solid ${token.colorBorder};
  }

  .note {
    margin: 0 16px 8px;
    padding: 8px 12px;
    background: ${token.colorSurfaceRaised};
    border-radius: ${token.radius};
  }
  .banner {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    margin: 0 16px 8px;
    padding: 6px 12px;
    background: ${token.colorDangerSurface};
    border: 1px solid ${token.colorDanger};
    border-radius: ${token.radius};
  }

  .skeleton {
    display: grid;
    gap: 12px;
    padding: 16px;
  }
  .skeleton span {
    height: 20px;
  }
`;
