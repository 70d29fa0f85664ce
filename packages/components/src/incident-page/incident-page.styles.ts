import { css } from 'lit';
import { buttonStyles } from '../styles/button.styles.js';
import { chipStyles } from '../styles/chip.styles.js';
import { regionHostStyles } from '../styles/host.styles.js';
import { pageStyles } from '../styles/page.styles.js';
import { sidePanelStyles } from '../styles/side-panel.styles.js';
import { token } from '../styles/tokens.js';

export const incidentPageStyles = [
  regionHostStyles,
  sidePanelStyles,
  buttonStyles,
  chipStyles,
  pageStyles,
  css`
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
      width: min(980px, 100vw);
      padding: 0 16px 16px;
    }
    .console-bar {
      display: flex;
      justify-content: flex-end;
      padding: 8px 0;
    }
  `,
];
