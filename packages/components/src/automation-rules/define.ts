import { SocAutomationRules } from './automation-rules.js';
import { SocAutomationRuleEditor } from './rule-editor.js';

SocAutomationRuleEditor.define('soc-automation-rule-editor');
SocAutomationRules.define('soc-automation-rules');

export { SocAutomationRules } from './automation-rules.js';
