import { css, html } from 'lit';
import type { Severity } from '../api/model.js';
import type { Localizer } from '../i18n/localizer.js';
import { markedWordLook } from '../styles/looks.styles.js';
import { token } from '../styles/tokens.js';

/**
 * A severity as the portal shows it: a coloured square and the word, so colour is never the only
 * cue. The word is in the language of `l10n` (any element's localizer: severities are shared words).
 */
export const severityMarker = (severity: Severity, l10n: Localizer) =>
  html`<span class="severity ${severity}">${l10n.t(`severity.${severity}`)}</span>`;

/** The styles `severityMarker` needs; add them to the element's styles. */
export const severityMarkerStyles = css`
  .severity {
    ${markedWordLook}
  }
  .severity::before {
    content: '';
    width: 10px;
    height: 10px;
    border-radius: 2px;
    background: ${token.severityInformational};
    flex: none;
  }
  .severity.high::before {
    background: ${token.severityHigh};
  }
  .severity.medium::before {
    background: ${token.severityMedium};
  }
  .severity.low::before {
    background: ${token.severityLow};
  }
  .severity.unknown::before {
    background: transparent;
    border: 1px solid ${token.colorBorderStrong};
  }
  /* Forced colors: a filled square in the text colour, hollow when the severity is unknown. */
  @media (forced-colors: active) {
    .severity::before {
      forced-color-adjust: none;
      border: 1px solid CanvasText;
    }
    .severity::before,
    .severity.high::before,
    .severity.medium::before,
    .severity.low::before {
      background: CanvasText;
    }
    .severity.unknown::before {
      background: Canvas;
      border-color: CanvasText;
    }
  }
`;
