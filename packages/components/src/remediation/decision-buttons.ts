import { css, html, nothing } from 'lit';
import type { RemediationAction } from '../api/model.js';
import type { Localizer } from '../i18n/localizer.js';
import { token } from '../styles/tokens.js';
import { describeAction } from './action-changes.js';
import type { remediationMessages } from './messages.js';

export type Decision = 'approve' | 'reject';

export interface DecisionButtonsOptions {
  /** Shown but not usable (the person's role cannot decide); `reason` says why, as a tooltip. */
  disabled?: boolean;
  reason?: string;
  onDecide: (decision: Decision, opener: HTMLElement) => void;
}

/**
 * "Approve" and "Reject" for a pending action. Each names the action for assistive technology,
 * since a list holds several pairs of them. Words are in the language of `l10n`.
 */
export function decisionButtons(
  action: RemediationAction,
  l10n: Localizer<typeof remediationMessages>,
  { disabled = false, reason, onDecide }: DecisionButtonsOptions,
) {
  const what = describeAction(action, l10n);
  const button = (decision: Decision, label: string) =>
    html`<button
      type="button"
      class=${decision}
      data-decision=${decision}
      aria-label=${l10n.t(decision === 'approve' ? 'approveNamed' : 'rejectNamed', { action: what })}
      title=${disabled && reason ? reason : nothing}
      ?disabled=${disabled}
      @click=${(event: Event) => onDecide(decision, event.currentTarget as HTMLElement)}
    >
      ${label}
    </button>`;
  return html`<span class="decision">${button('approve', l10n.t('approve'))}${button('reject', l10n.t('reject'))}</span>`;
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
