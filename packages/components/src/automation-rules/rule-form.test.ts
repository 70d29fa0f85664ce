import { expect } from '@open-wc/testing';
import type { AutomationRule } from '../api/model.js';
import {
  draftOf,
  emptyForm,
  errorPlace,
  formOf,
  newConditionRow,
  operatorsFor,
  picksValues,
  withOperator,
  withProperty,
} from './rule-form.js';

const saved: AutomationRule = {
  id: 'rule-7',
  displayName: 'Close drills',
  order: 4,
  enabled: false,
  expiration: '2030-01-01T00:00:00.000Z',
  triggersOn: 'incidents',
  triggersWhen: 'updated',
  conditions: [
    { kind: 'property', property: 'title', operator: 'contains', values: ['drill', 'exercise'] },
    { kind: 'property', property: 'severity', operator: 'equals', values: ['low'] },
    { kind: 'changed', property: 'owner', direction: 'to', values: ['lee.gu@contoso.com'] },
  ],
  actions: [
    { kind: 'modifyProperties', status: 'resolved', classification: 'truePositive', determination: 'securityTesting' },
    { kind: 'runPlaybook', playbookId: 'pb-notify-teams' },
    { kind: 'addTask', title: 'Tell the red team', description: 'Which exercise?' },
    { kind: 'modifyProperties', labels: ['drill', 'closed'] },
  ],
  lastModifiedDateTime: '2024-06-01T00:00:00Z',
  lastModifiedBy: 'admin@contoso.com',
};

describe('rule form', () => {
  it('turns a saved rule into a form and back into the same draft', () => {
    const { lastModifiedBy: _by, lastModifiedDateTime: _at, ...expected } = saved;
    expect(draftOf(formOf(saved))).to.deep.equal(expected);
  });

  it('gives each change of a multi-property action its own row, keeping a resolve with its classification', () => {
    const form = formOf({
      ...saved,
      actions: [{ kind: 'modifyProperties', severity: 'high', owner: null, classification: 'falsePositive' }],
    });
    expect(form.actions.map((row) => row.kind)).to.deep.equal(['classification', 'severity', 'owner']);
    expect(draftOf(form).actions).to.deep.equal([
      { kind: 'modifyProperties', classification: 'falsePositive' },
      { kind: 'modifyProperties', severity: 'high' },
      { kind: 'modifyProperties', owner: null },
    ]);
  });

  it('keeps what was typed for the backend to judge: an order that is no number, empty values', () => {
    const form = { ...emptyForm(3), name: '  ', order: 'soon', conditions: [newConditionRow()] };
    const draft = draftOf(form);
    expect(draft.displayName).to.equal('  ');
    expect(draft.order).to.equal(null);
    expect(draft.conditions).to.deep.equal([{ kind: 'property', property: 'title', operator: 'contains', values: [] }]);
    expect(JSON.parse(JSON.stringify(draft)).order).to.equal(null);
  });

  it('offers "changed to/from" only for severity, status and owner, and only on updates', () => {
    expect(operatorsFor('severity', 'incidents.created')).to.deep.equal(['equals', 'notEquals']);
    expect(operatorsFor('severity', 'incidents.updated')).to.deep.equal(['equals', 'notEquals', 'changedTo', 'changedFrom']);
    expect(operatorsFor('owner', 'incidents.updated')).to.include.members(['contains', 'changedTo']);
    expect(operatorsFor('title', 'incidents.updated')).to.not.include('changedTo');
    // A rule saved elsewhere keeps its operator on offer.
    expect(operatorsFor('severity', 'incidents.created', 'contains')).to.include('contains');
  });

  it('picks listed values and owners, and takes typed values otherwise', () => {
    expect(picksValues('severity', 'equals')).to.be.true;
    expect(picksValues('owner', 'changedTo')).to.be.true;
    expect(picksValues('owner', 'endsWith')).to.be.false;
    expect(picksValues('title', 'equals')).to.be.false;
  });

  it('carries values over when the operator switches between picking and typing', () => {
    const picked = { ...newConditionRow(), property: 'owner' as const, operator: 'equals' as const, values: ['a@contoso.com', 'b@contoso.com'] };
    const typed = withOperator(picked, 'contains');
    expect(typed.text).to.equal('a@contoso.com\nb@contoso.com');
    expect(withOperator(typed, 'notEquals').values).to.deep.equal(['a@contoso.com', 'b@contoso.com']);
  });

  it('drops picked values and unsupported operators when the property changes', () => {
    const row = { ...newConditionRow(), property: 'severity' as const, operator: 'equals' as const, values: ['high'] };
    expect(withProperty(row, 'status', 'incidents.created')).to.include({ operator: 'equals' });
    expect(withProperty(row, 'status', 'incidents.created').values).to.deep.equal([]);
    const text = { ...newConditionRow(), operator: 'startsWith' as const, text: 'Ransom' };
    expect(withProperty(text, 'description', 'incidents.created')).to.include({ operator: 'startsWith', text: 'Ransom' });
    expect(withProperty(text, 'severity', 'incidents.created')).to.include({ operator: 'equals', text: '' });
  });

  it('places a validation error by the field the backend names', () => {
    expect(errorPlace('displayName')).to.deep.equal({ section: 'name' });
    expect(errorPlace('order')).to.deep.equal({ section: 'order' });
    expect(errorPlace('conditions[2].values[0]')).to.deep.equal({ section: 'condition', index: 2 });
    expect(errorPlace('actions[1].labels')).to.deep.equal({ section: 'action', index: 1 });
    expect(errorPlace('actions')).to.deep.equal({ section: 'actions' });
    expect(errorPlace('triggersWhen')).to.deep.equal({ section: 'trigger' });
    expect(errorPlace('body')).to.deep.equal({ section: 'form' });
    expect(errorPlace(undefined)).to.deep.equal({ section: 'form' });
  });
});
