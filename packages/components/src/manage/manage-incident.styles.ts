import { css } from 'lit';
import { token } from '../styles/tokens.js';

export const manageIncidentStyles = css`
  :host {
    display: contents;
  }

  /* A side panel, as the portal's "Manage incident" pane, but a modal dialog underneath. */
  dialog {
    position: fixed;
    inset-block: 0;
    inset-inline: auto 0;
    margin: 0;
    width: min(480px, 100vw);
    max-width: 100vw;
    height: 100dvh;
    max-height: 100dvh;
    padding: 0;
    border: none;
    border-inline-start: 1px solid ${token.colorBorder};
    box-shadow: ${token.shadow};
    background: ${token.colorBackground};
    color: ${token.colorText};
    font-family: ${token.fontFamily};
    font-size: ${token.fontSize};
    line-height: 20px;
  }
  dialog::backdrop {
    background: color-mix(in srgb, ${token.colorText} 40%, transparent);
  }

  form {
    display: flex;
    flex-direction: column;
    height: 100%;
  }

  header {
    display: grid;
    grid-template-columns: 1fr auto;
    align-items: start;
    gap: 4px 8px;
    padding: 20px 24px 12px;
  }
  h2 {
    margin: 0;
    font-size: ${token.fontSizeLarge};
    font-weight: 600;
    line-height: 28px;
  }
  .subtitle {
    grid-column: 1 / -1;
    margin: 0;
    color: ${token.colorTextMuted};
    overflow-wrap: anywhere;
  }

  .body {
    flex: 1;
    overflow: auto;
    display: grid;
    align-content: start;
    gap: 16px;
    padding: 4px 24px 16px;
  }

  fieldset {
    display: grid;
    gap: 16px;
    margin: 0;
    padding: 0;
    border: none;
    min-width: 0;
  }

  .field {
    display: grid;
    gap: 4px;
    min-width: 0;
  }
  .pair {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 16px;
  }
  label,
  .label {
    font-weight: 600;
  }

  input,
  select,
  textarea {
    font: inherit;
    color: ${token.colorText};
    background: ${token.colorBackground};
    border: 1px solid ${token.colorBorder};
    border-block-end-color: ${token.colorBorderStrong};
    border-radius: ${token.radius};
    min-height: 32px;
    padding: 4px 8px;
    width: 100%;
  }
  textarea {
    resize: vertical;
    min-height: 88px;
  }
  input:hover,
  select:hover,
  textarea:hover {
    border-color: ${token.colorBorderStrong};
  }
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: none;
    border-color: ${token.colorBorder};
    border-block-end: 2px solid ${token.colorAccent};
    padding-block-end: 3px;
  }
  input:disabled,
  select:disabled,
  textarea:disabled {
    color: ${token.colorTextMuted};
    background: ${token.colorSurfaceRaised};
    cursor: not-allowed;
  }
  [aria-invalid='true'] {
    border-color: ${token.colorDanger};
  }

  .hint,
  .counter {
    margin: 0;
    color: ${token.colorTextMuted};
    font-size: ${token.fontSizeSmall};
  }
  .counter {
    justify-self: end;
  }
  .field-error {
    margin: 0;
    color: ${token.colorDanger};
    font-size: ${token.fontSizeSmall};
    font-weight: 600;
  }

  .assignee {
    display: flex;
    gap: 8px;
  }
  .assignee select {
    flex: 1;
    min-width: 0;
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
    white-space: nowrap;
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
  button[aria-disabled='true'] {
    cursor: progress;
  }
  button.icon {
    display: inline-grid;
    place-items: center;
    min-width: 32px;
    padding: 4px;
    border-color: transparent;
  }
  button.icon:hover {
    border-color: ${token.colorBorder};
  }
  button.link {
    border-color: transparent;
    background: none;
    color: ${token.colorAccent};
    padding-inline: 4px;
  }
  button.link:hover {
    text-decoration: underline;
  }
  svg {
    width: 16px;
    height: 16px;
    fill: currentColor;
  }

  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 2px;
    max-width: 100%;
    padding: 1px 8px;
    border: 1px solid ${token.colorBorder};
    border-radius: 12px;
    background: ${token.colorSurfaceRaised};
    font-size: ${token.fontSizeSmall};
  }
  .chip span {
    overflow-wrap: anywhere;
  }
  .chip button {
    margin-block: -1px;
    margin-inline-end: -6px;
    min-height: 22px;
    min-width: 22px;
    padding: 0;
    border: none;
    border-radius: 11px;
    background: none;
    display: inline-grid;
    place-items: center;
  }
  .chip button:hover {
    background: ${token.colorBorder};
  }
  .chip svg {
    width: 10px;
    height: 10px;
  }

  .combobox {
    position: relative;
  }
  [role='listbox'] {
    position: absolute;
    z-index: 1;
    inset-inline: 0;
    margin: 2px 0 0;
    padding: 4px 0;
    list-style: none;
    max-height: 240px;
    overflow: auto;
    background: ${token.colorBackground};
    border: 1px solid ${token.colorBorder};
    border-radius: ${token.radius};
    box-shadow: ${token.shadow};
  }
  [role='option'] {
    padding: 6px 12px;
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  [role='option']:hover {
    background: ${token.colorSurfaceRaised};
  }
  [role='option'].active {
    background: ${token.colorSelected};
    outline: 2px solid ${token.colorFocus};
    outline-offset: -2px;
  }
  [role='option'].create {
    color: ${token.colorAccent};
  }
  [role='option'].create:hover,
  [role='option'].create.active {
    color: ${token.colorAccentHover};
  }

  .note,
  .notice {
    margin: 0;
    padding: 8px 12px;
    border-radius: ${token.radius};
    border: 1px solid ${token.colorBorder};
    background: ${token.colorSurface};
  }
  .notice.error {
    border-color: ${token.colorDanger};
    background: ${token.colorDangerSurface};
  }
  .notice.warning {
    border-color: ${token.colorWarning};
    background: ${token.colorWarningSurface};
  }
  .notice h3 {
    margin: 0 0 4px;
    font-size: ${token.fontSize};
    font-weight: 600;
  }
  .notice p {
    margin: 0 0 8px;
  }
  .notice p:last-child {
    margin-block-end: 0;
  }
  .notice ul {
    margin: 0 0 8px;
    padding-inline-start: 20px;
  }
  .notice .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  .alert-region:not(:empty) {
    padding: 0 24px 12px;
  }
  .alert-region strong {
    display: block;
  }

  table {
    width: 100%;
    table-layout: fixed;
    border-collapse: collapse;
    margin-block-end: 8px;
    background: ${token.colorBackground};
  }
  thead th:first-child {
    width: 30%;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 4px 8px;
    border: 1px solid ${token.colorBorder};
    overflow-wrap: break-word;
  }
  th {
    font-weight: 600;
  }

  footer {
    display: flex;
    gap: 8px;
    padding: 16px 24px;
    border-block-start: 1px solid ${token.colorBorder};
  }
`;
