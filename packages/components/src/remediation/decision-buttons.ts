import { css, html, nothing } from 'lit';
import type { RemediationAction } from '../api/model.js';
import { token } from '../styles/tokens.js';
import { describeAction } from './action-changes.js';

export type Decision = 'approve' | 'reject';

export interface DecisionButtonsOptions {
  /** Shown but not usable (the person's role cannot decide); `reason` says why, as a tooltip. */
  disabled?: boolean;
  reason?: string;
  onDecide: (decision: Decision, opener: HTMLElement) => void;
}

/**
 * "Approve" and "Reject" for a pending action. Each names the action for assistive technology,
 * since a list holds several pairs of them.
 */
export function decisionButtons(action: RemediationAction, { disabled = false, reason, onDecide }: DecisionButtonsOptions) {
  const what = describeAction(action);
  const button = (decision: Decision, label: string) =>
    html`<button
      type="button"
      class=${decision}
      data-decision=${decision}
      aria-label=${`${label} ${what}`}
      title=${disabled && reason ? reason : nothing}
      ?disabled=${disabled}
      @click=${(event: Event) => onDecide(decision, event.currentTarget as HTMLElement)}
    >
      ${label}
    </button>`;
  return html`<span class="decision">${button('approve', 'Approve')}${button('reject', 'Reject')}</span>`;
}

export const decisionButtonStyles = css`
  .decision {
    display: inline-flex;
    gap: 4px;
  }
  .decision button {
    min-height: 24px;
    padding: 0 8px;
    font: inherit;
    font-size: ${token.fontSizeSmall};
    color: ${token.colorText};
    background: ${token.colorBackground};
    border: 1px solid ${token.colorBorderStrong};
    border-radius: ${token.radius};
    cursor: pointer;
  }
  .decision button.approve {
    color: ${token.colorOnAccent};
    background: ${token.colorAccent};
    border-color: ${token.colorAccent};
    font-weight: 600;
  }
  .decision button:hover:not(:disabled) {
    background: ${token.colorSurfaceRaised};
  }
  .decision button.approve:hover:not(:disabled) {
    background: ${token.colorAccentHover};
    border-color: ${token.colorAccentHover};
  }
  .decision button:disabled {
    color: ${token.colorTextMuted};
    background: ${token.colorSurfaceRaised};
    border-color: ${token.colorBorder};
    font-weight: 400;
    cursor: not-allowed;
  }
`;
