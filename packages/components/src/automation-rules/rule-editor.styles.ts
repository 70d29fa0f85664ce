import { css } from 'lit';
import { token } from '../styles/tokens.js';

export const ruleEditorStyles = css`
  :host {
    display: contents;
  }

  /* A side panel, as the portal's automation rule pane, but a modal dialog underneath. */
  dialog {
    position: fixed;
    inset-block: 0;
    inset-inline: auto 0;
    margin: 0;
    width: min(720px, 100vw);
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
    gap: 8px;
    padding: 20px 24px 12px;
  }
  h2 {
    margin: 0;
    font-size: ${token.fontSizeLarge};
    font-weight: 600;
    line-height: 28px;
  }
  h3 {
    margin: 0;
    font-size: ${token.fontSize};
    font-weight: 600;
  }

  .body {
    flex: 1;
    overflow: auto;
    padding: 4px 24px 16px;
  }
  .body > fieldset,
  .body > .note {
    margin-block-end: 16px;
  }

  fieldset {
    display: grid;
    gap: 20px;
    margin: 0;
    padding: 0;
    border: none;
    min-width: 0;
  }

  .field {
    display: grid;
    gap: 4px;
    align-content: start;
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
  label.small {
    font-weight: 400;
    font-size: ${token.fontSizeSmall};
    color: ${token.colorTextMuted};
    line-height: 16px;
  }

  input:not([type='checkbox']),
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
    min-width: 0;
  }
  textarea {
    resize: vertical;
    min-height: 32px;
  }
  input:not([type='checkbox']):hover,
  select:hover,
  textarea:hover {
    border-color: ${token.colorBorderStrong};
  }
  input:not([type='checkbox']):focus-visible,
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
  input[aria-invalid='true']:not([type='checkbox']),
  select[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border-color: ${token.colorDanger};
  }
  input[type='checkbox'] {
    margin: 0;
    width: 16px;
    height: 16px;
    accent-color: ${token.colorAccent};
    flex: none;
  }

  .hint {
    margin: 0;
    color: ${token.colorTextMuted};
    font-size: ${token.fontSizeSmall};
    line-height: 16px;
  }
  .field-error {
    margin: 0;
    color: ${token.colorDanger};
    font-size: ${token.fontSizeSmall};
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  .rows-section {
    display: grid;
    gap: 8px;
    justify-items: start;
  }
  .rows-section > * {
    justify-self: stretch;
  }
  .rows-section > .add {
    justify-self: start;
  }
  .rows {
    display: grid;
    gap: 8px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .row {
    display: grid;
    grid-template-columns: 20px minmax(0, 1fr) 32px;
    gap: 4px 8px;
    align-items: start;
    padding: 8px;
    border: 1px solid ${token.colorBorder};
    border-radius: ${token.radius};
    background: ${token.colorSurface};
  }
  .row.invalid {
    border-color: ${token.colorDanger};
  }
  .row-number {
    color: ${token.colorTextMuted};
    font-size: ${token.fontSizeSmall};
    line-height: 32px;
    text-align: center;
  }
  .action .row-number,
  .action > button.icon {
    margin-block-start: 20px;
  }
  .row-notes {
    grid-column: 2 / 3;
    display: grid;
    gap: 4px;
  }
  .row-notes:empty {
    display: none;
  }
  .condition-controls {
    display: grid;
    grid-template-columns: minmax(0, 160px) minmax(0, 140px) minmax(0, 1fr);
    gap: 8px;
    align-items: start;
  }
  .action-controls {
    display: grid;
    grid-template-columns: minmax(0, 180px) minmax(0, 1fr);
    gap: 8px;
    align-items: start;
  }
  .action-kind,
  .action-fields {
    display: grid;
    gap: 4px;
    min-width: 0;
  }
  .action-fields label.small:not(:first-child) {
    margin-block-start: 4px;
  }

  .choices {
    display: grid;
    gap: 2px;
    max-height: 148px;
    overflow: auto;
    padding: 4px 8px;
    border: 1px solid ${token.colorBorder};
    border-radius: ${token.radius};
    background: ${token.colorBackground};
  }
  .read-only-values {
    margin: 0;
    padding: 5px 8px;
    min-height: 32px;
    border: 1px solid ${token.colorBorder};
    border-radius: ${token.radius};
    background: ${token.colorSurfaceRaised};
    color: ${token.colorTextMuted};
    overflow-wrap: anywhere;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 8px;
    min-height: 24px;
    font-weight: 400;
    cursor: pointer;
  }
  .choice span {
    overflow-wrap: anywhere;
  }
  .choices .hint.selected {
    position: sticky;
    bottom: -4px;
    margin-inline: -8px;
    padding: 4px 8px;
    border-block-start: 1px solid ${token.colorBorder};
    background: ${token.colorBackground};
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
    background: transparent;
  }
  button.icon:hover {
    border-color: ${token.colorBorder};
    background: ${token.colorSurfaceRaised};
  }
  button.link {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    border-color: transparent;
    background: none;
    color: ${token.colorAccent};
    padding-inline: 4px;
  }
  button.link:hover {
    text-decoration: underline;
    background: none;
  }
  svg {
    width: 16px;
    height: 16px;
    fill: currentColor;
    flex: none;
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
    overflow-wrap: anywhere;
  }
  .alert-region:not(:empty) {
    padding: 0 24px 12px;
  }
  .alert-region strong {
    display: block;
  }

  footer {
    display: flex;
    gap: 8px;
    padding: 16px 24px;
    border-block-start: 1px solid ${token.colorBorder};
  }

  @media (max-width: 560px) {
    .condition-controls,
    .action-controls,
    .pair {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
