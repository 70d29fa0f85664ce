import { css } from 'lit';
import { manageIncidentStyles } from '../manage/manage-incident.styles.js';

/** The manage dialog's look (side panel, fields, notices, assignee row), and a group for classification and determination. */
export const manageAlertStyles = [
  manageIncidentStyles,
  css`
    fieldset.group {
      gap: 12px;
    }
    fieldset.group > legend {
      padding: 0;
      margin-block-end: 8px;
      font-weight: 600;
    }
  `,
];
