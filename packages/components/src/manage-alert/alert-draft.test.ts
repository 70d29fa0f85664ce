import { expect } from '@open-wc/testing';
import type { Alert } from '../api/index.js';
import { alertPatch, commonAlertDraft, withAlertField } from './alert-draft.js';

const alert = (id: string, fields: Partial<Alert>): Alert =>
  ({ id, status: 'new', classification: 'unknown', determination: 'unknown', assignedTo: null, ...fields }) as Alert;

describe('alert drafts', () => {
  it('keeps what the alerts agree on, and leaves out what they differ in', () => {
    const common = commonAlertDraft([alert('a', { assignedTo: 'ana@contoso.com' }), alert('b', { status: 'inProgress' })]);
    expect(common).to.deep.equal({ classification: 'unknown', determination: 'unknown' });
    expect(commonAlertDraft([])).to.deep.equal({});
  });

  it('sends only the fields set to something new, and the comment when there is one', () => {
    const common = commonAlertDraft([alert('a', {})]);
    expect(alertPatch(common, common, '  ')).to.deep.equal({});
    const draft = withAlertField(withAlertField(common, 'status', 'resolved'), 'assignedTo', 'ana@contoso.com');
    expect(alertPatch(common, draft, 'Done.')).to.deep.equal({ status: 'resolved', assignedTo: 'ana@contoso.com', comment: 'Done.' });
    // A value chosen where the alerts differed is sent; "keep current" is not.
    const mixed = commonAlertDraft([alert('a', {}), alert('b', { status: 'inProgress' })]);
    expect(alertPatch(mixed, withAlertField(mixed, 'status', 'new'), '')).to.deep.equal({ status: 'new' });
    expect(alertPatch(mixed, withAlertField(withAlertField(mixed, 'status', 'new'), 'status', undefined), '')).to.deep.equal({});
  });

  it('clears the determination when the classification leaves true positive', () => {
    const draft = withAlertField({ classification: 'truePositive', determination: 'malware' }, 'classification', 'falsePositive');
    expect(draft).to.deep.equal({ classification: 'falsePositive', determination: 'unknown' });
  });
});
