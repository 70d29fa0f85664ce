import { css } from 'lit';
import { buttonStyles } from '../styles/button.styles.js';
import { chipStyles } from '../styles/chip.styles.js';
import { regionHostStyles } from '../styles/host.styles.js';
import { pageStyles } from '../styles/page.styles.js';
import { sidePanelStyles } from '../styles/side-panel.styles.js';
import { tabStyles } from '../styles/tab.styles.js';
import { token } from '../styles/tokens.js';

export const incidentPageStyles = [
  regionHostStyles,
  sidePanelStyles,
  buttonStyles,
  chipStyles,
  pageStyles,
  tabStyles,
  css`
    :host {
      container-type: inline-size;
    }

    header {
      display: grid;
      gap: 12px;
      padding: 16px 24px 12px;
    }

    /* The title keeps room for a few words; when the actions do not fit beside it they wrap under it. */
    .title-row {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 8px 24px;
    }
    .title-row h1 {
      flex: 1 1 18rem;
      overflow-wrap: break-word;
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
    .read-only {
      margin: 0;
    }
    .redirect-notice {
      margin: 16px 24px 0;
    }
    .about {
      display: grid;
      gap: 2px;
      margin: 0;
    }
    .about dd {
      white-space: pre-line;
    }
    .about dd + dt {
      margin-block-start: 8px;
    }

    /* Tabs that do not fit scroll within their row, between arrows shown only then. */
    .tabbar {
      display: flex;
      align-items: stretch;
      padding-inline: 16px;
      border-block-end: 1px solid ${token.colorBorder};
    }
    .tablist {
      display: flex;
      flex: 1 1 auto;
      min-width: 0;
      gap: 4px;
      overflow-x: auto;
      overflow-y: hidden;
      scrollbar-width: none;
    }
    @media (prefers-reduced-motion: no-preference) {
      .tablist {
        scroll-behavior: smooth;
      }
    }
    .tab-scroll {
      display: grid;
      place-items: center;
      flex: none;
      width: 32px;
      min-width: 0;
      padding: 0;
      border: none;
      border-radius: ${token.radius};
      background: transparent;
      color: ${token.colorText};
    }
    .tab-scroll[hidden] {
      display: none;
    }
    .tab-scroll:disabled {
      color: ${token.colorBorder};
    }
    :host(:dir(rtl)) .tab-scroll svg {
      transform: scaleX(-1);
    }
    [role='tab'] {
      flex: none;
      white-space: nowrap;
      border: none;
      border-start-start-radius: ${token.radius};
      border-start-end-radius: ${token.radius};
      background: transparent;
      padding: 8px 10px 10px;
      color: ${token.colorTextMuted};
    }
    [role='tab']:hover,
    [role='tab'][aria-selected='true'] {
      color: ${token.colorText};
    }
    [role='tab'][aria-selected='true']::after {
      inset-inline: 10px;
      inset-block-end: 0;
      height: 3px;
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


    .playbooks {
      display: block;
      margin-block-end: 16px;
    }

    /* The live response console: a wide side panel, as the portal opens it. */
    dialog.console {
      width: min(980px, 100vw);
      padding: 0 16px 16px;
    }
    dialog.playbooks-panel {
      width: min(640px, 100vw);
    }
    .console-bar {
      display: flex;
      justify-content: flex-end;
      padding: 8px 0;
    }

    /* A narrow page (its container, not the viewport): the actions start their own line, margins shrink. */
    @container (max-width: 600px) {
      .actions {
        justify-content: flex-start;
      }
    }
    @container (max-width: 480px) {
      header {
        padding: 12px 8px;
      }
      .tabbar {
        padding-inline: 0;
      }
      .tabpanel {
        padding: 12px 8px;
      }
      .skeleton {
        padding: 12px 8px;
      }
    }

    @media (forced-colors: active) {
      .tab-scroll:disabled {
        color: GrayText;
      }
    }
  `,
];
