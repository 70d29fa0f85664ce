import { css } from 'lit';
import { token } from '../styles/tokens.js';

export const alertListStyles = css`
  :host {
    display: block;
    background: ${token.colorBackground};
    line-height: 20px;
    min-width: 0;
  }

  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    height: 100%;
  }
  .layout.with-details {
    grid-template-columns: minmax(0, 1fr) minmax(320px, 420px);
  }

  .table {
    overflow: auto;
    min-width: 0;
  }
  .columns,
  .row {
    display: grid;
    /* Fixed widths: each row is its own grid, and only fixed tracks line up from row to row. */
    grid-template-columns: 320px 124px 96px 260px 136px 128px 220px 180px 176px 176px;
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
  }
  .row:hover {
    background: ${token.colorSurfaceRaised};
  }
  .row[aria-selected='true'] {
    background: ${token.colorSelected};
    box-shadow: inset 3px 0 0 ${token.colorAccent};
  }
  .row > span {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .row .title {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .time {
    white-space: nowrap;
  }

  .entities {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    align-items: center;
  }
  .entity {
    display: inline-flex;
    gap: 4px;
    max-width: 100%;
    padding: 0 6px;
    border: 1px solid ${token.colorBorder};
    border-radius: 10px;
    font-size: ${token.fontSizeSmall};
    background: ${token.colorSurface};
  }
  .entity-type {
    color: ${token.colorTextMuted};
    flex: none;
  }
  .entity-name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .more {
    color: ${token.colorTextMuted};
    font-size: ${token.fontSizeSmall};
  }

  .severity,
  .verdict {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .severity::before,
  .verdict::before {
    content: '';
    width: 10px;
    height: 10px;
    border-radius: 2px;
    background: ${token.severityInformational};
    flex: none;
  }
  .severity.high::before {
    background: ${token.severityHigh};
  }
  .severity.medium::before {
    background: ${token.severityMedium};
  }
  .severity.low::before {
    background: ${token.severityLow};
  }
  .severity.unknown::before,
  .verdict.unknown::before {
    background: transparent;
    border: 1px solid ${token.colorBorderStrong};
  }
  .verdict::before {
    border-radius: 50%;
  }
  .verdict.malicious {
    color: ${token.colorDanger};
  }
  .verdict.malicious::before {
    background: ${token.colorDanger};
  }
  .verdict.suspicious {
    color: ${token.colorWarning};
  }
  .verdict.suspicious::before {
    background: ${token.colorWarning};
  }
  .verdict.noThreatsFound {
    color: ${token.colorSuccess};
  }
  .verdict.noThreatsFound::before {
    background: ${token.colorSuccess};
  }

  .details {
    border-inline-start: 1px solid ${token.colorBorder};
    padding: 16px 20px 20px;
    overflow: auto;
    min-width: 0;
  }
  .details header {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 4px 8px;
    padding-block-end: 12px;
    border-block-end: 1px solid ${token.colorBorder};
  }
  .eyebrow {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 12px;
    color: ${token.colorTextMuted};
    font-size: ${token.fontSizeSmall};
  }
  h2 {
    margin: 0;
    font-size: ${token.fontSizeLarge};
    font-weight: 600;
    line-height: 28px;
    overflow-wrap: anywhere;
  }
  .details h2 {
    grid-column: 1 / -1;
  }
  section {
    padding-block: 12px;
    border-block-end: 1px solid ${token.colorBorder};
  }
  section:last-child {
    border-block-end: none;
  }
  h3 {
    margin: 0 0 8px;
    font-size: ${token.fontSize};
    font-weight: 600;
  }
  .prose {
    margin: 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(120px, max-content) 1fr;
    gap: 6px 16px;
    margin: 0;
  }
  dt {
    color: ${token.colorTextMuted};
  }
  dd {
    margin: 0;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
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

  button {
    font: inherit;
    color: ${token.colorText};
    background: ${token.colorBackground};
    border: 1px solid ${token.colorBorderStrong};
    border-radius: ${token.radius};
    padding: 4px 12px;
    min-height: 32px;
    cursor: pointer;
  }
  button:hover {
    background: ${token.colorSurfaceRaised};
  }
  button.icon {
    border-color: transparent;
    padding: 4px;
    min-width: 32px;
    display: inline-grid;
    place-items: center;
  }
  button.icon:hover {
    border-color: ${token.colorBorder};
  }
  svg {
    width: 16px;
    height: 16px;
    fill: currentColor;
  }

  .muted {
    color: ${token.colorTextMuted};
    margin: 0;
  }
  .state {
    display: grid;
    gap: 8px;
    justify-items: start;
    padding: 24px 20px;
  }
  .state p {
    margin: 0;
  }
  .state h2 {
    font-size: ${token.fontSize};
    line-height: 20px;
  }
  .state.error h2 {
    color: ${token.colorDanger};
  }
  .empty {
    color: ${token.colorTextMuted};
  }

  .skeleton {
    display: grid;
    gap: 12px;
    padding: 16px 12px;
  }
  .skeleton span {
    height: 20px;
  }
  .skeleton span:nth-of-type(2n) {
    width: 80%;
  }
`;
