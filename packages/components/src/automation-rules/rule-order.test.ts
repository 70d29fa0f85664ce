import { expect } from '@open-wc/testing';
import type { AutomationRule } from '../api/model.js';
import { orderChanges } from './rule-order.js';

function rules(...orders: number[]): AutomationRule[] {
  return orders.map((order, i) => ({
    id: `rule-${i}`,
    displayName: `Rule ${i}`,
    order,
    enabled: true,
    expiration: null,
    triggersOn: 'incidents',
    triggersWhen: 'created',
    conditions: [],
    actions: [{ kind: 'modifyProperties', labels: ['x'] }],
    lastModifiedDateTime: '2024-06-01T00:00:00Z',
    lastModifiedBy: 'admin@contoso.com',
  }));
}

/** The list after applying the changes, in the order a backend runs it (ascending order). */
function runOrder(list: AutomationRule[], from: number, to: number): string[] {
  const changed = new Map(orderChanges(list, from, to).map((change) => [change.rule.id, change.order]));
  return list
    .map((rule) => ({ id: rule.id, order: changed.get(rule.id) ?? rule.order }))
    .sort((a, b) => a.order - b.order)
    .map((rule) => rule.id);
}

describe('orderChanges', () => {
  it('swaps the orders of neighbours, as a person moving a rule one step expects', () => {
    const list = rules(10, 20, 30);
    expect(orderChanges(list, 2, 1).map(({ rule, order }) => [rule.id, order])).to.deep.equal([
      ['rule-2', 20],
      ['rule-1', 30],
    ]);
    expect(runOrder(list, 0, 1)).to.deep.equal(['rule-1', 'rule-0', 'rule-2']);
  });

  it('gives tied rules distinct orders so that the new sequence is the one that runs', () => {
    const list = rules(1, 1, 1, 2);
    expect(runOrder(list, 2, 1)).to.deep.equal(['rule-0', 'rule-2', 'rule-1', 'rule-3']);
    const orders = new Map(orderChanges(list, 2, 1).map((change) => [change.rule.id, change.order]));
    // The first rule keeps its order; only what must change does.
    expect(orders.has('rule-0')).to.be.false;
  });

  it('does not swap when a tie with a third rule would leave the sequence ambiguous', () => {
    const list = rules(1, 2, 2);
    expect(runOrder(list, 1, 0)).to.deep.equal(['rule-1', 'rule-0', 'rule-2']);
    const changes = orderChanges(list, 1, 0);
    const after = list.map((rule) => changes.find((change) => change.rule === rule)?.order ?? rule.order);
    expect(new Set(after).size).to.equal(3);
  });

  it('numbers the rules afresh when the next free numbers would pass 1000', () => {
    const list = rules(999, 1000, 1000);
    expect(runOrder(list, 2, 1)).to.deep.equal(['rule-0', 'rule-2', 'rule-1']);
    expect(orderChanges(list, 2, 1).every((change) => change.order <= 1000)).to.be.true;
  });

  it('changes nothing for a move to the same place or off the ends', () => {
    const list = rules(1, 2);
    expect(orderChanges(list, 1, 1)).to.deep.equal([]);
    expect(orderChanges(list, 0, -1)).to.deep.equal([]);
    expect(orderChanges(list, 1, 2)).to.deep.equal([]);
  });
});
