import { css } from 'lit';
import { buttonLook } from './button-looks.styles.js';
import { token } from './tokens.js';

/**
 * A notice among the content: `.notice` (or `.note`, the read-only note) on the surface colour,
 * `.notice.error` and `.notice.warning`, with an optional `h3`; `.banner.error` says in one line,
 * with a Retry at its end, that a refresh failed over content kept on screen.
 */
export const noticeStyles = css`
  .note,
  .notice,
  .banner {
    margin: 0;
    padding: 8px 12px;
    border: 1px solid ${token.colorBorder};
    border-radius: ${token.radius};
    background: ${token.colorSurface};
  }
  .notice.error,
  .banner.error {
    border-color: ${token.colorDanger};
    background: ${token.colorDangerSurface};
    overflow-wrap: anywhere;
  }
  .notice.warning {
    border-color: ${token.colorWarning};
    background: ${token.colorWarningSurface};
  }
  .notice h3 {
    margin: 0 0 4px;
  }
  .banner {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    padding-block: 6px;
  }
  .banner.error strong {
    color: ${token.colorDanger};
  }
  .banner button {
    ${buttonLook}
  }
  .banner button:hover {
    background: ${token.colorSurfaceRaised};
  }
`;

/**
 * What stands where the content would be, when there is none yet (`.empty`) or it failed to load
 * (`.state.error`): a heading, a sentence and a Retry button.
 */
export const stateStyles = css`
  .state {
    padding: 24px 16px;
  }
  .state h2,
  .state h3 {
    margin: 0 0 4px;
  }
  .state p {
    margin: 0 0 12px;
  }
  .state.error h2,
  .state.error h3 {
    color: ${token.colorDanger};
  }
  .state button {
    ${buttonLook}
  }
  .state button:hover {
    background: ${token.colorSurfaceRaised};
  }
  .empty {
    font-weight: 600;
  }
  .muted {
    color: ${token.colorTextMuted};
  }
`;

/**
 * The same as a column of lines 8px apart, its heading no larger than the text: for panes and
 * pages, which set their own padding around it.
 */
export const stackedStateStyles = css`
  .state {
    display: grid;
    gap: 8px;
    justify-items: start;
    padding: 24px 20px;
  }
  .state p {
    margin: 0;
  }
  .state h1,
  .state h2,
  .state h3 {
    line-height: 20px;
  }
  .state.error h1,
  .state.error h2,
  .state.error h3 {
    color: ${token.colorDanger};
  }
  .muted {
    margin: 0;
    color: ${token.colorTextMuted};
  }
`;
