import { css } from 'lit';
import { token } from './tokens.js';

/**
 * A details pane beside a list (an incident's summary, an alert's details): a `header` of an
 * `.eyebrow` line and the `h2` title, then `section`s, each under an `h3`; its lists are plain.
 */
export const detailsPaneStyles = css`
  header {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 4px 8px;
    padding-block-end: 12px;
    border-block-end: 1px solid ${token.colorBorder};
  }
  .eyebrow {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 12px;
    color: ${token.colorTextMuted};
    font-size: ${token.fontSizeSmall};
  }
  header h2 {
    grid-column: 1 / -1;
    font-size: ${token.fontSizeLarge};
    line-height: 28px;
    overflow-wrap: anywhere;
  }
  section {
    padding-block: 12px;
    border-block-end: 1px solid ${token.colorBorder};
  }
  section:last-child {
    border-block-end: none;
  }
  section h3 {
    margin: 0 0 8px;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
`;

/**
 * A summary pane (an incident's, an alert's) that scrolls on its own: padded `.pane` content, a row of
 * `.actions` across the property grid, and `.prose` (people's own words) that keeps its line breaks
 * and wraps anywhere rather than overflow.
 */
export const summaryPaneStyles = css`
  :host {
    overflow: auto;
  }
  .pane {
    padding: 16px 20px 20px;
  }
  .actions {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin-block-start: 8px;
  }
  .prose {
    margin: 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
`;
