import { css, html } from 'lit';
import type { PlaybookRunStatus } from '../api/model.js';
import type { Localizer } from '../i18n/localizer.js';
import { token } from '../styles/tokens.js';

/** A run's status as a coloured marker and its word, so colour is never the only cue. */
export const runStatusMarker = (status: PlaybookRunStatus, l10n: Localizer) =>
  html`<span class="run-status ${status}">${l10n.t(`playbookRunStatus.${status}`)}</span>`;

/** The styles `runStatusMarker` needs; add them to the element's styles. */
export const runStatusStyles = css`
  .run-status {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    white-space: nowrap;
  }
  .run-status::before {
    content: '';
    flex: none;
    width: 10px;
    height: 10px;
    border-radius: 50%;
    border: 1px solid ${token.colorBorderStrong};
    box-sizing: border-box;
  }
  .run-status.running::before {
    border: 2px solid ${token.colorAccent};
    border-inline-end-color: transparent;
  }
  .run-status.succeeded {
    color: ${token.colorSuccess};
  }
  .run-status.succeeded::before {
    background: ${token.colorSuccess};
    border-color: ${token.colorSuccess};
  }
  .run-status.failed {
    color: ${token.colorDanger};
  }
  .run-status.failed::before {
    background: ${token.colorDanger};
    border-color: ${token.colorDanger};
  }
  @media (prefers-reduced-motion: no-preference) {
    .run-status.running::before {
      animation: soc-run-spin 1s linear infinite;
    }
  }
  @keyframes soc-run-spin {
    to {
      transform: rotate(360deg);
    }
  }
`;
