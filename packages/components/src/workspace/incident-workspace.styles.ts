import { css } from 'lit';
import { token } from '../styles/tokens.js';

/** At this width of the workspace or less, the summary pane is a sheet over the queue instead of a column beside it. */
export const SHEET_MAX_WIDTH = 720;

export const incidentWorkspaceStyles = css`
  :host {
    position: relative;
    display: flex;
    min-height: 480px;
    background: ${token.colorBackground};
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  .queue {
    flex: 1 1 auto;
    min-width: 0;
    padding: 12px 16px 0;
    display: flex;
    flex-direction: column;
  }
  soc-incident-queue {
    flex: 1 1 auto;
    min-height: 0;
  }
  .pane {
    flex: 0 0 var(--soc-incident-workspace-pane-width, 420px);
    max-width: 50%;
    border-inline-start: 1px solid ${token.colorBorder};
    overflow: auto;
  }
  .queue[hidden] {
    display: none;
  }
  .page {
    flex: 1 1 auto;
    min-width: 0;
    overflow: auto;
    padding: 8px 16px 0;
  }
  .back {
    font: inherit;
    color: ${token.colorAccent};
    background: none;
    border: none;
    padding: 4px 0;
    cursor: pointer;
  }
  .back:hover {
    text-decoration: underline;
  }
  .back-icon {
    display: inline-block;
  }
  :host(:dir(rtl)) .back-icon {
    transform: scaleX(-1);
  }
  @media (forced-colors: active) {
    .back {
      color: LinkText;
    }
  }
  /*
   * Too narrow for the pane beside the queue (the workspace's own width, whatever the viewport):
   * the summary becomes a sheet over the whole workspace, and the queue under it is hidden —
   * kept laid out, so its scroll position and active cell wait for the sheet to close.
   */
  /* 720px is SHEET_MAX_WIDTH above; a test keeps them equal. */
  @container (max-width: 720px) {
    .pane {
      position: absolute;
      inset: 0;
      z-index: 2;
      max-width: none;
      border-inline-start: none;
      background: ${token.colorBackground};
    }
    .queue:has(~ .pane) {
      visibility: hidden;
    }
  }
  @container (max-width: 480px) {
    .queue {
      padding-inline: 8px;
    }
    .page {
      padding-inline: 8px;
    }
  }
`;
