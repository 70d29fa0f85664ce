import { expect } from '@open-wc/testing';
import type { RemediationAction } from '../api/model.js';
import { changedActions, describeAction } from './action-changes.js';

const action = (id: string, status: RemediationAction['status']): RemediationAction => ({
  id,
  incidentId: '7',
  investigationId: '7-inv0',
  type: 'isolateDevice',
  entityId: 'device-1',
  entityType: 'device',
  entityName: 'CONTOSO-LT-0101',
  status,
  createdDateTime: '2024-06-01T12:00:00Z',
  decidedBy: null,
  decidedAt: null,
  comment: null,
});

describe('remediation action changes', () => {
  it('finds the actions whose status changed, not the new ones', () => {
    const before = [action('a', 'approved'), action('b', 'running'), action('c', 'pending')];
    const after = [action('a', 'running'), action('b', 'running'), action('c', 'pending'), action('d', 'approved')];
    expect(changedActions(before, after).map((item) => `${item.id}:${item.status}`)).to.deep.equal(['a:running']);
    expect(changedActions([], after)).to.be.empty;
  });

  it('describes an action in words, with its status when asked', () => {
    expect(describeAction(action('a', 'completed'))).to.equal('Isolate device on CONTOSO-LT-0101');
    expect(describeAction(action('a', 'completed'), { withStatus: true })).to.equal('Isolate device on CONTOSO-LT-0101: Completed');
    expect(describeAction({ ...action('a', 'failed'), entityName: '' }, { withStatus: true })).to.equal('Isolate device on Device device-1: Failed');
  });
});
