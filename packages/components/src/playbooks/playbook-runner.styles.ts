import { css } from 'lit';
import { buttonStyles } from '../styles/button.styles.js';
import { fieldStyles } from '../styles/field.styles.js';
import { regionHostStyles } from '../styles/host.styles.js';
import { stateStyles } from '../styles/notice.styles.js';
import { propertyListStyles } from '../styles/property-list.styles.js';
import { sidePanelStyles } from '../styles/side-panel.styles.js';
import { skeletonListStyles } from '../styles/skeleton.styles.js';
import { tableStyles } from '../styles/table.styles.js';
import { token } from '../styles/tokens.js';

export const playbookRunnerStyles = [
  regionHostStyles,
  sidePanelStyles,
  buttonStyles,
  fieldStyles,
  tableStyles,
  stateStyles,
  propertyListStyles,
  skeletonListStyles,
  css`
    button {
      display: inline-flex;
      align-items: center;
      gap: 6px;
    }
    /* Greyed out, not busy: a person who may not run playbooks sees why on hover. */
    button[aria-disabled='true'] {
      color: ${token.colorTextMuted};
      background: ${token.colorSurfaceRaised};
      border-color: ${token.colorBorder};
      cursor: not-allowed;
    }

    .toolbar {
      display: flex;
      align-items: center;
      gap: 12px;
      padding: 8px 0 12px;
    }

    .runs h2 {
      margin: 0 0 4px;
    }
    table {
      min-width: 760px;
      /* Fixed columns: a run changing status or finishing must not shift the others. */
      table-layout: fixed;
    }
    .status-column {
      width: 120px;
    }
    .time-column {
      width: 184px;
    }
    .person-column {
      width: 220px;
    }
    th,
    td {
      overflow-wrap: anywhere;
    }
    tr.expanded > * {
      border-block-end-color: transparent;
    }
    .time {
      white-space: nowrap;
    }
    button.disclosure {
      min-height: 28px;
      white-space: normal;
      padding-block: 2px;
      padding-inline: 0 4px;
      text-align: start;
      color: ${token.colorAccent};
      background: none;
      border: none;
    }
    button.disclosure:hover {
      color: ${token.colorAccentHover};
      background: none;
      text-decoration: underline;
    }
    button.disclosure svg {
      color: ${token.colorTextMuted};
      transition: transform 0.1s;
    }
    button.disclosure[aria-expanded='true'] svg {
      transform: rotate(90deg);
    }
    /* The closed chevron points along the reading direction. */
    :host(:dir(rtl)) button.disclosure[aria-expanded='false'] svg {
      transform: scaleX(-1);
    }
    tr.details > td {
      padding-block: 0 12px;
      padding-inline: 22px 12px;
      background: ${token.colorBackground};
    }
    tr.details p {
      margin: 0 0 6px;
      font-size: ${token.fontSizeSmall};
    }

    .log {
      margin: 0;
      padding: 8px 12px;
      list-style: none;
      background: ${token.colorSurface};
      border: 1px solid ${token.colorBorder};
      border-radius: ${token.radius};
    }
    .log li {
      display: grid;
      grid-template-columns: max-content minmax(0, 1fr);
      gap: 12px;
      padding: 2px 0;
      overflow-wrap: anywhere;
    }
    .log time {
      color: ${token.colorTextMuted};
      font-variant-numeric: tabular-nums;
    }

    .state {
      margin: 0;
      padding: 16px 0;
    }
    .error-text {
      color: ${token.colorDanger};
    }
    .empty {
      margin: 16px 0 4px;
    }
    p.muted {
      margin: 0;
    }

    .skeleton {
      gap: 10px;
      padding: 12px 0;
    }

    .search {
      margin-block-end: 12px;
    }

    .choices {
      display: grid;
      gap: 4px;
      margin: 0;
      padding: 0;
      border: none;
      min-width: 0;
    }
    .choice {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr);
      gap: 10px;
      align-items: start;
      padding: 8px 10px;
      border: 1px solid ${token.colorBorder};
      border-radius: ${token.radius};
      cursor: pointer;
    }
    .choice:hover {
      background: ${token.colorSurface};
      border-color: ${token.colorBorderStrong};
    }
    .choice:has(input:checked) {
      background: ${token.colorSelected};
      border-color: ${token.colorAccent};
    }
    .choice input {
      margin: 2px 0 0;
    }
    .choice-text {
      display: grid;
      gap: 2px;
    }
    .choice-name {
      font-weight: 600;
    }
    .choice-description {
      color: ${token.colorTextMuted};
      font-size: ${token.fontSizeSmall};
      line-height: 16px;
    }
    .choices-empty {
      font-weight: 400;
    }
    .hint {
      margin: 8px 0 0;
    }
    .start-error {
      margin-block-start: 12px;
      padding: 8px 12px;
      background: ${token.colorDangerSurface};
      border-radius: ${token.radius};
    }
    .start-error p:last-child {
      margin: 0;
    }

    .follow h3 {
      margin: 4px 0 12px;
      font-size: 16px;
      overflow-wrap: anywhere;
    }
    .follow h3:focus {
      outline: none;
    }
    .follow h4 {
      margin: 16px 0 6px;
    }
    .run-facts {
      grid-template-columns: max-content minmax(0, 1fr);
    }

    @media (forced-colors: active) {
      /* The run's marker (run-status.ts): a ring, filled once the run ended, open while it runs. */
      .run-status::before,
      .run-status[class]::before {
        forced-color-adjust: none;
        background: Canvas;
        border-color: CanvasText;
      }
      .run-status.succeeded::before,
      .run-status.failed::before {
        background: CanvasText;
      }
      .run-status.running::before {
        border-inline-end-color: transparent;
      }
      button[aria-disabled='true'] {
        color: GrayText;
        border-color: GrayText;
      }
      .choice:has(input:checked) {
        border-color: Highlight;
      }
      .start-error {
        border: 1px solid CanvasText;
      }
    }
  `,
];
