import { css } from 'lit';
import { buttonStyles } from '../styles/button.styles.js';
import { fieldStyles } from '../styles/field.styles.js';
import { regionHostStyles } from '../styles/host.styles.js';
import { stateStyles } from '../styles/notice.styles.js';
import { skeletonListStyles } from '../styles/skeleton.styles.js';
import { token } from '../styles/tokens.js';

export const incidentTasksStyles = [
  regionHostStyles,
  buttonStyles,
  fieldStyles,
  stateStyles,
  skeletonListStyles,
  css`

    /* Progress. */
    .progress {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
      padding: 12px 16px;
      border-block-end: 1px solid ${token.colorBorder};
    }
    progress {
      flex: 0 1 240px;
      height: 6px;
      appearance: none;
      border: none;
      border-radius: 3px;
      background: ${token.colorSurfaceRaised};
      overflow: hidden;
    }
    progress::-webkit-progress-bar {
      background: ${token.colorSurfaceRaised};
    }
    progress::-webkit-progress-value {
      background: ${token.colorAccent};
    }
    progress::-moz-progress-bar {
      background: ${token.colorAccent};
    }
    #progress-text {
      color: ${token.colorTextMuted};
    }
    .note {
      margin: 0;
      padding: 8px 16px 0;
      font-size: ${token.fontSizeSmall};
      color: ${token.colorTextMuted};
    }

    /* The checklist. */
    .tasks {
      margin: 0;
      padding: 0 16px;
      list-style: none;
    }
    .task {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr) auto;
      align-items: start;
      gap: 12px;
      padding: 10px 4px;
      border-block-end: 1px solid ${token.colorBorder};
    }
    .task:hover {
      background: ${token.colorSurface};
    }
    input[type='checkbox'] {
      margin: 2px 0 0;
      cursor: pointer;
    }
    input[type='checkbox']:disabled {
      cursor: not-allowed;
    }
    input[type='checkbox'][aria-disabled='true'] {
      cursor: progress;
    }
    .task-body {
      display: grid;
      gap: 2px;
      min-width: 0;
    }
    .title {
      font-weight: 600;
      overflow-wrap: anywhere;
      cursor: pointer;
    }
    .task.completed .title {
      font-weight: 400;
      color: ${token.colorTextMuted};
    }
    .description {
      margin: 0;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0 12px;
      margin: 0;
      font-size: ${token.fontSizeSmall};
      color: ${token.colorTextMuted};
      overflow-wrap: anywhere;
    }
    .status {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      font-size: ${token.fontSizeSmall};
      white-space: nowrap;
    }
    .status::before {
      content: '';
      width: 8px;
      height: 8px;
      border-radius: 50%;
      border: 1px solid ${token.colorBorderStrong};
    }
    .status.completed::before {
      background: ${token.colorSuccess};
      border-color: ${token.colorSuccess};
    }

    /* Failures. */
    .failure {
      display: grid;
      gap: 6px;
      justify-items: start;
      margin: 8px 16px 0;
      padding: 8px 12px;
      background: ${token.colorDangerSurface};
      border: 1px solid ${token.colorDanger};
      border-inline-start-width: 4px;
      border-radius: ${token.radius};
    }
    .failure p {
      margin: 0;
    }
    .failure strong {
      color: ${token.colorDanger};
    }

    /* The "Add task" form. */
    .add {
      display: grid;
      gap: 10px;
      max-width: 640px;
      padding: 16px;
    }
    .required {
      color: ${token.colorDanger};
    }
    .optional {
      font-weight: 400;
      color: ${token.colorTextMuted};
    }
    .actions {
      display: flex;
      gap: 8px;
    }
    .add .failure {
      margin: 0;
    }

    /* States. */
    .checklist .state {
      padding-block: 16px 0;
    }
    .skeleton {
      gap: 14px;
    }
    .skeleton span.bar {
      width: 240px;
      height: 10px;
    }

    /* Forced colors: the progress bar framed and filled in Highlight; a completed task's dot filled. */
    @media (forced-colors: active) {
      progress {
        border: 1px solid CanvasText;
      }
      progress::-webkit-progress-value {
        background: Highlight;
      }
      progress::-moz-progress-bar {
        background: Highlight;
      }
      .status::before {
        forced-color-adjust: none;
        border-color: CanvasText;
      }
      .status.completed::before {
        background: CanvasText;
        border-color: CanvasText;
      }
    }
  `,
];
