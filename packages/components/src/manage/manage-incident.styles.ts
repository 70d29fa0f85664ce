import { css } from 'lit';
import { buttonStyles } from '../styles/button.styles.js';
import { chipStyles } from '../styles/chip.styles.js';
import { fieldStyles } from '../styles/field.styles.js';
import { noticeStyles } from '../styles/notice.styles.js';
import { sidePanelStyles } from '../styles/side-panel.styles.js';
import { token } from '../styles/tokens.js';

export const manageIncidentStyles = [
  sidePanelStyles,
  buttonStyles,
  fieldStyles,
  chipStyles,
  noticeStyles,
  css`
    :host {
      display: contents;
    }

    dialog .body {
      display: grid;
      align-content: start;
      gap: 16px;
    }

    fieldset {
      display: grid;
      gap: 16px;
      margin: 0;
      padding: 0;
      border: none;
      min-width: 0;
    }

    .pair {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 16px;
    }
    textarea {
      min-height: 88px;
    }
    .counter {
      justify-self: end;
      margin: 0;
      color: ${token.colorTextMuted};
      font-size: ${token.fontSizeSmall};
    }

    .assignee {
      display: flex;
      gap: 8px;
    }
    .assignee select {
      flex: 1;
      min-width: 0;
    }

    .chip {
      display: inline-flex;
      align-items: center;
      gap: 2px;
      max-width: 100%;
    }
    .chip button {
      margin-block: -1px;
      margin-inline-end: -6px;
      min-height: 22px;
      min-width: 22px;
      padding: 0;
      border: none;
      border-radius: 11px;
      background: none;
      display: inline-grid;
      place-items: center;
    }
    .chip button:hover {
      background: ${token.colorBorder};
    }
    .chip svg {
      width: 10px;
      height: 10px;
    }

    .combobox {
      position: relative;
    }
    [role='listbox'] {
      position: absolute;
      z-index: 1;
      inset-inline: 0;
      margin: 2px 0 0;
      padding: 4px 0;
      list-style: none;
      max-height: 240px;
      overflow: auto;
      background: ${token.colorBackground};
      border: 1px solid ${token.colorBorder};
      border-radius: ${token.radius};
      box-shadow: ${token.shadow};
    }
    [role='option'] {
      padding: 6px 12px;
      cursor: pointer;
      overflow-wrap: anywhere;
    }
    [role='option']:hover {
      background: ${token.colorSurfaceRaised};
    }
    [role='option'].active {
      background: ${token.colorSelected};
      outline: 2px solid ${token.colorFocus};
      outline-offset: -2px;
    }
    [role='option'].create {
      color: ${token.colorAccent};
    }
    [role='option'].create:hover,
    [role='option'].create.active {
      color: ${token.colorAccentHover};
    }

    .notice p {
      margin: 0 0 8px;
    }
    .notice p:last-child {
      margin-block-end: 0;
    }
    .notice ul {
      margin: 0 0 8px;
      padding-inline-start: 20px;
    }
    .notice .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    table {
      width: 100%;
      table-layout: fixed;
      border-collapse: collapse;
      margin-block-end: 8px;
      background: ${token.colorBackground};
    }
    thead th:first-child {
      width: 30%;
    }
    th,
    td {
      text-align: start;
      vertical-align: top;
      padding: 4px 8px;
      border: 1px solid ${token.colorBorder};
      overflow-wrap: break-word;
    }
    th {
      font-weight: 600;
    }
  `,
];
