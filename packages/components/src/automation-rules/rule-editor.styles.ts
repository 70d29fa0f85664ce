import { css } from 'lit';
import { buttonStyles } from '../styles/button.styles.js';
import { fieldStyles } from '../styles/field.styles.js';
import { noticeStyles } from '../styles/notice.styles.js';
import { sidePanelStyles } from '../styles/side-panel.styles.js';
import { token } from '../styles/tokens.js';

export const ruleEditorStyles = [
  sidePanelStyles,
  buttonStyles,
  fieldStyles,
  noticeStyles,
  css`
    :host {
      display: contents;
    }

    dialog {
      width: min(720px, 100vw);
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
      align-content: start;
    }
    .pair {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 16px;
    }
    label.small {
      font-weight: 400;
      font-size: ${token.fontSizeSmall};
      color: ${token.colorTextMuted};
      line-height: 16px;
    }

    .hint {
      line-height: 16px;
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

    /* The panel is a size container (side-panel styles): its own width decides, not the window's. */
    @container (max-width: 560px) {
      .condition-controls,
      .action-controls,
      .pair {
        grid-template-columns: minmax(0, 1fr);
      }
    }
  `,
];
