import { css } from 'lit';
import { token } from '../styles/tokens.js';

export const incidentPageStyles = css`
  :host {
    display: block;
    background: ${token.colorBackground};
    line-height: 20px;
    min-width: 0;
  }

  header {
    display: grid;
    gap: 12px;
    padding: 16px 24px 12px;
  }

  .title-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: start;
    gap: 8px 24px;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 8px;
  }
  .action-error {
    margin: 0;
    color: ${token.colorDanger};
  }
  .action-error:empty {
    display: none;
  }

  h1 {
    margin: 0;
    font-size: ${token.fontSizeLarge};
    font-weight: 600;
    line-height: 28px;
    min-width: 0;
    overflow-wrap: anywhere;
  }

  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 32px;
    margin: 0;
  }
  .facts div {
    display: grid;
    gap: 2px;
    min-width: 0;
  }
  dt {
    color: ${token.colorTextMuted};
    font-size: ${token.fontSizeSmall};
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }


  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tags li {
    padding: 1px 8px;
    border: 1px solid ${token.colorBorder};
    border-radius: 12px;
    background: ${token.colorSurfaceRaised};
    font-size: ${token.fontSizeSmall};
    line-height: 20px;
    overflow-wrap: anywhere;
  }
  .tags li.system {
    background: ${token.colorBackground};
    border-style: dashed;
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

  .tablist {
    display: flex;
    gap: 4px;
    padding-inline: 16px;
    border-block-end: 1px solid ${token.colorBorder};
  }
  [role='tab'] {
    position: relative;
    border: none;
    border-start-start-radius: ${token.radius};
    border-start-end-radius: ${token.radius};
    background: transparent;
    padding: 8px 10px 10px;
    color: ${token.colorTextMuted};
  }
  [role='tab']:hover {
    background: ${token.colorSurfaceRaised};
    color: ${token.colorText};
  }
  [role='tab'][aria-selected='true'] {
    color: ${token.colorText};
    font-weight: 600;
  }
  [role='tab'][aria-selected='true']::after {
    content: '';
    position: absolute;
    inset-inline: 10px;
    inset-block-end: 0;
    height: 3px;
    border-radius: 2px;
    background: ${token.colorAccent};
  }
  [role='tab']:focus-visible {
    outline-offset: -2px;
  }

  .tabpanel {
    padding: 16px 24px;
    overflow-x: auto;
  }
  .tabpanel[hidden] {
    display: none;
  }

  .muted {
    color: ${token.colorTextMuted};
    margin: 0;
  }

  .state {
    display: grid;
    gap: 8px;
    justify-items: start;
    padding: 24px;
  }
  .state h1 {
    font-size: ${token.fontSizeLarge};
  }
  .state p {
    margin: 0;
  }
  .state.error h1 {
    color: ${token.colorDanger};
  }

  .skeleton {
    display: grid;
    gap: 12px;
    padding: 16px 24px;
  }
  .skeleton span:first-of-type {
    height: 28px;
    width: 50%;
  }
  .skeleton span:nth-of-type(2n) {
    width: 70%;
  }

  .playbooks {
    display: block;
    margin-block-end: 16px;
  }

  /* The live response console: a wide side panel, as the portal opens it. */
  dialog.console {
    position: fixed;
    inset-block: 0;
    inset-inline: auto 0;
    margin: 0;
    width: min(980px, 100vw);
    max-width: 100vw;
    height: 100dvh;
    max-height: 100dvh;
    padding: 0 16px 16px;
    border: none;
    border-inline-start: 1px solid ${token.colorBorder};
    box-shadow: ${token.shadow};
    background: ${token.colorBackground};
    color: ${token.colorText};
  }
  dialog.console::backdrop {
    background: color-mix(in srgb, ${token.colorText} 40%, transparent);
  }
  .console-bar {
    display: flex;
    justify-content: flex-end;
    padding: 8px 0;
  }
`;
