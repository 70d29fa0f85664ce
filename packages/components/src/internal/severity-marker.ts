import { css, html } from 'lit';
import type { Severity } from '../api/model.js';
import { token } from '../styles/tokens.js';
import { SEVERITY_LABELS } from './labels.js';

/** A severity as the portal shows it: a coloured square and the word, so colour is never the only cue. */
export const severityMarker = (severity: Severity) =>
  html`<span class="severity ${severity}">${SEVERITY_LABELS[severity] ?? severity}</span>`;

/** The styles `severityMarker` needs; add them to the element's styles. */
export const severityMarkerStyles = css`
  .severity {
    display: inline-flex;
    align-items: center;
    gap: 6px;
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
`;
