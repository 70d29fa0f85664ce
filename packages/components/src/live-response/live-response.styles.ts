import { css } from 'lit';
import { token } from '../styles/tokens.js';

export const liveResponseStyles = css`
  :host {
    display: block;
    height: 420px;
    min-height: 200px;
    line-height: 20px;
  }

  .console {
    display: grid;
    grid-template-rows: auto minmax(0, 1fr) auto;
    height: 100%;
    color: ${token.colorConsoleText};
    background: ${token.colorConsoleBackground};
    border: 1px solid ${token.colorConsoleBorder};
    border-radius: ${token.radius};
    overflow: hidden;
  }
  .console :focus-visible {
    outline-color: ${token.colorConsoleFocus};
  }

  /* The session bar above the output and the command line below it. */
  header,
  .command-line {
    display: flex;
    align-items: center;
    background: ${token.colorConsoleSurface};
    border: 0 solid ${token.colorConsoleBorder};
  }
  header {
    gap: 12px;
    min-height: 44px;
    padding: 6px 8px 6px 12px;
    border-block-end-width: 1px;
  }
  .session {
    display: flex;
    align-items: baseline;
    flex-wrap: wrap;
    gap: 4px 10px;
    flex: 1;
    min-width: 0;
  }
  .device {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .device::before {
    content: '·';
    margin-inline-end: 10px;
    color: ${token.colorConsoleTextMuted};
  }
  .platform {
    color: ${token.colorConsoleTextMuted};
    font-size: ${token.fontSizeSmall};
  }
  .badge {
    padding: 0 6px;
    font-size: ${token.fontSizeSmall};
    border: 1px solid currentColor;
    border-radius: 10px;
  }
  .badge.isolated {
    color: ${token.colorConsoleDanger};
  }

  .connection {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    white-space: nowrap;
    font-size: ${token.fontSizeSmall};
  }
  .connection::before {
    content: '';
    width: 8px;
    height: 8px;
    border-radius: 50%;
    background: ${token.colorConsoleTextMuted};
  }
  .connection.connected::before {
    background: ${token.colorConsoleSuccess};
  }
  .connection.connecting::before {
    background: ${token.colorConsolePrompt};
  }
  .connection.disconnected::before,
  .connection.unavailable::before,
  .connection.notAllowed::before {
    background: ${token.colorConsoleDanger};
  }

  button {
    min-height: 28px;
    padding: 2px 10px;
    font: inherit;
    font-family: ${token.fontFamily};
    font-size: ${token.fontSizeSmall};
    color: ${token.colorConsoleText};
    background: transparent;
    border: 1px solid ${token.colorConsoleBorder};
    border-radius: ${token.radius};
    cursor: pointer;
  }
  button:hover:not(:disabled) {
    background: ${token.colorConsoleBorder};
  }
  button:disabled {
    color: ${token.colorConsoleTextMuted};
    cursor: default;
    opacity: 0.8;
  }

  .transcript,
  .command-line {
    font-family: ${token.fontFamilyMonospace};
    font-size: 13px;
    line-height: 18px;
  }
  .transcript {
    overflow: auto;
    padding: 8px 12px 12px;
  }
  .banner {
    margin: 0 0 8px;
    color: ${token.colorConsoleTextMuted};
  }
  .entry {
    margin-block-start: 10px;
    padding-inline-start: 10px;
    border-inline-start: 2px solid transparent;
  }
  .entry.failed,
  .entry.error {
    border-inline-start-color: ${token.colorConsoleDanger};
  }
  .echo {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 8px;
    margin: 0 0 2px;
  }
  .prompt {
    color: ${token.colorConsolePrompt};
    flex: none;
  }
  .command {
    font-weight: 600;
    overflow-wrap: anywhere;
    white-space: pre-wrap;
  }
  .outcome {
    padding: 0 6px;
    font-family: ${token.fontFamily};
    font-size: ${token.fontSizeSmall};
    color: ${token.colorConsoleDanger};
    border: 1px solid currentColor;
    border-radius: 10px;
  }
  .entry.cancelled .outcome {
    color: ${token.colorConsoleTextMuted};
  }
  .output {
    margin: 0;
    font: inherit;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .entry.failed .output,
  .error-output {
    color: ${token.colorConsoleDanger};
  }
  .error-output p,
  .note,
  .pending {
    margin: 0;
  }
  .error-output {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 12px;
  }
  .error-output button {
    color: ${token.colorConsoleText};
  }
  .collected-file {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 12px;
    margin: 4px 0 0;
  }
  .file-size {
    color: ${token.colorConsoleTextMuted};
  }
  .note,
  .pending {
    color: ${token.colorConsoleTextMuted};
  }

  .command-line {
    gap: 8px;
    min-height: 40px;
    padding: 4px 8px 4px 12px;
    border-block-start-width: 1px;
  }
  .command-line:focus-within {
    box-shadow: inset 0 2px 0 ${token.colorConsoleFocus};
  }
  .command-line input {
    flex: 1;
    min-width: 0;
    min-height: 28px;
    padding: 0;
    font: inherit;
    color: ${token.colorConsoleText};
    caret-color: ${token.colorConsolePrompt};
    background: transparent;
    border: none;
    outline: none;
  }
  .command-line input::placeholder {
    color: ${token.colorConsoleTextMuted};
    opacity: 1;
  }
  .command-line input:disabled {
    cursor: not-allowed;
  }
  .command-line.blocked .prompt {
    color: ${token.colorConsoleTextMuted};
  }

  .body {
    overflow: auto;
    padding: 16px 12px;
  }
  .notice {
    margin: 0;
    padding: 16px 12px;
    color: ${token.colorConsoleTextMuted};
  }
  .body .notice {
    padding: 0;
  }
  .notice p {
    margin: 0 0 12px;
  }
  .notice.error {
    color: ${token.colorConsoleText};
  }
  .notice h3 {
    margin: 0 0 4px;
    color: ${token.colorConsoleDanger};
  }

  .spinner {
    --spinner-size: 12px;
    --spinner-track: ${token.colorConsoleBorder};
    --spinner-head: ${token.colorConsolePrompt};
    margin-inline-end: 8px;
    vertical-align: -1px;
  }

  /*
   * Forced colors: the connection dot a ring in the text colour, filled once connected; only failed
   * entries keep their edge (a transparent edge would show in the text colour).
   */
  @media (forced-colors: active) {
    .connection::before,
    .connection[class]::before {
      forced-color-adjust: none;
      background: Canvas;
      border: 1px solid CanvasText;
    }
    .connection.connected::before {
      background: CanvasText;
    }
    .entry {
      border-inline-start-color: Canvas;
    }
    .entry.failed,
    .entry.error {
      border-inline-start-color: CanvasText;
    }
    .command-line:focus-within {
      outline: 2px solid CanvasText;
      outline-offset: -2px;
    }
  }
`;
