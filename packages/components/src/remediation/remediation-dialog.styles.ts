import { css } from 'lit';
import { token } from '../styles/tokens.js';

/** The confirmation dialog of `RemediationDialogController`: a centred Fluent dialog. */
export const remediationDialogStyles = css`
  dialog.remediation-dialog {
    width: min(480px, calc(100vw - 32px));
    max-height: calc(100dvh - 32px);
    padding: 0;
    border: 1px solid ${token.colorBorder};
    border-radius: 8px;
    box-shadow: ${token.shadow};
    background: ${token.colorBackground};
    color: ${token.colorText};
    font-family: ${token.fontFamily};
    font-size: ${token.fontSize};
    line-height: 20px;
  }
  dialog.remediation-dialog::backdrop {
    background: color-mix(in srgb, ${token.colorText} 40%, transparent);
  }
  .remediation-dialog form {
    display: grid;
    gap: 16px;
    padding: 24px;
  }
  .remediation-dialog h2 {
    margin: 0;
    font-size: ${token.fontSizeLarge};
    font-weight: 600;
    line-height: 28px;
  }
  .remediation-dialog .dialog-body {
    display: grid;
    gap: 12px;
  }
  .remediation-dialog p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .remediation-dialog .muted {
    color: ${token.colorTextMuted};
  }
  .remediation-dialog .field {
    display: grid;
    gap: 4px;
  }
  .remediation-dialog label {
    font-weight: 600;
  }
  .remediation-dialog textarea {
    width: 100%;
    min-height: 80px;
    padding: 4px 8px;
    font: inherit;
    color: ${token.colorText};
    background: ${token.colorBackground};
    border: 1px solid ${token.colorBorder};
    border-block-end-color: ${token.colorBorderStrong};
    border-radius: ${token.radius};
    resize: vertical;
  }
  .remediation-dialog textarea:hover {
    border-color: ${token.colorBorderStrong};
  }
  .remediation-dialog textarea:focus-visible {
    outline: none;
    border-color: ${token.colorBorder};
    border-block-end: 2px solid ${token.colorAccent};
    padding-block-end: 3px;
  }
  .remediation-dialog .dialog-error {
    display: grid;
    gap: 2px;
    padding: 8px 12px;
    color: ${token.colorText};
    background: ${token.colorDangerSurface};
    border: 1px solid ${token.colorDanger};
    border-radius: ${token.radius};
    overflow-wrap: anywhere;
  }
  .remediation-dialog .dialog-error strong {
    color: ${token.colorDanger};
  }
  .remediation-dialog .dialog-buttons {
    display: flex;
    justify-content: flex-end;
    gap: 8px;
  }
  .remediation-dialog button {
    min-height: 32px;
    min-width: 96px;
    padding: 4px 12px;
    font: inherit;
    font-weight: 600;
    color: ${token.colorText};
    background: ${token.colorBackground};
    border: 1px solid ${token.colorBorderStrong};
    border-radius: ${token.radius};
    cursor: pointer;
  }
  .remediation-dialog button:hover {
    background: ${token.colorSurfaceRaised};
  }
  .remediation-dialog button.primary {
    color: ${token.colorOnAccent};
    background: ${token.colorAccent};
    border-color: ${token.colorAccent};
  }
  .remediation-dialog button.primary:hover {
    background: ${token.colorAccentHover};
    border-color: ${token.colorAccentHover};
  }
  .remediation-dialog button:disabled {
    color: ${token.colorTextMuted};
    background: ${token.colorSurfaceRaised};
    border-color: ${token.colorBorder};
    cursor: not-allowed;
  }
  .remediation-dialog button[aria-disabled='true'] {
    cursor: progress;
  }
`;
