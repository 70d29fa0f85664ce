import { expect } from '@open-wc/testing';
import type { AutomationAction, AutomationCondition } from '../api/model.js';
import { Localizer } from '../i18n/localizer.js';
import { automationRulesCatalog } from './messages.js';
import { actionTexts, conditionText, triggerLabel, type RuleVocabulary } from './rule-text.js';

const FSI = '\u2068';
const PDI = '\u2069';
/** A sentence without its isolation marks, as it reads. */
const read = (text: string) => text.replace(/[\u2068\u2069]/g, '');

const vocabulary: RuleVocabulary = {
  assignees: [{ id: 'megan.bowen@contoso.com', displayName: 'Megan Bowen' }],
  playbooks: [{ id: 'pb-notify', name: 'Notify the on-call analyst', description: '', triggerKind: 'incident' }],
};

const conditions: AutomationCondition[] = [
  { kind: 'property', property: 'title', operator: 'contains', values: ['ransom', 'encrypted'] },
  { kind: 'property', property: 'severity', operator: 'equals', values: ['high'] },
  { kind: 'changed', property: 'owner', direction: 'to', values: ['megan.bowen@contoso.com'] },
];

const actions: AutomationAction[] = [
  { kind: 'modifyProperties', status: 'resolved', classification: 'truePositive', determination: 'malware' },
  { kind: 'modifyProperties', severity: 'low', owner: null, labels: ['drill', 'closed'] },
  { kind: 'runPlaybook', playbookId: 'pb-notify' },
  { kind: 'addTask', title: 'Tell the red team' },
];

describe('rule text', () => {
  it('words conditions and actions as the portal does in English', () => {
    const en = new Localizer(automationRulesCatalog, 'en');
    expect(triggerLabel('incidents.updated', en)).to.equal('When incident is updated');
    expect(conditions.map((condition) => read(conditionText(condition, vocabulary, en)))).to.deep.equal([
      'Incident title contains “ransom” or “encrypted”',
      'Severity equals High',
      'Owner changed to Megan Bowen',
    ]);
    expect(actions.flatMap((action) => actionTexts(action, vocabulary, en)).map(read)).to.deep.equal([
      'Change status to Resolved (True positive, Malware)',
      'Change severity to Low',
      'Unassign owner',
      'Add tags drill, closed',
      'Run playbook Notify the on-call analyst',
      'Add task “Tell the red team”',
    ]);
  });

  it('names a whole category by its label, and keeps typed text quoted', () => {
    const en = new Localizer(automationRulesCatalog, 'en');
    const category = (operator: 'equals' | 'notEquals' | 'contains', values: string[]): AutomationCondition => ({
      kind: 'property',
      property: 'category',
      operator,
      values,
    });
    expect(read(conditionText(category('equals', ['InitialAccess', 'CredentialAccess']), vocabulary, en))).to.equal(
      'Category equals Initial access or Credential access',
    );
    expect(read(conditionText(category('notEquals', ['Exfiltration']), vocabulary, en))).to.equal(
      'Category does not equal Exfiltration',
    );
    expect(read(conditionText(category('contains', ['Access']), vocabulary, en))).to.equal('Category contains “Access”');
    expect(read(conditionText(category('equals', ['Ransomware']), vocabulary, en))).to.equal('Category equals “Ransomware”');
  });

  it('isolates user data in the sentence, and only user data', () => {
    const en = new Localizer(automationRulesCatalog, 'en');
    expect(conditionText(conditions[0], vocabulary, en)).to.equal(
      `Incident title contains “${FSI}ransom${PDI}” or “${FSI}encrypted${PDI}”`,
    );
    expect(conditionText(conditions[1], vocabulary, en)).to.equal('Severity equals High');
    expect(actionTexts(actions[1], vocabulary, en)).to.include(`Add tags ${FSI}drill${PDI}, ${FSI}closed${PDI}`);
  });

  it('builds whole German and Japanese sentences', async () => {
    const de = new Localizer(automationRulesCatalog, 'de');
    const ja = new Localizer(automationRulesCatalog, 'ja');
    await Promise.all([de.load(), ja.load()]);

    expect(triggerLabel('incidents.created', de)).to.equal('Wenn ein Vorfall erstellt wird');
    expect(conditions.map((condition) => read(conditionText(condition, vocabulary, de)))).to.deep.equal([
      'Vorfalltitel enthält „ransom“ oder „encrypted“',
      'Schweregrad ist gleich Hoch',
      'Besitzer wurde geändert in Megan Bowen',
    ]);
    const german = actions.flatMap((action) => actionTexts(action, vocabulary, de)).map(read);
    expect(german[0]).to.match(/^Status in .+ ändern \(.+, .+\)$/);
    expect(german.slice(2)).to.deep.equal([
      'Besitzerzuweisung aufheben',
      'Tags drill und closed hinzufügen',
      'Playbook Notify the on-call analyst ausführen',
      'Aufgabe „Tell the red team“ hinzufügen',
    ]);

    expect(read(conditionText(conditions[0], vocabulary, ja))).to.equal('インシデントのタイトルに「ransom」または「encrypted」が含まれる');
    expect(read(actionTexts(actions[3], vocabulary, ja)[0])).to.equal('タスク「Tell the red team」を追加');
  });
});
