import { css, html } from 'lit';
import type { Verdict } from '../api/model.js';
import { token } from '../styles/tokens.js';
import { VERDICT_LABELS } from './labels.js';

/** A verdict as the portal shows it: a coloured dot and the word, so colour is never the only cue. */
export const verdictMarker = (verdict: Verdict) =>
  html`<span class="verdict ${verdict}">${VERDICT_LABELS[verdict] ?? verdict}</span>`;

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
`;
