import { css } from 'lit';
import { buttonLook, disabledButtonLook, primaryButtonLook } from '../styles/button-looks.styles.js';
import { confirmDialogStyles } from '../styles/confirm-dialog.styles.js';
import { fieldStyles } from '../styles/field.styles.js';
import { token } from '../styles/tokens.js';

/** The confirmation dialog of `RemediationDialogController`: a centred Fluent dialog. */
export const remediationDialogStyles = [
  confirmDialogStyles,
  fieldStyles,
  css`
    .remediation-dialog form {
      display: grid;
      gap: 16px;
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
    .remediation-dialog textarea {
      min-height: 80px;
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
    .remediation-dialog button {
      ${buttonLook}
      min-width: 96px;
      font-weight: 600;
    }
    .remediation-dialog button:hover {
      background: ${token.colorSurfaceRaised};
    }
    .remediation-dialog button.primary {
      ${primaryButtonLook}
    }
    .remediation-dialog button.primary:hover {
      background: ${token.colorAccentHover};
      border-color: ${token.colorAccentHover};
    }
    .remediation-dialog button:disabled {
      ${disabledButtonLook}
    }
    .remediation-dialog button[aria-disabled='true'] {
      cursor: progress;
    }
    @media (forced-colors: active) {
      .remediation-dialog button:disabled {
        color: GrayText;
        border-color: GrayText;
      }
    }
  `,
];
