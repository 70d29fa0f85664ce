import type { RemediationAction } from '../api/model.js';

export interface RemediationChangedDetail {
  /** The action as the backend now holds it: just approved, rejected or started, or just finished. */
  action: RemediationAction;
}

/**
 * A remediation action changed: a person approved, rejected or started it, or it finished while
 * it was being followed. Whoever shows the entity or the incident (assets, the investigation
 * state, the activity log) refreshes.
 */
export class RemediationChangedEvent extends CustomEvent<RemediationChangedDetail> {
  static readonly type = 'soc-remediation-changed';

  constructor(action: RemediationAction) {
    super(RemediationChangedEvent.type, { detail: { action }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'soc-remediation-changed': RemediationChangedEvent;
  }
}
