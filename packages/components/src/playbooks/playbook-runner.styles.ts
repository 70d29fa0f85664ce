import { css } from 'lit';
import { token } from '../styles/tokens.js';

export const playbookRunnerStyles = css`
  :host {
    display: block;
    background: ${token.colorBackground};
    line-height: 20px;
    min-width: 0;
  }

  button {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 32px;
    padding: 4px 12px;
    font: inherit;
    color: ${token.colorText};
    background: ${token.colorBackground};
    border: 1px solid ${token.colorBorderStrong};
    border-radius: ${token.radius};
    cursor: pointer;
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
  }
  button[aria-disabled='true'] {
    color: ${token.colorTextMuted};
    background: ${token.colorSurfaceRaised};
    border-color: ${token.colorBorder};
    cursor: not-allowed;
  }
  button svg {
    width: 16px;
    height: 16px;
    fill: currentColor;
    flex: none;
  }
  button.icon {
    min-height: 32px;
    min-width: 32px;
    padding: 0;
    justify-content: center;
    border-color: transparent;
    background: transparent;
  }
  button.icon:hover {
    background: ${token.colorSurfaceRaised};
  }

  .toolbar {
    display: flex;
    align-items: center;
    gap: 12px;
    padding: 8px 0 12px;
  }

  .runs h2 {
    margin: 0 0 4px;
    font-size: ${token.fontSize};
    font-weight: 600;
  }
  .table-scroll {
    overflow-x: auto;
  }
  table {
    width: 100%;
    min-width: 760px;
    border-collapse: collapse;
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
    padding: 6px 12px 6px 0;
    text-align: start;
    vertical-align: middle;
    border-block-end: 1px solid ${token.colorBorder};
    overflow-wrap: anywhere;
  }
  thead th {
    font-size: ${token.fontSizeSmall};
    font-weight: 600;
    color: ${token.colorTextMuted};
    white-space: nowrap;
  }
  tbody th {
    font-weight: 400;
  }
  tbody tr:not(.details):hover {
    background: ${token.colorSurface};
  }
  tr.expanded > * {
    border-block-end-color: transparent;
  }
  .time {
    white-space: nowrap;
  }
  button.disclosure {
    min-height: 28px;
    padding: 2px 4px 2px 0;
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
  tr.details > td {
    padding: 0 12px 12px 22px;
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
  .state h3 {
    margin: 0 0 4px;
    font-size: ${token.fontSize};
    font-weight: 600;
  }
  .state p {
    margin: 0 0 12px;
  }
  .state.error h3,
  .error-text {
    color: ${token.colorDanger};
  }
  .empty {
    margin: 16px 0 4px;
    font-weight: 600;
  }
  .muted {
    color: ${token.colorTextMuted};
  }
  p.muted {
    margin: 0;
  }

  .skeleton {
    display: grid;
    gap: 10px;
    padding: 12px 0;
  }
  .skeleton span {
    height: 20px;
  }

  /* A side panel, as the portal's "Run playbook" pane, but a modal dialog underneath. */
  dialog {
    position: fixed;
    inset-block: 0;
    inset-inline: auto 0;
    margin: 0;
    width: min(480px, 100vw);
    max-width: 100vw;
    height: 100dvh;
    max-height: 100dvh;
    padding: 0;
    border: none;
    border-inline-start: 1px solid ${token.colorBorder};
    box-shadow: ${token.shadow};
    background: ${token.colorBackground};
    color: ${token.colorText};
    font-family: ${token.fontFamily};
    font-size: ${token.fontSize};
    line-height: 20px;
  }
  dialog::backdrop {
    background: color-mix(in srgb, ${token.colorText} 40%, transparent);
  }
  form {
    display: flex;
    flex-direction: column;
    height: 100%;
  }
  header {
    display: grid;
    grid-template-columns: 1fr auto;
    align-items: start;
    gap: 4px 8px;
    padding: 20px 24px 12px;
  }
  header h2 {
    margin: 0;
    font-size: ${token.fontSizeLarge};
    font-weight: 600;
    line-height: 28px;
  }
  .subtitle {
    grid-column: 1 / -1;
    margin: 0;
    color: ${token.colorTextMuted};
    overflow-wrap: anywhere;
  }
  .body {
    flex: 1;
    overflow: auto;
    padding: 4px 24px 16px;
  }
  footer {
    display: flex;
    gap: 8px;
    padding: 16px 24px;
    border-block-start: 1px solid ${token.colorBorder};
  }

  input[type='search'] {
    width: 100%;
    min-height: 32px;
    padding: 4px 8px;
    font: inherit;
    color: ${token.colorText};
    background: ${token.colorBackground};
    border: 1px solid ${token.colorBorder};
    border-block-end-color: ${token.colorBorderStrong};
    border-radius: ${token.radius};
  }
  input[type='search']:focus-visible {
    outline: none;
    border-block-end: 2px solid ${token.colorAccent};
    padding-block-end: 3px;
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
    width: 16px;
    height: 16px;
    accent-color: ${token.colorAccent};
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
    font-size: ${token.fontSizeSmall};
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
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .follow h3:focus {
    outline: none;
  }
  .follow h4 {
    margin: 16px 0 6px;
    font-size: ${token.fontSize};
    font-weight: 600;
  }
  .run-facts {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 6px 16px;
    margin: 0;
  }
  .run-facts dt {
    color: ${token.colorTextMuted};
  }
  .run-facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
`;
