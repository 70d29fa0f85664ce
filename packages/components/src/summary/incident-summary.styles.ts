import { css } from 'lit';
import { token } from '../styles/tokens.js';

export const incidentSummaryStyles = css`
  :host {
    display: block;
    background: ${token.colorBackground};
    border-inline-start: 1px solid ${token.colorBorder};
    line-height: 20px;
    min-width: 0;
    overflow: auto;
  }

  .pane {
    padding: 16px 20px 20px;
  }

  header {
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
    grid-column: 1 / -1;
    margin: 0;
    font-size: ${token.fontSizeLarge};
    font-weight: 600;
    line-height: 28px;
    overflow-wrap: anywhere;
  }

  .actions {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin-block-start: 8px;
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
  button:active {
    background: ${token.colorSelected};
  }
  button.primary {
    background: ${token.colorAccent};
    border-color: ${token.colorAccent};
    color: ${token.colorOnAccent};
    font-weight: 600;
  }
  button.primary:hover {
    background: ${token.colorAccentHover};
    border-color: ${token.colorAccentHover};
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


  .alert-count {
    margin: 0 0 8px;
  }
  .alert-count strong {
    font-size: ${token.fontSizeLarge};
    font-weight: 600;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .alerts li {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 8px;
    padding-block: 6px;
    border-block-start: 1px solid ${token.colorBorder};
  }
  .alerts li:first-child {
    border-block-start: none;
  }
  .alert-title {
    overflow-wrap: anywhere;
  }
  .more {
    margin: 6px 0 0;
    color: ${token.colorTextMuted};
  }

  .assets {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(140px, 1fr));
    gap: 4px 16px;
  }
  .assets li {
    display: flex;
    align-items: baseline;
    gap: 8px;
  }
  .assets .count {
    min-width: 2ch;
    font-weight: 600;
    text-align: end;
  }

  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .chips li {
    padding: 1px 8px;
    border: 1px solid ${token.colorBorder};
    border-radius: 12px;
    background: ${token.colorSurfaceRaised};
    font-size: ${token.fontSizeSmall};
    line-height: 20px;
    overflow-wrap: anywhere;
  }
  .chips li.system {
    background: ${token.colorBackground};
    border-style: dashed;
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
  .state h2 {
    font-size: ${token.fontSize};
  }
  .state p {
    margin: 0;
  }
  .state.error h2 {
    color: ${token.colorDanger};
  }
  .state-header {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 8px;
    width: 100%;
  }

  .inline-error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    color: ${token.colorDanger};
    margin: 0;
  }

  .skeleton {
    display: grid;
    gap: 10px;
    padding: 16px 20px;
  }
  .skeleton span:first-of-type {
    height: 24px;
    width: 70%;
  }
  .skeleton span:nth-of-type(3n) {
    width: 55%;
  }
`;
