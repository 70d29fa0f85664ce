import { css } from 'lit';
import { dialogStyles } from './dialog.styles.js';
import { token } from './tokens.js';

/**
 * The element's `<dialog>` as a side panel, as the portal's panes, but modal: the full height at
 * the inline end of the window, 480px wide unless the element says otherwise. Inside, a header
 * (`header` or `.panel-header`: the `h2` title, a close button, a `.subtitle`), an
 * `.alert-region` for what went wrong, a scrolling `.body` (or `.panel-body`) and a footer of
 * buttons (`footer` or `.panel-footer`); a `<form>` may hold them all.
 */
export const sidePanelStyles = [
  dialogStyles,
  css`
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
      /* What is inside follows the panel's width: on a phone the panel is the whole width. */
      container-type: inline-size;
    }
    dialog[open],
    dialog > form {
      display: flex;
      flex-direction: column;
    }
    dialog > form {
      flex: 1 1 auto;
      min-height: 0;
    }
    dialog header,
    .panel-header {
      display: grid;
      grid-template-columns: 1fr auto;
      align-items: start;
      gap: 4px 8px;
      padding: 20px 24px 12px;
    }
    .subtitle {
      grid-column: 1 / -1;
      margin: 0;
      color: ${token.colorTextMuted};
      overflow-wrap: anywhere;
    }
    .alert-region:not(:empty) {
      padding: 0 24px 12px;
    }
    .alert-region strong {
      display: block;
    }
    dialog .body,
    .panel-body {
      flex: 1 1 auto;
      overflow: auto;
      padding: 4px 24px 16px;
    }
    dialog footer,
    .panel-footer {
      display: flex;
      gap: 8px;
      padding: 16px 24px;
      border-block-start: 1px solid ${token.colorBorder};
    }
    /* A full-width sheet on a phone (a panel narrower than its usual 420–480px): narrower margins, the footer's buttons wrap. */
    @container (max-width: 400px) {
      dialog header,
      .panel-header {
        padding: 16px 16px 12px;
      }
      .alert-region:not(:empty) {
        padding-inline: 16px;
      }
      dialog .body,
      .panel-body {
        padding-inline: 16px;
      }
      dialog footer,
      .panel-footer {
        flex-wrap: wrap;
        padding: 12px 16px;
      }
    }
  `,
];
