import type { AutomationRule } from '../api/model.js';

export interface AutomationRuleSavedDetail {
  /** The rule as the backend stored it. */
  rule: AutomationRule;
  /** Whether the save created the rule (else it changed an existing one). */
  created: boolean;
}

/** An automation rule was created or changed (edited, switched on or off, or moved). */
export class AutomationRuleSavedEvent extends CustomEvent<AutomationRuleSavedDetail> {
  static readonly type = 'soc-automation-rule-saved';

  constructor(rule: AutomationRule, created: boolean) {
    super(AutomationRuleSavedEvent.type, { detail: { rule, created }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'soc-automation-rule-saved': AutomationRuleSavedEvent;
  }
}
