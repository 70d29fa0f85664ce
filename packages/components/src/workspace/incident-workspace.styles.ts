import { css } from 'lit';
import { token } from '../styles/tokens.js';

export const incidentWorkspaceStyles = css`
  :host {
    display: flex;
    min-height: 480px;
    background: ${token.colorBackground};
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
  @media (max-width: 900px) {
    :host {
      flex-direction: column;
    }
    .pane {
      flex-basis: auto;
      max-width: none;
      border-inline-start: none;
      border-block-start: 1px solid ${token.colorBorder};
    }
  }
`;
