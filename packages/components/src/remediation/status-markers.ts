import { css, html, nothing } from 'lit';
import type { InvestigationState, RemediationAction, RemediationActionStatus, Verdict } from '../api/model.js';
import type { Localizer } from '../i18n/localizer.js';
import { markerStyles } from '../styles/marker.styles.js';
import { spinKeyframes } from '../styles/spinner.styles.js';
import { token } from '../styles/tokens.js';
import type { remediationMessages } from './messages.js';
import { isInFlight } from './remediation-catalog.js';

/** How a state reads at a glance: the colour of its marker (the word beside it says the rest). */
type Tone = 'danger' | 'warning' | 'success' | 'progress' | 'neutral';

const ACTION_TONES: Record<RemediationActionStatus, Tone> = {
  pending: 'warning',
  approved: 'progress',
  running: 'progress',
  completed: 'success',
  failed: 'danger',
  rejected: 'neutral',
};

const INVESTIGATION_TONES: Record<InvestigationState, Tone> = {
  running: 'progress',
  queued: 'progress',
  pendingResource: 'progress',
  pendingApproval: 'warning',
  partiallyRemediated: 'warning',
  successfullyRemediated: 'success',
  benign: 'success',
  preexistingAlert: 'success',
  failed: 'danger',
  innerFailure: 'danger',
  terminated: 'neutral',
  unsupportedOs: 'neutral',
  unsupportedAlertType: 'neutral',
  suppressedAlert: 'neutral',
  unknown: 'neutral',
};

const VERDICT_TONES: Record<Verdict, Tone> = {
  malicious: 'danger',
  suspicious: 'warning',
  noThreatsFound: 'success',
  unknown: 'neutral',
};

/** Investigation states that change by themselves as the backend works. */
const WORKING_STATES: ReadonlySet<InvestigationState> = new Set(['running', 'queued', 'pendingResource']);

export function isInvestigationWorking(state: InvestigationState): boolean {
  return WORKING_STATES.has(state);
}

const marker = (tone: Tone | undefined, label: string) =>
  html`<span class="marker ${tone ?? 'neutral'}" data-tone=${tone ?? 'neutral'}>${label}</span>`;

/** A verdict as a coloured dot and its word, in the language of `l10n` (any localizer: shared words). */
export const verdictMarker = (verdict: Verdict, l10n: Localizer) => marker(VERDICT_TONES[verdict], l10n.t(`verdict.${verdict}`));

export const investigationStateMarker = (state: InvestigationState, l10n: Localizer) =>
  marker(INVESTIGATION_TONES[state], l10n.t(`investigationState.${state}`));

export const actionStatusMarker = (status: RemediationActionStatus, l10n: Localizer) =>
  marker(ACTION_TONES[status], l10n.t(`actionStatus.${status}`));

/**
 * One remediation action: what it does, its status, and while it is under way an indeterminate
 * progress bar. `controls` go underneath (Approve and Reject for a pending one); `withDecision`
 * adds who decided, when, and their comment. The block can take focus programmatically, so focus
 * has somewhere to land when its buttons go. Words and times are in the language of `l10n`.
 */
export function actionLine(
  action: RemediationAction,
  l10n: Localizer<typeof remediationMessages>,
  controls: unknown = nothing,
  { withDecision = false } = {},
) {
  const type = l10n.t(`actionType.${action.type}`);
  const inFlight = isInFlight(action);
  return html`<div class="action" data-action-id=${action.id} tabindex="-1">
    <span class="action-type">${type}</span>
    <span class="action-state">
      ${actionStatusMarker(action.status, l10n)}
      ${inFlight
        ? html`<span class="action-progress" role="progressbar" aria-label=${l10n.t('inProgress', { action: type })}></span>`
        : nothing}
    </span>
    ${withDecision && action.decidedBy
      ? html`<span class="action-meta">
          <bdi>${action.decidedBy}</bdi> ·
          ${action.decidedAt ? html`<time datetime=${action.decidedAt}>${l10n.dateTime(action.decidedAt)}</time>` : '—'}${action.comment
            ? html`<q dir="auto">${action.comment}</q>`
            : nothing}
        </span>`
      : nothing}
    ${controls}
  </div>`;
}

/** The styles of the markers and action lines; add them to the element's styles. */
export const statusMarkerStyles = [
  spinKeyframes,
  markerStyles,
  css`
  .marker.progress::before {
    border: 2px solid ${token.colorAccent};
    border-inline-end-color: transparent;
  }
  @media (prefers-reduced-motion: no-preference) {
    .marker.progress::before {
      animation: soc-spin 0.9s linear infinite;
    }
  }

  .action {
    display: grid;
    justify-items: start;
    gap: 2px;
    padding-block: 2px;
    border-radius: ${token.radius};
  }
  .action + .action {
    margin-block-start: 6px;
  }
  .action:focus {
    outline: none;
  }
  .action:focus-visible {
    outline: 2px solid ${token.colorFocus};
    outline-offset: 1px;
  }
  .action-type {
    font-weight: 600;
  }
  .action-state {
    display: inline-flex;
    align-items: center;
    gap: 10px;
  }
  .action > .decision {
    margin-block-start: 2px;
  }
  .action-meta {
    font-size: ${token.fontSizeSmall};
    color: ${token.colorTextMuted};
    overflow-wrap: anywhere;
  }
  .action-meta q {
    display: block;
    color: ${token.colorText};
  }
  .action-progress {
    position: relative;
    display: inline-block;
    width: 72px;
    height: 4px;
    border-radius: 2px;
    background: ${token.colorBorder};
    overflow: hidden;
  }
  .action-progress::after {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    width: 40%;
    border-radius: 2px;
    background: ${token.colorAccent};
  }
  @media (prefers-reduced-motion: no-preference) {
    .action-progress::after {
      animation: soc-progress-slide 1.2s ease-in-out infinite;
    }
  }
  /* The bar runs the way the text reads. */
  :host(:dir(rtl)) .action-progress {
    transform: scaleX(-1);
  }
  @keyframes soc-progress-slide {
    from {
      transform: translateX(-100%);
    }
    to {
      transform: translateX(250%);
    }
  }
`,
];
