import { expect } from '@open-wc/testing';
import type { RemediationAction } from '../api/model.js';
import { Localizer } from '../i18n/localizer.js';
import { changedActions, describeAction } from './action-changes.js';
import { remediationCatalog } from './messages.js';

const l10n = new Localizer(remediationCatalog, 'en');

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
    expect(describeAction(action('a', 'completed'), l10n)).to.equal('Isolate device on CONTOSO-LT-0101');
    expect(describeAction(action('a', 'completed'), l10n, { withStatus: true })).to.equal('Isolate device on CONTOSO-LT-0101: Completed');
    expect(describeAction({ ...action('a', 'failed'), entityName: '' }, l10n, { withStatus: true })).to.equal('Isolate device on Device device-1: Failed');
  });
});
