import { css } from 'lit';
import { token } from '../styles/tokens.js';

export const incidentWorkspaceStyles = css`
  :host {
    display: flex;
    min-height: 480px;
    background: ${token.colorBackground};
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
