import { css, html } from 'lit';
import type { PlaybookRunStatus } from '../api/model.js';
import type { Localizer } from '../i18n/localizer.js';
import { markedWordLook, markerDotLook } from '../styles/looks.styles.js';
import { spinKeyframes } from '../styles/spinner.styles.js';
import { token } from '../styles/tokens.js';

/** A run's status as a coloured marker and its word, so colour is never the only cue. */
export const runStatusMarker = (status: PlaybookRunStatus, l10n: Localizer) =>
  html`<span class="run-status ${status}">${l10n.t(`playbookRunStatus.${status}`)}</span>`;

/** The styles `runStatusMarker` needs; add them to the element's styles. */
export const runStatusStyles = [
  spinKeyframes,
  css`
  .run-status {
    ${markedWordLook}
  }
  .run-status::before {
    ${markerDotLook}
    box-sizing: border-box;
  }
  .run-status.running::before {
    border: 2px solid ${token.colorAccent};
    border-inline-end-color: transparent;
  }
  .run-status.succeeded {
    --marker-fill: ${token.colorSuccess};
    color: ${token.colorSuccess};
  }
  .run-status.failed {
    --marker-fill: ${token.colorDanger};
    color: ${token.colorDanger};
  }
  @media (prefers-reduced-motion: no-preference) {
    .run-status.running::before {
      animation: soc-spin 1s linear infinite;
    }
  }
`,
];
