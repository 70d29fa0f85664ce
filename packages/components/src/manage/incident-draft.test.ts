import { expect } from '@open-wc/testing';
import type { Incident } from '../api/model.js';
import {
  bulkUpdates,
  changedFields,
  commonDraft,
  draftOf,
  rebase,
  resolvesWithoutClassification,
  withClassificationRule,
} from './incident-draft.js';

const incident = (id: string, changes: Partial<Incident> = {}): Incident =>
  ({
    id,
    displayName: `Incident ${id}`,
    severity: 'medium',
    status: 'active',
    classification: 'unknown',
    determination: 'unknown',
    assignedTo: null,
    customTags: [],
    etag: `${id}-1`,
    ...changes,
  }) as Incident;

describe('incident drafts', () => {
  it('patches only the fields that changed', () => {
    const base = incident('1', { customTags: ['a'] });
    const draft = { ...draftOf(base), severity: 'high' as const, customTags: ['a', 'b'] };
    expect(changedFields(draftOf(base), draft)).to.deep.equal({ severity: 'high', customTags: ['a', 'b'] });
    expect(changedFields(draftOf(base), draftOf(base))).to.deep.equal({});
  });

  it('re-applies the person’s changes on top of a newer version', () => {
    const before = incident('1');
    const newer = incident('1', { displayName: 'Renamed elsewhere', assignedTo: 'x@contoso.com', etag: '1-2' });
    const mine = { ...draftOf(before), severity: 'low' as const };
    expect(rebase(newer, draftOf(before), mine)).to.deep.equal({ ...draftOf(newer), severity: 'low' });
  });

  it('keeps what every selected incident has in common, and the tags all of them carry', () => {
    const common = commonDraft([
      incident('1', { severity: 'high', customTags: ['shared', 'one'] }),
      incident('2', { severity: 'low', customTags: ['two', 'shared'] }),
    ]);
    expect(common.severity).to.be.undefined;
    expect(common.status).to.equal('active');
    expect(common.customTags).to.deep.equal(['shared']);
  });

  it('groups bulk calls by the tag set each incident ends up with', () => {
    const targets = [
      incident('1', { customTags: ['shared', 'one'] }),
      incident('2', { customTags: ['shared'] }),
      incident('3', { customTags: ['shared'] }),
    ];
    const common = commonDraft(targets);
    const updates = bulkUpdates(targets, common, { ...common, status: 'inProgress', customTags: ['new'] });
    expect(updates).to.deep.equal([
      { ids: ['1'], patch: { status: 'inProgress', customTags: ['one', 'new'] } },
      { ids: ['2', '3'], patch: { status: 'inProgress', customTags: ['new'] } },
    ]);
    expect(bulkUpdates(targets, common, common)).to.deep.equal([]);
  });

  it('clears the determination for anything but a true positive', () => {
    expect(withClassificationRule({ classification: 'falsePositive', determination: 'malware' })).to.deep.equal({
      classification: 'falsePositive',
      determination: 'unknown',
    });
    expect(withClassificationRule({ classification: 'truePositive', determination: 'malware' }).determination).to.equal(
      'malware',
    );
  });

  it('knows when a save would resolve without a classification', () => {
    expect(resolvesWithoutClassification({ status: 'resolved', classification: 'unknown' })).to.be.true;
    expect(resolvesWithoutClassification({ status: 'resolved' }, incident('1', { classification: 'falsePositive' }))).to.be
      .false;
    expect(resolvesWithoutClassification({ severity: 'low' }, incident('1', { status: 'resolved' }))).to.be.true;
    expect(resolvesWithoutClassification({ status: 'active', classification: 'unknown' })).to.be.false;
  });
});
