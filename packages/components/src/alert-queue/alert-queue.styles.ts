import { css } from 'lit';
import { incidentQueueStyles } from '../queue/incident-queue.styles.js';
import { token } from '../styles/tokens.js';

/**
 * The incident queue's styles (toolbar, chips, grid, compact rows, states), plus what the alert
 * queue adds: the summary pane beside the grid, headers that do not sort, and its compact line
 * (last activity where the incident queue shows the last update).
 */
export const alertQueueStyles = [
  ...incidentQueueStyles,
  css`
    .main {
      position: relative;
      display: flex;
      flex: 1 1 0;
      min-height: var(--soc-alert-queue-min-height, 320px);
    }
    .main > .content {
      min-width: 0;
      min-height: var(--soc-alert-queue-min-height, 320px);
    }
    .pane {
      flex: 0 0 min(420px, 45%);
      display: flex;
      flex-direction: column;
      min-width: 0;
      border-top: 1px solid ${token.colorBorder};
      border-inline-start: 1px solid ${token.colorBorder};
      background: ${token.colorBackground};
    }
    .pane soc-alert-summary {
      flex: 1 1 0;
      min-height: 0;
      border: none;
    }
    .chip .icon {
      width: 12px;
      height: 12px;
    }
    [role='columnheader'].plain {
      padding: 0 8px;
    }
    /* In a narrow queue the pane covers the grid; closing it brings the grid back where it was. */
    @container (max-width: 720px) {
      .pane {
        position: absolute;
        inset: 0;
        z-index: 5;
        border-inline-start: none;
      }
    }
    @container (max-width: 480px) {
      .row > [data-column='lastActivity'] {
        grid-area: 2 / 4;
      }
    }
  `,
];
