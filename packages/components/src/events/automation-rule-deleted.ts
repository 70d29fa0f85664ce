import type { AutomationRule } from '../api/model.js';

export interface AutomationRuleDeletedDetail {
  /** The rule as it was before the backend deleted it. */
  rule: AutomationRule;
}

/** An automation rule was deleted. */
export class AutomationRuleDeletedEvent extends CustomEvent<AutomationRuleDeletedDetail> {
  static readonly type = 'soc-automation-rule-deleted';

  constructor(rule: AutomationRule) {
    super(AutomationRuleDeletedEvent.type, { detail: { rule }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'soc-automation-rule-deleted': AutomationRuleDeletedEvent;
  }
}
