import { css } from 'lit';
import { token } from '../styles/tokens.js';

export const incidentTasksStyles = css`
  :host {
    display: block;
    background: ${token.colorBackground};
    line-height: 20px;
    min-width: 0;
  }

  h2,
  h3 {
    margin: 0;
    font-size: ${token.fontSize};
    font-weight: 600;
  }

  button {
    min-height: 32px;
    padding: 4px 12px;
    font: inherit;
    color: ${token.colorText};
    background: ${token.colorBackground};
    border: 1px solid ${token.colorBorderStrong};
    border-radius: ${token.radius};
    cursor: pointer;
    white-space: nowrap;
  }
  button:hover {
    background: ${token.colorSurfaceRaised};
  }
  button.primary {
    font-weight: 600;
    color: ${token.colorOnAccent};
    background: ${token.colorAccent};
    border-color: ${token.colorAccent};
  }
  button.primary:hover {
    background: ${token.colorAccentHover};
    border-color: ${token.colorAccentHover};
  }
  button:disabled,
  button.primary:disabled {
    color: ${token.colorTextMuted};
    background: ${token.colorSurfaceRaised};
    border-color: ${token.colorBorder};
    cursor: not-allowed;
  }
  button[aria-disabled='true'] {
    cursor: progress;
  }

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
    width: 16px;
    height: 16px;
    margin: 2px 0 0;
    accent-color: ${token.colorAccent};
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
  .field {
    display: grid;
    gap: 4px;
  }
  .field label {
    font-weight: 600;
  }
  .required {
    color: ${token.colorDanger};
  }
  .optional {
    font-weight: 400;
    color: ${token.colorTextMuted};
  }
  .field input,
  .field textarea {
    width: 100%;
    min-height: 32px;
    padding: 5px 8px;
    font: inherit;
    color: ${token.colorText};
    background: ${token.colorBackground};
    border: 1px solid ${token.colorBorder};
    border-block-end-color: ${token.colorBorderStrong};
    border-radius: ${token.radius};
  }
  .field textarea {
    resize: vertical;
  }
  .field input:hover,
  .field textarea:hover {
    border-color: ${token.colorBorderStrong};
  }
  .field input:focus-visible,
  .field textarea:focus-visible {
    outline: none;
    border-color: ${token.colorBorder};
    border-block-end: 2px solid ${token.colorAccent};
    padding-block-end: 4px;
  }
  .field input:disabled,
  .field textarea:disabled {
    color: ${token.colorTextMuted};
    background: ${token.colorSurfaceRaised};
    cursor: not-allowed;
  }
  .field [aria-invalid='true'] {
    border-color: ${token.colorDanger};
  }
  .field-error {
    margin: 0;
    font-size: ${token.fontSizeSmall};
    font-weight: 600;
    color: ${token.colorDanger};
  }
  .actions {
    display: flex;
    gap: 8px;
  }
  .add .failure {
    margin: 0;
  }

  /* States. */
  .state {
    padding: 24px 16px;
  }
  .state h2 {
    margin: 0 0 4px;
  }
  .state p {
    margin: 0 0 12px;
  }
  .state.error h2 {
    color: ${token.colorDanger};
  }
  .checklist .state {
    padding-block: 16px 0;
  }
  .empty {
    font-weight: 600;
  }
  .muted {
    color: ${token.colorTextMuted};
  }
  .skeleton {
    display: grid;
    gap: 14px;
    padding: 16px;
  }
  .skeleton span {
    height: 20px;
  }
  .skeleton span.bar {
    width: 240px;
    height: 10px;
  }
`;
