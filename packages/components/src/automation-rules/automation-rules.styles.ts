import { css } from 'lit';
import { commandButtonLook } from '../styles/bare-button-looks.styles.js';
import { buttonStyles } from '../styles/button.styles.js';
import { confirmDialogStyles } from '../styles/confirm-dialog.styles.js';
import { regionHostStyles } from '../styles/host.styles.js';
import { toolbarLook } from '../styles/looks.styles.js';
import { noticeStyles, stackedStateStyles } from '../styles/notice.styles.js';
import { skeletonListStyles } from '../styles/skeleton.styles.js';
import { tableStyles } from '../styles/table.styles.js';
import { token } from '../styles/tokens.js';

export const automationRulesStyles = [
  regionHostStyles,
  confirmDialogStyles,
  buttonStyles,
  tableStyles,
  noticeStyles,
  stackedStateStyles,
  skeletonListStyles,
  css`
    :host {
      container-type: inline-size;
    }

    .toolbar {
      ${toolbarLook}
    }
    .count {
      margin-inline-start: auto;
      padding-inline: 8px;
      color: ${token.colorTextMuted};
    }

    /* The table scrolls within itself when its columns do not fit; the page never does. */
    .table-wrap {
      position: relative;
      overflow: auto;
    }
    table {
      min-width: 1200px;
      table-layout: fixed;
    }
    /*
     * A phone or a side column: the columns keep a readable width and the rule's name stays at the
     * start of the view while the row scrolls under it.
     */
    @container (max-width: 640px) {
      table {
        min-width: 1320px;
      }
      th.name {
        position: sticky;
        inset-inline-start: 0;
        z-index: 1;
        width: 160px;
        background: ${token.colorBackground};
        box-shadow: inset -1px 0 0 ${token.colorBorder};
      }
      :host(:dir(rtl)) th.name {
        box-shadow: inset 1px 0 0 ${token.colorBorder};
      }
      thead th.name {
        z-index: 2;
      }
      tbody tr:hover th.name {
        background: ${token.colorSurfaceRaised};
      }
      tbody tr:focus-within th.name {
        background: ${token.colorSelected};
      }
    }
    th,
    td {
      vertical-align: top;
      padding: 10px 8px;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    thead th {
      position: sticky;
      top: 0;
      z-index: 1;
      background: ${token.colorBackground};
      padding-block: 8px;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    th.order,
    td.order {
      width: 64px;
      padding-inline-start: 16px;
    }
    th.trigger {
      width: 160px;
    }
    th.expiration {
      width: 176px;
    }
    th.enabled {
      width: 96px;
    }
    th.modified {
      width: 184px;
    }
    th.row-actions {
      width: 152px;
    }
    tbody tr:hover {
      background: ${token.colorSurfaceRaised};
    }
    tbody tr:focus-within {
      background: ${token.colorSelected};
    }
    tbody th {
      font-weight: 600;
    }
    tr.disabled th.name {
      color: ${token.colorTextMuted};
    }

    .summary {
      margin: 0;
      padding: 0;
      list-style: none;
      display: grid;
      gap: 2px;
    }
    .summary li {
      display: -webkit-box;
      -webkit-line-clamp: 2;
      -webkit-box-orient: vertical;
      overflow: hidden;
    }
    .time {
      white-space: nowrap;
    }
    td.expiration .time {
      display: block;
    }
    .switch-text {
      white-space: nowrap;
    }
    .modified .by {
      display: block;
      font-size: ${token.fontSizeSmall};
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .expired {
      display: inline-block;
      padding: 0 6px;
      border-radius: 10px;
      border: 1px solid ${token.colorWarning};
      background: ${token.colorWarningSurface};
      color: ${token.colorWarning};
      font-size: ${token.fontSizeSmall};
      font-weight: 600;
    }

    .switch-cell {
      display: inline-flex;
      align-items: center;
      gap: 8px;
      min-height: 28px;
    }
    button.switch {
      display: inline-grid;
      place-items: center;
      padding: 2px;
      min-height: 28px;
      border: none;
      background: none;
      border-radius: 12px;
    }
    button.switch:hover {
      background: none;
    }
    .track {
      display: block;
      position: relative;
      width: 40px;
      height: 20px;
      border-radius: 10px;
      border: 1px solid ${token.colorBorderStrong};
      background: ${token.colorBackground};
    }
    .thumb {
      position: absolute;
      top: 50%;
      inset-inline-start: 3px;
      width: 12px;
      height: 12px;
      margin-block-start: -6px;
      border-radius: 50%;
      background: ${token.colorTextMuted};
      transition: inset-inline-start 0.1s ease;
    }
    button.switch[aria-checked='true'] .track {
      background: ${token.colorAccent};
      border-color: ${token.colorAccent};
    }
    button.switch[aria-checked='true'] .thumb {
      inset-inline-start: 23px;
      background: ${token.colorOnAccent};
    }
    button.switch:hover .track {
      border-color: ${token.colorText};
    }
    button.switch[aria-checked='true']:hover .track {
      background: ${token.colorAccentHover};
      border-color: ${token.colorAccentHover};
    }
    button.switch:disabled .track {
      border-color: ${token.colorBorder};
      background: ${token.colorSurfaceRaised};
    }
    button.switch:disabled .thumb {
      background: ${token.colorBorderStrong};
    }
    button.switch:disabled {
      cursor: not-allowed;
    }

    .row-buttons {
      display: inline-flex;
      gap: 2px;
    }

    button.command {
      ${commandButtonLook}
    }
    button.command:hover {
      background: ${token.colorSurfaceRaised};
    }
    button.command svg {
      color: ${token.colorAccent};
    }
    button.icon:hover {
      background: ${token.colorBackground};
    }
    button.icon.danger:hover {
      color: ${token.colorDanger};
    }
    button[aria-disabled='true'],
    button[aria-disabled='true']:hover {
      color: ${token.colorTextMuted};
      border-color: transparent;
      background: transparent;
      cursor: default;
    }
    button[aria-disabled='true'] svg {
      opacity: 0.45;
    }
    button.danger-primary {
      background: ${token.colorDanger};
      border-color: ${token.colorDanger};
      color: ${token.colorOnAccent};
      font-weight: 600;
    }
    button.danger-primary:hover {
      background: ${token.colorDanger};
      filter: brightness(0.9);
    }
    button.danger-primary[aria-disabled='true'] {
      background: ${token.colorDanger};
      color: ${token.colorOnAccent};
      cursor: progress;
    }

    .note,
    .notice {
      margin: 8px 8px 0;
    }
    .notice.error {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 8px;
    }
    .notice.error strong {
      color: ${token.colorDanger};
    }
    .notice-actions {
      display: inline-flex;
      gap: 8px;
      margin-inline-start: auto;
    }
    .failure-region:empty {
      display: none;
    }

    .state.empty p {
      max-width: 60ch;
    }

    .skeleton {
      gap: 16px;
      padding-block: 20px;
    }
    .skeleton span:nth-of-type(2n) {
      width: 85%;
    }

    #delete-dialog h2 {
      margin-block-end: 8px;
    }
    #delete-dialog p {
      margin: 0 0 16px;
      overflow-wrap: anywhere;
    }
    #delete-dialog .notice {
      margin: 0 0 16px;
    }

    /* Forced colors: the switch's thumb in the text colour; on, a Highlight track. */
    @media (forced-colors: active) {
      .thumb {
        forced-color-adjust: none;
        background: CanvasText;
      }
      button.switch[aria-checked='true'] .track,
      button.switch[aria-checked='true']:hover .track {
        forced-color-adjust: none;
        background: Highlight;
        border-color: Highlight;
      }
      button.switch[aria-checked='true'] .thumb {
        background: HighlightText;
      }
      button.switch:disabled .track,
      button.switch[aria-checked='true']:disabled .track {
        background: Canvas;
        border-color: GrayText;
      }
      button.switch:disabled .thumb,
      button.switch[aria-checked='true']:disabled .thumb {
        background: GrayText;
      }
      button[aria-disabled='true']:not(.danger-primary) {
        color: GrayText;
      }
    }
  `,
];
