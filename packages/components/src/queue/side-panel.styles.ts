import { css } from 'lit';
import { buttonClassStyles } from '../styles/button-class.styles.js';
import { sidePanelStyles as panelStyles } from '../styles/side-panel.styles.js';
import { token } from '../styles/tokens.js';

/** The flyout the queue's "Filters" and "Customize columns" open: a side panel of choices. */
export const sidePanelStyles = [
  panelStyles,
  buttonClassStyles,
  css`
    dialog {
      width: min(420px, 100vw);
    }
    .icon {
      fill: currentColor;
      flex: none;
    }
    fieldset {
      margin: 0;
      padding: 12px 0;
      border: none;
      border-block-end: 1px solid ${token.colorSurfaceRaised};
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
      border-block-end-color: ${token.colorBorderStrong};
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
  `,
];
