import { css } from 'lit';
import { token } from '../styles/tokens.js';

/** The flyout the queue's "Filters" and "Customize columns" open: a modal sheet on the right. */
export const sidePanelStyles = css`
  dialog {
    margin: 0 0 0 auto;
    padding: 0;
    width: min(420px, 100vw);
    height: 100vh;
    max-height: 100vh;
    border: none;
    border-left: 1px solid ${token.colorBorder};
    box-shadow: ${token.shadow};
    background: ${token.colorBackground};
    color: ${token.colorText};
    font: inherit;
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
  }
  dialog::backdrop {
    background: rgba(0, 0, 0, 0.2);
  }
  .panel-header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    padding: 20px 24px 12px;
  }
  h2 {
    margin: 0;
    font-size: ${token.fontSizeLarge};
    font-weight: 600;
  }
  .panel-body {
    flex: 1 1 auto;
    overflow: auto;
    padding: 0 24px 16px;
  }
  .panel-footer {
    display: flex;
    gap: 8px;
    padding: 16px 24px;
    border-top: 1px solid ${token.colorBorder};
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  .button {
    min-height: 32px;
    padding: 0 12px;
    border: 1px solid ${token.colorBorderStrong};
    border-radius: ${token.radius};
    background: ${token.colorBackground};
    font-weight: 600;
  }
  .button:hover {
    background: ${token.colorSurfaceRaised};
  }
  .button.primary {
    border-color: ${token.colorAccent};
    background: ${token.colorAccent};
    color: ${token.colorOnAccent};
  }
  .button.primary:hover {
    background: ${token.colorAccentHover};
  }
  .icon-button {
    display: inline-grid;
    place-items: center;
    width: 32px;
    height: 32px;
    padding: 0;
    border: none;
    border-radius: ${token.radius};
    background: transparent;
  }
  .icon-button:hover:not(:disabled) {
    background: ${token.colorSurfaceRaised};
  }
  .icon-button:disabled {
    color: ${token.colorBorderStrong};
    cursor: default;
  }
  .icon {
    fill: currentColor;
    flex: none;
  }
  fieldset {
    margin: 0;
    padding: 12px 0;
    border: none;
    border-bottom: 1px solid ${token.colorSurfaceRaised};
  }
  legend {
    padding: 0 0 4px;
    font-weight: 600;
  }
  label {
    display: flex;
    align-items: center;
    gap: 8px;
    min-height: 28px;
    cursor: pointer;
  }
  input[type='checkbox'],
  input[type='radio'] {
    flex: none;
    width: 16px;
    height: 16px;
    margin: 0;
    accent-color: ${token.colorAccent};
  }
  input[type='text'],
  input[type='date'] {
    min-height: 32px;
    padding: 0 8px;
    border: 1px solid ${token.colorBorder};
    border-bottom-color: ${token.colorBorderStrong};
    border-radius: ${token.radius};
    background: ${token.colorBackground};
    color: inherit;
    font: inherit;
  }
  .muted {
    color: ${token.colorTextMuted};
  }
  .error {
    color: ${token.colorDanger};
  }
`;
