import { css } from 'lit';
import { buttonStyles } from '../styles/button.styles.js';
import { chipStyles } from '../styles/chip.styles.js';
import { regionHostStyles } from '../styles/host.styles.js';
import { detailsPaneStyles, summaryPaneStyles } from '../styles/pane.styles.js';
import { propertyListStyles } from '../styles/property-list.styles.js';
import { token } from '../styles/tokens.js';

export const alertSummaryStyles = [
  regionHostStyles,
  buttonStyles,
  chipStyles,
  propertyListStyles,
  detailsPaneStyles,
  summaryPaneStyles,
  css`
    .title-link {
      display: inline;
      min-height: 0;
      padding: 0;
      border: none;
      background: transparent;
      color: ${token.colorAccent};
      font: inherit;
      text-align: start;
      overflow-wrap: anywhere;
    }
    .title-link:hover {
      color: ${token.colorAccentHover};
      text-decoration: underline;
    }
    .muted {
      margin: 0;
      color: ${token.colorTextMuted};
    }
    .evidence li {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      gap: 2px 8px;
      padding-block: 6px;
      border-block-start: 1px solid ${token.colorBorder};
    }
    .evidence li:first-child {
      border-block-start: none;
    }
    .evidence-name {
      overflow-wrap: anywhere;
    }
  `,
];
