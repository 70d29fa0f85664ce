import { SocAutomationRules } from './automation-rules.js';
import { SocAutomationRuleEditor } from './rule-editor.js';

SocAutomationRuleEditor.define('soc-automation-rule-editor');
SocAutomationRules.define('soc-automation-rules');

export { SocAutomationRules } from './automation-rules.js';
export { AutomationRuleDeletedEvent } from '../events/automation-rule-deleted.js';
export { AutomationRuleSavedEvent } from '../events/automation-rule-saved.js';
