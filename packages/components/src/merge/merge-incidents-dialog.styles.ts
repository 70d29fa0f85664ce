import { css } from 'lit';
import { severityMarkerStyles } from '../internal/severity-marker.js';
import { buttonClassStyles } from '../styles/button-class.styles.js';
import { confirmDialogStyles } from '../styles/confirm-dialog.styles.js';
import { fieldStyles } from '../styles/field.styles.js';
import { noticeStyles } from '../styles/notice.styles.js';
import { baseStyles, token } from '../styles/tokens.js';

export const mergeIncidentsDialogStyles = [
  baseStyles,
  buttonClassStyles,
  fieldStyles,
  noticeStyles,
  severityMarkerStyles,
  confirmDialogStyles,
  css`
    :host {
      display: contents;
    }
    dialog {
      width: min(560px, calc(100vw - 32px));
    }
    form {
      display: grid;
      gap: 16px;
    }
    fieldset {
      display: grid;
      gap: 4px;
      min-width: 0;
      margin: 0;
      padding: 0;
      border: none;
    }
    legend {
      padding: 0 0 4px;
      font-weight: 600;
    }
    .incidents {
      display: grid;
      gap: 4px;
      margin: 4px 0 0;
      padding: 0;
      list-style: none;
    }
    .incident {
      display: flex;
      align-items: flex-start;
      gap: 8px;
      padding: 8px;
      border: 1px solid ${token.colorBorder};
      border-radius: ${token.radius};
      cursor: pointer;
    }
    .incident:has(input:checked) {
      border-color: ${token.colorAccent};
      background: ${token.colorSurface};
    }
    .incident input {
      margin-block-start: 2px;
    }
    .incident-text {
      display: grid;
      gap: 2px;
      min-width: 0;
    }
    .incident-name {
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .facts {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px;
      font-size: ${token.fontSizeSmall};
      color: ${token.colorTextMuted};
    }
    .form-error {
      margin: 0;
      color: ${token.colorDanger};
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .dialog-buttons {
      flex-wrap: wrap;
    }
    @media (forced-colors: active) {
      .incident:has(input:checked) {
        outline: 2px solid Highlight;
        outline-offset: -2px;
      }
    }
  `,
];
