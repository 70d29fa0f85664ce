import { css } from 'lit';
import { buttonStyles } from '../styles/button.styles.js';
import { chipStyles } from '../styles/chip.styles.js';
import { regionHostStyles } from '../styles/host.styles.js';
import { noticeStyles, stackedStateStyles } from '../styles/notice.styles.js';
import { detailsPaneStyles, summaryPaneStyles } from '../styles/pane.styles.js';
import { propertyListStyles } from '../styles/property-list.styles.js';
import { token } from '../styles/tokens.js';

export const incidentSummaryStyles = [
  regionHostStyles,
  buttonStyles,
  chipStyles,
  propertyListStyles,
  detailsPaneStyles,
  summaryPaneStyles,
  stackedStateStyles,
  noticeStyles,
  css`
    :host {
      border-inline-start: 1px solid ${token.colorBorder};
    }

    .alert-count {
      margin: 0 0 8px;
    }

    .redirect-notice {
      margin-block-start: 12px;
    }

    .alert-count strong {
      font-size: ${token.fontSizeLarge};
      font-weight: 600;
    }
    .alerts li {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: 8px;
      padding-block: 6px;
      border-block-start: 1px solid ${token.colorBorder};
    }
    .alerts li:first-child {
      border-block-start: none;
    }
    .alert-title {
      overflow-wrap: anywhere;
    }
    .more {
      margin: 6px 0 0;
      color: ${token.colorTextMuted};
    }

    .assets {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(140px, 1fr));
      gap: 4px 16px;
    }
    .assets li {
      display: flex;
      align-items: baseline;
      gap: 8px;
    }

    .state h2 {
      line-height: 28px;
      overflow-wrap: anywhere;
    }
    .state-header {
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: 8px;
      width: 100%;
    }

    .inline-error {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
      color: ${token.colorDanger};
      margin: 0;
    }

    .skeleton {
      padding: 16px 20px;
    }
  `,
];
