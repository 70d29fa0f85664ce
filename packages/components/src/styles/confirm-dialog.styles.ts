import { css } from 'lit';
import { dialogStyles } from './dialog.styles.js';
import { token } from './tokens.js';

/**
 * The element's one `<dialog>` as a centred box that asks to confirm an action: its title (`h2`),
 * then `.dialog-buttons` at the end.
 */
export const confirmDialogStyles = [
  dialogStyles,
  css`
    dialog {
      width: min(480px, calc(100vw - 32px));
      max-height: calc(100dvh - 32px);
      padding: 24px;
      border: 1px solid ${token.colorBorder};
      border-radius: 8px;
    }
    .dialog-buttons {
      display: flex;
      justify-content: flex-end;
      gap: 8px;
    }
  `,
];
