import { css, html } from 'lit';
import type { Verdict } from '../api/model.js';
import type { Localizer } from '../i18n/localizer.js';
import { token } from '../styles/tokens.js';

/**
 * A verdict as the portal shows it: a coloured dot and the word, so colour is never the only cue.
 * The word is in the language of `l10n` (any element's localizer: verdicts are shared words).
 */
export const verdictMarker = (verdict: Verdict, l10n: Localizer) =>
  html`<span class="verdict ${verdict}">${l10n.t(`verdict.${verdict}`)}</span>`;

/** The styles `verdictMarker` needs; add them to the element's styles. */
export const verdictMarkerStyles = css`
  .verdict {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    white-space: nowrap;
  }
  .verdict::before {
    content: '';
    flex: none;
    width: 10px;
    height: 10px;
    border-radius: 50%;
    background: transparent;
    border: 1px solid ${token.colorBorderStrong};
  }
  .verdict.malicious::before {
    background: ${token.colorDanger};
    border-color: ${token.colorDanger};
  }
  .verdict.suspicious::before {
    background: ${token.colorWarning};
    border-color: ${token.colorWarning};
  }
  .verdict.noThreatsFound::before {
    background: ${token.colorSuccess};
    border-color: ${token.colorSuccess};
  }
  /* Forced colors: a ring in the text colour, filled for a verdict that was reached. */
  @media (forced-colors: active) {
    .verdict::before {
      forced-color-adjust: none;
      background: Canvas;
    }
    .verdict::before,
    .verdict.malicious::before,
    .verdict.suspicious::before,
    .verdict.noThreatsFound::before {
      border-color: CanvasText;
    }
    .verdict.malicious::before,
    .verdict.suspicious::before,
    .verdict.noThreatsFound::before {
      background: CanvasText;
    }
  }
`;
