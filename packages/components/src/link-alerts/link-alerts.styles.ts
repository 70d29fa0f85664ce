import { css } from 'lit';
import { manageIncidentStyles } from '../manage/manage-incident.styles.js';
import { token } from '../styles/tokens.js';

/** The manage dialogs' look (side panel, fields, notices), with the choice of target and the search results. */
export const linkAlertsStyles = [
  manageIncidentStyles,
  css`
    fieldset.modes {
      gap: 8px;
    }
    fieldset.modes > legend {
      padding: 0;
      margin-block-end: 8px;
      font-weight: 600;
    }
    .radio {
      display: flex;
      align-items: center;
      gap: 8px;
      min-height: 24px;
    }
    .chosen {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .matches {
      display: grid;
      gap: 2px;
      margin: 4px 0 0;
      padding: 0;
      list-style: none;
      border: 1px solid ${token.colorBorder};
      border-radius: ${token.radius};
    }
    button.match {
      display: block;
      width: 100%;
      min-height: 32px;
      padding: 6px 12px;
      text-align: start;
      border: none;
      border-radius: 0;
      background: none;
      color: inherit;
      font: inherit;
      overflow-wrap: anywhere;
      cursor: pointer;
    }
    button.match:hover:not(:disabled) {
      background: ${token.colorSurfaceRaised};
    }
    button.match:disabled {
      color: ${token.colorTextMuted};
      cursor: not-allowed;
    }
    .notice.success {
      border-color: ${token.colorSuccess};
    }
  `,
];
